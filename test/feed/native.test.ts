/** The native format: written by hand, completed by derivation, described by a generated JSON Schema. */
import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import type { StatusFeed } from '../../src/feed/index.js';
import { NativeFeedInput, NativeIncidentInput, parseFeed } from '../../src/feed/index.js';
import { NATIVE_FEED_SCHEMA_ID, addDateTimePattern, describeFields, nativeFeedJsonSchema } from '../../src/feed/adapters/native-json-schema.js';
import { NATIVE_FIELD_DOCS } from '../../src/feed/adapters/native-schema-docs.js';
import { expectFeed } from './well-formed.js';

function parseNative(raw: unknown) {
  const result = parseFeed(JSON.stringify(raw), { format: 'native' });
  return { feed: expectFeed(result), issues: result.ok ? result.issues.map((issue) => issue.message) : [] };
}

describe('native adapter', () => {
  it('fills every derivable field of a minimal feed: a page name and one incident with one update', () => {
    const { feed, issues } = parseNative({
      page: { name: 'Acme' },
      incidents: [{ id: 'db-slow', title: 'Database slow', updates: [{ at: '2026-04-17T09:00:00-04:00', body: 'Looking into it.' }] }],
    });
    expect(issues).to.deep.equal([]);
    expect(feed).to.deep.equal({
      page: { name: 'Acme' },
      status: { indicator: 'none' },
      components: [],
      incidents: [
        {
          id: 'db-slow',
          title: 'Database slow',
          kind: 'incident',
          impact: 'none',
          status: 'update',
          startedAt: '2026-04-17T13:00:00.000Z',
          componentIds: [],
          updates: [{ status: 'update', at: '2026-04-17T13:00:00.000Z', body: 'Looking into it.' }],
        },
      ],
      maintenances: [],
    });
  });

  it('derives status, start and end from the updates, in any order, with offsets normalized to UTC', () => {
    const { feed } = parseNative({
      page: { name: 'Acme', timeZone: 'America/New_York', updatedAt: '2026-04-17T12:00:00+02:00' },
      incidents: [
        {
          id: 'api',
          title: 'API errors',
          impact: 'major',
          componentIds: ['api'],
          updates: [
            { id: 'u1', status: 'investigating', at: '2026-04-17T09:00:00-04:00', body: 'Investigating.' },
            { id: 'u3', status: 'resolved', at: '2026-04-17T10:30:00.5-04:00', body: 'Fixed.' },
            { id: 'u2', status: 'monitoring', at: '2026-04-17T14:00:00Z', body: 'Watching.' },
          ],
        },
      ],
    });
    expect(feed.page).to.deep.equal({ name: 'Acme', timeZone: 'America/New_York', updatedAt: '2026-04-17T10:00:00.000Z' });
    const [incident] = feed.incidents;
    expect(incident?.updates.map((update) => update.id)).to.deep.equal(['u3', 'u2', 'u1']);
    expect(incident).to.deep.include({ status: 'resolved', startedAt: '2026-04-17T13:00:00.000Z', endedAt: '2026-04-17T14:30:00.500Z', impact: 'major' });
    expect(feed.status.indicator).to.equal('none');
  });

  it('a status, start or end given by the feed wins over derivation', () => {
    const { feed } = parseNative({
      page: { name: 'Acme' },
      status: { indicator: 'critical', description: 'Down' },
      incidents: [{ id: 'i', title: 'T', status: 'identified', startedAt: '2026-04-17T08:00:00Z', updates: [{ status: 'investigating', at: '2026-04-17T09:00:00Z', body: '' }] }],
    });
    expect(feed.status).to.deep.equal({ indicator: 'critical', description: 'Down' });
    expect(feed.incidents[0]).to.deep.include({ status: 'identified', startedAt: '2026-04-17T08:00:00.000Z' });
  });

  it('maintenances: impact maintenance by default, start at the planned start, end when completed', () => {
    const { feed } = parseNative({
      page: { name: 'Acme' },
      maintenances: [
        { id: 'upgrade', title: 'Upgrade', scheduledFor: '2026-05-01T08:00:00Z', scheduledUntil: '2026-05-01T10:00:00Z', updates: [{ status: 'completed', at: '2026-05-01T09:40:00Z', body: 'Done.' }, { status: 'scheduled', at: '2026-04-20T08:00:00Z', body: 'Planned.' }] },
        { id: 'later', title: 'Later', scheduledFor: '2026-06-01T08:00:00Z' },
      ],
    });
    expect(feed.maintenances.map((m) => [m.id, m.impact, m.status, m.startedAt, m.endedAt])).to.deep.equal([
      ['later', 'maintenance', 'scheduled', '2026-06-01T08:00:00.000Z', undefined],
      ['upgrade', 'maintenance', 'completed', '2026-05-01T08:00:00.000Z', '2026-05-01T09:40:00.000Z'],
    ]);
  });

  it('components: status operational by default, group kept, and they set the indicator when there is no status', () => {
    const { feed } = parseNative({
      page: { name: 'Acme' },
      components: [{ id: 'api', name: 'API', group: 'Core' }, { id: 'web', name: 'Web', status: 'partial_outage', description: 'The site' }],
    });
    expect(feed.components).to.deep.equal([
      { id: 'api', name: 'API', status: 'operational', group: 'Core' },
      { id: 'web', name: 'Web', status: 'partial_outage', description: 'The site' },
    ]);
    expect(feed.status.indicator).to.equal('minor');
  });

  it('repairs or drops bad items alone, saying what and where', () => {
    const { feed, issues } = parseNative({
      page: { name: 'Acme', url: 42 },
      components: [{ id: 'c', name: 'C', status: 'melting' }, { id: 'nameless' }],
      incidents: [
        {
          id: 'i',
          title: 'T',
          impact: 'huge',
          updates: [
            { at: 'yesterday', body: 'dropped' },
            { status: 'escalated', at: '2026-04-17T10:00:00Z', body: 'kept as a generic update' },
            { at: '2026-04-17T09:00:00Z' },
          ],
        },
        { id: 'untitled', updates: [] },
        { id: 'timeless', title: 'No time' },
      ],
    });
    expect(feed.page).to.deep.equal({ name: 'Acme' });
    expect(feed.components).to.deep.equal([{ id: 'c', name: 'C', status: 'operational' }]);
    expect(feed.incidents.map((incident) => incident.id)).to.deep.equal(['i']);
    expect(feed.incidents[0]?.impact).to.equal('none');
    expect(feed.incidents[0]?.updates.map((update) => [update.status, update.body])).to.deep.equal([
      ['update', 'kept as a generic update'],
      ['update', ''],
    ]);
    expect(issues).to.deep.equal([
      '$.page.url: ignored this page\'s url: expected a string but got the number 42',
      '$.components[0].status: ignored this component\'s status: expected one of "operational", "degraded_performance", "partial_outage", "major_outage", "under_maintenance" but got the string "melting"',
      '$.components[1].name: dropped this component: expected a string but got nothing',
      '$.incidents[0].impact: ignored this incident\'s impact: expected one of "none", "minor", "major", "critical", "maintenance" but got the string "huge"',
      '$.incidents[0].updates[0].at: dropped this update: expected an ISO 8601 date-time with seconds and an offset (like 2026-04-17T13:00:00Z) but got the string "yesterday"',
      '$.incidents[0].updates[1].status: ignored this update\'s status: expected one of "investigating", "identified", "monitoring", "resolved", "postmortem", "update", "scheduled", "in_progress", "verifying", "completed" but got the string "escalated"',
      '$.incidents[0].updates[2].body: replaced this update\'s body: expected a string but got nothing',
      '$.incidents[1].title: dropped this incident: expected a string but got nothing',
      '$.incidents[2]: dropped this incident: it has no start time (give startedAt or an update)',
    ]);
  });

  it('reads a normalized feed as it is: the model is a valid native feed', async () => {
    for (const path of ['statuspage/status-watcher__vercel_statuspage_incidents.json', 'statuspage/gwen-cli__statuspage_summary.json', 'statuspage/gitdown__incident-actions-critical.json']) {
      const normalized = expectFeed(parseFeed(await (await fetch(`/__corpus__/files/${path}`)).text()));
      const again = parseFeed(normalized);
      expect(again.ok && again.issues).to.deep.equal([]);
      expect(again.ok && (again.feed as StatusFeed)).to.deep.equal(normalized);
      const fromText = parseFeed(JSON.stringify(normalized), { format: 'native' });
      expect(fromText.ok && fromText.feed).to.deep.equal(normalized);
    }
  });

  it('a feed without a page still reads, and says the page is missing', () => {
    const { feed, issues } = parseNative({ incidents: [] });
    expect(feed.page).to.deep.equal({ name: '' });
    expect(issues).to.deep.equal(["$.page: replaced this feed's page: expected an object but got nothing"]);
  });
});

