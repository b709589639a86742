/**
 * The `status-elements` command line: check, convert and render feeds, and serve the feed proxy.
 * `main` takes the arguments and where to write, and resolves with the exit code, so tests call it
 * as the bin does; importing this module does nothing. Each command loads what only it needs
 * (server rendering, the proxy) when it runs.
 */
import { check, CHECK_HELP } from './cli/check.js';
import { convert, CONVERT_HELP } from './cli/convert.js';
import { CliError, type CliIo } from './cli/options.js';
import { proxy, PROXY_HELP } from './cli/proxy.js';
import { render, RENDER_HELP } from './cli/render.js';

export type { CliIo, CliOutput } from './cli/options.js';

const COMMANDS: Record<string, { run: (args: string[], io: CliIo) => Promise<number>; help: string }> = {
  check: { run: check, help: CHECK_HELP },
  convert: { run: convert, help: CONVERT_HELP },
  render: { run: render, help: RENDER_HELP },
  proxy: { run: proxy, help: PROXY_HELP },
};

const HELP = `Usage: status-elements <command> [options]

Commands:
  check <url|file>...    read feeds and report their format, contents and issues
  convert <url|file>...  write feeds (merged) as one native feed
  render <url|file>...   write a static HTML page with an element server-rendered
  proxy --config <file>  serve the feed proxy

A feed is a file or an http(s) URL of any format the elements read; several are one page's
endpoints, merged. "status-elements <command> --help" tells more.

Exit codes: 0 success, 1 feeds read with issues (check), 2 a feed unreadable or a usage error.
`;

export async function main(args: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = args;
  try {
    if (name === undefined) {
      io.stderr.write(HELP);
      return 2;
    }
    if (name === '--help' || name === '-h' || name === 'help') {
      const topic = name === 'help' && rest[0] !== undefined ? COMMANDS[rest[0]] : undefined;
      io.stdout.write(topic?.help ?? HELP);
      return 0;
    }
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!command) {
      const what = name.startsWith('-') ? `unknown option ${name}` : `unknown command "${name}"`;
      throw new CliError(`status-elements: ${what}: expected one of ${Object.keys(COMMANDS).join(', ')} (see status-elements --help).`);
    }
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`${error.message}\n`);
      return 2;
    }
    // not the user's doing: the whole story, for a bug report
    io.stderr.write(`status-elements: unexpected error, please report it: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 70;
  }
}
