// After `npm run build`: the package as its users get it, from the tarball `npm pack` makes.
//   1. CDN: plain pages load dist/cdn/status-elements.js (one module script, Spanish from the locale
//      file beside it) or status-elements.iife.js (a classic script), and the elements render;
//   2. npm: test/consumer/app, one app per framework (React 19, Preact, Vue 3, Svelte 5, Solid,
//      Angular 21) and plain TypeScript, installs the tarball with them from the registry; Node reads
//      a feed with status-elements/feed, and the docs' Ajv example checks feeds against
//      status-elements/status-feed.schema.json;
//   3. each app passes its framework's own checker (tsc, vue-tsc, svelte-check, ngc with
//      strictTemplates), and each wrong usage in its wrong files is rejected, for the reason noted
//      beside it (test/consumer/checkers.mjs);
//   4. vite builds each app and Chromium shows its banner and what its feed-load handler received.
// Everything happens under the OS temp folder, removed at the end. Needs the npm registry: without
// it this fails, it does not skip.
//   node scripts/consumer-test.mjs
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectText, launchChromium, openPage } from '../test/consumer/browser.mjs';
import { inPool, parseNgc, parseSvelteCheck, parseTsc, runChecker } from '../test/consumer/checkers.mjs';
import { serveFolder } from '../test/consumer/static-server.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const APP_TEMPLATE = join(root, 'test/consumer/app');
const SUMMARY_FEED = join(root, 'test/fixtures/corpus/statuspage/statuspage-exporter__example.json');
const HISTORY_FEED = join(root, 'demo/feeds/jelou.json');
// What the banner says for that summary feed's state (minor), in English and in Spanish
const MINOR_LABEL = { en: 'Minor service disruption', es: 'Interrupción menor del servicio' };

