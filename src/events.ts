/** Events the elements fire. All bubble and cross shadow roots (`composed`). */
import type { Indicator, StatusFeed } from './feed/model.js';
import type { FeedError, FeedIssue, ReadFormat } from './feed/result.js';

const init = { bubbles: true, composed: true } as const;

/**
 * A feed loaded (or refreshed with new data), fired once the element shows it. `issues` lists
 * what was dropped or repaired; `indicator` is the banner's overall state after its `components`
 * filter (`undefined` from the other elements); `format` is the format the feed was read as.
 */
export class FeedLoadEvent extends Event {
  static readonly type = 'feed-load';
  constructor(
    readonly feed: StatusFeed,
    readonly issues: readonly FeedIssue[] = [],
    readonly indicator?: Indicator,
    readonly format?: ReadFormat,
  ) {
    super(FeedLoadEvent.type, init);
  }
  /** The same data under `detail`, as for a `CustomEvent`. */
  get detail(): {
    feed: StatusFeed;
    issues: readonly FeedIssue[];
    indicator: Indicator | undefined;
    format: ReadFormat | undefined;
  } {
    return { feed: this.feed, issues: this.issues, indicator: this.indicator, format: this.format };
  }
}

/** A feed could not be loaded or refreshed. On a refresh the last good data stays on screen. */
export class FeedErrorEvent extends Event {
  static readonly type = 'feed-error';
  constructor(readonly error: FeedError) {
    super(FeedErrorEvent.type, init);
  }
  get detail(): { error: FeedError } {
    return { error: this.error };
  }
}

/**
 * The banner's overall state is known for the first time (`previous` is `undefined`: the first
 * data, or the first of a new `src`), or changed: new data, or the clock opening a maintenance.
 */
export class StatusChangeEvent extends Event {
  static readonly type = 'status-change';
  constructor(
    readonly previous: Indicator | undefined,
    readonly current: Indicator,
  ) {
    super(StatusChangeEvent.type, init);
  }
  get detail(): { previous: Indicator | undefined; current: Indicator } {
    return { previous: this.previous, current: this.current };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'feed-load': FeedLoadEvent;
    'feed-error': FeedErrorEvent;
    'status-change': StatusChangeEvent;
  }
}
