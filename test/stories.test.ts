/**
 * Every story, rendered as Storybook renders it but with nothing from Storybook: the story's args
 * over its file's, through its own render function. Each must be axe-clean and show what it is
 * about (one check per story, in STORY_CHECKS); a story without a check fails the suite, so a new
 * story is a new accessibility fixture too.
 */
import { expect, fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/define.js';
import * as bannerStories from '../stories/status-banner.stories.js';
import * as historyStories from '../stories/incident-history.stories.js';
import * as timelineStories from '../stories/incident-timeline.stories.js';
import { useManualClock } from './clock.js';
import { settled, visibleText, warmUpAxe } from './helpers.js';
import { part, parts, storiesOf, storyFeedBehind, storyLabel, type StoryCheck, type StoriesModule } from './stories-helpers.js';

const text = (node: Element | null): string => (node ? visibleText(node) : '');

function expectLabel(element: HTMLElement, label: string): void {
  expect(text(part(element, 'label'))).to.equal(label);
}

function expectError(element: HTMLElement, message: string): void {
  expect(text(part(element, 'error'))).to.equal(message);
}

function expectLoading(element: HTMLElement): void {
  expect(part(element, 'loading')?.getAttribute('aria-busy')).to.equal('true');
  expect(part(element, 'error')).to.equal(null);
}

/** The host paints the dark surface: the theme follows the page's `color-scheme` alone. */
function expectDarkSurface(element: HTMLElement): void {
  expect(getComputedStyle(element).colorScheme).to.equal('dark');
  expect(getComputedStyle(element).backgroundColor).to.equal('rgb(13, 17, 23)');
}

const monthHeadings = (element: HTMLElement): string[] => parts(element, 'month-heading').map(text);

const timelines = (element: HTMLElement): HTMLElement[] => [...element.shadowRoot!.querySelectorAll<HTMLElement>('incident-timeline')];

const phaseLabels = (element: HTMLElement): string[] => parts(element, 'phase-label').map(text);

const openPhases = (element: HTMLElement): boolean[] => parts(element, 'phase').map((phase) => (phase as HTMLDetailsElement).open);

const BANNER_CHECKS: Record<string, StoryCheck> = {
  Operational: (element) => expectLabel(element, 'All systems operational'),
  MinorDisruption: (element) => expectLabel(element, 'Minor service disruption'),
  MajorOutage: (element) => {
    expectLabel(element, 'Major service outage');
    expect(parts(element, 'incident-link').map(text)).to.deep.equal(['Unplanned Database Outage', 'Web Tier Recycle']);
    expect(parts(element, 'phase').map(text)).to.deep.equal(['Identified · 1 hour ago', 'In progress · 56 minutes ago']);
  },
  CriticalOutage: (element) => {
    expectLabel(element, 'Critical service outage');
    expect(part(element, 'banner')!.dataset.level).to.equal('critical');
  },
  Maintenance: (element) => {
    expectLabel(element, 'Maintenance in progress');
    expect(text(part(element, 'incident-link'))).to.match(/^Upgrade of shared servers/);
  },
  Spanish: (element) => {
    expectLabel(element, 'Interrupción grave del servicio');
    expect(text(part(element, 'link'))).to.equal('Ver la página de estado');
  },
  English: (element) => expectLabel(element, 'Major service outage'),
  Compact: (element) => {
    expect(part(element, 'banner')!.classList.contains('compact')).to.be.true;
    expect(text(part(element, 'banner'))).to.equal('Minor service disruption');
  },
  OnlySomeComponents: (element) => {
    // unfiltered, the same feed is a major outage with an incident and a maintenance listed
    expectLabel(element, 'Minor service disruption');
    expect(part(element, 'incidents')).to.equal(null);
  },
  HiddenWhenOperational: (element) => {
    expect(part(element, 'banner')).to.equal(null);
    expect(visibleText(element)).to.equal('');
  },
  ShownWhenNotOperational: (element) => expectLabel(element, 'Critical service outage'),
  OwnStatusPageLink: (element) => {
    expect(part(element, 'link')!.getAttribute('href')).to.equal('https://example.com/status');
  },
  Loading: expectLoading,
  ErrorNotJson: (element) => expectError(element, 'The status feed is not valid JSON.'),
  ErrorNothingUsable: (element) => expectError(element, 'The status feed has nothing we can show.'),
  Empty: (element) => {
    expectLabel(element, 'All systems operational');
    expect(part(element, 'incidents')).to.equal(null);
  },
  Stale: (element) => {
    expectLabel(element, 'Major service outage');
    expect(text(part(element, 'stale'))).to.match(/^Could not refresh\. Last updated /);
  },
  Dark: (element) => {
    expectDarkSurface(element);
    expectLabel(element, 'Major service outage');
  },
  CustomTheme: (element) => {
    expect(getComputedStyle(element).backgroundColor).to.equal('rgb(255, 248, 240)');
    expect(getComputedStyle(part(element, 'icon')!).color).to.equal('rgb(139, 0, 0)');
  },
};

const HISTORY_CHECKS: Record<string, StoryCheck> = {
  SeedPageSpanish: (element) => {
    expect(monthHeadings(element)).to.deep.equal(['may 2026', 'abr 2026', 'mar 2026']);
    expect(text(part(element, 'empty'))).to.equal('No se reportaron avisos este mes');
    expect(text(part(element, 'range'))).to.equal('mar 2026 a may 2026');
  },
  SeedPageEnglish: (element) => {
    expect(monthHeadings(element)).to.deep.equal(['May 2026', 'Apr 2026', 'Mar 2026']);
    expect(text(part(element, 'range'))).to.equal('Mar 2026 to May 2026');
  },
  OneMonthPerPage: (element) => {
    expect(monthHeadings(element)).to.deep.equal(['May 2026']);
    expect(part(element, 'previous')!.getAttribute('aria-disabled')).to.equal('true');
    expect(part(element, 'next')!.getAttribute('aria-disabled')).to.equal('false');
  },
  LastPage: (element) => {
    expect(monthHeadings(element)).to.deep.equal(['Mar 2026']);
    expect(part(element, 'next')!.getAttribute('aria-disabled')).to.equal('true');
  },
  HeadingLevel: (element) => {
    expect(part(element, 'month-heading')!.localName).to.equal('h3');
    expect(part(timelines(element)[0]!, 'title')!.localName).to.equal('h4');
  },
  StatuspageIncidents: (element) => {
    expect(monthHeadings(element)).to.deep.equal(['Mar 2026']);
    expect(timelines(element)).to.have.length(10);
  },
  Loading: expectLoading,
  ErrorNothingUsable: (element) => expectError(element, 'The status feed has nothing we can show.'),
  Empty: (element) => {
    expect(monthHeadings(element)).to.deep.equal(['May 2026']);
    expect(text(part(element, 'empty'))).to.equal('No incidents reported this month');
  },
  Stale: (element) => {
    expect(part(element, 'history')).to.not.equal(null);
    expect(text(part(element, 'stale'))).to.match(/^Could not refresh\. Last updated /);
  },
  Dark: (element) => {
    expectDarkSurface(element);
    expect(timelines(element)).to.have.length(3);
  },
};

const TIMELINE_CHECKS: Record<string, StoryCheck> = {
  PostmortemSpanish: (element) => {
    expect(phaseLabels(element)).to.deep.equal(['Análisis post mortem', 'Resuelto', 'Supervisando', 'Investigando']);
    expect(openPhases(element)).to.deep.equal([true, false, false, false]);
  },
  PostmortemEnglish: (element) => {
    expect(phaseLabels(element)).to.deep.equal(['Postmortem', 'Resolved', 'Monitoring', 'Investigating']);
    expect(text(part(element, 'impact'))).to.equal('Major');
  },
  AllPhasesOpen: (element) => {
    expect(openPhases(element)).to.deep.equal([true, true, true, true]);
  },
  HeadingLevel: (element) => {
    expect(part(element, 'title')!.localName).to.equal('h2');
  },
  SingleIncidentEndpoint: (element) => {
    expect(text(part(element, 'title'))).to.match(/^Incident with Actions, API Requests/);
    // the names joined as English joins a list, each one its own isolated run of feed text
    expect(part(element, 'meta')!.textContent!.replace(/\s+/g, ' ')).to.contain('Git Operations, API Requests, Webhooks, Issues, Pull Requests, Actions, Pages, and Codespaces');
    expect([...part(element, 'meta')!.querySelectorAll('bdi')].map((name) => name.textContent)).to.include.members(['Git Operations', 'Codespaces']);
  },
  CriticalIncident: (element) => {
    expect(part(element, 'incident')!.dataset.level).to.equal('critical');
    expect(text(part(element, 'impact'))).to.equal('Critical');
  },
  Maintenance: (element) => {
    expect(part(element, 'incident')!.dataset.level).to.equal('maintenance');
    expect(text(part(element, 'title'))).to.match(/^Upgrade of shared servers/);
  },
  RichTextBodies: (element) => {
    const bodies = parts(element, 'body');
    const link = bodies[0]!.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://status.example.com/history');
    expect(link.rel.split(' ')).to.include.members(['noopener', 'noreferrer', 'nofollow']);
    expect(text(bodies[0]!.querySelector('strong'))).to.equal('overloaded');
    expect([...bodies[1]!.querySelectorAll('li')].map(text)).to.deep.equal(['the session cache is full', 'retries make it worse']);
    expect(text(bodies[1]!.querySelector('code'))).to.equal('logout --all');
    // markup that is not allowed stays text
    expect(element.shadowRoot!.querySelector('script')).to.equal(null);
    expect(text(bodies[2]!)).to.contain('<script>alert(1)</script>');
  },
  Loading: expectLoading,
  ErrorNotJson: (element) => expectError(element, 'The status feed is not valid JSON.'),
  Empty: (element) => {
    expect(text(part(element, 'empty'))).to.equal('No incidents reported');
  },
  Stale: (element) => {
    expect(text(part(element, 'title'))).to.match(/^Incident with Actions/);
    expect(text(part(element, 'stale'))).to.match(/^Could not refresh\. Last updated /);
  },
  Dark: (element) => {
    expectDarkSurface(element);
    expect(phaseLabels(element)[0]).to.equal('Postmortem');
  },
};

const STORY_FILES: { module: StoriesModule; checks: Record<string, StoryCheck> }[] = [
  { module: bannerStories, checks: BANNER_CHECKS },
  { module: historyStories, checks: HISTORY_CHECKS },
  { module: timelineStories, checks: TIMELINE_CHECKS },
];

/** The element a story is about, whether the story renders it alone or inside a page. */
function storyElement(root: Element, tag: string): HTMLElement {
  const element = root.localName === tag ? root : root.querySelector(tag);
  if (!(element instanceof HTMLElement)) throw new Error(`the story renders no <${tag}>`);
  return element;
}

// Live stories run the store on a manual clock: the stale one's refresh comes when the test says.
const clock = useManualClock();
before(warmUpAxe);

// Stories that do not set `lang` follow the page, as in Storybook, whose language toolbar defaults to English.
let pageLang: string;
before(() => {
  pageLang = document.documentElement.lang;
  document.documentElement.lang = 'en';
});
after(() => {
  document.documentElement.lang = pageLang;
});

for (const { module, checks } of STORY_FILES) {
  const meta = module.default;
  const stories = storiesOf(module);

  describe(`stories: ${meta.title}`, () => {
    it('has a check for every story and a story for every check', () => {
      expect(Object.keys(checks).sort()).to.deep.equal(stories.map(([name]) => name).sort());
    });

    for (const [name, story] of stories) {
      it(`${storyLabel(name)}: is accessible and shows what it is about`, async () => {
        const args: Record<string, unknown> = { ...meta.args, ...story.args };
        const served = typeof args.src === 'string' ? await storyFeedBehind(args.src, clock()) : undefined;
        if (served) args.src = served.url;
        const render = (story.render ?? meta.render) as (args: Record<string, unknown>) => TemplateResult;
        const root = await fixture(render(args));
        const element = storyElement(root, meta.component);
        await settled(element);
        await served?.ready(element);
        await settled(element);

        await expect(root).to.be.accessible();
        const check: StoryCheck | undefined = checks[name];
        if (!check) throw new Error(`no check for the story ${name}`);
        await check(element);
      });
    }
  });
}
