import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { feedElementArgTypes } from './arg-types.js';
import { clocks, feeds, PENDING_FEED_URL, richTextIncident, SEED_MAJOR_INCIDENT_ID, staleFeedUrl } from './fixtures.js';
import { onDarkPage, renderTimeline, type TimelineArgs } from './render.js';

const meta = {
  title: 'Elements/incident-timeline',
  component: 'incident-timeline',
  tags: ['autodocs'],
  render: renderTimeline,
  // The seed page's major outage, in Ecuador time.
  args: { feed: feeds.seed, 'incident-id': SEED_MAJOR_INCIDENT_ID, now: clocks.seed, 'time-zone': 'America/Guayaquil' },
  argTypes: {
    ...feedElementArgTypes,
    incident: { control: 'object' },
    components: { control: 'object' },
  },
} satisfies Meta<TimelineArgs>;

export default meta;
type Story = StoryObj<TimelineArgs>;

/** Postmortem first, then Resolved, Monitoring, Investigating; only the newest phase is open. */
export const PostmortemSpanish: Story = { args: { lang: 'es' } };

export const PostmortemEnglish: Story = { args: { lang: 'en' } };

export const AllPhasesOpen: Story = { args: { open: true } };

/** A title at level 2, for a page where the incident is the main content. */
export const HeadingLevel: Story = { args: { 'heading-level': 2 } };

/** A Statuspage single-incident endpoint, with the components it affected. */
export const SingleIncidentEndpoint: Story = {
  args: { feed: feeds.singleIncident, 'incident-id': undefined, 'time-zone': 'UTC' },
};

export const CriticalIncident: Story = { args: { feed: feeds.criticalIncident, 'incident-id': undefined, 'time-zone': 'UTC' } };

export const Maintenance: Story = { args: { feed: feeds.maintenance, 'incident-id': undefined, 'time-zone': 'UTC' } };

/** An incident given directly; its bodies use paragraphs, links, emphasis, code, lists and a line break, and an unsafe tag shown as text. */
export const RichTextBodies: Story = {
  args: { feed: undefined, 'incident-id': undefined, incident: richTextIncident, 'time-zone': 'UTC', open: true },
};

/** A feed that never answers. Needs Storybook's dev server. */
export const Loading: Story = { args: { feed: undefined, 'incident-id': undefined, src: PENDING_FEED_URL, timeout: 0 } };

export const ErrorNotJson: Story = { args: { feed: feeds.notJson, 'incident-id': undefined } };

/** A valid page with no incident on it. */
export const Empty: Story = { args: { feed: feeds.quiet, 'incident-id': undefined } };

/** Loaded once, and every refresh since has failed. Needs Storybook's dev server. */
export const Stale: Story = {
  args: {
    feed: undefined,
    now: undefined,
    src: staleFeedUrl('test/fixtures/corpus/statuspage/ghincidenthistory__f0mhbz9xn497.json'),
    'incident-id': undefined,
    'poll-interval': 1,
  },
};

export const Dark: Story = { render: (args) => onDarkPage(renderTimeline(args)) };
