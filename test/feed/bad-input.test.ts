/**
 * Bad input of every kind, for both formats: whatever a feed holds, parseFeed gives a result (a
 * feed with issues, or a parse or invalid error), each message says where with a JSON path and
 * never says "undefined", and nothing outside the result changes. The wrong-type and unknown-enum
 * cases are generated from the readers' own schemas, so a field added to a schema is covered
 * without touching this file.
 */
import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import type { FeedResult, JsonPath, StatusFeed } from '../../src/feed/index.js';
import { NativeComponentInput, NativeFeedInput, formatPath, parseFeed } from '../../src/feed/index.js';
import { nativeReader } from '../../src/feed/adapters/native.js';
import { StatuspageFeed, StatuspageIncident } from '../../src/feed/adapters/statuspage-schema.js';
import { lenient, readWith, withFallback } from '../../src/feed/lenient.js';
import { expectFeed } from './well-formed.js';
import { guardPrototypes, messages } from './bad-input-helpers.js';

type Json = Record<string, unknown>;
type Schema = z.core.$ZodType;
type Format = 'native' | 'statuspage';

const AT = '2026-04-17T13:00:00Z';

/** Every field of the native format given, so that each one can be broken in place. */
const NATIVE: Json = {
  $schema: 'https://example.test/status-elements/feed.schema.json',
  page: { name: 'Acme', url: 'https://status.example.test', timeZone: 'Europe/Madrid', updatedAt: AT },
  status: { indicator: 'minor', description: 'Some trouble' },
  components: [
    { id: 'api', name: 'API', status: 'degraded_performance', group: 'Core', description: 'The public API' },
    { id: 'web', name: 'Web' },
  ],
  incidents: [
    {
      id: 'i1', title: 'Slow API', kind: 'incident', impact: 'minor', status: 'identified', startedAt: AT,
      endedAt: '2026-04-17T15:00:00Z', scheduledFor: AT, scheduledUntil: '2026-04-17T14:00:00Z',
      url: 'https://status.example.test/i1', componentIds: ['api'],
      updates: [{ id: 'u1', status: 'identified', at: AT, body: 'We found it.' }],
    },
    { id: 'i2', title: 'Web down', startedAt: AT },
  ],
  maintenances: [
    {
      id: 'm1', title: 'Upgrade', kind: 'maintenance', impact: 'maintenance', status: 'scheduled', startedAt: AT,
      endedAt: '2026-04-18T15:00:00Z', scheduledFor: '2026-04-18T13:00:00Z', scheduledUntil: '2026-04-18T15:00:00Z',
      url: 'https://status.example.test/m1', componentIds: ['web'],
      updates: [{ id: 'mu1', status: 'scheduled', at: AT, body: 'Planned.' }],
    },
  ],
};

const SP_COMPONENT = {
  id: 'api', name: 'API', status: 'degraded_performance', description: 'The public API', group_id: 'core',
  group: false, components: [],
};

function spIncident(id: string): Json {
  return {
    id, name: `Incident ${id}`, status: 'identified', impact: 'minor', created_at: AT, started_at: AT,
    resolved_at: '2026-04-17T15:00:00Z', updated_at: AT, scheduled_for: AT, scheduled_until: '2026-04-17T14:00:00Z',
    shortlink: `https://stspg.example.test/${id}`, postmortem_body: 'What we learned.',
    postmortem_published_at: '2026-04-18T13:00:00Z', postmortem_body_last_updated_at: '2026-04-18T13:00:00Z',
    components: [SP_COMPONENT],
    incident_updates: [
      {
        id: `${id}-u1`, status: 'identified', body: 'We found it.', display_at: AT, created_at: AT, updated_at: AT,
        affected_components: [{ code: 'api', new_status: 'degraded_performance' }],
      },
    ],
  };
}

/** Every field the Statuspage adapter reads given, in every list and in the single incident. */
const STATUSPAGE: Json = {
  page: { id: 'p', name: 'Acme', url: 'https://status.example.test', time_zone: 'Europe/Madrid', updated_at: AT },
  status: { indicator: 'minor', description: 'Minor Service Outage' },
  components: [SP_COMPONENT, { id: 'core', name: 'Core', status: 'operational', group: true, components: ['api'] }],
  incidents: [spIncident('i1'), spIncident('i2')],
  incident: spIncident('i3'),
  scheduled_maintenances: [spIncident('m1')],
};

// Through JSON, not structuredClone: that keeps shared objects shared, and a case must break one place only.
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function unwrap(schema: Schema): Schema {
  const def = schema._zod.def;
  return def.type === 'optional' ? unwrap((def as z.core.$ZodOptionalDef).innerType) : schema;
}

