/** What the stories test needs besides the element helpers: the stories of a module, and live feeds for them. */
import type { TemplateResult } from 'lit';
import { PENDING_FEED_URL, STALE_FEED_PREFIX } from '../stories/story-feeds.js';
import type { ManualClock } from './clock.js';
import { loadJson, scriptFeed, waitFor } from './helpers.js';

type Render = (args: never) => TemplateResult;

export interface StoryLike {
  args?: object;
  render?: Render;
}

/** A stories file as CSF has it: a default export with the file's args and render, and a named export per story. */
export interface StoriesModule {
  default: { title: string; component: string; args?: object; render: Render };
}

/** A story's check: what it must show beyond being accessible. */
export type StoryCheck = (element: HTMLElement) => void | Promise<void>;

/** The named exports that are stories, in file order. */
export function storiesOf(module: StoriesModule): [string, StoryLike][] {
  return Object.entries(module).filter(
    (entry): entry is [string, StoryLike] => entry[0] !== 'default' && typeof entry[1] === 'object' && entry[1] !== null,
  );
}

/** `HiddenWhenOperational` → `hidden when operational`, as Storybook names it. */
export function storyLabel(exportName: string): string {
  return exportName.replace(/(?<=[a-z])(?=[A-Z])/g, ' ').toLowerCase();
}

/** The `part` of `element`'s shadow root, or null. */
export function part(element: Element, name: string): HTMLElement | null {
  return element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

/** Every node with `part` in `element`'s shadow root (not in nested elements'). */
export function parts(element: Element, name: string): HTMLElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

export interface ServedFeed {
  url: string;
  /** Resolves once the element shows the state the story is about. */
  ready(element: HTMLElement): Promise<void>;
}

/**
 * The test server's stand-in for a story's live feed URL (see stories/story-feeds.ts), scripted
 * under a name of its own so engines running side by side do not share its request count.
 * `clock` is the one the elements' store runs on in the test.
 */
export async function storyFeedBehind(src: string, clock: ManualClock): Promise<ServedFeed | undefined> {
  if (src === PENDING_FEED_URL) {
    const url = await scriptFeed([{ hang: true }]);
    return { url, ready: (element) => waitFor(() => part(element, 'loading') !== null, 2000, 'the loading skeleton') };
  }
  if (src.startsWith(STALE_FEED_PREFIX)) {
    const json = await loadJson(`/${src.slice(STALE_FEED_PREFIX.length)}`);
    const url = await scriptFeed([{ json }, { status: 503 }]);
    return {
      url,
      ready: async (element) => {
        await waitFor(() => part(element, 'loading') === null, 4000, 'the first load');
        // once the first load is on screen, its request is over and the only timer is the next poll
        clock.advanceToNext();
        await waitFor(() => part(element, 'stale') !== null, 4000, 'the stale notice');
      },
    };
  }
  return undefined;
}
