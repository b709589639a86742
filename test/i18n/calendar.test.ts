import { expect } from '@open-wc/testing';
import { Calendar, elapsed, type MonthKey } from '../../src/i18n/calendar.js';
import { DateFormatter } from '../../src/i18n/format.js';

const at = (iso: string): number => Date.parse(iso);
const month = (year: number, monthNumber: number): MonthKey => ({ year, month: monthNumber - 1 });

/** The last instant of one month and the first of the next, on the zone's wall clock. */
const MONTH_BOUNDARIES: { zone: string; offset: string; last: string; first: string; before: MonthKey; after: MonthKey }[] = [
  { zone: 'Pacific/Kiritimati', offset: '+14:00', last: '2026-04-30T09:59:59Z', first: '2026-04-30T10:00:00Z', before: month(2026, 4), after: month(2026, 5) },
  { zone: 'Pacific/Kiritimati', offset: '+14:00', last: '2025-12-31T09:59:59Z', first: '2025-12-31T10:00:00Z', before: month(2025, 12), after: month(2026, 1) },
  { zone: 'Pacific/Pago_Pago', offset: '−11:00', last: '2026-06-01T10:59:59Z', first: '2026-06-01T11:00:00Z', before: month(2026, 5), after: month(2026, 6) },
  { zone: 'Asia/Kolkata', offset: '+05:30', last: '2026-03-31T18:29:59Z', first: '2026-03-31T18:30:00Z', before: month(2026, 3), after: month(2026, 4) },
  { zone: 'Asia/Kathmandu', offset: '+05:45', last: '2026-03-31T18:14:59Z', first: '2026-03-31T18:15:00Z', before: month(2026, 3), after: month(2026, 4) },
  // Chatham keeps +12:45 in winter and +13:45 in summer
  { zone: 'Pacific/Chatham', offset: '+12:45', last: '2026-04-30T11:14:59Z', first: '2026-04-30T11:15:00Z', before: month(2026, 4), after: month(2026, 5) },
  { zone: 'Pacific/Chatham', offset: '+13:45', last: '2025-12-31T10:14:59Z', first: '2025-12-31T10:15:00Z', before: month(2025, 12), after: month(2026, 1) },
  { zone: 'America/Guayaquil', offset: '−05:00', last: '2026-05-01T04:59:59Z', first: '2026-05-01T05:00:00Z', before: month(2026, 4), after: month(2026, 5) },
];

describe('Calendar: the month an instant falls in', () => {
  for (const { zone, offset, last, first, before, after } of MONTH_BOUNDARIES) {
    it(`turns at local midnight in ${zone} (${offset})`, () => {
      const calendar = new Calendar(zone);
      expect(calendar.monthOf(last)).to.deep.equal(before);
      expect(calendar.monthOf(first)).to.deep.equal(after);
      expect(calendar.monthOf(at(first))).to.deep.equal(after);
    });
  }

  it('puts both sides of each of those boundaries in the UTC month in UTC', () => {
    const utc = new Calendar('UTC');
    for (const { last, first } of MONTH_BOUNDARIES) {
      expect(utc.monthOf(first), first).to.deep.equal(utc.monthOf(last));
    }
  });

  it('agrees with the words: the first instant of the month reads as midnight on the 1st', () => {
    expect(new DateFormatter('en-US', 'Asia/Kathmandu').dateTime('2026-03-31T18:15:00Z')).to.equal('Apr 1, 2026, 12:00 AM GMT+5:45');
    expect(new DateFormatter('en-US', 'Pacific/Kiritimati').dateTime('2026-04-30T10:00:00Z')).to.equal('May 1, 2026, 12:00 AM GMT+14');
    expect(new DateFormatter('en-US', 'Pacific/Chatham').dateTime('2026-04-30T11:15:00Z')).to.equal('May 1, 2026, 12:00 AM GMT+12:45');
  });

  it('uses the viewer\'s zone without one, and for a zone the platform does not know', () => {
    const viewer = new Calendar();
    for (const { first, last } of MONTH_BOUNDARIES) {
      for (const instant of [first, last]) {
        const local = new Date(instant);
        expect(viewer.monthOf(instant), instant).to.deep.equal({ year: local.getFullYear(), month: local.getMonth() });
        expect(new DateFormatter('en', 'Mars/Olympus_Mons').calendar.monthOf(instant), instant).to.deep.equal(viewer.monthOf(instant));
      }
    }
    expect(new DateFormatter('en', 'Mars/Olympus_Mons').dateTime('2026-04-30T10:00:00Z')).to.equal(new DateFormatter('en').dateTime('2026-04-30T10:00:00Z'));
  });
});

