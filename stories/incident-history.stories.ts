import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { feedElementArgTypes } from './arg-types.js';
import { clocks, feeds, PENDING_FEED_URL, staleFeedUrl } from './fixtures.js';
import { onDarkPage, renderHistory, type HistoryArgs } from './render.js';

const meta = {
  title: 'Elements/incident-history',
  component: 'incident-history',
  tags: ['autodocs'],
  render: renderHistory,
  // The seed page, as it was on the last day of May 2026 in Ecuador.
  args: { feed: feeds.seed, now: clocks.seed, 'time-zone': 'America/Guayaquil' },
  argTypes: feedElementArgTypes,
} satisfies Meta<HistoryArgs>;

export default meta;
type Story = StoryObj<HistoryArgs>;

/** The page the project grew from: May, April and March 2026, one month without incidents. */
export const SeedPageSpanish: Story = { args: { lang: 'es' } };

export const SeedPageEnglish: Story = { args: { lang: 'en' } };

export const OneMonthPerPage: Story = { args: { 'months-per-page': 1 } };

/** The oldest page of the seed, one month a page: Next is disabled at the end. */
export const LastPage: Story = { args: { 'months-per-page': 1, page: 2 } };

/** Month headings at level 3, incident titles at level 4, for a page whose outline needs it. */
export const HeadingLevel: Story = { args: { 'heading-level': 3 } };

/** A Statuspage incidents endpoint: ten resolved incidents of March 2026. */
export const StatuspageIncidents: Story = { args: { feed: feeds.vercelIncidents, now: clocks.vercel, 'time-zone': 'UTC' } };

/** A feed that never answers. Needs Storybook's dev server. */
export const Loading: Story = { args: { feed: undefined, src: PENDING_FEED_URL, timeout: 0 } };

export const ErrorNothingUsable: Story = { args: { feed: feeds.invalid } };

/** A valid page with nothing on it: the current month, without incidents. */
export const Empty: Story = { args: { feed: feeds.quiet } };

/**
 * Loaded once, and every refresh since has failed; shown on the real clock, so the newest months
 * may well be empty. Needs Storybook's dev server, which answers this URL once and then fails.
 */
export const Stale: Story = {
  args: { feed: undefined, now: undefined, src: staleFeedUrl('demo/feeds/jelou.json'), 'poll-interval': 1 },
};

export const Dark: Story = { render: (args) => onDarkPage(renderHistory(args)) };