function run(command, args, { cwd, capture = false } = {}) {
  const result = spawnSync(command, args, {
    cwd,
    stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    encoding: 'utf8',
  });
  if (result.error) throw result.error;
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (exit code ${result.status}) in ${cwd}`);
  return result.stdout;
}

async function step(title, work) {
  console.log(`\n── ${title} ${'─'.repeat(Math.max(0, 66 - title.length))}`);
  const started = performance.now();
  const result = await work();
  console.log(`✔ ${title}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

/** Waits for a condition on what a page has logged, checked as the page's events arrive. */
async function until(condition, what, timeout = 15_000) {
  const deadline = performance.now() + timeout;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function passed(what) {
  console.log(`  ✔ ${what}`);
}

function check(what, condition) {
  if (!condition) throw new Error(what);
  passed(what);
}

/** The history's first page must reach back to the feed's first incident: as many months as lie between. */
function historyExpectations() {
  const incident = JSON.parse(readFileSync(HISTORY_FEED, 'utf8')).incidents[0];
  const startedAt = new Date(incident.updates.map(({ at }) => at).sort()[0]);
  const now = new Date();
  const monthsBack =
    (now.getUTCFullYear() - startedAt.getUTCFullYear()) * 12 + now.getUTCMonth() - startedAt.getUTCMonth();
  const month = new Intl.DateTimeFormat('en', { timeZone: 'UTC', year: 'numeric', month: 'short' }).format(startedAt);
  return { monthsPerPage: monthsBack + 1, month, title: incident.title };
}

function cdnPage({ script, lang = 'en', monthsPerPage }) {
  return `<!doctype html>
<html lang="${lang}">
  <head><meta charset="utf-8" /><title>status-elements from the CDN build</title><link rel="icon" href="data:," />
    ${script}
  </head>
  <body>
    <status-banner src="/site/feeds/summary.json" poll-interval="0"></status-banner>
    <incident-history src="/site/feeds/history.json" months-per-page="${monthsPerPage}" time-zone="UTC"></incident-history>
  </body>
</html>
`;
}

async function checkCdnBuilds(browser, work, history) {
  const site = join(work, 'site');
  mkdirSync(join(site, 'feeds'), { recursive: true });
  cpSync(SUMMARY_FEED, join(site, 'feeds/summary.json'));
  cpSync(HISTORY_FEED, join(site, 'feeds/history.json'));
  const moduleScript = '<script type="module" src="/package/dist/cdn/status-elements.js"></script>';
  const pages = {
    'module.html': cdnPage({ script: moduleScript, monthsPerPage: history.monthsPerPage }),
    'classic.html': cdnPage({
      script: '<script src="/package/dist/cdn/status-elements.iife.js"></script>',
      monthsPerPage: history.monthsPerPage,
    }),
    'spanish.html': cdnPage({ script: moduleScript, lang: 'es', monthsPerPage: history.monthsPerPage }),
  };
  for (const [name, html] of Object.entries(pages)) writeFileSync(join(site, name), html);

  const server = await serveFolder(work);
  try {
    for (const [name, build] of [
      ['module.html', 'ES module'],
      ['classic.html', 'classic script'],
    ]) {
      const tab = await openPage(browser, `${server.origin}/site/${name}`);
      await expectText(tab, { selector: 'status-banner', part: 'label', expected: MINOR_LABEL.en });
      passed(`${build}: <status-banner> says "${MINOR_LABEL.en}"`);
      await expectText(tab, { selector: 'incident-history', part: 'month-heading', expected: history.month });
      passed(`${build}: <incident-history> has the month heading "${history.month}"`);
      await expectText(tab, { selector: 'incident-history', part: 'title', expected: history.title, includes: true });
      passed(`${build}: <incident-history> shows the incident "${history.title}"`);
      const scripts = tab.log.responses
        .filter(({ url }) => /\.m?js(\?|$)/.test(url))
        .map(({ url }) => new URL(url).pathname);
      check(
        `${build}: every script came from dist/cdn/ (${scripts.join(', ')})`,
        scripts.every((path) => path.startsWith('/package/dist/cdn/')),
      );
      // a page that reads only Statuspage loads no reader of another format
      check(
        `${build}: a Statuspage page loads no file from formats/ (network log: ${scripts.length} scripts)`,
        !scripts.some((path) => path.includes('/formats/')),
      );
      await tab.page.close();
    }
    const spanish = await openPage(browser, `${server.origin}/site/spanish.html`);
    await expectText(spanish, { selector: 'status-banner', part: 'label', expected: MINOR_LABEL.es });
    passed(`ES module, lang="es": <status-banner> says "${MINOR_LABEL.es}"`);
    const localeFiles = spanish.log.responses.filter(({ url }) =>
      new URL(url).pathname.startsWith('/package/dist/cdn/locales/'),
    );
    check(
      `ES module, lang="es": the Spanish pack loaded from beside the module (${localeFiles.map(({ url }) => new URL(url).pathname).join(', ')})`,
      localeFiles.length > 0 && localeFiles.every(({ status }) => status === 200),
    );
    await spanish.page.close();
    await checkCdnApi(browser, server.origin, site);
    await checkSelfHosted(browser, server.origin, work, site);
  } finally {
    await server.close();
  }
}

// A page's own pack, built on the English one the module carries, and the feed API: from a module
// script (imports) and from a classic script (window.StatusElements).
const API_SCRIPT = `
  const en = await loadLocale('en');
  registerLocale({ ...en, code: 'qq', terms: { ...en.terms, indicator: { ...en.terms.indicator, minor: 'Qq: minor' } } });
  const result = parseFeed(await (await fetch('/site/feeds/summary.json')).text());
  const banner = document.querySelector('status-banner');
  banner.addEventListener(FeedLoadEvent.type, (event) => {
    document.querySelector('#api').textContent = [
      result.ok && result.feed.status.indicator, event instanceof FeedLoadEvent, event.detail.format,
      typeof StatusChangeEvent, typeof FeedErrorEvent, FEED_FORMATS.join(' '), typeof registerLocaleLoader,
    ].join(', ');
  });
  banner.src = '/site/feeds/summary.json';`;
const API_NAMES = 'FEED_FORMATS, FeedErrorEvent, FeedLoadEvent, StatusChangeEvent, loadLocale, parseFeed, registerLocale, registerLocaleLoader';
const API_EXPECTED = 'minor, true, statuspage, function, function, auto native statuspage instatus cstate upptime uptime-kuma betterstack statusio cachet openstatus sorry gatus, function';

async function checkCdnApi(browser, origin, site) {
  const body = '<status-banner lang="qq" poll-interval="0"></status-banner><p id="api"></p>';
  const pages = {
    'api-module.html': `<!doctype html><html lang="en"><head><meta charset="utf-8" /><title>API</title><link rel="icon" href="data:," />
<script type="module">import { ${API_NAMES} } from '/package/dist/cdn/status-elements.js';${API_SCRIPT}</script></head><body>${body}</body></html>`,
    'api-classic.html': `<!doctype html><html lang="en"><head><meta charset="utf-8" /><title>API</title><link rel="icon" href="data:," />
<script src="/package/dist/cdn/status-elements.iife.js"></script></head><body>${body}
<script>(async () => { const { ${API_NAMES} } = window.StatusElements;${API_SCRIPT} })();</script></body></html>`,
  };
  for (const [name, html] of Object.entries(pages)) {
    writeFileSync(join(site, name), html);
    const build = name === 'api-module.html' ? 'ES module' : 'classic script (window.StatusElements)';
    const tab = await openPage(browser, `${origin}/site/${name}`);
    await expectText(tab, { selector: 'status-banner', part: 'label', expected: 'Qq: minor' });
    passed(`${build}: registerLocale from the build gives the banner a page's own pack ("Qq: minor")`);
    await expectText(tab, { selector: '#api', expected: API_EXPECTED });
    passed(`${build}: parseFeed, the event classes, FEED_FORMATS and registerLocaleLoader are exported (${API_EXPECTED})`);
    await tab.page.close();
  }
}

/**
 * A self-hosted copy: the module and its locales/ folder copied to a site's own folder loads
 * Spanish from there; the module copied alone stays in English and says which file it missed.
 */
async function checkSelfHosted(browser, origin, work, site) {
  const cdn = join(work, 'package/dist/cdn');
  mkdirSync(join(site, 'vendor/full'), { recursive: true });
  mkdirSync(join(site, 'vendor/bare'), { recursive: true });
  cpSync(join(cdn, 'status-elements.js'), join(site, 'vendor/full/status-elements.js'));
  cpSync(join(cdn, 'locales'), join(site, 'vendor/full/locales'), { recursive: true });
  cpSync(join(cdn, 'status-elements.js'), join(site, 'vendor/bare/status-elements.js'));
  const page = (folder) => `<!doctype html><html lang="es"><head><meta charset="utf-8" /><title>self-hosted</title><link rel="icon" href="data:," />
<script type="module" src="/site/vendor/${folder}/status-elements.js"></script></head>
<body><status-banner src="/site/feeds/summary.json" poll-interval="0"></status-banner></body></html>`;
  writeFileSync(join(site, 'self-hosted.html'), page('full'));
  writeFileSync(join(site, 'self-hosted-bare.html'), page('bare'));

  const full = await openPage(browser, `${origin}/site/self-hosted.html`);
  await expectText(full, { selector: 'status-banner', part: 'label', expected: MINOR_LABEL.es });
  const packs = full.log.responses.map(({ url }) => new URL(url).pathname).filter((path) => path.includes('/locales/'));
  check(`self-hosted module and locales/: Spanish, from ${packs.join(', ')}`, packs.length === 1 && packs[0] === '/site/vendor/full/locales/es.js');
  await full.page.close();

  const bare = await openPage(browser, `${origin}/site/self-hosted-bare.html`);
  await until(() => bare.log.warnings.some((text) => text.includes('locale pack')), 'the locale warning of the bare copy');
  // the one failure this page is for: the pack that is not there
  const missing = `${origin}/site/vendor/bare/locales/es.js`;
  bare.log.errors = bare.log.errors.filter((error) => !error.startsWith(`${missing}: `));
  await expectText(bare, { selector: 'status-banner', part: 'label', expected: MINOR_LABEL.en });
  const warning = bare.log.warnings.find((text) => text.includes('locale pack'));
  check(
    `self-hosted module without locales/: English, and one warning naming the file (${warning})`,
    bare.log.warnings.filter((text) => text.includes('locale pack')).length === 1 &&
      warning.startsWith('status-elements: the "es" locale pack did not load from locales/es.js beside the module'),
  );
  await bare.page.close();
}

/** The frameworks' apps, each in its own folder of test/consumer/app, sharing one install. */
const APPS = ['react', 'preact', 'vue', 'svelte', 'solid', 'angular'];
const PLAIN_ENTRIES = ['define', 'status-banner', 'incident-history', 'incident-timeline'];

function installApp(work, tarball) {
  const app = join(work, 'app');
  cpSync(APP_TEMPLATE, app, { recursive: true });
  // the sources are kept as .in so the library's own typecheck and lint leave them alone
  for (const folder of readdirSync(app, { withFileTypes: true })) {
    if (!folder.isDirectory() || !existsSync(join(app, folder.name, 'src'))) continue;
    const src = join(app, folder.name, 'src');
    for (const file of readdirSync(src)) {
      if (file.endsWith('.in')) cpSync(join(src, file), join(src, file.slice(0, -'.in'.length)));
    }
  }
  for (const name of APPS) {
    mkdirSync(join(app, name, 'public/feeds'), { recursive: true });
    cpSync(SUMMARY_FEED, join(app, name, 'public/feeds/summary.json'));
  }
  // plain TypeScript: one program per entry point, so no entry's typings reach another's file
  for (const entry of PLAIN_ENTRIES) {
    writeFileSync(
      join(app, 'plain', `tsconfig.${entry}.json`),
      JSON.stringify({ extends: './tsconfig.json', include: [], files: [`src/${entry}.ts`] }),
    );
  }
  try {
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball], { cwd: app });
  } catch (error) {
    throw new Error(
      `${error.message}\nThe consumer test installs React, Preact, Vue, Svelte, Solid, Angular, their checkers, Vite and Ajv from the npm registry; it cannot run without it.`,
    );
  }
  const installed = JSON.parse(readFileSync(join(app, 'node_modules/status-elements/package.json'), 'utf8'));
  check(
    `installed status-elements ${installed.version} from ${tarball}`,
    existsSync(join(app, 'node_modules/status-elements/dist/index.js')),
  );
  return app;
}

