// The command line (src/cli.ts), called as the bin calls it, with io objects that collect what it
// writes: check's exit codes on real feeds, convert's output against the JSON Schema, render's
// static page, and the proxy started, used and stopped.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { loadSrc } from '../../scripts/load-src.mjs';
import { expectInOrder, text } from './html-text.mjs';
import { loadNativeFeedJsonSchema } from '../../scripts/native-json-schema-source.mjs';
import { SEED_PAGE, SEED_PAGE_ARGS } from '../../scripts/render-seed-page.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { main } = await loadSrc('src/cli.ts');
const { parseFeed, NativeFeedInput } = await loadSrc('src/feed/index.ts');

const CLEAN = 'test/fixtures/corpus/statuspage/status-watcher__vercel_statuspage_incidents.json';
const NOT_JSON = 'test/fixtures/corpus/cstate/packit__index.json';
const KUMA = ['test/fixtures/handwritten/uptime-kuma/status-page-2.0.handwritten.json', 'test/fixtures/handwritten/uptime-kuma/heartbeat-2.0.handwritten.json'];
const SEED = 'demo/feeds/jelou.json';
const SCHEMA_URL = 'https://status-elements.dev/status-feed.schema.json';

/** Runs the CLI in this process; what it wrote to each stream, and its exit code. */
async function run(args, { tty = false, cwd = root, signal } = {}) {
  const out = { stdout: '', stderr: '' };
  const stream = (name) => ({ isTTY: tty, write: (text) => void (out[name] += text) });
  const code = await main(args, { stdout: stream('stdout'), stderr: stream('stderr'), cwd, signal });
  return { code, ...out };
}


/** A user error: one sentence on one line, no stack. */
function assertOneSentence(stderr, pattern) {
  assert.match(stderr, pattern);
  assert.equal(stderr.trim().split('\n').length, 1, stderr);
  assert.doesNotMatch(stderr, /\n\s+at /);
}

