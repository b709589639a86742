/**
 * The readers check date-times with `isoDateTime()` rather than `z.iso.datetime({ offset: true })`
 * (smaller in the bundle); these tests hold the two to the same verdict, value by value.
 */
import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { isoDateTime, toInstant } from '../../src/feed/instant.js';

const zods = z.iso.datetime({ offset: true });
const ours = isoDateTime();

const VALUES = [
  // accepted
  '2026-04-17T13:00:00Z', '2026-04-17T13:00:00.1Z', '2026-04-17T13:00:00.123456789Z', '2026-04-17T09:00:00-04:00',
  '2026-04-17T13:00:00+14:00', '2024-02-29T00:00:00Z', '2000-02-29T23:59:59Z', '0001-01-01T00:00:00Z', '9999-12-31T23:59:59-12:00',
  '2026-12-31T23:59:59+05:45', '2026-01-31T12:00:00+23:59',
  // refused
  '2026-04-17T13:00Z', '2026-04-17T13Z', '2026-04-17', '2026-04-17T13:00:00', '2026-04-17T13:00:00+0200', '2026-04-17T13:00:00+02',
  '2026-04-17 13:00:00Z', '2026-04-17t13:00:00z', '2026-04-17T13:00:00z', '2026-04-17T24:00:00Z', '2026-04-17T23:60:00Z',
  '2026-04-17T13:00:60Z', '2026-02-29T00:00:00Z', '1900-02-29T00:00:00Z', '2026-02-30T00:00:00Z', '2026-04-31T00:00:00Z',
  '2026-13-01T00:00:00Z', '2026-00-10T00:00:00Z', '2026-04-00T00:00:00Z', '2026-04-17T13:00:00+24:00', '2026-04-17T13:00:00+02:60',
  '2026-04-17T13:00:00.Z', '2026-04-17T13:00:00,5Z', ' 2026-04-17T13:00:00Z', '2026-04-17T13:00:00Z ', '2026-04-17T13:00:00Z\n',
  '+002026-04-17T13:00:00Z', '26-04-17T13:00:00Z', '２０２６-04-17T13:00:00Z', '', 'soon', 'May 7, 2026',
];

describe('isoDateTime(), the readers’ date-time schema', () => {
  for (const value of VALUES) {
    it(`agrees with z.iso.datetime({ offset: true }) on ${JSON.stringify(value)}`, () => {
      expect(ours.safeParse(value).success).to.equal(zods.safeParse(value).success);
    });
  }

  it('accepts the forms the native format documents and refuses the rest, with a datetime issue', () => {
    expect(ours.safeParse('2026-04-17T09:00:00-04:00').success).to.equal(true);
    const refused = ours.safeParse('2026-04-17T13:00Z');
    expect(refused.success).to.equal(false);
    expect(refused.error?.issues[0]).to.include({ code: 'invalid_format', format: 'datetime' });
    expect(ours.safeParse(42).error?.issues[0]).to.include({ code: 'invalid_type', expected: 'string' });
  });

  it('says format: date-time in the JSON Schema', () => {
    expect(z.toJSONSchema(ours)).to.include({ type: 'string', format: 'date-time' });
  });

  it('normalizes what it accepts to UTC with milliseconds', () => {
    expect(toInstant('2026-04-17T09:00:00-04:00')).to.equal('2026-04-17T13:00:00.000Z');
    expect(toInstant('2026-04-17T13:00:00.123456Z')).to.equal('2026-04-17T13:00:00.123Z');
  });
});
