// `npm run screenshot`: the demo page in headless Chromium, saved as docs/demo.png for the README.
/* global document -- the waitForFunction callback runs in the page */
import { createServer } from 'vite';
import { puppeteerCore } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS } from './browsers.mjs';
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
try {
  const page = await browser.newPage();
  page.on('console', (message) => message.type() === 'error' && console.error('page:', message.text()));
  page.on('pageerror', (error) => console.error('page:', error.message));
  await page.setViewport({ width: 1280, height: 1000, deviceScaleFactor: 1 });
  await page.goto(`http://localhost:${port}/`, { waitUntil: 'networkidle0' });
  // every element has rendered its data (not a skeleton) once no shadow root shows a loading part
  await page.waitForFunction(() =>
    [...document.querySelectorAll('status-banner, incident-history')].every(
      (element) => element.shadowRoot && !element.shadowRoot.querySelector('[part="loading"]'),
    ),
  );
  await page.screenshot({ path: `${root}docs/demo.png` });
  console.log('wrote docs/demo.png');
} finally {
  await browser.close();
  await server.close();
}
