/**
 * Which hosts a proxy must not reach unless a route says so: loopback, private, link-local and
 * unspecified addresses, and the names that mean this machine or its network. The URL parser has
 * already turned every IPv4 spelling (`2130706433`, `0x7f.1`, `127.1`) into dotted decimal and
 * every IPv6 one into its short form, so only those forms are read here.
 *
 * Names are checked as written: what a public name resolves to is the platform's business (a
 * Worker cannot reach a private network at all; on Node, run the proxy where the network is the
 * one you mean).
 */

export type AddressKind = 'loopback' | 'private' | 'link-local' | 'unspecified';

function ipv4Kind(address: string): AddressKind | undefined {
  const parts = address.split('.').map(Number);
  if (parts.length !== 4 || parts.some((part) => !Number.isInteger(part) || part < 0 || part > 255)) return undefined;
  const [a, b] = parts as [number, number];
  if (a === 127) return 'loopback';
  if (a === 0) return 'unspecified';
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127)) return 'private';
  if (a === 169 && b === 254) return 'link-local';
  return undefined;
}

function ipv6Kind(address: string): AddressKind | undefined {
  const lower = address.toLowerCase();
  if (lower === '::1') return 'loopback';
  if (lower === '::') return 'unspecified';
  // an IPv4 address in IPv6 clothes (::ffff:7f00:1 is 127.0.0.1)
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (mapped) {
    const high = parseInt(mapped[1]!, 16);
    const low = parseInt(mapped[2]!, 16);
    return ipv4Kind(`${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`);
  }
  if (/^fe[89ab][0-9a-f]:/.test(lower)) return 'link-local';
  if (/^f[cd][0-9a-f]{2}:/.test(lower)) return 'private';
  return undefined;
}

/** What kind of address a URL's hostname is, if it is one the proxy refuses by default. */
export function addressKind(hostname: string): AddressKind | undefined {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host.startsWith('[') && host.endsWith(']')) return ipv6Kind(host.slice(1, -1));
  if (host === 'localhost' || host.endsWith('.localhost')) return 'loopback';
  if (host.endsWith('.local') || host.endsWith('.internal')) return 'private';
  return ipv4Kind(host);
}
