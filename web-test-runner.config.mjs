// The browser test suite, in the engines named by BROWSERS (see scripts/browsers.mjs).
// `npm test` (scripts/test.mjs) checks or installs the engines first and then runs this; a direct
// `npx wtr` works too and fails with a clear message when an engine is missing.
import { availableParallelism } from 'node:os';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, locateEngine, parseBrowserList } from './scripts/browsers.mjs';
import { crossOriginPlugin } from './scripts/cross-origin-server.mjs';
import { proxyTestPlugin } from './scripts/proxy-test-plugin.mjs';
import { testMiddleware } from './scripts/test-middleware.mjs';
import { summaryFileReporter } from './scripts/test-summary-reporter.mjs';
import { webkitLauncher } from './scripts/webkit-launcher.mjs';

// About one busy page per core: on two cores, four pages at once (three engines, Chromium with
// two) stretched every test and timed some out, and finished no sooner. So two cores run two
// engines at a time, one page each; a larger machine runs all three, and Chromium more pages.
const CORES = availableParallelism();
const CONCURRENT_BROWSERS = Math.min(3, Math.max(1, CORES));
const CHROMIUM_PAGES = Math.max(1, Math.floor(CORES / 2));

/**
 * `emulate-forced-colors`: Chromium in a high-contrast mode, `{ active: true }`, or out of it.
 * `accessibility-tree`: the tree Chromium gives assistive technology, with every node (not only
 * the "interesting" ones), rooted at `selector` if given (`pierce/…` looks inside shadow roots).
 */
function chromiumAccessibilityPlugin() {
  const clients = new WeakMap();
  return {
    name: 'chromium-accessibility',
    async executeCommand({ command, payload, session }) {
      if (command === 'emulate-forced-colors') {
        // Chromium only; puppeteer's own emulation refuses this feature, the protocol takes it
        if (session.browser.name !== 'Chromium') throw new Error(`emulate-forced-colors: Chromium only, not ${session.browser.name}`);
        // the session stays open: closing it would end its emulation
        const page = session.browser.getPage(session.id);
        if (!clients.has(page)) clients.set(page, await page.createCDPSession());
        const features = [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }];
        await clients.get(page).send('Emulation.setEmulatedMedia', { features });
        return true;
      }
      if (command !== 'accessibility-tree') return undefined;
      if (session.browser.type !== 'puppeteer' || session.browser.name !== 'Chromium') {
        throw new Error(`accessibility-tree: Chromium only, not ${session.browser.name}`);
      }
      const page = session.browser.getPage(session.id);
      const root = payload?.selector ? await page.$(payload.selector) : undefined;
      if (payload?.selector && !root) throw new Error(`accessibility-tree: nothing matches ${payload.selector}`);
      return page.accessibility.snapshot({ root, interestingOnly: false });
    },
  };
}

const LAUNCHERS = {
  chromium: ({ browser }) => {
    const launcher = chromeLauncher({
      launchOptions: { executablePath: browser, args: CHROMIUM_ARGS },
      concurrency: CHROMIUM_PAGES,
      // a window per page: a background tab is hidden (polling pauses) and gets no key or mouse input
      createPage: ({ context }) => context.newPage({ type: 'window' }),
    });
    launcher.name = 'Chromium';
    return launcher;
  },
  // Firefox through puppeteer-core over WebDriver BiDi; coverage is collected in Chromium only.
  // One page at a time: Firefox hides background tabs and focuses one window only, so a second
  // page would get no keyboard input and pause its polling.
  firefox: ({ browser }) =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: browser, headless: true },
      concurrency: 1,
    }),
  webkit: (paths) => webkitLauncher(paths),
};

function launchers() {
  const { names, onlyAvailable } = parseBrowserList(process.env.BROWSERS);
  const engines = names.map(locateEngine).filter((engine) => engine.present || !onlyAvailable);
  const missing = engines.filter((engine) => !engine.present);
  if (missing.length > 0) {
    const what = missing.map((engine) => `${engine.label}: ${engine.missing.join(', ')}`).join('; ');
    throw new Error(`Browser engine not found (${what}); run \`npm test\` to install it, or set BROWSERS=available.`);
  }
  if (engines.length === 0) throw new Error('No browser engine is installed; run `npm test` to install them.');
  return engines.map((engine) => LAUNCHERS[engine.name](engine.paths));
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), chromiumAccessibilityPlugin(), crossOriginPlugin(), proxyTestPlugin()],
  middleware: testMiddleware(),
  browsers: launchers(),
  concurrentBrowsers: CONCURRENT_BROWSERS,
  browserStartTimeout: 60_000,
  reporters: [defaultReporter(), summaryFileReporter()],
  testFramework: { config: { timeout: 10_000 } },
  // Lit's development build says so once per test file; nothing to act on in tests.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  // Floors a little under what the suite reaches, so an untested new module fails the run.
  coverageConfig: {
    include: ['src/**/*.ts'],
    reportDir: 'coverage',
    threshold: { statements: 90, lines: 90, functions: 90, branches: 85 },
  },
};
