/** parseFeed on bad input: always a result, never an exception, and a message that says what and where. */
import { expect } from '@open-wc/testing';
import type { FeedError, FeedResult } from '../../src/feed/index.js';
import { parseFeed } from '../../src/feed/index.js';
import { expectFeed } from './well-formed.js';

function expectError(result: FeedResult, kind: FeedError['kind']): FeedError {
  if (result.ok) throw new Error(`expected a ${kind} error, got a feed`);
  expect(result.error.kind).to.equal(kind);
  expect(result.error.message).not.to.include('undefined');
  return result.error;
}

describe('parseFeed: text that is not JSON', () => {
  it('gives a parse error with the line, column and position of the first bad character', () => {
    const error = expectError(parseFeed('{\n  "page": {"name": "Acme"},\n  "incidents": [oops]\n}'), 'parse');
    expect(error.message).to.equal('Not valid JSON at line 3, column 17 (position 46): unexpected character "o"');
  });

  it('says so when the text ends too early', () => {
    expect(expectError(parseFeed('{"incidents": ['), 'parse').message).to.equal('Not valid JSON at line 1, column 16 (position 15): the text ends too early');
  });

  it('says so for an empty text, a trailing comma, single quotes and a raw line break in a string', () => {
    expect(expectError(parseFeed('   '), 'parse').message).to.equal('Not valid JSON: the text is empty');
    expect(expectError(parseFeed('{"a": [1, 2,]}'), 'parse').message).to.equal('Not valid JSON at line 1, column 13 (position 12): unexpected character "]"');
    expect(expectError(parseFeed("{'page': 1}"), 'parse').message).to.match(/position 1\): expected a property name in double quotes/);
    expect(expectError(parseFeed('{"page": "a\nb"}'), 'parse').message).to.match(/line 1, column 12 .*control character/);
    expect(expectError(parseFeed('{"page": {}} x'), 'parse').message).to.match(/position 13\): unexpected "x" after the end of the JSON value/);
  });

  it('accepts a byte order mark before the JSON', () => {
    expectFeed(parseFeed('\uFEFF{"page": {"id": "p", "name": "Acme"}}'));
  });
});

describe('parseFeed: JSON that is not a feed', () => {
  it('an array, a number, null, a string or a boolean: invalid, saying what it got at $', () => {
    expect(expectError(parseFeed('[{"page": {}}]'), 'invalid').message).to.equal('Expected an object at $ but got an array');
    expect(expectError(parseFeed('42'), 'invalid').message).to.equal('Expected an object at $ but got the number 42');
    expect(expectError(parseFeed('null'), 'invalid').message).to.equal('Expected an object at $ but got null');
    expect(expectError(parseFeed('"status"'), 'invalid').message).to.equal('Expected an object at $ but got the string "status"');
    expect(expectError(parseFeed(true), 'invalid').message).to.equal('Expected an object at $ but got true');
    expect(expectError(parseFeed(undefined), 'invalid').message).to.equal('Expected an object at $ but got nothing');
    expect(expectError(parseFeed([], { format: 'statuspage' }), 'invalid').message).to.equal('Expected an object at $ but got an array');
    expect(expectError(parseFeed(7, { format: 'native' }), 'invalid').message).to.equal('Expected an object at $ but got the number 7');
  });

  it('an object with nothing usable: invalid, naming what was expected', () => {
    expect(expectError(parseFeed({}), 'invalid').message).to.match(/^Unrecognized feed at \$: expected a feed of one of the formats read \(native, statuspage, instatus, cstate, upptime, uptime-kuma, betterstack, statusio, cachet, openstatus, sorry, gatus\)/);
    expect(expectError(parseFeed({ hello: 'world' }, { format: 'statuspage' }), 'invalid').message).to.equal(
      'Found no status data at $: expected a Statuspage object with one of page, status, components, incidents, incident, scheduled_maintenances',
    );
    expect(expectError(parseFeed({ hello: 'world' }, { format: 'native' }), 'invalid').message).to.equal(
      'Found no status data at $: expected a native feed with one of page, status, components, incidents, maintenances',
    );
  });

  it('a feed whose every incident is broken: invalid, with each issue and its path', () => {
    const error = expectError(parseFeed({ incidents: [{ id: 'a' }, 'b'] }, { format: 'statuspage' }), 'invalid');
    expect(error.message).to.equal('Found nothing usable in the feed at $: every incident and component was dropped');
    expect(error.issues?.map((issue) => issue.path)).to.deep.equal([['incidents', 0, 'name'], ['incidents', 1]]);
    expect(error.issues?.[0]?.message).to.equal('$.incidents[0].name: dropped this incident: expected a string but got nothing');
  });

  it('an empty incident list is a feed (no incidents is news), not an error', () => {
    const feed = expectFeed(parseFeed('{"incidents": []}'));
    expect(feed.incidents).to.deep.equal([]);
    expect(feed.page.name).to.equal('');
  });

  it('an unknown format option: invalid, listing the formats', () => {
    const error = expectError(parseFeed('{}', { format: 'pagerduty' as never }), 'invalid');
    expect(error.message).to.equal('Unknown format "pagerduty": expected auto, native, statuspage, instatus, cstate, upptime, uptime-kuma, betterstack, statusio, cachet, openstatus, sorry, gatus');
  });

  it('an input whose properties throw when read: still a result', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('no access'); }, has: () => { throw new Error('no access'); } });
    expect(expectError(parseFeed(hostile), 'invalid').message).to.equal('Could not read the feed: no access');
  });
});

