// The script of a server-rendered page (scripts/ssr-page-middleware.mjs): it counts every change
// hydration makes to the rendered DOM, puts the page's store on a manual clock, then loads Lit's
// hydration support and the elements, in that order (the support must come before Lit).
import { ManualClock } from '../clock.js';
import { feedStore } from '../../src/feed/store.js';

const errors: string[] = [];
addEventListener('error', (event) => errors.push(String(event.message)));
addEventListener('unhandledrejection', (event) => errors.push(String(event.reason?.stack ?? event.reason)));
Object.assign(window, { __ssrErrors: errors });

const mutations: MutationRecord[] = [];
const observer = new MutationObserver((records) => mutations.push(...records));
function observeAll(root: Node): void {
  observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const shadow = (node as Element).shadowRoot;
    if (shadow) observeAll(shadow);
  }
}
observeAll(document.body);

const clock = new ManualClock();
feedStore.useTimers(clock);
feedStore.useRandom(() => 0);
const now = new URLSearchParams(location.search).get('now');
const elements = [...document.querySelectorAll<HTMLElement & { now?: Date; updateComplete: Promise<boolean> }>('status-banner, incident-history, incident-timeline')];
// the moment the server rendered, before the elements upgrade: the first render is the server's
if (now) for (const element of elements) element.now = new Date(now);

const started = performance.now();
const step = (name: string) => errors.push(`step: ${name} at ${Math.round(performance.now() - started)} ms`);
await import('@lit-labs/ssr-client/lit-element-hydrate-support.js');
step('hydrate support');
await import('../../src/define.js');
step('defined');
await Promise.all(elements.map((element) => element.updateComplete));
step('updated');
const nested = elements.flatMap((element) => [...(element.shadowRoot?.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>('incident-timeline') ?? [])]);
await Promise.all(nested.map((element) => element.updateComplete));

step('nested updated');
Object.assign(window, { __ssr: { mutations, clock, hydrated: true } });
