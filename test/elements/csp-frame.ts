/**
 * Runs inside the strict-CSP page (scripts/csp-page-middleware.mjs), in an iframe of csp.test.ts:
 * renders the elements the test asks for and answers with what each one showed and every
 * `securitypolicyviolation` and uncaught error the page saw meanwhile.
 */
import type { FeedErrorEvent } from '../../src/events.js';
import { visibleText, waitFor } from '../helpers.js';

export type ElementState = 'loading' | 'error' | 'stale' | 'content';

export interface ElementRequest {
  tag: 'status-banner' | 'incident-history' | 'incident-timeline';
  attributes: Record<string, string>;
  feed?: unknown;
  /** A second feed given once `until` is reached, then waited for `thenUntil`. */
  thenFeed?: unknown;
  until: ElementState;
  thenUntil?: ElementState;
}

export interface RenderRequest {
  id: number;
  elements: ElementRequest[];
}

export interface RenderedElement {
  tag: string;
  state: ElementState | 'nothing';
  text: string;
  errorKinds: string[];
  /** Each skeleton line's width in percent of its container, while loading. */
  skeletonWidths: number[];
}

export interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}

export interface RenderReport {
  id: number;
  elements: RenderedElement[];
  violations: Violation[];
  errors: string[];
  failure?: string;
}

export type FrameMessage = { type: 'ready'; trustedTypes: boolean } | ({ type: 'report' } & RenderReport);

const violations: Violation[] = [];
const errors: string[] = [];

/**
 * Violations are reported in tasks queued after the offending call, so "none seen yet" proves
 * nothing. A style attribute on this element is one we cause on purpose: once its report
 * arrives, every report queued before it has arrived too. It also proves the policy is in force.
 */
const sentinel = document.body.appendChild(document.createElement('i'));
let flushesSeen = 0;

document.addEventListener('securitypolicyviolation', (event) => {
  if (event.target === sentinel) {
    flushesSeen += 1;
    return;
  }
  violations.push({
    directive: event.effectiveDirective,
    blocked: event.blockedURI,
    sample: event.sample,
    source: `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
  });
});
window.addEventListener('error', (event) => errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));

async function flushViolations(): Promise<void> {
  const expected = flushesSeen + 1;
  sentinel.setAttribute('style', `order: ${expected}`);
  await waitFor(() => flushesSeen >= expected, 4000, 'the report of a style attribute (is the policy in force?)');
}

function stateOf(element: Element): ElementState | 'nothing' {
  const root = element.shadowRoot!;
  if (root.querySelector('[part="stale"]')) return 'stale';
  if (root.querySelector('[part="error"]')) return 'error';
  if (root.querySelector('[part="loading"]')) return 'loading';
  return root.querySelector('[part~="banner"], [part="history"], [part="incident"], [part="empty"]') ? 'content' : 'nothing';
}

function skeletonWidths(element: Element): number[] {
  return [...element.shadowRoot!.querySelectorAll('.skeleton')].map((line) =>
    Math.round((100 * line.getBoundingClientRect().width) / line.parentElement!.getBoundingClientRect().width),
  );
}

async function reach(element: Element, state: ElementState): Promise<void> {
  await waitFor(() => stateOf(element) === state, 4000, `${element.localName} to show ${state}`);
}

/** Renders the request; the report has every violation and error since the last one. */
async function render(request: RenderRequest): Promise<RenderReport> {
  const rendered = request.elements.map((wanted) => {
    const element = document.createElement(wanted.tag) as HTMLElement & { feed?: unknown };
    const errorKinds: string[] = [];
    element.addEventListener('feed-error', (event) => errorKinds.push((event as FeedErrorEvent).error.kind));
    for (const [name, value] of Object.entries(wanted.attributes)) element.setAttribute(name, value);
    if (wanted.feed !== undefined) element.feed = wanted.feed;
    document.body.append(element);
    return { wanted, element, errorKinds };
  });
  let failure: string | undefined;
  try {
    for (const { wanted, element } of rendered) {
      await reach(element, wanted.until);
      if (wanted.thenFeed === undefined) continue;
      element.feed = wanted.thenFeed;
      await reach(element, wanted.thenUntil ?? wanted.until);
    }
  } catch (error) {
    failure = String(error);
  }
  const elements = rendered.map(({ element, errorKinds }) => ({
    tag: element.localName,
    state: stateOf(element),
    text: visibleText(element),
    errorKinds,
    skeletonWidths: skeletonWidths(element),
  }));
  try {
    await flushViolations();
  } catch (error) {
    failure ??= String(error);
  }
  for (const { element } of rendered) element.remove();
  return { id: request.id, elements, violations: violations.splice(0), errors: errors.splice(0), failure };
}

window.addEventListener('message', async (event: MessageEvent<RenderRequest>) => {
  if (event.source !== parent || event.origin !== location.origin) return;
  const report: FrameMessage = { type: 'report', ...(await render(event.data)) };
  parent.postMessage(report, location.origin);
});

// Loaded only now that the listeners are in place: a module may do something refused (probe for
// `new Function`, say) as it loads, and that is reported before any element renders.
try {
  await import('../../src/define.js');
} catch (error) {
  errors.push(`loading the elements: ${String(error)}`);
}
parent.postMessage({ type: 'ready', trustedTypes: 'trustedTypes' in window } satisfies FrameMessage, location.origin);
