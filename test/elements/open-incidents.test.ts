/**
 * Fail visible: a Statuspage incident whose own `status` says open while its newest update says
 * resolved (two updates at the same time, or an edited update) is shown open by all three
 * elements, in every endpoint shape it can come in. Showing it resolved would hide an outage.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { IncidentHistoryElement } from '../../src/incident-history/incident-history.js';
import type { IncidentTimelineElement } from '../../src/incident-timeline/incident-timeline.js';
import type { StatusBannerElement } from '../../src/status-banner/status-banner.js';
import { settled, visibleText } from '../helpers.js';

const PAGE = { id: 'p', name: 'Acme', url: 'https://status.acme.example', time_zone: 'Etc/UTC', updated_at: '2026-05-01T10:30:00.000Z' };
const NOW = new Date('2026-05-01T11:00:00.000Z');
const TITLE = 'Checkout errors';

const update = (id: string, status: string, at: string, updatedAt = at) => ({
  id,
  status,
  body: `${status} at ${at}`,
  created_at: at,
  display_at: at,
  updated_at: updatedAt,
  incident_id: 'inc',
});

/** Statuspage's own fields of the incident, with its `status` and updates (newest first). */
const incident = (status: string, updates: ReturnType<typeof update>[]) => ({
  id: 'inc',
  name: TITLE,
  status,
  impact: 'major',
  created_at: '2026-05-01T10:00:00.000Z',
  updated_at: '2026-05-01T10:30:00.000Z',
  started_at: '2026-05-01T10:00:00.000Z',
  resolved_at: null,
  monitoring_at: null,
  shortlink: 'https://stspg.io/inc',
  page_id: 'p',
  incident_updates: updates,
  components: [{ id: 'checkout', name: 'Checkout', status: 'major_outage', group_id: null, group: false }],
});

const disagreements = {
  'two updates at the same time, resolved listed first': incident('investigating', [
    update('u2', 'resolved', '2026-05-01T10:30:00.000Z'),
    update('u1', 'investigating', '2026-05-01T10:30:00.000Z'),
  ]),
  'an edited update that now says resolved': incident('monitoring', [
    update('u2', 'resolved', '2026-05-01T10:30:00.000Z', '2026-05-01T10:45:00.000Z'),
    update('u1', 'investigating', '2026-05-01T10:00:00.000Z'),
  ]),
};

/** The same incident as each endpoint gives it. */
const shapes = (raw: ReturnType<typeof incident>): Record<string, unknown> => ({
  'incidents.json': { page: PAGE, incidents: [raw] },
  'incidents/<id>.json': { page: PAGE, incident: raw },
  'a bare incident': raw,
  'summary.json': {
    page: PAGE,
    status: { indicator: 'major', description: 'Partial System Outage' },
    components: raw.components,
    incidents: [raw],
    scheduled_maintenances: [],
  },
});

/** The incident meta's terms and values, e.g. `{ Started: '…', Ended: 'Ongoing' }`. */
function meta(timeline: Element): Record<string, string> {
  const pairs = [...timeline.shadowRoot!.querySelectorAll('[part="meta"] > div')].map((row) => [
    visibleText(row.querySelector('dt')!),
    visibleText(row.querySelector('dd')!),
  ]);
  return Object.fromEntries(pairs);
}

function expectOpenTimeline(timeline: Element): void {
  const shown = meta(timeline);
  expect(shown.Ended, 'the end shown').to.equal('Ongoing');
  expect(shown, 'the meta').not.to.have.property('Duration');
}

for (const [disagreement, raw] of Object.entries(disagreements)) {
  describe(`an open incident whose newest update says resolved: ${disagreement}`, () => {
    for (const [shape, feed] of Object.entries(shapes(raw))) {
      it(`${shape}: the banner lists it as open and does not say all is well`, async () => {
        const banner = await fixture<StatusBannerElement>(html`<status-banner lang="en" .now=${NOW} .feed=${feed}></status-banner>`);
        await settled(banner);
        expect(banner.shadowRoot!.querySelector('[part="error"]'), 'an error').to.equal(null);
        expect(banner.indicator).to.equal('major');
        expect(visibleText(banner.shadowRoot!.querySelector('[part="label"]')!)).to.equal('Major service outage');
        const listed = [...banner.shadowRoot!.querySelectorAll('[part="incident"]')];
        expect(listed.map((item) => visibleText(item.querySelector('[part="incident-link"]')!))).to.deep.equal([TITLE]);
        const phase = visibleText(listed[0]!.querySelector('[part="phase"]')!);
        expect(phase).to.match(/^(Investigating|Identified|Monitoring) · /);
      });

      it(`${shape}: the timeline shows it without an end`, async () => {
        const timeline = await fixture<IncidentTimelineElement>(
          html`<incident-timeline lang="en" .now=${NOW} .feed=${feed}></incident-timeline>`,
        );
        await settled(timeline);
        expect(timeline.shownIncident?.title).to.equal(TITLE);
        expect(timeline.shownIncident?.endedAt, 'endedAt').to.equal(undefined);
        expectOpenTimeline(timeline);
      });

      it(`${shape}: the history shows it without an end`, async () => {
        const history = await fixture<IncidentHistoryElement>(
          html`<incident-history lang="en" .now=${NOW} .feed=${feed}></incident-history>`,
        );
        await settled(history);
        const timelines = [...history.shadowRoot!.querySelectorAll<IncidentTimelineElement>('incident-timeline')];
        expect(timelines.map((timeline) => timeline.incident?.title)).to.deep.equal([TITLE]);
        expectOpenTimeline(timelines[0]!);
      });
    }
  });
}
