/**
 * `status-elements convert`: any feed the library reads (several endpoints merged) as one native
 * feed, the normalized model as JSON, which the elements and `parseFeed` read back unchanged.
 */
import { checkFormat, checkTimeZone, parseOptions, writeOutput, CliError, type CliIo } from './options.js';
import { allRead, readSources } from './sources.js';

/** What the feed proxy writes too; detection reads a `$schema` naming status-feed as native. */
export const NATIVE_SCHEMA_URL = 'https://status-elements.dev/status-feed.schema.json';

export const CONVERT_HELP = `Usage: status-elements convert <url|file>... [options]

Reads the feeds (several sources are one page's endpoints, merged) and writes them as one
native feed: JSON the elements read with no reader to load, valid against the package's
status-feed.schema.json.

Options:
  --format <name>          the feeds' format (default auto: told by shape)
  --feed-time-zone <zone>  IANA zone of times written without an offset (Cachet, Uptime Kuma)
  -o, --output <file>      write to this file instead of stdout
  -h, --help               this help

Issues met while reading are listed on stderr. Exit codes: 0 written, 2 a source unreadable
or a usage error.

Example:
  status-elements convert https://status.example.com/summary.json https://status.example.com/v2/components.json -o status.json
`;

export async function convert(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(
    'convert',
    args,
    { format: { type: 'string' }, 'feed-time-zone': { type: 'string' }, output: { type: 'string', short: 'o' } },
    true,
  );
  if (values.help) {
    io.stdout.write(CONVERT_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new CliError('status-elements convert: name at least one feed, a file or an http(s) URL (see status-elements convert --help).');
  const format = checkFormat('convert', values.format);
  const feedTimeZone = checkTimeZone('convert', '--feed-time-zone', values['feed-time-zone']);
  const feed = allRead(await readSources(positionals, { format, feedTimeZone }, io), io);
  if (!feed) return 2;
  await writeOutput('convert', values.output, `${JSON.stringify({ $schema: NATIVE_SCHEMA_URL, ...feed }, null, 2)}\n`, io);
  return 0;
}
