/** What both bad-input suites share: every message of a result, and the guard on the global prototypes. */
import { expect } from '@open-wc/testing';
import type { FeedResult } from '../../src/feed/index.js';

/** Every message of a result: the error's, its issues', or the feed's issues. */
export function messages(result: FeedResult): string[] {
  if (result.ok) return result.issues.map((issue) => issue.message);
  return [result.error.message, ...(result.error.issues ?? []).map((issue) => issue.message)];
}

/** What the global prototypes look like, to show that no input changed them. */
function prototypes(): string[] {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype].map((proto) =>
    Reflect.ownKeys(proto).map(String).sort().join(','),
  );
}

/** Checks after each test of the file that no input touched a global prototype. */
export function guardPrototypes(): void {
  let untouched: string[];
  beforeEach(() => {
    untouched = prototypes();
  });
  afterEach(() => {
    expect(prototypes(), 'the global prototypes are untouched').to.deep.equal(untouched);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(([] as unknown as Record<string, unknown>).polluted).to.equal(undefined);
  });
}
