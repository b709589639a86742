// Headless Chromium through puppeteer-core (Debian's binary, or CHROME_PATH), and the few things
// the consumer checks read from a page: texts of shadow parts, uncaught errors, responses.
/* global document */
import { existsSync } from 'node:fs';
import { puppeteerCore } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS } from '../../scripts/browsers.mjs';

const WAIT_MS = 15_000;

export async function launchChromium() {
  const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(`no Chromium at ${executablePath}: install Debian's "chromium" or set CHROME_PATH`);
  }
  return puppeteerCore.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

/** Opens `url` in a new tab, recording uncaught errors, console warnings and every response. */
export async function openPage(browser, url) {
  const page = await browser.newPage();
  const log = { errors: [], responses: [], warnings: [] };
  page.on('pageerror', (error) => log.errors.push(error.message));
  page.on('console', (message) => message.type() === 'warn' && log.warnings.push(message.text()));
  page.on('requestfailed', (request) => log.errors.push(`${request.url()}: ${request.failure()?.errorText}`));
  page.on('response', (response) => log.responses.push({ url: response.url(), status: response.status() }));
  await page.goto(url, { waitUntil: 'load' });
  return { page, log };
}

function describe(log) {
  const failed = log.responses.filter(({ status }) => status >= 400).map(({ url, status }) => `${status} ${url}`);
  return [
    ...log.errors.map((error) => `\n  page error: ${error}`),
    ...failed.map((line) => `\n  response: ${line}`),
  ].join('');
}

// Runs in the page: the texts of the elements that carry `part`, under `selector`, through nested
// shadow roots; with no part, the text of `selector` itself.
function textsIn(selector, part) {
  const host = document.querySelector(selector);
  if (!host) return [];
  if (!part) return [host.textContent.trim()];
  const texts = [];
  const visit = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.part?.contains(part)) texts.push(element.textContent.replace(/\s+/g, ' ').trim());
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  return texts;
}

/**
 * Waits until an element with `part` inside `selector` (or `selector` itself, without a part) shows
 * `expected`: exactly, or as part of its text with `includes`. Fails on any uncaught page error.
 */
export async function expectText({ page, log }, { selector, part, expected, includes = false }) {
  const matches = includes ? `text.includes(${JSON.stringify(expected)})` : `text === ${JSON.stringify(expected)}`;
  const probe = `(${textsIn})(${JSON.stringify(selector)}, ${JSON.stringify(part ?? null)}).some((text) => ${matches})`;
  try {
    await page.waitForFunction(probe, { timeout: WAIT_MS, polling: 100 });
  } catch {
    const seen = await page.evaluate(textsIn, selector, part ?? null);
    const where = part ? `part "${part}" of ${selector}` : selector;
    throw new Error(
      `${where}: expected "${expected}"${includes ? ' within' : ''}, found ${JSON.stringify(seen)}${describe(log)}`,
    );
  }
  if (log.errors.length > 0) throw new Error(`uncaught errors in the page${describe(log)}`);
}
