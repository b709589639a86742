/// <reference types="node" />
/**
 * `status-elements proxy`: the feed proxy (`status-elements/proxy`) on Node's own HTTP server,
 * configured by a JSON file, until SIGINT or SIGTERM. Its modules load only when it runs, so the
 * other commands never need them.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseJsonText } from '../feed/json-text.js';
import { isObject } from '../feed/lenient.js';
import { parseOptions, CliError, type CliIo } from './options.js';

export const PROXY_HELP = `Usage: status-elements proxy --config <file> [options]

Serves the feed proxy: each configured route fetches its upstream endpoints at most once per
interval, reads and merges them, and answers with the native feed, with CORS headers.

Options:
  --config <file>  the proxy's JSON configuration (required), e.g.
                   { "routes": { "/status.json": { "upstream": "https://status.example.com/summary.json" } } }
                   a route may also give "format", "feedTimeZone", "interval" (seconds, default 60)
                   and "allowPrivate"; "allowOrigins" is "*" (default) or a list of origins
  --port <n>       the port to listen on (default 8787; 0 picks a free one)
  --host <name>    the address to listen on (default 127.0.0.1; 0.0.0.0 for other machines)
  -h, --help       this help

It runs until SIGINT (Ctrl+C) or SIGTERM. Exit codes: 0 stopped, 2 a bad configuration, an
address in use or a usage error.

Example:
  status-elements proxy --config proxy.config.json --port 8787
`;

function checkPort(port: string | undefined): number {
  if (port === undefined) return 8787;
  const number = Number(port);
  if (!/^\d+$/.test(port) || number > 65535) throw new CliError(`status-elements proxy: --port "${port}" is not a port number (0 to 65535).`);
  return number;
}

async function readConfig(path: string, io: CliIo): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(resolve(io.cwd ?? process.cwd(), path), 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new CliError(`status-elements proxy: cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}.`);
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) throw new CliError(`status-elements proxy: ${path}: ${parsed.error.message}.`);
  if (!isObject(parsed.value)) throw new CliError(`status-elements proxy: ${path} must hold a JSON object with "routes".`);
  return parsed.value;
}

/** Resolves on SIGINT, SIGTERM or the io's signal, whichever comes first. */
function stopRequested(signal: AbortSignal | undefined): Promise<string> {
  return new Promise((done) => {
    const stop = (reason: string) => () => {
      process.off('SIGINT', onInterrupt);
      process.off('SIGTERM', onTerminate);
      signal?.removeEventListener('abort', onAbort);
      done(reason);
    };
    const onInterrupt = stop('SIGINT');
    const onTerminate = stop('SIGTERM');
    const onAbort = stop('abort');
    process.once('SIGINT', onInterrupt);
    process.once('SIGTERM', onTerminate);
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
  });
}

async function loadProxy() {
  try {
    return await Promise.all([import('../proxy/index.js'), import('../proxy/node.js')]);
  } catch (error) {
    throw new CliError(`status-elements proxy: the proxy modules did not load (${(error as Error).message}).`);
  }
}

export async function proxy(args: string[], io: CliIo): Promise<number> {
  const { values } = parseOptions('proxy', args, { config: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } }, false);
  if (values.help) {
    io.stdout.write(PROXY_HELP);
    return 0;
  }
  if (values.config === undefined) throw new CliError('status-elements proxy: name its configuration with --config proxy.config.json (see status-elements proxy --help).');
  const port = checkPort(values.port);
  const host = values.host ?? '127.0.0.1';
  const config = await readConfig(values.config, io);
  const [{ createFeedProxy }, { serveFeedProxy }] = await loadProxy();
  let feedProxy: ReturnType<typeof createFeedProxy>;
  try {
    // the file's object as it is: the proxy checks it and says what is wrong
    feedProxy = createFeedProxy(config as Parameters<typeof createFeedProxy>[0]);
  } catch (error) {
    throw new CliError(`status-elements proxy: ${values.config}: ${(error as Error).message.replace(/^status-elements proxy: /, '')}.`);
  }
  let served: Awaited<ReturnType<typeof serveFeedProxy>>;
  try {
    served = await serveFeedProxy(feedProxy, { port, host });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason = code === 'EADDRINUSE' ? 'the address is in use' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new CliError(`status-elements proxy: cannot listen on ${host}:${port}: ${reason}.`);
  }
  const routes = Object.entries((config as { routes: Record<string, { upstream: string | string[] }> }).routes);
  const lines = [`Feed proxy listening on ${served.url}`];
  for (const [path, route] of routes) lines.push(`  ${served.url}${path} from ${[route.upstream].flat().join(', ')}`);
  io.stdout.write(`${lines.join('\n')}\n`);
  if (io.stderr.isTTY) io.stderr.write('Stop it with Ctrl+C.\n');
  await stopRequested(io.signal);
  await served.close();
  if (io.stderr.isTTY) io.stderr.write('stopped\n');
  return 0;
}
