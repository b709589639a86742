/**
 * The native adapter reads by hand what the Zod schema `NativeFeedInput` describes (the schema
 * stays for types, the shipped JSON Schema and these tests). These tests hold the two in step:
 * what the schema accepts is read whole, and where the schema finds a wrong value the reader
 * reports an issue at the same path.
 */
import { expect } from '@open-wc/testing';
import type { FeedIssue, JsonPath, NativeFeedInput as NativeFeed, StatusFeed } from '../../src/feed/index.js';
import {
  NativeComponentInput,
  NativeFeedInput,
  NativeIncidentInput,
  NativePageInput,
  NativeStatusInput,
  parseFeed,
} from '../../src/feed/index.js';
import { expectFeed } from './well-formed.js';

type Json = Record<string, unknown>;

function readNative(input: unknown): { feed: StatusFeed; issues: FeedIssue[] } {
  const result = parseFeed(input, { format: 'native' });
  return { feed: expectFeed(result), issues: result.ok ? result.issues : [] };
}

/** Milliseconds since the epoch, by the platform's own parser (fractions cut to milliseconds as the model keeps them). */
function instant(text: unknown): number {
  return Date.parse(String(text).replace(/(\.\d{3})\d+/, '$1'));
}

const TIME_KEYS = new Set(['at', 'startedAt', 'endedAt', 'scheduledFor', 'scheduledUntil', 'updatedAt']);

/** Every field of `schema` given in `input` is in `read` with the same value (times as the same instant). */
function expectSameFields(schema: { shape: object }, input: Json, read: object, where: string): void {
  for (const [key, given] of Object.entries(input)) {
    if (key === 'updates' || !(key in schema.shape)) continue;
    const value = (read as Json)[key];
    if (TIME_KEYS.has(key)) expect(instant(value), `${where}.${key}`).to.equal(instant(given));
    else expect(value, `${where}.${key}`).to.deep.equal(given);
  }
}

/** The reader kept every component, incident, maintenance and update, and every field given. */
function expectKeptWhole(input: NativeFeed, feed: StatusFeed): void {
  expectSameFields(NativePageInput, input.page, feed.page, 'page');
  if (input.status) expectSameFields(NativeStatusInput, input.status, feed.status, 'status');
  expect(feed.components.length).to.equal(input.components?.length ?? 0);
  input.components?.forEach((component, index) => expectSameFields(NativeComponentInput, component, feed.components[index]!, `components[${index}]`));
  for (const key of ['incidents', 'maintenances'] as const) {
    const given = input[key] ?? [];
    expect(feed[key].map((incident) => incident.id).sort()).to.deep.equal(given.map((incident) => incident.id).sort());
    for (const incident of given) {
      const read = feed[key].find((candidate) => candidate.id === incident.id)!;
      expectSameFields(NativeIncidentInput, incident, read, `${key}.${incident.id}`);
      const signature = (update: Json) => JSON.stringify([update.id ?? null, update.status ?? 'update', instant(update.at), update.body]);
      expect(read.updates.map(signature).sort(), `${key}.${incident.id}.updates`).to.deep.equal((incident.updates ?? []).map(signature).sort());
    }
  }
}