function checkNode(app) {
  const code = `
    const { readFileSync } = await import('node:fs');
    const { parseFeed } = await import('status-elements/feed');
    const result = parseFeed(readFileSync('react/public/feeds/summary.json', 'utf8'));
    if (!result.ok) throw new Error(result.error.kind + ': ' + result.error.message);
    console.log(result.feed.status.indicator);`;
  const indicator = run(process.execPath, ['--input-type=module', '-e', code], { cwd: app, capture: true }).trim();
  check(`node: status-elements/feed parsed the summary feed, indicator "${indicator}"`, indicator === 'minor');
  return indicator;
}

/** A file of each format read on demand, for the check that its npm entry registers its reader. */
const FORMAT_SAMPLES = {
  instatus: 'test/fixtures/handwritten/instatus/summary.handwritten.json',
  cstate: 'test/fixtures/corpus/cstate/barthalion__index.json',
  upptime: 'test/fixtures/corpus/upptime/JetBrains__summary.json',
  'uptime-kuma': 'test/fixtures/handwritten/uptime-kuma/status-page-2.0.handwritten.json',
  betterstack: 'test/fixtures/handwritten/betterstack/index.handwritten.json',
  statusio: 'test/fixtures/corpus/statusio/statuscheck__docker_partial.json',
  cachet: 'test/fixtures/handwritten/cachet/components.handwritten.json',
  openstatus: 'test/fixtures/handwritten/openstatus/feed.handwritten.json',
  sorry: 'test/fixtures/handwritten/sorry/page.handwritten.json',
  gatus: 'test/fixtures/handwritten/gatus/statuses.handwritten.json',
};

