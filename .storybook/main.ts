import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { FEED_FOLDERS } from '../stories/story-feeds.js';
import { storyFeedServer } from './story-feeds.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Vite's logger minus one warning that asks nothing of us: the manifest helpers ship a Node-only
 * file watcher beside their browser code, so `path` is stubbed in the browser build.
 */
async function withoutKnownWarnings() {
  const { createLogger } = await import('vite');
  const logger = createLogger('warn');
  const warn = logger.warn.bind(logger);
  logger.warn = (message, options) => {
    if (!/Module "path" has been externalized .*@wc-toolkit\/storybook-helpers/s.test(message)) warn(message, options);
  };
  return logger;
}

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  // Offline and private: no telemetry, no update notices.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The feeds the stories fetch, at the same paths as on the test server.
  staticDirs: Object.values(FEED_FOLDERS).map((folder) => ({ from: `../${folder}`, to: `/${folder}` })),
  async viteFinal(viteConfig, { configType }) {
    const { mergeConfig } = await import('vite');
    const quietBuild = {
      logLevel: 'warn' as const,
      customLogger: await withoutKnownWarnings(),
      // the big chunks are Storybook's own (its UI, axe), not the elements
      build: { chunkSizeWarningLimit: 1500 },
    };
    return mergeConfig(viteConfig, { plugins: [storyFeedServer(root)], ...(configType === 'PRODUCTION' ? quietBuild : {}) });
  },
};

export default config;