describe('native format: the documented examples', () => {
  it('every JSON example in docs/native-format.md is valid and reads without an issue', async () => {
    const markdown = await (await fetch('/docs/native-format.md')).text();
    const examples = [...markdown.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
    expect(examples.length).to.be.greaterThan(1);
    for (const example of examples) {
      expect(NativeFeedInput.safeParse(JSON.parse(example)).success).to.equal(true);
      const result = parseFeed(example);
      expect(result.ok && result.issues).to.deep.equal([]);
    }
  });

  it('the smallest example reads as the documentation says', async () => {
    const markdown = await (await fetch('/docs/native-format.md')).text();
    const smallest = /```json\n([\s\S]*?)```/.exec(markdown)?.[1] ?? '';
    const feed = expectFeed(parseFeed(smallest));
    expect(feed.incidents[0]).to.deep.include({ impact: 'none', status: 'update', startedAt: '2026-04-17T13:00:00.000Z' });
    expect(feed.status.indicator).to.equal('none');
  });
});

describe('native format: JSON Schema', () => {
  const schema = nativeFeedJsonSchema();
  const property = (path: string[]): Record<string, unknown> => {
    let node: Record<string, unknown> = schema;
    for (const key of path) node = (key === '[]' ? node.items : (node.properties as Record<string, unknown>)[key]) as Record<string, unknown>;
    return node;
  };

  it('is a 2020-12 schema with an id, a title and descriptions', () => {
    expect(schema).to.include({ $schema: 'https://json-schema.org/draft/2020-12/schema', $id: NATIVE_FEED_SCHEMA_ID, title: 'status-elements feed', type: 'object' });
    expect(schema.description).to.be.a('string');
    expect(property(['incidents', '[]', 'startedAt']).description).to.match(/^When it began/);
  });

  it('requires only what cannot be derived', () => {
    expect(schema.required).to.deep.equal(['page']);
    expect(property(['page']).required).to.deep.equal(['name']);
    expect(property(['incidents', '[]']).required).to.deep.equal(['id', 'title']);
    expect(property(['maintenances', '[]', 'updates', '[]']).required).to.deep.equal(['at', 'body']);
    expect(property(['components', '[]']).required).to.deep.equal(['id', 'name']);
    expect(property(['status']).required).to.deep.equal(['indicator']);
  });

  it('is generated from the same Zod schema the adapter validates with', () => {
    const { $schema, $id, title, ...fromSchema } = schema;
    const { $schema: generatedSchema, ...generated } = z.toJSONSchema(NativeFeedInput, { target: 'draft-2020-12', io: 'input' });
    expect([$schema, $id, title]).to.deep.equal([generatedSchema, NATIVE_FEED_SCHEMA_ID, 'status-elements feed']);
    describeFields(generated, NATIVE_FIELD_DOCS);
    addDateTimePattern(generated);
    expect(fromSchema).to.deep.equal(generated);
    expect(Object.keys(property(['incidents', '[]']).properties as object)).to.deep.equal([
      'id', 'title', 'kind', 'impact', 'status', 'startedAt', 'endedAt', 'scheduledFor', 'scheduledUntil', 'url', 'componentIds', 'updates',
    ]);
    expect(property(['incidents', '[]', 'updates', '[]', 'at']).format).to.equal('date-time');
    expect(property(['incidents', '[]', 'updates', '[]', 'at']).pattern).to.equal(z.iso.datetime({ offset: true })._zod.pattern.source);
  });

  it('describes every field, and no description outlives its field', () => {
    const described: string[] = [];
    const walk = (node: Record<string, unknown>, path: string) => {
      if (typeof node.description === 'string' && node.description) described.push(path);
      for (const [key, child] of Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>)) walk(child, path ? `${path}.${key}` : key);
      if (node.items) walk(node.items as Record<string, unknown>, `${path}[]`);
    };
    walk(schema, '');
    expect(described.sort()).to.deep.equal(Object.keys(NATIVE_FIELD_DOCS).sort());

    const fresh = () => z.toJSONSchema(NativeFeedInput, { target: 'draft-2020-12', io: 'input' });
    const { 'incidents[].title': _title, ...withoutTitle } = NATIVE_FIELD_DOCS;
    expect(() => describeFields(fresh(), withoutTitle)).to.throw("The native format's docs describe no incidents[].title");
    expect(() => describeFields(fresh(), { ...NATIVE_FIELD_DOCS, 'incidents[].severity': 'Gone.' })).to.throw('describe fields it does not have: incidents[].severity');
  });

  it('leaves the prose out of the reader: the schemas that parse carry no descriptions', () => {
    expect(z.globalRegistry.get(NativeFeedInput)).to.equal(undefined);
    expect(z.globalRegistry.get(NativeIncidentInput.shape.title)).to.equal(undefined);
  });
});