interface Field {
  path: (string | number)[];
  schema: Schema;
  optional: boolean;
}

/** Every field of an object schema and of the objects below it, a list's fields at its first item. */
function fieldsOf(schema: Schema, at: (string | number)[] = []): Field[] {
  const def = unwrap(schema)._zod.def;
  if (def.type === 'array') return fieldsOf((def as z.core.$ZodArrayDef).element, [...at, 0]);
  if (def.type !== 'object') return [];
  return Object.entries((def as z.core.$ZodObjectDef).shape).flatMap(([key, field]) => [
    { path: [...at, key], schema: field, optional: field._zod.def.type === 'optional' },
    ...fieldsOf(field, [...at, key]),
  ]);
}

function enumValues(schema: Schema): readonly unknown[] | undefined {
  const def = unwrap(schema)._zod.def;
  if (def.type === 'enum') return Object.values((def as z.core.$ZodEnumDef).entries);
  if (def.type === 'literal') return (def as z.core.$ZodLiteralDef<z.core.util.Literal>).values;
  return undefined;
}

/** A copy of `base` with `value` at `path`; objects on the way that are missing are made. */
function withValue(base: Json, path: readonly (string | number)[], value: unknown): Json {
  const copy = clone(base);
  let node = copy as Record<string | number, unknown>;
  path.slice(0, -1).forEach((key, index) => {
    const next = path[index + 1];
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = typeof next === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  });
  node[path[path.length - 1]!] = value;
  return copy;
}

/** The promises every answer keeps: a result, and messages that say where and never "undefined". */
function expectSound(result: FeedResult, where: string): FeedResult {
  expect(result, where).to.be.an('object');
  if (result.ok) expectFeed(result);
  else expect(['parse', 'invalid'], where).to.include(result.error.kind);
  for (const message of messages(result)) {
    expect(message, where).to.be.a('string');
    expect(message, where).not.to.include('undefined');
    if (result.ok || result.error.kind === 'invalid') expect(message, where).to.include('$');
    else expect(message, where).to.match(/^Not valid JSON/);
  }
  return result;
}

/** Parses without letting an exception pass as a test failure of another kind. */
function parse(input: unknown, options?: unknown): FeedResult {
  try {
    return parseFeed(input, options as never);
  } catch (error) {
    throw new Error(`parseFeed threw: ${String(error)}`);
  }
}

guardPrototypes();

const WRONG: readonly unknown[] = [42, 'text', null, [], {}, true];

/** The readers each format is read by, and the base they break. */
const FORMATS = [
  { format: 'native', schema: NativeFeedInput, base: NATIVE },
  { format: 'statuspage', schema: StatuspageFeed, base: STATUSPAGE },
] as const;

describe('bad input: both bases are clean', () => {
  for (const { format, base } of FORMATS) {
    it(`${format}: the full feed reads with no issue, named and under auto`, () => {
      for (const options of [{ format }, undefined]) {
        const result = expectSound(parse(clone(base), options), format);
        expect(result.ok && result.issues, format).to.deep.equal([]);
      }
      const bare = expectSound(parse(clone(STATUSPAGE.incident)), 'bare incident');
      expect(bare.ok && bare.issues).to.deep.equal([]);
    });
  }
});

describe('bad input: a wrong type in every field of the schema', () => {
  const cases = [
    ...FORMATS.map(({ format, schema, base }) => ({ name: format, format, fields: fieldsOf(schema), base: base as unknown })),
    { name: 'statuspage bare incident', format: 'statuspage' as const, fields: fieldsOf(StatuspageIncident), base: STATUSPAGE.incident },
  ];
  for (const { name, format, fields: all, base } of cases) {
    // One test per top-level field, so that each stays fast.
    const sections = [...new Set(all.map((field) => field.path[0]))];
    it(`${name}: the schema has many fields to break (${all.length})`, () => {
      expect(all.length).to.be.greaterThan(20);
    });
    for (const section of sections) {
      const fields = all.filter((field) => field.path[0] === section);
      it(`${name}: each wrong value under ${String(section)} is reported at its field, named and under auto (${fields.length} fields)`, () => {
        for (const field of fields) {
          for (const wrong of WRONG) {
            // Statuspage-compatible servers send null for "none", so null in an optional field is not wrong there.
            if (format === 'statuspage' && wrong === null && field.optional) continue;
            if (z.safeParse(field.schema as z.ZodMiniType, wrong).success) continue;
            const input = withValue(base as Json, field.path, wrong);
            const at = formatPath(field.path as JsonPath);
            for (const options of [{ format }, undefined]) {
              const where = `${name} ${at} = ${JSON.stringify(wrong)} (${options ? format : 'auto'})`;
              const said = messages(expectSound(parse(input, options), where));
              expect(said.some((message) => message.includes(at)), `${where} is reported at ${at}: ${said.join(' | ')}`).to.equal(true);
            }
          }
        }
      });
    }
  }
});