async function text(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

/** Valid by the schema, and chosen to reach the corners of the format. */
const EDGE_CASES: Record<string, Json> = {
  'only a page': { page: { name: 'Acme' } },
  'empty lists and an empty id': {
    page: { name: '' },
    components: [],
    incidents: [{ id: '', title: '', startedAt: '2026-04-17T13:00:00Z', updates: [] }],
    maintenances: [],
  },
  'every optional field, unknown fields beside them': {
    $schema: 'https://example.test/status-feed.schema.json',
    generator: 'hand',
    page: { name: 'Acme', url: 'https://status.example.test', timeZone: 'Europe/Madrid', updatedAt: '2026-04-17T13:00:00.123Z', logo: 'x.png' },
    status: { indicator: 'maintenance', description: 'Upgrading' },
    components: [{ id: 'api', name: 'API', status: 'under_maintenance', group: 'Core', description: 'Public API', position: 1 }],
    maintenances: [
      {
        id: 'm',
        title: 'Upgrade',
        impact: 'minor',
        status: 'in_progress',
        startedAt: '2026-04-17T13:00:00Z',
        endedAt: '2026-04-17T15:00:00Z',
        scheduledFor: '2026-04-17T12:00:00Z',
        scheduledUntil: '2026-04-17T16:00:00Z',
        url: 'https://status.example.test/m',
        componentIds: ['api', 'elsewhere'],
        updates: [{ id: 'u', status: 'in_progress', at: '2026-04-17T13:00:00Z', body: 'Started.', author: 'ops' }],
      },
    ],
  },
  'offsets, fractions and calendar corners': {
    page: { name: 'Acme', updatedAt: '2024-02-29T23:59:59.999999+14:00' },
    incidents: [
      {
        id: 'times',
        title: 'Times',
        updates: [
          { at: '2026-04-17T09:00:00-04:00', body: 'a' },
          { at: '2026-04-17T13:00:00.5Z', body: 'b' },
          { at: '2000-02-29T00:00:00+00:00', body: 'c' },
          { at: '2026-12-31T23:30:00-23:59', body: 'd' },
        ],
      },
    ],
  },
  'every phase, impact and component status': {
    page: { name: 'Acme' },
    components: ['operational', 'degraded_performance', 'partial_outage', 'major_outage', 'under_maintenance'].map((status) => ({ id: status, name: status, status })),
    incidents: ['none', 'minor', 'major', 'critical', 'maintenance'].map((impact, index) => ({
      id: impact,
      title: impact,
      impact,
      updates: ['investigating', 'identified', 'monitoring', 'resolved', 'postmortem', 'update', 'scheduled', 'in_progress', 'verifying', 'completed'].map((status, minute) => ({
        status,
        at: `2026-04-1${index}T10:${String(minute).padStart(2, '0')}:00Z`,
        body: status,
      })),
    })),
  },
};

describe('native reader and the Zod schema: the same verdict on valid feeds', () => {
  it('the documented examples, the seed feed and edge cases: the schema accepts them and the reader keeps everything', async () => {
    const markdown = await text('/docs/native-format.md');
    const inputs: [string, unknown][] = [...markdown.matchAll(/```json\n([\s\S]*?)```/g)].map((match, index) => [`docs example ${index}`, JSON.parse(match[1]!)]);
    inputs.push(['demo/feeds/jelou.json', JSON.parse(await text('/demo/feeds/jelou.json'))], ...Object.entries(EDGE_CASES));
    expect(inputs.length).to.be.greaterThan(6);
    for (const [name, input] of inputs) {
      const checked = NativeFeedInput.safeParse(input);
      expect(checked.success, `${name}: ${JSON.stringify(checked.error?.issues)}`).to.equal(true);
      const { feed, issues } = readNative(input);
      expect(issues, name).to.deep.equal([]);
      expectKeptWhole(input as NativeFeed, feed);
    }
  });
});

describe('native reader and the Zod schema: the same verdict on wrong values', () => {
  const BASE: NativeFeed = {
    page: { name: 'Acme', url: 'https://status.example.test', timeZone: 'UTC', updatedAt: '2026-04-17T13:00:00Z' },
    status: { indicator: 'minor', description: 'Degraded' },
    components: [{ id: 'api', name: 'API', status: 'degraded_performance', group: 'Core', description: 'Public API' }],
    incidents: [
      {
        id: 'i',
        title: 'Slow',
        impact: 'minor',
        status: 'monitoring',
        startedAt: '2026-04-17T09:00:00Z',
        endedAt: '2026-04-17T12:00:00Z',
        url: 'https://status.example.test/i',
        componentIds: ['api'],
        updates: [{ id: 'u', status: 'monitoring', at: '2026-04-17T10:00:00Z', body: 'Watching.' }],
      },
    ],
    maintenances: [
      {
        id: 'm',
        title: 'Upgrade',
        scheduledFor: '2026-05-01T08:00:00Z',
        scheduledUntil: '2026-05-01T10:00:00Z',
        updates: [{ status: 'scheduled', at: '2026-04-20T08:00:00+02:00', body: 'Planned.' }],
      },
    ],
  };
  // Wrong for some field or other, never an id already in BASE (a duplicate id is the reader's own rule).
  const WRONG: readonly unknown[] = [
    null, 42, true, [], ['x', 3], {}, '', 'x', 'huge', 'completed',
    '2026-04-17T13:00:00', '2026-04-17T13:00Z', '2026-04-17 13:00:00Z', '2026-04-17t13:00:00z', '2026-04-17T13:00:00+0200',
    '2026-02-29T10:00:00Z', '2026-04-31T10:00:00Z', '2026-04-17T24:00:00Z', '2026-04-17T13:00:00+24:00', '17/04/2026',
  ];

  /** The objects whose fields the reader checks: the page, the status and one of each kind of item. */
  const ITEMS: JsonPath[] = [['page'], ['status'], ['components', 0], ['incidents', 0], ['incidents', 0, 'updates', 0], ['maintenances', 0], ['maintenances', 0, 'updates', 0]];

  function at(root: unknown, path: JsonPath): Json {
    return path.reduce<Json>((node, key) => node[key] as Json, root as Json);
  }

  function cases(): { label: string; input: Json }[] {
    const found: { label: string; input: Json }[] = [];
    for (const itemPath of ITEMS) {
      for (const key of Object.keys(at(BASE, itemPath))) {
        for (const wrong of [undefined, ...WRONG]) {
          const input = structuredClone(BASE) as Json;
          if (wrong === undefined) delete at(input, itemPath)[key];
          else at(input, itemPath)[key] = wrong;
          found.push({ label: `${itemPath.join('.')}.${key} = ${JSON.stringify(wrong)}`, input });
        }
      }
      for (const wrong of [null, 'x', 42, []]) {
        const input = structuredClone(BASE) as Json;
        const parent = at(input, itemPath.slice(0, -1));
        parent[itemPath.at(-1)!] = wrong;
        found.push({ label: `${itemPath.join('.')} = ${JSON.stringify(wrong)}`, input });
      }
    }
    return found;
  }

  it('every field of every kind of item, given each wrong value: wrong for the schema exactly where the reader says so', () => {
    let rejected = 0;
    for (const { label, input } of cases()) {
      const checked = NativeFeedInput.safeParse(input);
      const { issues } = readNative(input);
      const readerPaths = issues.map((issue) => JSON.stringify(issue.path));
      if (checked.success) {
        expect(readerPaths, `${label}: the schema accepts it`).to.deep.equal([]);
        continue;
      }
      rejected++;
      const schemaPaths = checked.error.issues.map((issue) => JSON.stringify(issue.path));
      expect(readerPaths, label).to.deep.equal(schemaPaths);
    }
    expect(rejected).to.be.greaterThan(300);
  });

  it('an item the reader drops is one the schema rejects, and the rest of the feed is kept', () => {
    const input = structuredClone(BASE) as Json;
    (input.incidents as Json[]).push({ id: 'no-title', startedAt: '2026-04-17T09:00:00Z' });
    expect(NativeFeedInput.safeParse(input).success).to.equal(false);
    const { feed, issues } = readNative(input);
    expect(issues.map((issue) => issue.message)).to.deep.equal(['$.incidents[1].title: dropped this incident: expected a string but got nothing']);
    expectKeptWhole(BASE, feed);
  });
});
