/**
 * Storybook's dev server answers the feed URLs of the loading and stale stories
 * (stories/story-feeds.ts), which static files cannot: one never answers, the other answers
 * once and then fails. A static build has no server, so there those stories show an error.
 */
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { FEED_FOLDERS, PENDING_FEED_URL, STALE_FEED_PREFIX } from '../stories/story-feeds.js';

export function storyFeedServer(root: string): Plugin {
  const folders = Object.values(FEED_FOLDERS).map((folder) => resolve(root, folder) + sep);
  return {
    name: 'status-elements:story-feeds',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = new URL(request.url ?? '/', 'http://storybook.invalid').pathname.slice(1);
        if (path === PENDING_FEED_URL) {
          // Held open until the element gives up or goes away.
          request.on('close', () => response.end());
          return;
        }
        if (!path.startsWith(STALE_FEED_PREFIX)) return next();
        const file = resolve(root, decodeURIComponent(path.slice(STALE_FEED_PREFIX.length)));
        response.setHeader('Cache-Control', 'no-store');
        // Only the served feed folders, so the URL cannot reach any other file.
        if (!file.endsWith('.json') || !folders.some((folder) => file.startsWith(folder))) {
          response.statusCode = 404;
          response.end();
          return;
        }
        // Stateless per element: its first request carries no ETag and gets the feed; every
        // refresh sends the ETag back and fails, so the element goes stale.
        if (request.headers['if-none-match']) {
          response.statusCode = 503;
          response.end();
          return;
        }
        readFile(file).then(
          (body) => {
            response.setHeader('Content-Type', 'application/json');
            response.setHeader('ETag', '"story"');
            response.end(body);
          },
          () => {
            response.statusCode = 404;
            response.end();
          },
        );
      });
    },
  };
}
