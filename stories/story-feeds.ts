/**
 * Feed URLs for the states a static file cannot show: one that never answers (loading) and one
 * that answers once and then fails (stale). Storybook's dev server answers them
 * (`.storybook/story-feeds.ts`); the stories test scripts its own server to behave the same.
 * A static build of Storybook has no such server: there these stories show the error state.
 */

/** Where the corpus and the demo feeds are served, relative to the page: the same paths in Storybook and in the test server. */
export const FEED_FOLDERS = { corpus: 'test/fixtures/corpus', demo: 'demo/feeds' } as const;

/** Never answers: the loading state. */
export const PENDING_FEED_URL = '__story-feeds__/pending';

export const STALE_FEED_PREFIX = '__story-feeds__/stale/';

/** Answers with the feed file at `path` (under the served feed folders) once, then fails: the stale state. */
export function staleFeedUrl(path: string): string {
  return `${STALE_FEED_PREFIX}${path}`;
}
