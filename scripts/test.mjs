// `npm test`: lint, typecheck, then the browser suite with coverage in Chromium, Firefox and WebKit.
//
//   node scripts/test.mjs [--browsers=LIST] [--no-coverage] [--no-checks] [web-test-runner options…]
//
// LIST (or the BROWSERS variable): engines separated by commas (chromium,firefox,webkit), "all"
// (the default) or "available" (only the engines installed, installing nothing).
// A missing engine is installed with apt-get when this runs as root; INSTALL_BROWSERS=0 forbids that.
// Programs are found via CHROME_PATH, FIREFOX_PATH, WEBKIT_DRIVER_PATH, MINIBROWSER_PATH and
// XVFB_PATH, else where Debian installs them. --no-checks skips lint and typecheck while iterating
// on tests; CI never passes it. Coverage is on for a whole-suite run that includes Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locateEngine, parseBrowserList } from './browsers.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const bin = (name) => join(root, 'node_modules/.bin', name);

class UsageError extends Error {}

function header(title) {
  console.log(`\n── ${title} ${'─'.repeat(Math.max(0, 66 - title.length))}`);
}

/** Runs a step, prints its duration, and ends the whole command with the step's exit code on failure. */
function step(title, command, args, env = process.env) {
  header(title);
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.error) throw result.error;
  const code = result.status ?? 1;
  console.log(`${code === 0 ? '✔' : '✘'} ${title}: ${seconds} s${code === 0 ? '' : ` (exit code ${code})`}`);
  return code;
}

function parseArguments(argv) {
  let browsers = process.env.BROWSERS;
  let coverage;
  let checks = true;
  const passThrough = [];
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (argument.startsWith('--browsers=')) browsers = argument.slice('--browsers='.length);
    else if (argument === '--browsers') browsers = argv[++index];
    else if (argument === '--coverage') coverage = true;
    else if (argument === '--no-coverage') coverage = false;
    else if (argument === '--no-checks') checks = false;
    else passThrough.push(argument);
  }
  return { browsers, coverage, checks, passThrough };
}

function canInstallWithApt() {
  return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && process.env.INSTALL_BROWSERS !== '0';
}

function installWithApt(engines) {
  const packages = [...new Set(engines.flatMap((engine) => engine.aptPackages))];
  const names = engines.map((engine) => engine.label).join(', ');
  header(`installing ${names}`);
  console.log(`${names} not found; installing with apt-get: ${packages.join(' ')}`);
  const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', ...packages]]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env: aptEnv });
    if (result.status !== 0) throw new UsageError(`apt-get ${args[0]} failed (exit code ${result.status}); install ${packages.join(' ')} by hand.`);
  }
}

/** The engines to run: present, installed now, or (with "available") only those present. */
function resolveEngines(browsersValue) {
  let names, onlyAvailable;
  try {
    ({ names, onlyAvailable } = parseBrowserList(browsersValue));
  } catch (error) {
    throw new UsageError(error.message);
  }
  let engines = names.map(locateEngine);
  const missing = engines.filter((engine) => !engine.present);
  if (missing.length > 0 && onlyAvailable) {
    for (const engine of missing) console.log(`Skipping ${engine.label}: not installed (${engine.missing.join(', ')}).`);
    engines = engines.filter((engine) => engine.present);
  } else if (missing.length > 0 && canInstallWithApt()) {
    installWithApt(missing);
    engines = names.map(locateEngine);
  }
  const stillMissing = engines.filter((engine) => !engine.present);
  if (stillMissing.length > 0) {
    const packages = [...new Set(stillMissing.flatMap((engine) => engine.aptPackages))].join(' ');
    const what = stillMissing.map((engine) => `${engine.label} (${engine.missing.join(', ')})`).join(', ');
    throw new UsageError(
      `Missing browser engine ${what}: install it with \`apt-get install -y ${packages}\`, point the variable at it, or run with BROWSERS=available.`,
    );
  }
  if (engines.length === 0) throw new UsageError('No browser engine is installed: install one with `apt-get install -y chromium`.');
  return engines;
}

function printSummary(summaryFile) {
  if (!existsSync(summaryFile)) return;
  const byEngine = JSON.parse(readFileSync(summaryFile, 'utf8'));
  const total = { passed: 0, failed: 0, skipped: 0 };
  header('summary');
  for (const [engine, counts] of Object.entries(byEngine)) {
    const broken = counts.brokenFiles > 0 ? `, ${counts.brokenFiles} test file(s) with errors` : '';
    console.log(`${engine}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped${broken}`);
    total.passed += counts.passed;
    total.failed += counts.failed + counts.brokenFiles;
    total.skipped += counts.skipped;
  }
  console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
}

function main() {
  const { browsers, coverage, checks, passThrough } = parseArguments(process.argv.slice(2));
  const engines = resolveEngines(browsers);
  const withChromium = engines.some((engine) => engine.name === 'chromium');
  if (coverage === true && !withChromium) {
    // without Chromium, web-test-runner writes an empty report and ignores the thresholds
    throw new UsageError('Coverage is measured in Chromium only: add chromium to BROWSERS or drop --coverage.');
  }
  // a run narrowed to some files (any web-test-runner argument) would miss the coverage floors
  const measureCoverage = coverage ?? (withChromium && passThrough.length === 0);

  console.log(`Browser engines: ${engines.map((engine) => `${engine.label} (${engine.paths.browser})`).join(', ')}`);
  console.log(`Coverage: ${measureCoverage ? 'on (Chromium)' : 'off'}`);

  if (checks) {
    if (step('lint (eslint)', bin('eslint'), ['.']) !== 0) return 1;
    if (step('typecheck (tsc)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']) !== 0) return 1;
  }

  // Node's own tests (server rendering), unless the run is narrowed to some browser test files
  if (passThrough.length === 0 && step('node tests (node --test)', process.execPath, ['--test', 'test/node/']) !== 0) return 1;

  const summaryDir = mkdtempSync(join(tmpdir(), 'status-elements-test-'));
  const summaryFile = join(summaryDir, 'summary.json');
  try {
    const env = { ...process.env, BROWSERS: engines.map((engine) => engine.name).join(','), TEST_SUMMARY_FILE: summaryFile };
    const wtrArgs = [...(measureCoverage ? ['--coverage'] : []), ...passThrough];
    const title = `browser tests (${engines.map((engine) => engine.label).join(', ')})`;
    const code = step(title, bin('wtr'), wtrArgs, env);
    printSummary(summaryFile);
    return code;
  } finally {
    rmSync(summaryDir, { recursive: true, force: true });
  }
}

try {
  process.exitCode = main();
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`\n${error.message}`);
  process.exitCode = 2;
}
