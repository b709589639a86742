import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { feedElementArgTypes } from './arg-types.js';
import { clocks, feeds, PENDING_FEED_URL, staleFeedUrl } from './fixtures.js';
import { onDarkPage, renderBanner, type BannerArgs } from './render.js';

const meta = {
  title: 'Elements/status-banner',
  component: 'status-banner',
  tags: ['autodocs'],
  render: renderBanner,
  // Feeds are given as objects, so nothing polls unless a story says so.
  args: { 'poll-interval': 0 },
  argTypes: feedElementArgTypes,
} satisfies Meta<BannerArgs>;

export default meta;
type Story = StoryObj<BannerArgs>;

export const Operational: Story = { args: { feed: feeds.operational } };

export const MinorDisruption: Story = { args: { feed: feeds.minor } };

/** An open incident and a maintenance under way, each with its latest phase and how long ago. */
export const MajorOutage: Story = { args: { feed: feeds.major, now: clocks.major } };

export const CriticalOutage: Story = { args: { feed: feeds.critical, now: clocks.critical } };

export const Maintenance: Story = { args: { feed: feeds.maintenance, now: clocks.maintenance } };

export const Spanish: Story = { args: { feed: feeds.major, now: clocks.major, lang: 'es' } };

export const English: Story = { args: { feed: feeds.major, now: clocks.major, lang: 'en' } };

/** A dot and a label, for footers. */
export const Compact: Story = { args: { feed: feeds.minor, variant: 'compact' } };

/**
 * Only what touches the named components counts. GitHub's open incident names no component, so
 * filtered to the API the banner shows the API's own state.
 */
export const OnlySomeComponents: Story = { args: { feed: feeds.major, now: clocks.major, components: 'API' } };

/** For app headers: nothing at all while every system is operational. */
export const HiddenWhenOperational: Story = { args: { feed: feeds.operational, 'hide-when-operational': true } };

/** The same attribute, and a feed with trouble: the banner shows. */
export const ShownWhenNotOperational: Story = {
  args: { feed: feeds.critical, now: clocks.critical, 'hide-when-operational': true },
};

export const OwnStatusPageLink: Story = { args: { feed: feeds.critical, now: clocks.critical, href: 'https://example.com/status' } };

/** A feed that never answers: the skeleton keeps the layout still. Needs Storybook's dev server. */
export const Loading: Story = { args: { src: PENDING_FEED_URL, timeout: 0 } };

export const ErrorNotJson: Story = { args: { feed: feeds.notJson } };

export const ErrorNothingUsable: Story = { args: { feed: feeds.invalid } };

/** A valid page with nothing on it. */
export const Empty: Story = { args: { feed: feeds.quiet } };

/**
 * The feed loaded once and every refresh since has failed: the data stays, with when it was last
 * good. Needs Storybook's dev server, which answers this URL once and then fails.
 */
export const Stale: Story = {
  args: { src: staleFeedUrl('test/fixtures/corpus/statuspage/statuscheck__github_incident.json'), 'poll-interval': 1 },
};

export const Dark: Story = {
  args: { feed: feeds.major, now: clocks.major },
  render: (args) => onDarkPage(renderBanner(args)),
};

/** Every colour, the surface and the shape come from CSS custom properties. */
export const CustomTheme: Story = {
  args: {
    feed: feeds.critical,
    now: clocks.critical,
    '--status-color-critical': '#8b0000',
    '--status-surface': '#fff8f0',
    '--status-border': '#8b0000',
    '--status-radius': '0',
  },
};