describe('bad input: an unknown value in every enum field', () => {
  for (const { format, schema, base } of FORMATS) {
    const enums = fieldsOf(schema).filter((field) => enumValues(field.schema) !== undefined);
    it(`${format}: each becomes its fallback and is reported with the value it got (${enums.length} fields)`, () => {
      expect(enums.length).to.be.greaterThan(format === 'native' ? 8 : 6);
      for (const field of enums) {
        for (const unknown of ['not_a_real_value', String(enumValues(field.schema)![0]).toUpperCase(), '']) {
          const at = formatPath(field.path as JsonPath);
          for (const options of [{ format }, undefined]) {
            const where = `${format} ${at} = ${JSON.stringify(unknown)} (${options ? format : 'auto'})`;
            const result = expectSound(parse(withValue(base, field.path, unknown), options), where);
            // Enums only ever need a fallback, never the loss of the feed.
            expect(result.ok, where).to.equal(true);
            const said = messages(result).filter((message) => message.startsWith(at));
            expect(said.some((message) => message.includes(JSON.stringify(unknown)) || message.includes('empty string')), `${where}: ${said.join(' | ')}`).to.equal(true);
          }
        }
      }
    });
  }

  it('an unknown component status is shown as operational, and the indicator then comes from the rest', () => {
    const native = expectFeed(parse(withValue(NATIVE, ['components', 0, 'status'], 'on_fire'), { format: 'native' }));
    expect(native.components[0]?.status).to.equal('operational');
    const statuspage = expectFeed(parse(withValue(STATUSPAGE, ['components', 0, 'status'], 'on_fire')));
    expect(statuspage.components[0]?.status).to.equal('operational');
    const noIndicator = expectFeed(parse(withValue(STATUSPAGE, ['status', 'indicator'], 'purple')));
    expect(noIndicator.status.indicator).to.be.oneOf(['none', 'minor', 'major', 'critical', 'maintenance']);
  });
});

describe('bad input: a 10 MB feed', () => {
  it('native: thousands of incidents, read whole', () => {
    const incidents = Array.from({ length: 1500 }, (_, index) => ({
      id: `i${index}`,
      title: `Incident ${index}`,
      startedAt: AT,
      updates: [{ at: AT, status: 'resolved', body: 'x'.repeat(6800) }],
    }));
    const text = JSON.stringify({ page: { name: 'Big' }, incidents });
    expect(text.length).to.be.greaterThan(10_000_000);
    const result = parse(text, { format: 'native' });
    expect(result.ok && result.issues).to.deep.equal([]);
    expect(result.ok && result.feed.incidents.length).to.equal(1500);
  });

  it('native: one huge update body, read whole', () => {
    const body = 'y'.repeat(10_500_000);
    const huge = parse(JSON.stringify({ page: { name: 'Big' }, incidents: [{ id: 'i', title: 't', updates: [{ at: AT, body }] }] }));
    expect(huge.ok && huge.feed.incidents[0]?.updates[0]?.body.length).to.equal(body.length);
  });

  it('statuspage: one huge update body, read whole', () => {
    const body = 'z'.repeat(10_500_000);
    const feed = withValue(STATUSPAGE, ['incidents', 0, 'incident_updates', 0, 'body'], body);
    const result = expectSound(parse(JSON.stringify(feed)), 'huge body');
    // i1 has a scheduled_for, so it is read as planned work.
    const read = result.ok ? [...result.feed.incidents, ...result.feed.maintenances] : [];
    expect(read.find((incident) => incident.id === 'i1')?.updates.some((update) => update.body.length === body.length)).to.equal(true);
  });
});

