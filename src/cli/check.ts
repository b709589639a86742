/**
 * `status-elements check`: reads feeds as the elements would and says what it found: the format
 * of each source, what the merged feed holds, and every repair with its JSON path.
 * Exit code 0 clean, 1 read with issues, 2 a source unreadable.
 */
import type { StatusFeed } from '../feed/model.js';
import { formatPath } from '../feed/result.js';
import { checkFormat, checkTimeZone, parseOptions, plural, CliError, type CliIo } from './options.js';
import { describeError, mergedFeed, readSources, type SourceResult } from './sources.js';

export const CHECK_HELP = `Usage: status-elements check <url|file>... [options]

Reads each feed as the elements would and reports the format found, what the feed holds
(merged, when several sources are one page's endpoints) and every issue with its JSON path.

Options:
  --format <name>          the feeds' format (default auto: told by shape)
  --feed-time-zone <zone>  IANA zone of times written without an offset (Cachet, Uptime Kuma)
  --json                   one JSON object instead of text: sources, counts, exitCode
  -h, --help               this help

Exit codes: 0 read with no issue, 1 read with issues, 2 a source unreadable or a usage error.

Example:
  status-elements check https://www.githubstatus.com/api/v2/summary.json
`;

export interface FeedCounts {
  components: number;
  incidents: number;
  maintenances: number;
  updates: number;
}

function countFeed(feed: StatusFeed): FeedCounts {
  const updates = [...feed.incidents, ...feed.maintenances].reduce((sum, incident) => sum + incident.updates.length, 0);
  return { components: feed.components.length, incidents: feed.incidents.length, maintenances: feed.maintenances.length, updates };
}

function exitCode(results: readonly SourceResult[]): number {
  if (results.some((result) => !result.ok)) return 2;
  return results.some((result) => result.ok && result.issues.length > 0) ? 1 : 0;
}

function report(results: readonly SourceResult[], counts: FeedCounts | undefined): string {
  const lines: string[] = [];
  for (const result of results) {
    if (!result.ok) {
      lines.push(describeError(result));
      continue;
    }
    const found = result.issues.length === 0 ? 'no issues' : plural(result.issues.length, 'issue');
    lines.push(`${result.source}: ${result.format ?? 'unknown format'}, ${found}`);
    // each message starts with its path: `$.incidents[2].createdAt: …`
    for (const issue of result.issues) lines.push(`  ${issue.message}`);
  }
  if (counts) {
    const read = results.filter((result) => result.ok).length;
    const held = [plural(counts.components, 'component'), plural(counts.incidents, 'incident'), plural(counts.maintenances, 'maintenance'), plural(counts.updates, 'update')];
    lines.push(`${read > 1 ? `merged (${read} sources): ` : ''}${held.join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}

function jsonReport(results: readonly SourceResult[], counts: FeedCounts | undefined): string {
  const sources = results.map((result) =>
    result.ok
      ? { source: result.source, format: result.format ?? null, issues: result.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })), error: null }
      : { source: result.source, format: null, issues: [], error: result.error },
  );
  return `${JSON.stringify({ sources, counts: counts ?? null, exitCode: exitCode(results) }, null, 2)}\n`;
}

export async function check(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(
    'check',
    args,
    { format: { type: 'string' }, 'feed-time-zone': { type: 'string' }, json: { type: 'boolean' } },
    true,
  );
  if (values.help) {
    io.stdout.write(CHECK_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new CliError('status-elements check: name at least one feed, a file or an http(s) URL (see status-elements check --help).');
  const format = checkFormat('check', values.format);
  const feedTimeZone = checkTimeZone('check', '--feed-time-zone', values['feed-time-zone']);
  const results = await readSources(positionals, { format, feedTimeZone }, io);
  const feed = mergedFeed(results);
  const counts = feed && countFeed(feed);
  io.stdout.write(values.json ? jsonReport(results, counts) : report(results, counts));
  return exitCode(results);
}