describe('parseFeed: size and depth', () => {
  it('survives a 10 MB feed', function () {
    // Generous: three engines share two cores in CI; alone this takes well under a second.
    this.timeout(20_000);
    const updates = Array.from({ length: 4 }, (_, index) => ({
      id: `u${index}`,
      status: index === 3 ? 'resolved' : 'investigating',
      body: 'x'.repeat(500),
      created_at: `2026-04-17T1${index}:00:00.000Z`,
      display_at: `2026-04-17T1${index}:00:00.000Z`,
    }));
    const incidents = Array.from({ length: 4500 }, (_, index) => ({ id: `i${index}`, name: `Incident ${index}`, status: 'resolved', impact: 'minor', created_at: '2026-04-17T10:00:00Z', incident_updates: updates }));
    const text = JSON.stringify({ page: { id: 'p', name: 'Big' }, incidents });
    expect(text.length).to.be.greaterThan(10_000_000);
    const result = parseFeed(text);
    // Checked by hand rather than with expectFeed: 18,000 updates make its per-update assertions the slow part.
    expect(result.ok && result.issues).to.deep.equal([]);
    expect(result.ok && result.feed.incidents.length).to.equal(4500);
    expect(result.ok && result.feed.incidents[0]?.updates.map((update) => update.status)).to.deep.equal(['resolved', 'investigating', 'investigating', 'investigating']);
  });

  it('survives 10,000-deep nesting where a list, an incident, a name or an update is expected', () => {
    const deep = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
    const deepObject = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
    expect(expectError(parseFeed(deep(10_000)), 'invalid').message).to.equal('Expected an object at $ but got an array');
    const inList = parseFeed(`{"page": {"id": "p", "name": ${deepObject(10_000)}}, "incidents": ${deep(10_000)}}`);
    expect(inList.ok).to.equal(true);
    if (inList.ok) {
      expect(inList.issues.map((issue) => issue.message)).to.deep.equal([
        '$.page.name: replaced this page\'s name: expected a string but got an object',
        '$.incidents[0]: dropped this incident: expected an object but got an array',
      ]);
    }
    const inUpdates = parseFeed(`{"incidents": [{"id": "i", "name": "n", "created_at": "2026-04-17T10:00:00Z", "incident_updates": [${deepObject(10_000)}]}]}`);
    expect(inUpdates.ok && inUpdates.feed.incidents[0]?.updates).to.deep.equal([]);
    const native = parseFeed(`{"page": {"name": "n"}, "incidents": [{"id": "i", "title": ${deepObject(10_000)}, "updates": []}]}`, { format: 'native' });
    expect(native.ok && native.issues[0]?.message).to.equal('$.incidents[0].title: dropped this incident: expected a string but got an object');
  });

  it('reports the position of an error after 10,000 unclosed brackets', () => {
    const error = expectError(parseFeed(`${'['.repeat(10_000)}x`), 'parse');
    expect(error.message).to.equal('Not valid JSON at line 1, column 10001 (position 10000): unexpected character "x"');
  });
});