/** A local HTTP server answering `routes` (path → [status, body]); its base URL. */
async function serve(routes) {
  const requests = [];
  const server = createServer((request, response) => {
    requests.push(request.url);
    const [status, body] = routes[request.url] ?? [404, 'not found'];
    response.writeHead(status, { 'content-type': status === 200 ? 'application/json' : 'text/plain' });
    response.end(body);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { url: `http://127.0.0.1:${server.address().port}`, requests, close: () => new Promise((done) => server.close(done)) };
}

let temp;
before(async () => {
  temp = await mkdtemp(join(tmpdir(), 'status-elements-cli-'));
});
after(async () => {
  await rm(temp, { recursive: true, force: true });
});

/** A small native feed with two problems: an incident with no time, an impact that is not one. */
async function brokenFeed() {
  const path = join(temp, 'broken.json');
  const feed = {
    page: { name: 'Broken' },
    incidents: [
      { id: 'a', title: 'No time', updates: [{ at: 'yesterday', body: 'x' }] },
      { id: 'b', title: 'Huge', impact: 'huge', updates: [{ at: '2026-05-01T10:00:00Z', body: 'y' }] },
    ],
  };
  await writeFile(path, JSON.stringify(feed));
  return path;
}

describe('status-elements check', () => {
  it('exits 0 on a clean feed and says its format and what it holds', async () => {
    const { code, stdout, stderr } = await run(['check', CLEAN]);
    assert.equal(code, 0, stdout + stderr);
    assert.match(stdout, /status-watcher__vercel_statuspage_incidents\.json: statuspage, no issues/);
    assert.match(stdout, /\d+ components?, 10 incidents, \d+ maintenances?, \d+ updates?/);
    assert.equal(stderr, '');
  });

  it('exits 1 on a feed read with issues, each with its JSON path', async () => {
    const { code, stdout } = await run(['check', await brokenFeed()]);
    assert.equal(code, 1);
    assert.match(stdout, /native, 2 issues/);
    assert.match(stdout, /^ {2}\$\.incidents\[0\]: dropped this incident/m);
    assert.match(stdout, /^ {2}\$\.incidents\[1\]\.impact: /m);
    assert.match(stdout, /0 components, 1 incident, 0 maintenances, 1 update\n$/);
  });

  it('exits 2 on text that is not JSON, with the line and column', async () => {
    const { code, stdout } = await run(['check', NOT_JSON]);
    assert.equal(code, 2);
    assert.match(stdout, /packit__index\.json: unreadable \(parse\): Not valid JSON at line 21, column 105/);
  });

  it('exits 2 on a missing file, in one sentence', async () => {
    const { code, stdout, stderr } = await run(['check', 'no/such/feed.json']);
    assert.equal(code, 2);
    assert.equal(stdout, 'no/such/feed.json: unreadable (file): Cannot read no/such/feed.json: no such file\n');
    assert.equal(stderr, '');
  });

  it('--json: one object with each source, the counts and the same exit code', async () => {
    for (const [source, expected] of [[CLEAN, 0], [await brokenFeed(), 1], [NOT_JSON, 2], ['missing.json', 2]]) {
      const { code, stdout } = await run(['check', source, '--json']);
      const report = JSON.parse(stdout);
      assert.equal(code, expected, source);
      assert.equal(report.exitCode, expected);
      assert.equal(report.sources.length, 1);
      assert.equal(report.sources[0].source, source);
      if (expected < 2) {
        assert.equal(report.sources[0].error, null);
        assert.ok(report.counts.incidents > 0);
      } else {
        assert.equal(report.counts, null);
        assert.equal(report.sources[0].error.kind, source === NOT_JSON ? 'parse' : 'file');
      }
      if (expected === 1) {
        assert.deepEqual(report.sources[0].issues.map((issue) => issue.path), ['$.incidents[0]', '$.incidents[1].impact']);
        for (const issue of report.sources[0].issues) assert.ok(issue.message.startsWith(`${issue.path}: `));
      }
    }
  });

  it('merges two endpoints of one page (Uptime Kuma: status page + heartbeat) and counts the merged feed', async () => {
    const { code, stdout } = await run(['check', ...KUMA]);
    // the status page alone has no monitor states, and one maintenance without a time
    assert.equal(code, 1);
    expectInOrder(stdout, ['status-page-2.0.handwritten.json: uptime-kuma, 2 issues', '$.publicGroupList: ', '$.maintenanceList[0]: ', 'heartbeat-2.0.handwritten.json: uptime-kuma, no issues']);
    assert.match(stdout, /merged \(2 sources\): 5 components, 1 incident, 0 maintenances, 1 update\n$/);
    const report = JSON.parse((await run(['check', '--json', ...KUMA])).stdout);
    assert.deepEqual(report.counts, { components: 5, incidents: 1, maintenances: 0, updates: 1 });
    assert.deepEqual(report.sources.map((source) => source.format), ['uptime-kuma', 'uptime-kuma']);
  });

  it('exits 2 when one of several sources is unreadable, and still reports the others', async () => {
    const { code, stdout } = await run(['check', SEED, NOT_JSON]);
    assert.equal(code, 2);
    expectInOrder(stdout, ['jelou.json: native, no issues', 'packit__index.json: unreadable (parse)', '4 components, 3 incidents']);
  });

  it('reads a URL; an HTTP error is unreadable; progress shows on a terminal only', async () => {
    const server = await serve({ '/feed.json': [200, await readFile(join(root, SEED), 'utf8')], '/gone.json': [410, 'gone'] });
    try {
      const good = await run(['check', `${server.url}/feed.json`]);
      assert.equal(good.code, 0, good.stdout);
      assert.match(good.stdout, /\/feed\.json: native, no issues\n4 components, 3 incidents, 0 maintenances, 12 updates\n/);
      assert.equal(good.stderr, '', 'no progress in a pipe');

      const gone = await run(['check', `${server.url}/gone.json`, '--json']);
      assert.equal(gone.code, 2);
      assert.equal(JSON.parse(gone.stdout).sources[0].error.kind, 'http');
      assert.match(JSON.parse(gone.stdout).sources[0].error.message, /HTTP 410/);

      const onTerminal = await run(['check', `${server.url}/feed.json`, SEED], { tty: true });
      assert.equal(onTerminal.code, 0);
      expectInOrder(onTerminal.stderr, [`reading 1/2 ${server.url}/feed.json`, 'reading 2/2 demo/feeds/jelou.json']);
      assert.ok(!onTerminal.stdout.includes('reading'), 'progress never on stdout');
      assert.deepEqual(server.requests, ['/feed.json', '/gone.json', '/feed.json']);
    } finally {
      await server.close();
    }
  });

  it('refuses an unknown format or zone, and names no file it was not given', async () => {
    assertOneSentence((await run(['check', SEED, '--format', 'rss'])).stderr, /unknown format "rss": expected one of auto, native, statuspage/);
    assertOneSentence((await run(['check', SEED, '--feed-time-zone', 'Mars/Base'])).stderr, /"Mars\/Base" is not an IANA time zone/);
    assertOneSentence((await run(['check'])).stderr, /name at least one feed/);
    const other = await run(['check', 'ftp://example.com/feed.json']);
    assert.equal(other.code, 2);
    assert.match(other.stdout, /Only http, https and file URLs are read/);
  });
});

describe('help and usage errors', () => {
  it('--help lists the commands, and each command has its own', async () => {
    const top = await run(['--help']);
    assert.equal(top.code, 0);
    for (const command of ['check', 'convert', 'render', 'proxy']) assert.match(top.stdout, new RegExp(`^ {2}${command} `, 'm'));
    for (const command of ['check', 'convert', 'render', 'proxy']) {
      const help = await run([command, '--help']);
      assert.equal(help.code, 0, command);
      assert.ok(help.stdout.startsWith(`Usage: status-elements ${command} `), help.stdout);
      assert.match(help.stdout, /Exit codes: /);
      assert.equal((await run(['help', command])).stdout, help.stdout);
    }
    const bare = await run([]);
    assert.equal(bare.code, 2);
    assert.ok(bare.stderr.startsWith('Usage: status-elements <command>'));
  });

  it('an unknown option or command is exit code 2 and one line on stderr', async () => {
    for (const [args, pattern] of [
      [['check', SEED, '--colour'], /^status-elements check: unknown option --colour \(see status-elements check --help\)\.\n$/],
      [['render', SEED, '-x'], /^status-elements render: unknown option -x /],
      [['check', SEED, '--json=yes'], /option --json takes no value/],
      [['convert', SEED, '-o'], /option --output needs a value/],
      [['proxy', 'extra'], /^status-elements proxy: unexpected argument "extra"/],
      [['chek', SEED], /^status-elements: unknown command "chek": expected one of check, convert, render, proxy/],
      [['--verbose'], /^status-elements: unknown option --verbose/],
    ]) {
      const { code, stdout, stderr } = await run(args);
      assert.equal(code, 2, args.join(' '));
      assert.equal(stdout, '');
      assertOneSentence(stderr, pattern);
    }
  });

  it('importing the CLI runs nothing: no element defined, no signal handler, as built with its lazy chunks', async () => {
    // split as the package build splits it: what render and proxy load stays out until they run
    const outdir = join(root, 'node_modules/.cache/status-elements/cli-split');
    await build({ entryPoints: [join(root, 'src/cli.ts')], outdir, bundle: true, splitting: true, packages: 'external', format: 'esm', platform: 'node', target: 'node20', logLevel: 'error' });
    const probe = `const before = process.listenerCount('SIGINT');
      const { main } = await import(${JSON.stringify(pathToFileURL(join(outdir, 'cli.js')).href)});
      console.log(JSON.stringify({ main: typeof main, customElements: typeof customElements, sigint: process.listenerCount('SIGINT') - before }));`;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: root, encoding: 'utf8' });
    assert.equal(child.status, 0, child.stderr);
    assert.deepEqual(JSON.parse(child.stdout), { main: 'function', customElements: 'undefined', sigint: 0 });
  });
});