describe('Calendar: the months of a history', () => {
  const starts = (...isos: string[]) => isos.map((iso, index) => ({ id: String(index), startedAt: iso }));
  const monthsOf = (zone: string, items: { id: string; startedAt: string }[], now: string) =>
    new Calendar(zone).months(items, (item) => item.startedAt, at(now)).map(({ year, month, items }) => [year, month + 1, items.map((item) => item.id)]);

  it('starts at the current month of the zone, not of UTC (Pago Pago, −11)', () => {
    // 21:00 on 31 May in Pago Pago, already June in UTC
    const items = starts('2026-06-01T05:00:00Z', '2026-03-15T00:00:00Z');
    expect(monthsOf('Pacific/Pago_Pago', items, '2026-06-01T08:00:00Z')).to.deep.equal([
      [2026, 5, ['0']],
      [2026, 4, []],
      [2026, 3, ['1']],
    ]);
    expect(monthsOf('UTC', items, '2026-06-01T08:00:00Z')).to.deep.equal([
      [2026, 6, ['0']],
      [2026, 5, []],
      [2026, 4, []],
      [2026, 3, ['1']],
    ]);
  });

  it('puts the last evening of April in UTC in May in Kiritimati (+14)', () => {
    const items = starts('2026-04-30T10:30:00Z');
    expect(monthsOf('Pacific/Kiritimati', items, '2026-05-10T00:00:00Z')).to.deep.equal([[2026, 5, ['0']]]);
    expect(monthsOf('UTC', items, '2026-05-10T00:00:00Z')).to.deep.equal([
      [2026, 5, []],
      [2026, 4, ['0']],
    ]);
  });

  it('crosses a DST change and a new year without skipping or repeating a month', () => {
    // Madrid goes to summer time on 29 March: 22:30 UTC on 31 March is already April there
    expect(monthsOf('Europe/Madrid', starts('2026-03-31T22:30:00Z', '2026-03-31T21:30:00Z'), '2026-04-01T00:30:00Z')).to.deep.equal([
      [2026, 4, ['0']],
      [2026, 3, ['1']],
    ]);
    // New York goes back to winter time on 1 November
    expect(monthsOf('America/New_York', starts('2026-11-01T05:30:00Z', '2025-10-31T12:00:00Z'), '2027-01-05T12:00:00Z').map(([year, month]) => `${year}-${month}`)).to.deep.equal([
      '2027-1', '2026-12', '2026-11', '2026-10', '2026-9', '2026-8', '2026-7', '2026-6', '2026-5', '2026-4', '2026-3', '2026-2', '2026-1', '2025-12', '2025-11', '2025-10',
    ]);
  });

  it('starts at a month later than now when an item is planned for it, and keeps the items in the order given', () => {
    const items = starts('2026-07-02T10:00:00Z', '2026-05-20T10:00:00Z', '2026-05-03T10:00:00Z', '2026-05-25T10:00:00Z');
    expect(monthsOf('Asia/Kolkata', items, '2026-05-28T00:00:00Z')).to.deep.equal([
      [2026, 7, ['0']],
      [2026, 6, []],
      [2026, 5, ['1', '2', '3']],
    ]);
  });

  it('shows the current month alone when there is nothing', () => {
    expect(monthsOf('Pacific/Chatham', [], '2026-04-30T11:15:00Z')).to.deep.equal([[2026, 5, []]]);
  });
});

