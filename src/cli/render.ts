/**
 * `status-elements render`: a whole static page with one element server-rendered into it, for a
 * site built ahead of time. The element's shadow DOM is declarative and its phases are
 * `<details>`, so the page reads, and opens and closes, with JavaScript off; it carries no script
 * to run (only the feed's JSON block, which no browser runs, for a page that adds hydration).
 */
import type { ServerRenderedTag } from '../ssr.js';
import type { StatusFeed } from '../feed/model.js';
import { checkFormat, checkTimeZone, parseOptions, writeOutput, CliError, type CliIo } from './options.js';
import { allRead, readSources } from './sources.js';

const ELEMENTS: readonly ServerRenderedTag[] = ['incident-history', 'status-banner', 'incident-timeline'];

export const RENDER_HELP = `Usage: status-elements render <url|file>... [options]

Writes a complete static HTML page with one element server-rendered from the feeds (several
sources are one page's endpoints, merged). It reads with JavaScript off and has no script.

Options:
  --element <tag>          incident-history (default), status-banner or incident-timeline
  --lang <tag>             the reader's language, e.g. es (default en)
  --time-zone <zone>       IANA zone the times are shown in (default the feed's own, else UTC)
  --now <ISO time>         the moment rendered, e.g. 2026-05-20T12:00:00Z (default now)
  --format <name>          the feeds' format (default auto: told by shape)
  --feed-time-zone <zone>  IANA zone of times written without an offset (Cachet, Uptime Kuma)
  -o, --output <file>      write to this file instead of stdout
  -h, --help               this help

Issues met while reading are listed on stderr. Exit codes: 0 written, 2 a source unreadable
or a usage error.

Example:
  status-elements render https://www.githubstatus.com/api/v2/incidents.json --lang es --time-zone Europe/Madrid -o status.html
`;

const RIGHT_TO_LEFT = new Set(['ar', 'he', 'fa', 'ur']);

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The page around the element: what a browser needs to lay it out well, and nothing to run. */
export function staticPage(lang: string, feed: StatusFeed, element: string): string {
  const name = escapeText(feed.page.name.trim() || 'Status');
  const dir = RIGHT_TO_LEFT.has(lang.split('-')[0]!.toLowerCase()) ? ' dir="rtl"' : '';
  return `<!doctype html>
<html lang="${escapeText(lang)}"${dir}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${name}</title>
<style>
  body { margin: 0 auto; max-width: 48rem; padding: 1.5rem 1rem; font-family: system-ui, sans-serif; line-height: 1.5; }
  h1 { font-size: 1.5rem; margin: 0 0 1rem; }
</style>
</head>
<body>
<main>
<h1>${name}</h1>
${element}
</main>
</body>
</html>
`;
}

function checkNow(now: string | undefined): Date {
  if (now === undefined) return new Date();
  const date = new Date(now);
  // a date first (2026-05-20…): nothing left to how an engine reads other forms
  if (!/^\d{4}-\d{2}-\d{2}/.test(now) || Number.isNaN(date.getTime()))
    throw new CliError(`status-elements render: --now "${now}" is not an ISO 8601 time (such as 2026-05-20T12:00:00Z).`);
  return date;
}

function checkLang(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang)[0]!;
  } catch {
    throw new CliError(`status-elements render: --lang "${lang}" is not a language tag (such as es or pt-BR).`);
  }
}

/** Server rendering needs `@lit-labs/ssr` (a peer dependency), so it is loaded only here. */
async function loadRenderer() {
  try {
    return await import('../ssr.js');
  } catch (error) {
    if (String((error as Error)?.message).includes('@lit-labs/ssr'))
      throw new CliError('status-elements render: needs @lit-labs/ssr installed beside status-elements (npm install @lit-labs/ssr).');
    throw error;
  }
}

export async function render(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(
    'render',
    args,
    {
      element: { type: 'string' },
      lang: { type: 'string' },
      'time-zone': { type: 'string' },
      now: { type: 'string' },
      format: { type: 'string' },
      'feed-time-zone': { type: 'string' },
      output: { type: 'string', short: 'o' },
    },
    true,
  );
  if (values.help) {
    io.stdout.write(RENDER_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new CliError('status-elements render: name at least one feed, a file or an http(s) URL (see status-elements render --help).');
  const element = (values.element ?? 'incident-history') as ServerRenderedTag;
  if (!ELEMENTS.includes(element)) throw new CliError(`status-elements render: unknown element "${element}": expected ${ELEMENTS.join(', ')}.`);
  const lang = checkLang(values.lang ?? 'en');
  const timeZone = checkTimeZone('render', '--time-zone', values['time-zone']);
  const now = checkNow(values.now);
  const format = checkFormat('render', values.format);
  const feedTimeZone = checkTimeZone('render', '--feed-time-zone', values['feed-time-zone']);
  const feed = allRead(await readSources(positionals, { format, feedTimeZone }, io), io);
  if (!feed) return 2;
  const { renderToString } = await loadRenderer();
  // a zone the feed names that this runtime does not know is left for UTC
  const zone = timeZone ?? (feed.page.timeZone ? quietTimeZone(feed.page.timeZone) : undefined) ?? 'UTC';
  const html = await renderToString(element, { feed, lang, timeZone: zone, now });
  await writeOutput('render', values.output, staticPage(lang, feed, html), io);
  return 0;
}

function quietTimeZone(zone: string): string | undefined {
  try {
    return checkTimeZone('render', '--time-zone', zone);
  } catch {
    return undefined;
  }
}