describe('status-elements convert', () => {
  let validators;
  before(async () => {
    // the schema the package ships, made as `node scripts/gen-schema.mjs` makes it
    const schema = await loadNativeFeedJsonSchema();
    validators = [['Zod NativeFeedInput', (json) => NativeFeedInput.safeParse(json).success || NativeFeedInput.safeParse(json).error.message]];
    // Ajv 2020 when installed; else the Ajv in node_modules (v6, draft-07), which reads every
    // keyword this schema uses (checked here) once its draft 2020-12 `$schema` is left out
    let ajv;
    try {
      const { default: Ajv2020 } = await import('ajv/dist/2020.js');
      ajv = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    } catch {
      try {
        const { default: Ajv } = await import('ajv');
        const keywords = new Set();
        const walk = (node) => {
          if (Array.isArray(node)) return node.forEach(walk);
          if (!node || typeof node !== 'object') return;
          for (const [key, value] of Object.entries(node)) {
            keywords.add(key);
            if (key === 'properties') Object.values(value).forEach(walk);
            else walk(value);
          }
        };
        walk(schema);
        const known = new Set(['$schema', '$id', 'title', 'description', 'type', 'properties', 'required', 'format', 'pattern', 'enum', 'items', 'const', 'additionalProperties', 'minItems', 'minLength']);
        assert.deepEqual([...keywords].filter((keyword) => !known.has(keyword)), [], 'a keyword Ajv 6 does not know');
        const draft07 = { ...schema };
        delete draft07.$schema;
        ajv = new Ajv({ allErrors: true }).compile(draft07);
      } catch (error) {
        if (error instanceof assert.AssertionError) throw error;
      }
    }
    if (ajv) validators.push(['Ajv and status-feed.schema.json', (json) => ajv(json) || JSON.stringify(ajv.errors)]);
  });

  /** The output is a native feed: valid, `$schema` first, and read back by parseFeed to itself. */
  function assertNativeFeed(output) {
    const json = JSON.parse(output);
    assert.deepEqual(Object.keys(json).slice(0, 2), ['$schema', 'page']);
    assert.equal(json.$schema, SCHEMA_URL);
    for (const [name, validate] of validators) assert.equal(validate(json), true, name);
    const again = parseFeed(output);
    assert.ok(again.ok);
    assert.equal(again.format, 'native');
    assert.deepEqual(again.issues, []);
    const feed = { ...json };
    delete feed.$schema;
    assert.deepEqual(again.feed, feed);
    return json;
  }

  it('writes the seed as a native feed that validates and reads back to the same feed', async () => {
    // Ajv is used whenever one is installed
    assert.equal(validators.length, existsSync(join(root, 'node_modules/ajv')) ? 2 : 1);
    // and each validator can say no
    for (const [name, validate] of validators) assert.notEqual(validate({ page: {}, incidents: [{ id: 1 }] }), true, name);
    const { code, stdout, stderr } = await run(['convert', SEED]);
    assert.equal(code, 0, stderr);
    assert.equal(stderr, '');
    const json = assertNativeFeed(stdout);
    assert.deepEqual(json.page, JSON.parse(await readFile(join(root, SEED), 'utf8')).page);
  });

  it('merges two endpoints into one feed written with -o; issues go to stderr', async () => {
    const { code, stdout, stderr } = await run(['convert', ...KUMA, '-o', join(temp, 'kuma.json')]);
    assert.equal(code, 0);
    assert.equal(stdout, '');
    assert.match(stderr, /status-page-2\.0\.handwritten\.json: \$\.publicGroupList: /);
    const json = assertNativeFeed(await readFile(join(temp, 'kuma.json'), 'utf8'));
    assert.equal(json.components.length, 5);
    // the heartbeat endpoint gave the states the status page lacked
    assert.ok(json.components.some((component) => component.status !== 'operational'));
  });

  it('converts every readable feed of the corpus to a valid native feed', async () => {
    for (const source of [CLEAN, 'test/fixtures/handwritten/cachet/incidents.handwritten.json', 'test/fixtures/seed-instatus.json']) {
      const { code, stdout } = await run(['convert', source, '--feed-time-zone', 'Europe/Madrid']);
      assert.equal(code, 0, source);
      assertNativeFeed(stdout);
    }
  });

  it('exits 2 and writes nothing when a source is unreadable', async () => {
    const { code, stdout, stderr } = await run(['convert', SEED, NOT_JSON, '-o', join(temp, 'never.json')]);
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assertOneSentence(stderr, /packit__index\.json: unreadable \(parse\): Not valid JSON at line 21, column 105/);
    assert.equal(existsSync(join(temp, 'never.json')), false);
    assertOneSentence((await run(['convert', SEED, '-o', join(temp, 'no/dir/x.json')])).stderr, /cannot write .*x\.json: its folder does not exist\./);
  });
});

