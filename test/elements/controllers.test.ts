// The controllers under the elements, each on a bare host of its own: what they hold and render
// is checked without any of the three elements around them.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import { TaskStatus } from '@lit/task';
import { FeedController } from '../../src/internal/feed-controller.js';
import { LocaleController, type Localized } from '../../src/internal/locale-controller.js';
import type { FeedFormat } from '../../src/feed/parse.js';
import type { RequestHook } from '../../src/feed/store.js';
import { dateFormatter } from '../../src/i18n/format.js';
import { en } from '../../src/i18n/locales/en.js';
import { feedLog, scriptFeed, settled, waitFor } from '../helpers.js';

const FEED = { page: { name: 'Bare' }, status: { indicator: 'minor' } };

class FeedHost extends LitElement {
  static override properties = { src: {}, feed: { attribute: false }, pollInterval: { type: Number }, request: { attribute: false } };
  src?: string;
  request?: RequestHook;
  feed?: unknown;
  format: FeedFormat = 'auto';
  pollInterval = 0;
  timeout = 10_000;
  readonly state = new FeedController(this);
  protected override render() {
    return this.state.render<TemplateResult>({
      ready: (feed) => html`<p class="ready">${feed.page.name}: ${feed.status.indicator}</p>`,
      loading: () => html`<p class="loading">loading</p>`,
      error: (error) => html`<p class="error">${error.kind}</p>`,
    });
  }
}
customElements.define('bare-feed-host', FeedHost);

class LocaleHost extends LitElement {
  static override properties = { timeZone: {}, localized: { attribute: false } };
  timeZone?: string;
  localized?: Localized;
  readonly locale = new LocaleController(this);
  protected override render() {
    return html`${this.locale.terms.started}`;
  }
}
customElements.define('bare-locale-host', LocaleHost);

const shown = (host: FeedHost) => host.shadowRoot!.querySelector('p')?.className;

