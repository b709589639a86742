/** Control characters, spaces and DEL have no place in a link target, and are how schemes get disguised. */
const UNSAFE_URL_CHAR = /[^!-~\u00a0-\uffff]/;

/**
 * A feed's URL as a link target, or `undefined` unless it is absolute and of an allowed scheme:
 * feed text is untrusted, and `javascript:` or `data:` must never become a link.
 */
export function safeHref(url: string | undefined, schemes: readonly string[] = ['http:', 'https:']): string | undefined {
  if (!url || UNSAFE_URL_CHAR.test(url)) return undefined;
  try {
    const parsed = new URL(url);
    return schemes.includes(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
