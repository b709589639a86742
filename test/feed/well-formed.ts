/** Checks every parsed feed must pass: the model's schema and the orderings the elements rely on. */
import { expect } from '@open-wc/testing';
import type { FeedResult, Incident, StatusFeed } from '../../src/feed/index.js';
import { StatusFeed as StatusFeedSchema } from '../../src/feed/index.js';

const UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export function expectFeed(result: FeedResult): StatusFeed {
  if (!result.ok) throw new Error(`expected a feed, got ${result.error.kind}: ${result.error.message}`);
  expectWellFormed(result.feed);
  for (const issue of result.issues) expect(issue.message).to.match(/^\$/, 'an issue message starts with where it is');
  return result.feed;
}

export function expectWellFormed(feed: StatusFeed): void {
  const checked = StatusFeedSchema.safeParse(feed);
  expect(checked.success, checked.success ? '' : JSON.stringify(checked.error.issues.slice(0, 3))).to.equal(true);
  if (feed.page.updatedAt !== undefined) expect(feed.page.updatedAt).to.match(UTC);
  for (const list of [feed.incidents, feed.maintenances]) {
    expectNewestFirst(list.map((incident) => incident.startedAt), 'incidents by start');
    for (const incident of list) expectIncident(incident);
  }
}

function expectIncident(incident: Incident): void {
  for (const time of [incident.startedAt, incident.endedAt, incident.scheduledFor, incident.scheduledUntil]) {
    if (time !== undefined) expect(time, `a time of ${incident.id}`).to.match(UTC);
  }
  const postmortems = incident.updates.filter((update) => update.status === 'postmortem').length;
  expect(incident.updates.slice(0, postmortems).every((update) => update.status === 'postmortem'), 'postmortem first').to.equal(true);
  expectNewestFirst(
    incident.updates.slice(postmortems).map((update) => update.at),
    `updates of ${incident.id}`,
  );
  for (const update of incident.updates) {
    expect(update.at).to.match(UTC);
    expect(update.body).not.to.include('\r');
  }
}

function expectNewestFirst(times: readonly string[], what: string): void {
  for (let index = 1; index < times.length; index++) {
    expect(times[index - 1]! >= times[index]!, `${what}: ${times[index - 1]} before ${times[index]}`).to.equal(true);
  }
}
