/**
 * The feeds the stories show: real ones from the corpus and the demo, plus a few small named ones.
 *
 * They are fetched (once, when this module loads) rather than imported as JSON modules, because
 * the browser test runner's TypeScript transform drops `with { type: 'json' }`. Storybook serves
 * both folders at the same paths as the test server (see `.storybook/main.ts`), and the URLs are
 * relative to the page so a Storybook published under a sub-path still finds them.
 */
import type { Incident } from '../src/feed/model.js';
import { FEED_FOLDERS } from './story-feeds.js';

async function loadFeed(path: string): Promise<unknown> {
  const url = new URL(path, document.baseURI);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Story feed ${url}: HTTP ${response.status}`);
  return response.json();
}

const corpus = (path: string): Promise<unknown> => loadFeed(`${FEED_FOLDERS.corpus}/${path}`);
const demo = (path: string): Promise<unknown> => loadFeed(`${FEED_FOLDERS.demo}/${path}`);

const [operational, minor, major, maintenance, critical, seed, vercelIncidents, singleIncident, criticalIncident] =
  await Promise.all([
    corpus('statuspage/gitdown__summary.json'),
    corpus('statuspage/gwen-cli__statuspage_summary.json'),
    corpus('statuspage/statuscheck__github_incident.json'),
    corpus('statuspage/statuscheck__cloudamqp_maintenance.json'),
    demo('critical.json'),
    demo('jelou.json'),
    corpus('statuspage/status-watcher__vercel_statuspage_incidents.json'),
    corpus('statuspage/ghincidenthistory__f0mhbz9xn497.json'),
    corpus('statuspage/gitdown__incident-actions-critical.json'),
  ]);

/** Raw feeds, one per overall state and a few more, exactly as their sources publish them. */
export const feeds = {
  /** GitHub, all operational (Statuspage summary). */
  operational,
  /** Cloudflare, minor disruption, maintenances scheduled (Statuspage summary). */
  minor,
  /** GitHub in 2014: a major outage with an incident still open and a maintenance under way. */
  major,
  /** CloudAMQP in 2020: a maintenance in progress. */
  maintenance,
  /** A native feed with one critical incident still open. */
  critical,
  /** The seed page: Jelou's Spanish incident history, three incidents with postmortems (native). */
  seed,
  /** Vercel's incidents endpoint: ten resolved incidents in March 2026. */
  vercelIncidents,
  /** A single-incident endpoint (`{page, incident}`): a major GitHub incident of May 2023. */
  singleIncident,
  /** A bare incident object: GitHub Actions, critical, July 2026. */
  criticalIncident,
  /** A page with nothing on it: valid, but no status, components or incidents. */
  quiet: { page: { name: 'Quiet' } },
  /** Not a feed at all: text that is not JSON. */
  notJson: 'not json',
  /** JSON, but nothing a feed could be made of. */
  invalid: [1],
} as const;

/** The seed incident with the most to show: a major outage with a postmortem. */
export const SEED_MAJOR_INCIDENT_ID = 'b9n4c7x2lq6w';

/** Clocks that put each feed's events a short while ago, so relative times read naturally. */
export const clocks = {
  seed: new Date('2026-05-31T12:00:00Z'),
  major: new Date('2014-05-14T21:30:00Z'),
  maintenance: new Date('2020-07-16T22:00:00Z'),
  critical: new Date('2026-11-28T11:00:00Z'),
  vercel: new Date('2026-03-31T12:00:00Z'),
} as const;

export { PENDING_FEED_URL, staleFeedUrl } from './story-feeds.js';

/** A small normalized incident whose updates show what update bodies may contain. */
export const richTextIncident: Incident = {
  id: 'story-rich-text',
  title: 'Slow logins for some accounts',
  kind: 'incident',
  impact: 'minor',
  status: 'resolved',
  startedAt: '2026-11-27T08:05:00.000Z',
  endedAt: '2026-11-27T09:40:00.000Z',
  componentIds: ['login'],
  updates: [
    {
      status: 'resolved',
      at: '2026-11-27T09:40:00.000Z',
      body: 'Logins are back to normal.\n\nThe cause was an **overloaded** session cache; see https://status.example.com/history for details.',
    },
    {
      status: 'identified',
      at: '2026-11-27T08:30:00.000Z',
      body: 'We found the cause:<ul><li>the session cache is full</li><li>retries make it worse</li></ul>Run `logout --all` only if asked to.',
    },
    {
      status: 'investigating',
      at: '2026-11-27T08:05:00.000Z',
      body: 'Some people wait up to a minute to log in.<br />We are looking into it. <script>alert(1)</script>',
    },
  ],
};