describe('Durations are elapsed time', () => {
  it('counts the real hours across a DST change, whatever the wall clock says', () => {
    const madrid = new DateFormatter('en-US', 'Europe/Madrid');
    // 12:00 CET on Saturday to 13:00 CEST on Sunday: 25 hours on the wall clock, 24 elapsed
    expect(madrid.dateTime('2026-03-28T11:00:00Z')).to.equal('Mar 28, 2026, 12:00 PM GMT+1');
    expect(madrid.dateTime('2026-03-29T11:00:00Z')).to.equal('Mar 29, 2026, 1:00 PM GMT+2');
    expect(madrid.duration('2026-03-28T11:00:00Z', '2026-03-29T11:00:00Z')).to.equal('1 day');
    // 12:00 to 12:00 the next day is a day on the wall clock, 23 hours elapsed
    expect(madrid.duration('2026-03-28T11:00:00Z', '2026-03-29T10:00:00Z')).to.equal('23 hours');

    const newYork = new DateFormatter('en-US', 'America/New_York');
    // 00:30 EDT to 01:30 EST: an hour on the wall clock, two elapsed
    expect(newYork.dateTime('2026-11-01T04:30:00Z')).to.equal('Nov 1, 2026, 12:30 AM EDT');
    expect(newYork.dateTime('2026-11-01T06:30:00Z')).to.equal('Nov 1, 2026, 1:30 AM EST');
    expect(newYork.duration('2026-11-01T04:30:00Z', '2026-11-01T06:30:00Z')).to.equal('2 hours');
    expect(newYork.duration('2026-10-31T16:00:00Z', '2026-11-01T18:30:00Z')).to.equal('1 day 2 hours 30 minutes');
  });

  it('is the same in every zone', () => {
    const zones = ['UTC', 'Europe/Madrid', 'America/New_York', 'Asia/Kathmandu', 'Pacific/Chatham', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];
    const spans = [
      ['2026-03-28T11:00:00Z', '2026-03-29T11:00:00Z'],
      ['2026-10-31T23:59:00Z', '2026-11-02T00:14:00Z'],
      ['2026-01-31T22:00:00Z', '2026-03-02T01:00:00Z'],
    ] as const;
    for (const [start, end] of spans) {
      const texts = new Set(zones.map((zone) => new DateFormatter('en', zone).duration(start, end)));
      expect([...texts], `${start} to ${end}`).to.have.length(1);
    }
    expect(new DateFormatter('en', 'Europe/Madrid').duration('2026-01-31T22:00:00Z', '2026-03-02T01:00:00Z')).to.equal('29 days 3 hours');
  });

  it('is in whole minutes, and nothing when the end comes first', () => {
    expect(elapsed('2026-05-01T10:00:00Z', '2026-05-01T10:00:59Z')).to.deep.equal({ day: 0, hour: 0, minute: 0 });
    expect(elapsed('2026-05-01T10:00:00Z', '2026-05-03T14:07:30Z')).to.deep.equal({ day: 2, hour: 4, minute: 7 });
    expect(elapsed('2026-05-01T10:00:00Z', '2026-04-30T10:00:00Z')).to.deep.equal({ day: 0, hour: 0, minute: 0 });
    const dates = new DateFormatter('es', 'America/Guayaquil');
    expect(dates.duration('2026-05-01T10:00:00Z', '2026-05-01T10:00:59Z')).to.equal('0 minutos');
    expect(dates.duration('2026-04-17T13:00:00Z', '2026-04-17T17:15:00Z')).to.equal('4 horas 15 minutos');
  });
});

describe('How long ago, on the zone\'s calendar', () => {
  it('says a day ago at the same time yesterday across a DST change, though 23 hours passed', () => {
    // Sunday 12:00 CEST; Saturday 12:00 CET
    const now = new Date('2026-03-29T10:00:00Z');
    expect(new DateFormatter('en', 'Europe/Madrid').relative('2026-03-28T11:00:00Z', now)).to.equal('1 day ago');
    expect(new DateFormatter('en', 'UTC').relative('2026-03-28T11:00:00Z', now)).to.equal('23 hours ago');
  });

  it('says hours, not a day, when 24 hours are short of a day on the wall clock', () => {
    // Saturday 13:00 EDT to Sunday 12:00 EST
    const now = new Date('2026-11-01T17:00:00Z');
    expect(new DateFormatter('en', 'America/New_York').relative('2026-10-31T17:00:00Z', now)).to.equal('24 hours ago');
    expect(new DateFormatter('en', 'UTC').relative('2026-10-31T17:00:00Z', now)).to.equal('1 day ago');
  });

  it('counts calendar months, so February is a month', () => {
    const dates = new DateFormatter('en', 'Asia/Kolkata');
    // midnight on 1 February in Kolkata, then the last second of February and midnight on 1 March
    expect(dates.relative('2026-01-31T18:30:00Z', new Date('2026-02-28T18:29:59Z'))).to.equal('3 weeks ago');
    expect(dates.relative('2026-01-31T18:30:00Z', new Date('2026-02-28T18:30:00Z'))).to.equal('1 month ago');
    expect(dates.relative('2025-03-31T18:30:00Z', new Date('2026-03-31T18:30:00Z'))).to.equal('1 year ago');
  });

  it('rounds under a day to the nearest unit, and tells a moment ago from a moment ahead', () => {
    const dates = new DateFormatter('en', 'Pacific/Chatham');
    const now = new Date('2026-05-20T12:00:00Z');
    expect(dates.relative('2026-05-20T10:31:00Z', now)).to.equal('1 hour ago');
    expect(dates.relative('2026-05-20T10:29:00Z', now)).to.equal('2 hours ago');
    expect(dates.relative('2026-05-20T11:58:31Z', now)).to.equal('1 minute ago');
    expect(dates.relative('2026-05-20T11:58:29Z', now)).to.equal('2 minutes ago');
    expect(dates.relative('2026-05-20T12:05:00Z', now)).to.equal('in 5 minutes');
    expect(dates.relative('2026-05-20T11:59:59.600Z', now)).to.equal('0 seconds ago');
    // the very moment reads as just past: a feed loaded and failed within one millisecond was "updated 0 seconds ago"
    expect(dates.relative('2026-05-20T12:00:00Z', now)).to.equal('0 seconds ago');
    expect(dates.relative('2026-05-20T12:00:00.400Z', now)).to.equal('in 0 seconds');
    expect(new DateFormatter('es', 'Pacific/Chatham').relative('2026-05-20T11:55:00Z', now)).to.equal('hace 5 minutos');
  });
});