describe('bad input: 10,000-deep nesting', () => {
  const DEPTH = 10_000;
  /** Built in a loop, as a JS value and as JSON text, so that making it needs no deep recursion. */
  function deepValue(kind: 'array' | 'object'): unknown {
    let value: unknown = 1;
    for (let level = 0; level < DEPTH; level++) value = kind === 'array' ? [value] : { a: value };
    return value;
  }
  const deepText = (kind: 'array' | 'object') =>
    kind === 'array' ? `${'['.repeat(DEPTH)}1${']'.repeat(DEPTH)}` : `${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`;

  const places: Record<Format, { unread: (string | number)[]; read: (string | number)[][] }> = {
    native: {
      unread: ['incidents', 0, 'extra'],
      read: [['incidents', 0, 'updates', 0, 'body'], ['components', 0], ['components'], ['page'], ['incidents', 0, 'componentIds', 0]],
    },
    statuspage: {
      unread: ['incidents', 0, 'extra'],
      read: [['incidents', 0, 'incident_updates', 0, 'body'], ['components', 0], ['incidents'], ['status'], ['incidents', 0, 'components', 0, 'components', 0]],
    },
  };

  for (const { format, base } of FORMATS) {
    it(`${format}: ignored where it is not read, reported where it is, as a value and as JSON text`, () => {
      for (const kind of ['array', 'object'] as const) {
        const unread = withValue(base, places[format].unread, 0);
        const deepUnread = JSON.stringify(unread).replace('"extra":0', `"extra":${deepText(kind)}`);
        for (const input of [withValue(base, places[format].unread, deepValue(kind)), deepUnread]) {
          const result = expectSound(parse(input, { format }), `${format} unread ${kind}`);
          expect(result.ok && result.issues, `${format} unread ${kind}`).to.deep.equal([]);
        }
        for (const path of places[format].read) {
          const at = formatPath(path as JsonPath);
          const text = JSON.stringify(withValue(base, path, 'DEEP')).replace('"DEEP"', deepText(kind));
          for (const input of [withValue(base, path, deepValue(kind)), text]) {
            for (const options of [{ format }, undefined]) {
              const where = `${format} ${at} ${kind} (${options ? format : 'auto'}, ${typeof input})`;
              const result = expectSound(parse(input, options), where);
              expect(messages(result).some((message) => message.includes(at)), `${where}: ${messages(result).join(' | ')}`).to.equal(true);
            }
          }
        }
      }
    });
  }
});

describe('bad input: prototype keys', () => {
  const KEYS = ['__proto__', 'constructor', 'prototype'];
  const levels: Record<Format, (string | number)[][]> = {
    native: [[], ['page'], ['status'], ['components', 0], ['incidents', 0], ['incidents', 0, 'updates', 0], ['maintenances', 0]],
    statuspage: [[], ['page'], ['status'], ['components', 0], ['incidents', 0], ['incidents', 0, 'incident_updates', 0], ['incident'], ['scheduled_maintenances', 0]],
  };
  const payload = () => ({ polluted: 'yes', name: 'Hijacked', indicator: 'critical', toString: 'x' });

  /** `base` with the three keys as own properties at `path`, set so that `__proto__` stays a key. */
  function withKeys(base: Json, path: readonly (string | number)[]): Json {
    const copy = clone(base);
    let node = copy as Record<string | number, unknown>;
    for (const key of path) node = node[key] as Record<string | number, unknown>;
    for (const key of KEYS) Object.defineProperty(node, key, { value: payload(), enumerable: true, writable: true, configurable: true });
    return copy;
  }

  for (const { format, base } of FORMATS) {
    it(`${format}: at every level, as JS own keys and in JSON text, change nothing`, () => {
      const expected = parse(clone(base), { format });
      for (const path of levels[format]) {
        const input = withKeys(base, path);
        const text = JSON.stringify(input);
        expect(text).to.include('"__proto__":');
        const fromText = JSON.parse(text) as Json;
        for (const [how, value] of [['object', input], ['text', text], ['parsed text', fromText]] as const) {
          for (const options of [{ format }, undefined]) {
            const where = `${format} ${formatPath(path as JsonPath)} as ${how}`;
            const result = expectSound(parse(value, options), where);
            expect(result, where).to.deep.equal(expected);
          }
        }
      }
    });
  }

  it('prototype names as ids, names and groups are kept as plain data', () => {
    const native = expectFeed(parse({
      page: { name: '__proto__' },
      components: KEYS.map((key) => ({ id: key, name: key, group: key })),
      incidents: KEYS.map((key) => ({ id: key, title: key, startedAt: AT, componentIds: [key] })),
    }, { format: 'native' }));
    expect(native.components.map((component) => component.id)).to.deep.equal(KEYS);
    expect(native.incidents.map((incident) => incident.id).sort()).to.deep.equal([...KEYS].sort());
    const statuspage = expectFeed(parse({
      page: { id: 'p', name: 'constructor' },
      components: [
        ...KEYS.map((key) => ({ id: key, name: key, status: 'operational', group_id: 'hasOwnProperty' })),
        { id: 'hasOwnProperty', name: 'toString', status: 'operational', group: true, components: KEYS },
      ],
      incidents: KEYS.map((key) => ({ id: key, name: key, created_at: AT, incident_updates: [] })),
    }));
    expect(statuspage.components.map((component) => [component.id, component.group])).to.deep.equal(KEYS.map((key) => [key, 'toString']));
    expect(statuspage.incidents.map((incident) => incident.id).sort()).to.deep.equal([...KEYS].sort());
  });
});

