/**
 * The bad-input suite of bad-input.test.ts, for every reader that loads on demand: each real or
 * hand-written file of each format, broken everywhere it can be broken. Wrong types and unknown
 * values at every field (of the first two items of every list), a 10 MB text, 10,000-deep
 * nesting, and `__proto__`/`constructor`/`prototype` keys at every level. Each gives a result,
 * never an exception: not one that parseFeed had to catch, and none that touches a prototype.
 */
import { expect } from '@open-wc/testing';
import { loadFeedFormat, parseFeed, READ_FORMATS, type FeedResult, type ReadFormat } from '../../src/feed/index.js';
import { loadJson } from '../helpers.js';
import { expectFeed } from './well-formed.js';
import { guardPrototypes, messages } from './bad-input-helpers.js';

type Json = Record<string, unknown>;
type Path = (string | number)[];

const fixture = (format: string, name: string) => `/test/fixtures/handwritten/${format}/${name}.handwritten.json`;
const corpus = (path: string) => `/__corpus__/files/${path}`;

/** Every format read on demand, and files of it to break: the hand-written ones and real captures. */
const BASES: Record<Exclude<ReadFormat, 'native' | 'statuspage'>, string[]> = {
  instatus: [fixture('instatus', 'summary'), fixture('instatus', 'summary-up'), '/test/fixtures/seed-instatus.json'],
  cstate: [corpus('cstate/walletwasabi__TorStatusCheckerTests-withissues.json'), fixture('cstate', 'issues'), fixture('cstate', 'issue')],
  upptime: [corpus('upptime/uptime-haliliceylan__summary.json'), fixture('upptime', 'issues')],
  'uptime-kuma': [fixture('uptime-kuma', 'status-page-2.0'), fixture('uptime-kuma', 'heartbeat-2.0')],
  betterstack: [fixture('betterstack', 'index')],
  statusio: [corpus('statusio/statuscheck__docker_partial.json'), corpus('statusio/statuscheck__gitlab_maintenance.json')],
  cachet: [fixture('cachet', 'components'), fixture('cachet', 'incidents'), fixture('cachet', 'schedules')],
  openstatus: [fixture('openstatus', 'feed')],
  sorry: [fixture('sorry', 'page')],
  gatus: [fixture('gatus', 'statuses'), fixture('gatus', 'config')],
};

const WRONG: readonly unknown[] = [42, 'text', null, [], {}, true];
const DEPTH = 10_000;
const KEYS = ['__proto__', 'constructor', 'prototype'];

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A result, well formed if a feed; messages that say where and never "undefined"; no caught throw. */
function expectSound(result: FeedResult, where: string): FeedResult {
  expect(result, where).to.be.an('object');
  if (result.ok) expectFeed(result);
  else {
    expect(['parse', 'invalid'], where).to.include(result.error.kind);
    expect(result.error.message, `${where}: the reader threw`).not.to.match(/^Could not read the feed/);
  }
  for (const message of messages(result)) {
    expect(message, where).to.be.a('string');
    expect(message, where).not.to.include('undefined');
  }
  return result;
}

function parse(input: unknown, format: ReadFormat | undefined): FeedResult {
  try {
    return parseFeed(input, format ? { format } : undefined);
  } catch (error) {
    throw new Error(`parseFeed threw: ${String(error)}`);
  }
}

/** Every place in a JSON value, the first two items of each list only. */
function places(value: unknown, at: Path = []): Path[] {
  const found: Path[] = [at];
  if (Array.isArray(value)) value.slice(0, 2).forEach((item, index) => found.push(...places(item, [...at, index])));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) found.push(...places(item, [...at, key]));
  return found;
}

function withValue(base: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = clone(base) as Json;
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
  return copy;
}

const valueAt = (base: unknown, path: Path): unknown =>
  path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], base);

guardPrototypes();

