// The three browser engines the test suite runs in, where each one's programs live, and which
// Debian packages bring them. Shared by scripts/test.mjs (which installs what is missing) and
// web-test-runner.config.mjs (which launches them), so both agree on what "present" means.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Engines in the order they are listed and run. */
export const ENGINE_NAMES = ['chromium', 'firefox', 'webkit'];

/** Headless Chromium as root (hence --no-sandbox), kept off the network it would otherwise keep trying to reach. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// MiniBrowser sits in an architecture-specific folder (x86_64-linux-gnu, aarch64-linux-gnu, …).
function miniBrowserCandidates() {
  const found = [];
  if (!existsSync('/usr/lib')) return found;
  for (const entry of readdirSync('/usr/lib')) {
    for (const api of ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0']) {
      found.push(join('/usr/lib', entry, api, 'MiniBrowser'));
    }
  }
  return found;
}

/**
 * Each engine needs one or more programs; each program is taken from its environment variable
 * when set, else from the first candidate path that exists.
 */
const ENGINES = {
  chromium: {
    label: 'Chromium',
    aptPackages: ['chromium'],
    programs: {
      browser: { env: 'CHROME_PATH', candidates: () => ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'] },
    },
  },
  firefox: {
    label: 'Firefox',
    aptPackages: ['firefox-esr'],
    programs: {
      browser: { env: 'FIREFOX_PATH', candidates: () => ['/usr/bin/firefox-esr', '/usr/bin/firefox'] },
    },
  },
  webkit: {
    label: 'WebKit',
    aptPackages: ['webkit2gtk-driver', 'xvfb'],
    programs: {
      driver: { env: 'WEBKIT_DRIVER_PATH', candidates: () => ['/usr/bin/WebKitWebDriver'] },
      browser: { env: 'MINIBROWSER_PATH', candidates: miniBrowserCandidates },
      xvfb: { env: 'XVFB_PATH', candidates: () => ['/usr/bin/Xvfb'] },
    },
  },
};

/**
 * Where an engine's programs are. `paths` maps each program to its file; `missing` lists what
 * was not found, as "program (VARIABLE)" so a reader knows which variable to set.
 */
export function locateEngine(name) {
  const engine = ENGINES[name];
  if (!engine) throw new Error(`Unknown browser engine "${name}"; known: ${ENGINE_NAMES.join(', ')}.`);
  const paths = {};
  const missing = [];
  for (const [program, { env, candidates }] of Object.entries(engine.programs)) {
    const fromEnv = process.env[env];
    const path = fromEnv || candidates().find((candidate) => existsSync(candidate));
    if (path && existsSync(path)) paths[program] = path;
    else missing.push(fromEnv ? `${program} (${env}=${fromEnv} does not exist)` : `${program} (${env})`);
  }
  return { name, label: engine.label, aptPackages: engine.aptPackages, paths, missing, present: missing.length === 0 };
}

/**
 * Reads a BROWSERS value: a comma-separated list of engines, `all` (the default) or `available`
 * (every engine present on this machine, installing nothing).
 */
export function parseBrowserList(value) {
  const text = (value ?? '').trim().toLowerCase();
  if (text === '' || text === 'all') return { names: [...ENGINE_NAMES], onlyAvailable: false };
  if (text === 'available') return { names: [...ENGINE_NAMES], onlyAvailable: true };
  const names = [...new Set(text.split(',').map((part) => part.trim()).filter(Boolean))];
  const unknown = names.filter((name) => !ENGINE_NAMES.includes(name));
  if (unknown.length > 0) {
    throw new Error(
      `BROWSERS names unknown engine(s) ${unknown.join(', ')}; use a list of ${ENGINE_NAMES.join(', ')}, or "all", or "available".`,
    );
  }
  return { names, onlyAvailable: false };
}