describe('bad input: options of every kind', () => {
  const text = JSON.stringify(NATIVE);
  it('anything but an object or a string with a known format reads as auto; a wrong format is an invalid error that says so', () => {
    const auto = parse(text);
    expect(auto.ok && auto.format).to.equal('native');
    for (const options of [null, 5, '', true, [], () => 'native', { format: undefined }, { format: null }, { format: '' }]) {
      const result = parse(text, options);
      expect(result, String(options)).to.deep.equal(auto);
    }
    for (const format of [7, 'NATIVE', 'pagerduty', {}, ['native'], true]) {
      const result = parse(text, { format });
      if (result.ok) throw new Error(`format ${String(format)} was accepted`);
      expect(result.error.kind).to.equal('invalid');
      expect(result.error.message).to.match(/^Unknown format .+: expected auto, native, statuspage, instatus, cstate, upptime, uptime-kuma, betterstack, statusio, cachet, openstatus, sorry, gatus$/);
      expect(result.error.message).not.to.include('undefined');
    }
    // a format given as a string is named as `{ format }` names it
    const named = parse(text, 'statuspage');
    expect(named).to.deep.equal(parse(text, { format: 'statuspage' }));
    expect(named).not.to.deep.equal(auto);
    const unknown = parse(text, 'pagerduty');
    expect(unknown.ok ? 'read' : unknown.error.message).to.equal('Unknown format "pagerduty": expected auto, native, statuspage, instatus, cstate, upptime, uptime-kuma, betterstack, statusio, cachet, openstatus, sorry, gatus');
    const throwing = { get format(): never { throw new Error('no access'); } };
    expect(parse(text, throwing).ok).to.equal(false);
    expect(parse('{}', null).ok).to.equal(false);
  });
});

describe('bad input: the reader is the schema', () => {
  const feed = { page: { name: 'Acme' }, components: [{ id: 'db', name: 'DB' }, { id: 'web', name: 'Web' }, { id: 'x' }] };
  const ids = (read: StatusFeed) => read.components.map((component) => component.id);

  it('a tightened component schema drops what the package schema keeps, and a loosened one keeps what it drops', () => {
    const own = nativeReader()(feed);
    expect(ids(expectFeed(own))).to.deep.equal(['db', 'web']);

    const tightened = z.safeExtend(NativeFeedInput, {
      components: z.optional(z.array(z.extend(NativeComponentInput, { name: z.string().check(z.minLength(3)) }))),
    });
    const strict = nativeReader(tightened as typeof NativeFeedInput)(feed);
    expect(ids(expectFeed(strict))).to.deep.equal(['web']);
    expect(strict.ok && strict.issues.map((issue) => issue.path)).to.deep.include(['components', 0, 'name']);

    const loosened = z.safeExtend(NativeFeedInput, {
      components: z.optional(z.array(z.extend(NativeComponentInput, { name: withFallback(z.string(), 'Unnamed') }))),
    });
    const loose = expectFeed(nativeReader(loosened as typeof NativeFeedInput)(feed));
    expect(loose.components.map((component) => component.name)).to.deep.equal(['DB', 'Web', 'Unnamed']);
  });

  it('the lenient combinator follows a changed Statuspage schema too: a new required field drops items without it', () => {
    const input = { components: [{ id: 'a', name: 'A', status: 'operational', owner: 'ops' }, { id: 'b', name: 'B', status: 'operational' }] };
    const options = { nullIsAbsent: true, listsAsText: true };
    const component = (unwrap(StatuspageFeed.shape.components) as z.ZodMiniArray<z.ZodMiniObject>).def.element;
    const withOwner = z.extend(StatuspageFeed, { components: z.optional(z.array(z.extend(component, { owner: z.string() }))) });
    const own = readWith<{ components: Json[] }>(lenient(StatuspageFeed, options), input);
    const changed = readWith<{ components: Json[] }>(lenient(withOwner, options), input);
    expect(own.ok && own.value.components.map((item) => item.id)).to.deep.equal(['a', 'b']);
    expect(changed.ok && changed.value.components.map((item) => item.id)).to.deep.equal(['a']);
    expect(changed.ok && changed.issues.map((issue) => issue.message)).to.deep.equal([
      '$.components[1].owner: dropped this component: expected a string but got nothing',
    ]);
  });
});
