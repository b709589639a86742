// The seed page (a Spanish incident history of Jelou) as a native feed: the demo's default feed and
// the first acceptance case. These checks hold the feed to what the page shows.
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { StatusFeed } from '../src/feed/model.js';
import type { Incident } from '../src/feed/model.js';
import { renderRichText } from '../src/internal/rich-text.js';

const FEED_URL = '/demo/feeds/jelou.json';
const TITLES = ['Operator Connection Status Issues', 'Delayed Delivery of WhatsApp Messages', '🚨 Platform Service Interruption'];
const PHASES = ['postmortem', 'resolved', 'monitoring', 'investigating'];
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const time = (iso: string | undefined) => (iso === undefined ? NaN : Date.parse(iso));

/** Wall-clock time in Ecuador as "YYYY-MM-DD HH:mm", whatever the test machine's locale and zone. */
function ecuadorTime(iso: string | undefined): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'America/Guayaquil',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(time(iso)));
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

describe('the seed feed (demo/feeds/jelou.json)', () => {
  let text = '';
  let raw: unknown;
  let feed: StatusFeed;
  const incident = (title: string): Incident => {
    const found = feed.incidents.find((candidate) => candidate.title === title);
    expect(found, title).to.exist;
    return found as Incident;
  };

  before(async () => {
    const response = await fetch(FEED_URL);
    expect(response.ok, `GET ${FEED_URL}`).to.be.true;
    text = await response.text();
    raw = JSON.parse(text);
    const result = StatusFeed.safeParse(raw);
    if (result.success) feed = result.data;
  });

  it('validates against the StatusFeed schema as it is', () => {
    const result = StatusFeed.safeParse(raw);
    expect(result.success, JSON.stringify(result.error?.issues)).to.be.true;
    // nothing in the file is left out by the schema: it is the native format, complete
    expect(result.data).to.deep.equal(raw);
  });

  it('is the Jelou page, all operational, publishing in Ecuador time', () => {
    expect(feed.page.name).to.equal('Jelou');
    expect(feed.page.timeZone).to.equal('America/Guayaquil');
    expect(new URL(feed.page.url ?? '').protocol).to.equal('https:');
    expect(feed.status.indicator).to.equal('none');
    expect(feed.components.length).to.be.greaterThan(0);
    expect(feed.components.every((component) => component.status === 'operational')).to.be.true;
    expect(feed.maintenances).to.deep.equal([]);
  });

  it("has the seed's three incidents, newest first", () => {
    expect(feed.incidents.map((item) => item.title)).to.deep.equal(TITLES);
    const starts = feed.incidents.map((item) => time(item.startedAt));
    expect([...starts].sort((a, b) => b - a)).to.deep.equal(starts);
  });

  it('gives each incident every update of the seed, newest first: postmortem, resolved, monitoring, investigating', () => {
    for (const item of feed.incidents) {
      expect(item.updates.map((update) => update.status), item.title).to.deep.equal(PHASES);
      expect(item.status, item.title).to.equal('postmortem');
      const times = item.updates.map((update) => time(update.at));
      expect([...times].sort((a, b) => b - a), item.title).to.deep.equal(times);
      // resolved when it ended; the postmortem a few days later
      expect(time(item.updates[1]?.at), item.title).to.equal(time(item.endedAt));
      const postmortemDelay = time(item.updates[0]?.at) - time(item.endedAt);
      expect(postmortemDelay, item.title).to.be.within(DAY, 7 * DAY);
      expect(time(item.updates[3]?.at), item.title).to.be.within(time(item.startedAt), time(item.endedAt));
    }
  });

  it('puts the WhatsApp delays on 17 April 2026, 08:00–12:15 Ecuador time', () => {
    const whatsapp = incident('Delayed Delivery of WhatsApp Messages');
    expect(time(whatsapp.startedAt)).to.equal(Date.UTC(2026, 3, 17, 13, 0));
    expect(time(whatsapp.endedAt)).to.equal(Date.UTC(2026, 3, 17, 17, 15));
    expect(ecuadorTime(whatsapp.startedAt)).to.equal('2026-04-17 08:00');
    expect(ecuadorTime(whatsapp.endedAt)).to.equal('2026-04-17 12:15');
  });

  it('puts the platform interruption on 16 March 2026, 03:44–07:45 UTC', () => {
    const platform = incident('🚨 Platform Service Interruption');
    expect(time(platform.startedAt)).to.equal(Date.UTC(2026, 2, 16, 3, 44));
    expect(time(platform.endedAt)).to.equal(Date.UTC(2026, 2, 16, 7, 45));
  });

  it('puts the operator status issue later in April than the WhatsApp one, lasting about 15 minutes', () => {
    const operator = incident('Operator Connection Status Issues');
    const whatsapp = incident('Delayed Delivery of WhatsApp Messages');
    const [year, month, day] = ecuadorTime(operator.startedAt).split(/[- ]/).map(Number);
    expect([year, month]).to.deep.equal([2026, 4]);
    expect(day).to.be.above(17);
    expect(time(operator.startedAt)).to.be.above(time(whatsapp.endedAt));
    expect(time(operator.endedAt) - time(operator.startedAt)).to.be.within(10 * MINUTE, 20 * MINUTE);
  });

  it('marks the platform interruption major and the others minor, on components of the feed', () => {
    expect(feed.incidents.map((item) => item.impact)).to.deep.equal(['minor', 'minor', 'major']);
    const ids = new Set(feed.components.map((component) => component.id));
    for (const item of feed.incidents) {
      expect(item.componentIds.length, item.title).to.be.greaterThan(0);
      for (const id of item.componentIds) expect(ids.has(id), `${item.title}: ${id}`).to.be.true;
    }
  });

  it('never carries the mistranslated "Después de la muerte"', () => {
    expect(text).not.to.contain('Después de la muerte');
    for (const item of feed.incidents) {
      for (const update of item.updates) expect(update.body, item.title).not.to.contain('Después de la muerte');
    }
  });

  it("keeps the seed's English bodies word for word, headings on their own line", () => {
    const postmortem = (title: string) => incident(title).updates[0]?.body ?? '';
    const operatorLines = postmortem('Operator Connection Status Issues').split('\n');
    expect(operatorLines.slice(0, 3)).to.deep.equal([
      'Incident Summary',
      'During a production deployment related to visual and behavioral improvements of the operator profile component, the status selector (“Connected / Unavailable / Disconnected”) stopped responding correctly for some users.',
      'The incident lasted approximately 15 minutes.',
    ]);
    for (const heading of ['Root Cause', 'Mitigation Applied', 'Post-Fix Correction', 'Preventive Actions']) {
      expect(operatorLines, heading).to.include(heading);
    }
    const platform = postmortem('🚨 Platform Service Interruption');
    expect(platform.startsWith('RCA\n\nIncident Summary\n\nOn March 16, 2026, between 03:44 and 07:45 UTC,')).to.be.true;
    expect(platform).to.contain('\n\n1. An automatic failover event occurred in the cache cluster at 03:44 UTC.');
    expect(platform).to.contain('\n4. Optimization of service auto-reconnection mechanisms to minimize recovery time during failover events.');
    expect(postmortem('Delayed Delivery of WhatsApp Messages')).to.contain(
      'Applied Solution:\n\n- Rollback of the change that caused the incident\n- Full deployment of the fix across all clusters\n- Validation of endpoint stability',
    );
    const investigating = incident('🚨 Platform Service Interruption').updates[3]?.body;
    expect(investigating?.endsWith('We will keep you updated in the next 30 minutes with more information.\n\nThank you for your patience')).to.be.true;
    for (const item of feed.incidents) expect(item.updates[1]?.body).to.equal('This incident has been resolved.');
  });

  it('renders its bullets and numbered steps as lists', () => {
    const host = document.createElement('div');
    render(renderRichText(incident('Delayed Delivery of WhatsApp Messages').updates[0]?.body ?? ''), host);
    expect([...host.querySelectorAll('ul')].map((list) => list.children.length)).to.deep.equal([3, 4]);
    render(renderRichText(incident('🚨 Platform Service Interruption').updates[0]?.body ?? ''), host);
    expect([...host.querySelectorAll('ol')].map((list) => list.children.length)).to.deep.equal([3, 4]);
    expect(host.querySelector('p')?.textContent).to.equal('RCA');
  });
});