/**
 * `status-elements/feed/formats/<name>` from the installed package, in Node: before the import
 * parseFeed names the reader it lacks; after it, the feed is read as that format.
 */
function checkNodeFormats(app) {
  const samples = Object.fromEntries(Object.entries(FORMAT_SAMPLES).map(([format, file]) => [format, join(root, file)]));
  const code = `
    const { readFileSync } = await import('node:fs');
    const { parseFeed } = await import('status-elements/feed');
    const seen = [];
    for (const [format, file] of Object.entries(${JSON.stringify(samples)})) {
      const text = readFileSync(file, 'utf8');
      const before = parseFeed(text);
      await import('status-elements/feed/formats/' + format);
      const after = parseFeed(text);
      seen.push(format + ': ' + (before.ok ? 'read before' : before.error.format) + ' > ' + (after.ok ? after.format : after.error.message));
    }
    console.log(seen.join(', '));`;
  const seen = run(process.execPath, ['--input-type=module', '-e', code], { cwd: app, capture: true }).trim();
  const expected = Object.keys(FORMAT_SAMPLES).map((format) => `${format}: ${format} > ${format}`).join(', ');
  check(`node: each status-elements/feed/formats/<name> registers its reader (${seen})`, seen === expected);
}

/** The package's command line as npx runs it from the installed tarball: `check` of the demo feed. */
function checkCommandLine(app) {
  const bin = join(app, 'node_modules/.bin/status-elements');
  const result = spawnSync(bin, ['check', HISTORY_FEED], { cwd: app, encoding: 'utf8' });
  const output = `${result.stdout}${result.stderr}`.trim().replace(/\s+/g, ' ');
  check(`npx status-elements check: exit ${result.status}, "${output.replace(root, '')}"`, result.status === 0 && /: native, no issues/.test(output));
}

