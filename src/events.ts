/** Events the elements fire. All bubble and cross shadow roots (`composed`). */
import type { Indicator, StatusFeed } from './feed/model.js';
import type { FeedError, FeedIssue } from './feed/result.js';

const init = { bubbles: true, composed: true } as const;

/** A feed loaded (or refreshed with new data). `issues` lists what was dropped or repaired. */
export class FeedLoadEvent extends Event {
  static readonly type = 'feed-load';
  constructor(
    readonly feed: StatusFeed,
    readonly issues: readonly FeedIssue[] = [],
  ) {
    super(FeedLoadEvent.type, init);
  }
  /** The same data under `detail`, as for a `CustomEvent`. */
  get detail(): { feed: StatusFeed; issues: readonly FeedIssue[] } {
    return { feed: this.feed, issues: this.issues };
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

/** The overall state changed between two loads. */
export class StatusChangeEvent extends Event {
  static readonly type = 'status-change';
  constructor(
    readonly previous: Indicator,
    readonly current: Indicator,
  ) {
    super(StatusChangeEvent.type, init);
  }
  get detail(): { previous: Indicator; current: Indicator } {
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
