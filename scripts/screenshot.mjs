// `npm run screenshot`: the demo page in headless Chromium, saved as docs/demo.png for the README;
// `npm run screenshot -- --locales`: demo/locales.html in every language, into docs/locales/.
/* global document -- the waitForFunction callback runs in the page */
import { createServer } from 'vite';
import { puppeteerCore } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS } from './browsers.mjs';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const server = await createServer({ root, logLevel: 'error', server: { port: 0 } });
await server.listen();
const { port } = server.httpServer.address();
const browser = await puppeteerCore.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: CHROMIUM_ARGS,
});
const LOCALES = ['en', 'es', 'pt', 'fr', 'de', 'it', 'nl', 'pl', 'tr', 'ja', 'zh-Hans', 'ko', 'ar', 'he'];

/** Waits until every element has rendered its data (no skeleton) in the language `code`, if given. */
const rendered = (page, code) =>
  page.waitForFunction(
    (lang) =>
      [...document.querySelectorAll('status-banner, incident-history')].every(
        (element) =>
          element.shadowRoot &&
          !element.shadowRoot.querySelector('[part="loading"]') &&
          (!lang || element.shadowRoot.querySelector('[lang]')?.getAttribute('lang') === lang),
      ),
    {},
    code,
  );

try {
  const page = await browser.newPage();
  page.on('console', (message) => message.type() === 'error' && console.error('page:', message.text()));
  page.on('pageerror', (error) => console.error('page:', error.message));
  if (process.argv.includes('--locales')) {
    // `npm run screenshot -- --locales`: docs/locales/<code>.png, and dark ones for the right-to-left languages
    mkdirSync(`${root}docs/locales`, { recursive: true });
    await page.setViewport({ width: 820, height: 900, deviceScaleFactor: 1 });
    for (const code of LOCALES) {
      for (const theme of ['light', ...(code === 'ar' || code === 'he' ? ['dark'] : [])]) {
        await page.goto(`http://localhost:${port}/demo/locales.html?lang=${code}&theme=${theme}`, { waitUntil: 'networkidle0' });
        await rendered(page, code);
        const file = `docs/locales/${code}${theme === 'dark' ? '-dark' : ''}.png`;
        await page.screenshot({ path: `${root}${file}` });
        console.log(`wrote ${file}`);
      }
    }
  } else {
    await page.setViewport({ width: 1280, height: 1000, deviceScaleFactor: 1 });
    await page.goto(`http://localhost:${port}/`, { waitUntil: 'networkidle0' });
    await rendered(page);
    await page.screenshot({ path: `${root}docs/demo.png` });
    console.log('wrote docs/demo.png');
  }
} finally {
  await browser.close();
  await server.close();
}