/**
 * docs/native-format.md's Ajv example, run as written in the app: the package's JSON Schema by its
 * exported path, the demo's native feed valid, a broken copy rejected with the place named.
 */
function checkSchemaExample(app) {
  const doc = readFileSync(join(root, 'docs/native-format.md'), 'utf8');
  const example = /<!-- ajv-example:start[^>]*-->\s*```js\n([\s\S]*?)```\s*<!-- ajv-example:end -->/.exec(doc);
  if (!example) throw new Error('docs/native-format.md has no ajv-example block');
  writeFileSync(join(app, 'check-feed.mjs'), example[1]);
  const feed = JSON.parse(readFileSync(HISTORY_FEED, 'utf8'));
  writeFileSync(join(app, 'good.json'), JSON.stringify(feed));
  writeFileSync(join(app, 'bad.json'), JSON.stringify({ ...feed, status: { indicator: 'on fire' } }));
  const good = spawnSync(process.execPath, ['check-feed.mjs', 'good.json'], { cwd: app, encoding: 'utf8' });
  check(`docs' Ajv example: the demo's native feed is valid (${good.stdout.trim() || good.stderr.trim()})`, good.status === 0 && good.stdout.trim() === 'valid');
  const bad = spawnSync(process.execPath, ['check-feed.mjs', 'bad.json'], { cwd: app, encoding: 'utf8' });
  check(
    `docs' Ajv example: an unknown indicator is rejected at its path (${bad.stderr.trim().split('\n')[0]})`,
    bad.status === 1 && bad.stderr.includes('/status/indicator'),
  );
}