for (const [format, urls] of Object.entries(BASES) as [ReadFormat, string[]][]) {
  describe(`bad input: ${format}`, () => {
    const bases: [string, unknown][] = [];
    before(async () => {
      expect(await loadFeedFormat(format), `the ${format} reader loads`).to.equal(true);
      for (const url of urls) bases.push([url.split('/').pop()!, await loadJson(url)]);
    });

    it('each file reads clean as itself, named and under auto', () => {
      expect(READ_FORMATS).to.include(format);
      for (const [name, base] of bases) {
        for (const named of [format, undefined]) {
          const result = expectSound(parse(clone(base), named), `${name} (${named ?? 'auto'})`);
          expect(result.ok && result.format, `${name} (${named ?? 'auto'})`).to.equal(format);
        }
      }
    });

    it('a wrong type at every place: a result, never an exception', () => {
      let count = 0;
      for (const [name, base] of bases) {
        for (const path of places(base)) {
          for (const wrong of WRONG) {
            const input = withValue(base, path, wrong);
            for (const named of [format, undefined]) {
              expectSound(parse(input, named), `${name} ${JSON.stringify(path)} = ${JSON.stringify(wrong)} (${named ?? 'auto'})`);
              count++;
            }
          }
        }
      }
      expect(count).to.be.greaterThan(100);
    });

    it('an unknown value in every text field: a result, and the rest of the feed kept', () => {
      for (const [name, base] of bases) {
        const full = parse(clone(base), format);
        for (const path of places(base).filter((place) => typeof valueAt(base, place) === 'string')) {
          const where = `${name} ${JSON.stringify(path)}`;
          const result = expectSound(parse(withValue(base, path, 'ON_FIRE'), format), where);
          // one field broken costs at most its item, and a feed that loses its only item says why
          if (full.ok && !result.ok) expect(messages(result).join(' '), where).to.match(/\$[.[]/);
        }
      }
    });

    it('a 10 MB text in the first text field: read whole', () => {
      for (const [name, base] of bases) {
        const path = places(base).find((place) => typeof valueAt(base, place) === 'string' && place.length > 1);
        if (!path) continue;
        const result = expectSound(parse(JSON.stringify(withValue(base, path, 'x'.repeat(10_000_000))), format), name);
        expect(result.ok, name).to.equal(true);
      }
    });

    it('10,000-deep nesting at every place, as a value and as JSON text', () => {
      let deep: unknown = 1;
      for (let level = 0; level < DEPTH; level++) deep = { a: [deep] };
      const deepText = `${'{"a":['.repeat(DEPTH)}1${']}'.repeat(DEPTH)}`;
      for (const [name, base] of bases) {
        for (const path of places(base).slice(0, 60)) {
          const where = `${name} ${JSON.stringify(path)}`;
          expectSound(parse(withValue(base, path, deep), format), `${where} (value)`);
          const text = JSON.stringify(withValue(base, path, '@DEEP@')).replace('"@DEEP@"', deepText);
          expectSound(parse(text, format), `${where} (text)`);
        }
      }
    });

    it('prototype keys at every level change nothing, as own keys and in JSON text', () => {
      const payload = () => ({ polluted: 'yes', name: 'Hijacked', status: 'down', toString: 'x' });
      for (const [name, base] of bases) {
        const expected = parse(clone(base), format);
        const objects = places(base).filter((place) => {
          const value = valueAt(base, place);
          return value !== null && typeof value === 'object' && !Array.isArray(value);
        });
        for (const path of objects) {
          const input = clone(base);
          const node = valueAt(input, path) as Json;
          for (const key of KEYS) Object.defineProperty(node, key, { value: payload(), enumerable: true, writable: true, configurable: true });
          const text = JSON.stringify(input);
          for (const value of [input, text, JSON.parse(text)]) {
            const where = `${name} ${JSON.stringify(path)}`;
            const result = expectSound(parse(value, format), where);
            if (!result.ok || !expected.ok) {
              expect(result, where).to.deep.equal(expected);
              continue;
            }
            // the feed is the same; where such a key stands for an id (a map of monitors), it is reported, never read
            expect(result.feed, where).to.deep.equal(expected.feed);
            const extra = result.issues.slice(expected.issues.length);
            expect(result.issues.slice(0, expected.issues.length), where).to.deep.equal(expected.issues);
            for (const issue of extra) expect(KEYS, `${where}: ${issue.message}`).to.include(issue.path.at(-1));
          }
        }
      }
    });
  });
}