describe('FeedController', () => {
  it('renders nothing, and runs no task, without a source', async () => {
    const host = await fixture<FeedHost>(html`<bare-feed-host></bare-feed-host>`);
    await settled(host);
    expect(host.state.task.status).to.equal(TaskStatus.INITIAL);
    expect(shown(host)).to.equal(undefined);
  });

  it('completes its task with a given feed, parsed once', async () => {
    const host = await fixture<FeedHost>(html`<bare-feed-host .feed=${FEED}></bare-feed-host>`);
    await host.state.task.taskComplete;
    await settled(host);
    expect(host.state.task.status).to.equal(TaskStatus.COMPLETE);
    expect(host.state.task.value?.page.name).to.equal('Bare');
    expect(host.shadowRoot!.textContent).to.include('Bare: minor');
    const snapshot = host.state.snapshot;
    host.requestUpdate();
    await settled(host);
    expect(host.state.snapshot).to.equal(snapshot);
  });

  it('fails its task with a broken feed, and keeps good data when a broken one follows', async () => {
    const broken = await fixture<FeedHost>(html`<bare-feed-host .feed=${'{"page":'}></bare-feed-host>`);
    await settled(broken);
    await waitFor(() => broken.state.task.status === TaskStatus.ERROR, 2000, 'the task to fail');
    await settled(broken);
    expect(shown(broken)).to.equal('error');
    expect(broken.state.task.error).to.include({ kind: 'parse' });

    const kept = await fixture<FeedHost>(html`<bare-feed-host .feed=${FEED}></bare-feed-host>`);
    await settled(kept);
    kept.feed = '{"page":';
    await settled(kept);
    expect(shown(kept)).to.equal('ready');
    expect(kept.state.snapshot.error).to.include({ kind: 'parse' });
    expect(kept.state.snapshot.feed?.page.name).to.equal('Bare');
  });

  /** A request hook that holds every request until the test lets it through (or it is aborted). */
  function heldRequests() {
    const held: { release: () => void; signal: AbortSignal }[] = [];
    const request = (url: string, init: RequestInit): Promise<Response> =>
      new Promise<void>((resolve, reject) => {
        held.push({ release: resolve, signal: init.signal! });
        init.signal!.addEventListener('abort', () => reject(init.signal!.reason));
      }).then(() => fetch(url, init));
    return { request, held };
  }

  it('waits for the store\'s first answer over HTTP: pending, then complete, one request for two hosts', async () => {
    const url = await scriptFeed([{ json: FEED }]);
    const { request, held } = heldRequests();
    const host = await fixture<HTMLElement>(html`<div><bare-feed-host src=${url} .request=${request}></bare-feed-host><bare-feed-host src=${url} .request=${request}></bare-feed-host></div>`);
    const [first, second] = [...host.querySelectorAll<FeedHost>('bare-feed-host')];
    await settled(first!);
    expect(first!.state.task.status).to.equal(TaskStatus.PENDING);
    expect(shown(first!)).to.equal('loading');
    expect(held, 'one request for both').to.have.length(1);
    held[0]!.release();
    await first!.state.task.taskComplete;
    await second!.state.task.taskComplete;
    await settled(first!);
    expect(shown(first!)).to.equal('ready');
    expect(await feedLog(url)).to.have.length(1);
  });

  it('aborts the pending task when the source changes, and settles with the new one', async () => {
    const slow = await scriptFeed([{ json: FEED }]);
    const fast = await scriptFeed([{ json: { ...FEED, page: { name: 'Fast' } } }]);
    const { request, held } = heldRequests();
    const host = await fixture<FeedHost>(html`<bare-feed-host src=${slow} .request=${request}></bare-feed-host>`);
    await settled(host);
    expect(host.state.task.status).to.equal(TaskStatus.PENDING);
    host.src = fast;
    await settled(host);
    expect(held[0]!.signal.aborted, 'the old request aborted').to.equal(true);
    held[1]!.release();
    const value = await host.state.task.taskComplete;
    expect(value?.page.name).to.equal('Fast');
    expect(await feedLog(slow)).to.have.length(0);
  });

  it('fails its task on an HTTP error, and shows the data when a retry brings it', async () => {
    const url = await scriptFeed([{ status: 503 }, { json: FEED }]);
    const host = await fixture<FeedHost>(html`<bare-feed-host src=${url}></bare-feed-host>`);
    await waitFor(() => host.state.task.status === TaskStatus.ERROR, 4000, 'the task to fail');
    await settled(host);
    expect(shown(host)).to.equal('error');
    host.state.refresh();
    await waitFor(() => shown(host) === 'ready', 4000, 'the retry to bring the feed');
  });
});

describe('LocaleController', () => {
  it('resolves the inherited language: the pack, the regional tag for dates, one shared formatter', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="en-GB"><bare-locale-host time-zone="UTC"></bare-locale-host><bare-locale-host time-zone="UTC"></bare-locale-host></div>`);
    const [first, second] = [...wrapper.querySelectorAll<LocaleHost>('bare-locale-host')];
    await settled(first!);
    await settled(second!);
    expect(first!.locale.value.pack).to.equal(en);
    expect(first!.locale.value.lang).to.equal('en-GB');
    expect(first!.locale.dates).to.equal(second!.locale.dates);
    expect(first!.locale.dates.dateTime('2026-03-25T16:32:00Z')).to.equal('25 Mar 2026, 16:32 UTC');
    const before = first!.locale.value;
    first!.requestUpdate();
    await settled(first!);
    expect(first!.locale.value, 'the same object while nothing changed').to.equal(before);
    wrapper.lang = 'en-US';
    await waitFor(() => first!.locale.value.lang === 'en-US', 2000, 'the new language');
  });

  it('uses a language it is given as it is, and does not follow the page', async () => {
    const given: Localized = { pack: en, lang: 'en-GB', dates: dateFormatter('en-GB', 'UTC') };
    const wrapper = await fixture<HTMLElement>(html`<div lang="es"><bare-locale-host .localized=${given}></bare-locale-host></div>`);
    const host = wrapper.querySelector<LocaleHost>('bare-locale-host')!;
    await settled(host);
    expect(host.locale.value).to.equal(given);
    expect(host.shadowRoot!.textContent).to.equal(en.terms.started);
    wrapper.lang = 'fr';
    host.requestUpdate();
    await settled(host);
    expect(host.locale.value).to.equal(given);
  });
});