/** Every app through its framework's own checker: the app accepted, each marked wrong line rejected for its reason. */
async function checkFrameworkTypes(app) {
  const bin = (name) => join(app, 'node_modules/.bin', name);
  const tsc = (label, folder, project, files) => ({
    label,
    appDir: join(app, folder),
    command: bin('tsc'),
    args: ['-p', project],
    parse: parseTsc,
    files,
  });
  const ngc = (project, files) => ({
    label: `Angular 21 (ngc, strictTemplates): ${files.join(', ')}`,
    appDir: join(app, 'angular'),
    command: bin('ngc'),
    args: ['-p', project],
    parse: parseNgc,
    files,
  });
  const checkers = [
    tsc('React 19 (tsc)', 'react', 'tsconfig.json', ['src/main.tsx', 'src/wrong.tsx']),
    tsc('Preact (tsc)', 'preact', 'tsconfig.json', ['src/main.tsx', 'src/wrong.tsx']),
    tsc('Solid (tsc)', 'solid', 'tsconfig.json', ['src/main.tsx', 'src/wrong.tsx']),
    {
      label: 'Vue 3 (vue-tsc)',
      appDir: join(app, 'vue'),
      command: bin('vue-tsc'),
      args: ['-p', 'tsconfig.json'],
      parse: parseTsc,
      files: ['src/main.ts', 'src/App.vue', 'src/Wrong.vue'],
    },
    {
      label: 'Svelte 5 (svelte-check)',
      appDir: join(app, 'svelte'),
      command: bin('svelte-check'),
      args: ['--tsconfig', './tsconfig.json', '--output', 'machine-verbose', '--fail-on-warnings'],
      parse: parseSvelteCheck,
      files: ['src/main.ts', 'src/App.svelte', 'src/Legacy.svelte', 'src/Wrong.svelte', 'src/WrongLegacy.svelte'],
    },
    ngc('tsconfig.json', ['src/main.ts']),
    ngc('tsconfig.wrong-template.json', ['src/wrong-template.ts']),
    ngc('tsconfig.wrong-class.json', ['src/wrong-class.ts']),
    ...PLAIN_ENTRIES.map((entry) =>
      tsc(`plain TypeScript (tsc), importing only status-elements/${entry === 'define' ? '' : `${entry}/`}define`, 'plain', `tsconfig.${entry}.json`, [`src/${entry}.ts`]),
    ),
  ];
  // two at a time: each checker is one busy process, and CI has two cores
  const results = await inPool(checkers.map((checker) => () => runChecker(checker)), 2);
  checkers.forEach((checker, index) => {
    const { rejections } = results[index];
    const rejected = rejections.map(({ file, line, diagnostic }) => `${file}:${line} ${diagnostic.code}`);
    passed(`${checker.label}: accepted; ${rejections.length ? `rejected as it must: ${rejected.join(', ')}` : 'nothing to reject'}`);
  });
  const total = results.reduce((sum, { rejections }) => sum + rejections.length, 0);
  check(`${checkers.length} checker runs, ${total} wrong usages rejected for the reasons written beside them`, total >= 20);
}

/** Each framework's app built by Vite and shown in Chromium: the banner's text, and what its feed-load handler received. */
async function checkApps(browser, app, indicator) {
  for (const name of APPS) {
    const folder = join(app, name);
    run(join(app, 'node_modules/.bin/vite'), ['build'], { cwd: folder });
    check(`${name}: vite build`, existsSync(join(folder, 'dist/index.html')));
    const server = await serveFolder(join(folder, 'dist'));
    try {
      const tab = await openPage(browser, `${server.origin}/`);
      await expectText(tab, { selector: 'status-banner', part: 'label', expected: MINOR_LABEL.en });
      await expectText(tab, { selector: '#loaded-indicator', expected: indicator });
      passed(`${name}: <status-banner> says "${MINOR_LABEL.en}", and its feed-load handler received "${indicator}"`);
      await tab.page.close();
    } finally {
      await server.close();
    }
  }
}

async function main() {
  const started = performance.now();
  if (!existsSync(join(root, 'dist/cdn/status-elements.js')))
    throw new Error('dist/ is missing or incomplete: run `npm run build` first');
  const work = mkdtempSync(join(tmpdir(), 'status-elements-consumer-'));
  let browser;
  try {
    const tarball = await step('npm pack', () => {
      const [packed] = JSON.parse(
        run('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, capture: true }),
      );
      const path = join(work, packed.filename);
      run('tar', ['-xzf', path, '-C', work]);
      check(
        `${packed.filename}: ${packed.entryCount} files, ${(packed.size / 1024).toFixed(1)} KB`,
        existsSync(join(work, 'package/dist/cdn/status-elements.js')),
      );
      return path;
    });
    browser = await launchChromium();
    await step('CDN builds in plain pages (headless Chromium)', () =>
      checkCdnBuilds(browser, work, historyExpectations()),
    );
    const app = await step('install the tarball in an app (npm registry)', () => installApp(work, tarball));
    const indicator = await step('Node: status-elements/feed', () => checkNode(app));
    await step('Node: each format reader by its own entry', () => checkNodeFormats(app));
    await step('the command line from the tarball', () => checkCommandLine(app));
    await step('Node: the JSON Schema with Ajv, as the docs show', () => checkSchemaExample(app));
    await step("typings, through each framework's own checker", () => checkFrameworkTypes(app));
    await step('each app built by Vite (headless Chromium)', () => checkApps(browser, app, indicator));
    console.log(`\nconsumer test: ok in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await browser?.close();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`\n✘ consumer test failed: ${error.message}`);
  process.exitCode = 1;
});