describe('parseFeed: every field of a real feed replaced by a wrong value', () => {
  const WRONG: readonly unknown[] = [null, 42, -1.5, true, '', 'x', '[]', [], [1], {}, { a: 1 }];
  type Json = Record<string, unknown>;

  /** The objects of a feed whose fields are worth breaking: the root, the page, and the first of each list. */
  function targets(root: Json, lists: readonly string[][]): Json[] {
    const found: Json[] = [root];
    for (const path of lists) {
      let node: unknown = root;
      for (const key of path) node = Array.isArray(node) ? node[0] : (node as Json | undefined)?.[key];
      if (typeof node === 'object' && node !== null && !Array.isArray(node)) found.push(node as Json);
      else if (Array.isArray(node) && typeof node[0] === 'object') found.push(node[0] as Json);
    }
    return found;
  }

  function breakEveryField(source: string, lists: readonly string[][], format: 'statuspage' | 'native'): number {
    let parses = 0;
    const keyCount = targets(JSON.parse(source), lists).map((target) => Object.keys(target).length);
    keyCount.forEach((count, targetIndex) => {
      for (let keyIndex = 0; keyIndex < count; keyIndex++) {
        for (const wrong of [undefined, ...WRONG]) {
          const copy = JSON.parse(source) as Json;
          const target = targets(copy, lists)[targetIndex]!;
          const key = Object.keys(target)[keyIndex]!;
          if (wrong === undefined) delete target[key];
          else target[key] = wrong;
          const result = parseFeed(copy, { format });
          parses++;
          const where = `${format} ${key} = ${JSON.stringify(wrong)}`;
          if (!result.ok) {
            expect(result.error.message, where).not.to.include('undefined');
            continue;
          }
          expectFeed(result);
          for (const issue of result.issues) expect(issue.message, where).not.to.include('undefined');
        }
      }
    });
    return parses;
  }

  it('statuspage: never throws, keeps the output well-formed, and never says "undefined"', async function () {
    this.timeout(20_000);
    const source = await (await fetch('/__corpus__/files/statuspage/statuspage-exporter__example.json')).text();
    const lists = [['page'], ['status'], ['components'], ['incidents'], ['incidents', '0', 'incident_updates'], ['incidents', '0', 'components'], ['incidents', '0', 'incident_updates', '0', 'affected_components']];
    expect(breakEveryField(source, lists, 'statuspage')).to.be.greaterThan(500);
  });

  it('native: never throws, keeps the output well-formed, and never says "undefined"', async function () {
    this.timeout(20_000);
    const raw = await (await fetch('/__corpus__/files/statuspage/statuscheck__github_incident.json')).text();
    const normalized = parseFeed(raw);
    if (!normalized.ok) throw new Error(normalized.error.message);
    const lists = [['page'], ['status'], ['components'], ['incidents'], ['incidents', '0', 'updates'], ['maintenances'], ['maintenances', '0', 'updates']];
    expect(breakEveryField(JSON.stringify(normalized.feed), lists, 'native')).to.be.greaterThan(400);
  });
});