describe('status-elements render', () => {
  it('writes a whole static page of the seed in Spanish, with no script to run', async () => {
    const { code, stdout, stderr } = await run(SEED_PAGE_ARGS);
    assert.equal(code, 0, stderr);
    assert.equal(stderr, '');
    assert.match(stdout, /^<!doctype html>\n<html lang="es">\n<head>\n<meta charset="utf-8">/);
    assert.match(stdout, /<meta name="viewport" content="width=device-width, initial-scale=1">/);
    assert.match(stdout, /<title>Jelou<\/title>/);
    assert.match(stdout, /<style>\s*body \{/);
    // the feed's JSON block is data no browser runs; there is no other script
    const scripts = stdout.match(/<script\b[^>]*>/gi);
    assert.deepEqual(scripts, ['<script type="application/json" data-status-feed>']);
    assert.match(stdout, /<incident-history[^>]*lang="es"[^>]*time-zone="America\/Guayaquil"/);
    assert.match(stdout, /<template shadowroot="open" shadowrootmode="open">/);
    assert.match(stdout, /<details part="phase" open/);
    expectInOrder(text(stdout), ['Jelou', 'may 2026', 'No se reportaron avisos este mes', 'abr 2026', 'Operator Connection Status Issues', 'Análisis post mortem', 'Resuelto', 'Supervisando', 'Investigando']);
  });

  it('the committed page for the browser test is a fresh render (else: node scripts/render-seed-page.mjs)', async () => {
    const { stdout } = await run(SEED_PAGE_ARGS);
    assert.equal(await readFile(join(root, SEED_PAGE), 'utf8'), stdout);
  });

  it('renders the banner and the timeline, in the feed\'s own zone by default, and refuses what it does not render', async () => {
    const banner = await run(['render', SEED, '--element', 'status-banner', '--now', '2026-05-20T12:00:00Z']);
    assert.equal(banner.code, 0);
    assert.match(banner.stdout, /<status-banner[^>]*lang="en"[^>]*time-zone="America\/Guayaquil"/);
    assert.ok(text(banner.stdout).includes('All systems operational'), text(banner.stdout));
    const timeline = await run(['render', SEED, '--element', 'incident-timeline', '--lang', 'en']);
    assert.equal(timeline.code, 0);
    assert.match(timeline.stdout, /<incident-timeline[^>]*>/);
    for (const [args, pattern] of [
      [['--element', 'status-page'], /unknown element "status-page": expected incident-history, status-banner, incident-timeline/],
      [['--now', 'tomorrow'], /--now "tomorrow" is not an ISO 8601 time/],
      [['--time-zone', 'Europe/Atlantis'], /--time-zone "Europe\/Atlantis" is not an IANA time zone/],
      [['--lang', 'not a language'], /--lang "not a language" is not a language tag/],
    ]) {
      const { code, stderr } = await run(['render', SEED, ...args]);
      assert.equal(code, 2);
      assertOneSentence(stderr, pattern);
    }
    const missing = await run(['render', 'missing.json']);
    assert.equal(missing.code, 2);
    assertOneSentence(missing.stderr, /^missing\.json: unreadable \(file\): Cannot read missing\.json: no such file\n$/);
  });
});

const PROXY = existsSync(join(root, 'src/proxy/index.ts')) && existsSync(join(root, 'src/proxy/node.ts'));

describe('status-elements proxy', { skip: !PROXY && 'src/proxy/ is not there yet' }, () => {
  /** Waits until the CLI has written its address; the address. */
  async function listening(output) {
    for (let tries = 0; tries < 200; tries++) {
      const url = /listening on (http:\/\/\S+)/.exec(output())?.[1];
      if (url) return url;
      await new Promise((done) => setTimeout(done, 25));
    }
    throw new Error(`the proxy did not start: ${output()}`);
  }

  it('serves a route from a local upstream, prints its address and routes, and stops when asked', async () => {
    const upstream = await serve({ '/feed.json': [200, await readFile(join(root, SEED), 'utf8')] });
    const config = join(temp, 'proxy.config.json');
    await writeFile(config, JSON.stringify({ routes: { '/status.json': { upstream: `${upstream.url}/feed.json`, allowPrivate: true } } }));
    const stop = new AbortController();
    const out = { stdout: '', stderr: '' };
    const stream = (name) => ({ write: (text) => void (out[name] += text) });
    const running = main(['proxy', '--config', config, '--port', '0'], { stdout: stream('stdout'), stderr: stream('stderr'), signal: stop.signal });
    try {
      const url = await listening(() => out.stdout + out.stderr);
      assert.match(out.stdout, new RegExp(`^ {2}${url}/status\\.json from ${upstream.url}/feed\\.json$`, 'm'));
      const response = await fetch(`${url}/status.json`);
      assert.equal(response.status, 200);
      const feed = parseFeed(await response.text());
      assert.ok(feed.ok);
      assert.equal(feed.feed.page.name, 'Jelou');
      assert.deepEqual(upstream.requests, ['/feed.json']);
    } finally {
      stop.abort();
      assert.equal(await running, 0);
      await upstream.close();
    }
    assert.equal(out.stderr, '');
  });

  it('stops on SIGINT and exits 0, as a process', async () => {
    const upstream = await serve({ '/feed.json': [200, await readFile(join(root, SEED), 'utf8')] });
    const config = join(temp, 'proxy-signal.config.json');
    await writeFile(config, JSON.stringify({ routes: { '/status.json': { upstream: [`${upstream.url}/feed.json`], allowPrivate: true } } }));
    const script = `import { loadSrc } from ${JSON.stringify(pathToFileURL(join(root, 'scripts/load-src.mjs')).href)};
      const { main } = await loadSrc('src/cli.ts');
      process.exitCode = await main(process.argv.slice(1), { stdout: process.stdout, stderr: process.stderr });`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script, 'proxy', '--config', config, '--port', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    try {
      const url = await listening(() => output);
      assert.equal((await fetch(`${url}/status.json`)).status, 200);
      child.kill('SIGINT');
      const [code] = await once(child, 'exit');
      assert.equal(code, 0, output);
    } finally {
      if (child.exitCode === null) child.kill();
      await upstream.close();
    }
  });

  it('a configuration it cannot serve is one sentence and exit code 2', async () => {
    const bad = join(temp, 'bad.config.json');
    await writeFile(bad, JSON.stringify({ routes: { '/status.json': { upstream: 'http://127.0.0.1:9/feed.json' } } }));
    const refused = await run(['proxy', '--config', bad]);
    assert.equal(refused.code, 2);
    assertOneSentence(refused.stderr, /^status-elements proxy: .*bad\.config\.json: route \/status\.json: upstream .* is a \w+ address; set allowPrivate: true/);
    await writeFile(bad, '{ "routes": ');
    assertOneSentence((await run(['proxy', '--config', bad])).stderr, /bad\.config\.json: Not valid JSON at line 1, column 13/);
    assertOneSentence((await run(['proxy', '--config', 'nowhere.json'])).stderr, /cannot read nowhere\.json: no such file/);
    assertOneSentence((await run(['proxy'])).stderr, /name its configuration with --config/);
    assertOneSentence((await run(['proxy', '--config', bad, '--port', 'http'])).stderr, /--port "http" is not a port number/);
  });
});
