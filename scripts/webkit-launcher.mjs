// Runs the suite in WebKit (WebKitGTK's MiniBrowser) through WebKitWebDriver.
// MiniBrowser has no headless mode, so this launcher brings its own X server (Xvfb) and its own
// driver on a free port, and stops both when the run ends: webdriverio never starts this driver.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

const HOST = '127.0.0.1';
const STARTUP_TIMEOUT_MS = 20_000;

/** Every process group started here, so they die with this process even when it is killed early. */
const liveGroups = new Set();
const killAllGroups = () => {
  for (const pid of liveGroups) killGroup(pid, 'SIGKILL');
};
process.once('exit', killAllGroups);
// Node ends on SIGTERM/SIGHUP without an 'exit' event; the runner itself handles only SIGINT.
for (const [signal, number] of [['SIGTERM', 15], ['SIGHUP', 1]]) {
  process.once(signal, () => {
    killAllGroups();
    // end as the signal would have, unless something else listens and decides
    if (process.listenerCount(signal) === 0) process.exit(128 + number);
  });
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

/** Starts a program in its own process group, so stopping it also stops what it started. */
function startGroup(command, args, options = {}) {
  const child = spawn(command, args, { detached: true, ...options });
  liveGroups.add(child.pid);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  exited.then(() => liveGroups.delete(child.pid));
  return { child, exited };
}

async function stopGroup(handle) {
  if (!handle || handle.child.exitCode !== null || handle.child.signalCode !== null) return;
  killGroup(handle.child.pid, 'SIGTERM');
  const timer = setTimeout(() => killGroup(handle.child.pid, 'SIGKILL'), 3000);
  await handle.exited;
  clearTimeout(timer);
  // the group may outlive its leader (a browser the driver started)
  killGroup(handle.child.pid, 'SIGKILL');
  liveGroups.delete(handle.child.pid);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on a display it picks itself (-displayfd), and resolves with ":N". */
function startXvfb(xvfbPath) {
  const handle = startGroup(xvfbPath, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  handle.child.stderr.on('data', (chunk) => (stderr += chunk));
  const display = new Promise((resolve, reject) => {
    let written = '';
    handle.child.stdio[3].on('data', (chunk) => {
      written += chunk;
      if (written.includes('\n')) resolve(`:${written.trim()}`);
    });
    handle.exited.then((code) => reject(new Error(`Xvfb exited (${code}) before opening a display: ${stderr.trim()}`)));
    setTimeout(() => reject(new Error(`Xvfb opened no display within ${STARTUP_TIMEOUT_MS} ms`)), STARTUP_TIMEOUT_MS).unref();
  });
  return { handle, display };
}

async function waitForDriver(port, driverHandle, output) {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  let exitCode;
  driverHandle.exited.then((code) => (exitCode = code ?? 'signal'));
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`WebKitWebDriver exited (${exitCode}): ${output().trim()}`);
    try {
      const response = await fetch(`http://${HOST}:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${STARTUP_TIMEOUT_MS} ms`);
}

class WebKitLauncher extends WebdriverLauncher {
  #paths;
  #xvfb;
  #driver;

  constructor(paths) {
    super({
      hostname: HOST,
      port: 0, // set once the driver has a port
      logLevel: 'error',
      // A request WebKitWebDriver never answers is given up and sent again after this long. The
      // default, 120 s, is also the runner's limit for stopping a page, so one lost request (seen
      // once in a run of five, on the about:blank that ends a test file) failed the run just as
      // its retry succeeded. The runner's commands (a navigation, a script, keys) are short.
      connectionRetryTimeout: 30_000,
      connectionRetryCount: 3,
      capabilities: {
        browserName: 'MiniBrowser',
        // the driver speaks classic WebDriver only and refuses a BiDi session
        'wdio:enforceWebDriverClassic': true,
        // no other arguments: MiniBrowser hangs, rather than fails, on an option it does not know
        'webkitgtk:browserOptions': { binary: paths.browser, args: ['--automation'] },
      },
    });
    this.#paths = paths;
    // WebKitWebDriver holds one session at a time, so test files run one after another
    this.concurrency = 1;
  }

  async initialize(config, testFiles) {
    // concurrency 1 makes the base class drive the top-level page instead of iframes
    await super.initialize({ ...config, concurrency: 1 }, testFiles);
    this.name = 'WebKit';
    await this.#startServices();
  }

  async stop() {
    try {
      await super.stop();
    } finally {
      await stopGroup(this.#driver);
      await stopGroup(this.#xvfb);
      this.#driver = undefined;
      this.#xvfb = undefined;
    }
  }

  async #startServices() {
    const xvfb = startXvfb(this.#paths.xvfb);
    this.#xvfb = xvfb.handle;
    const display = await xvfb.display;

    const port = await freePort();
    this.#driver = startGroup(this.#paths.driver, [`--port=${port}`, '--host=local'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, DISPLAY: display },
    });
    let driverOutput = '';
    this.#driver.child.stdout.on('data', (chunk) => (driverOutput += chunk));
    this.#driver.child.stderr.on('data', (chunk) => (driverOutput += chunk));
    await waitForDriver(port, this.#driver, () => driverOutput);
    this.options.port = port;
  }
}

/**
 * A web-test-runner launcher for WebKit.
 * @param {{driver: string, browser: string, xvfb: string}} paths WebKitWebDriver, MiniBrowser, Xvfb
 */
export function webkitLauncher(paths) {
  return new WebKitLauncher(paths);
}
