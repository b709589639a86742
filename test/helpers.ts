/** Helpers the element tests share. */
import { executeServerCommand } from '@web/test-runner-commands';
import { expect } from '@open-wc/testing';

/** The text a reader sees, in document order, through every shadow root; hidden and visually-hidden text left out. */
export function visibleText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.textContent ?? '');
      return;
    }
    // by node type, not instanceof: a page in an iframe has classes of its own
    const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : undefined;
    if (element) {
      if (element.matches('style, script, template, .visually-hidden, [hidden]')) return;
      if (element.localName === 'details') {
        // Closed phases still show their summary; their body is hidden until opened.
        const details = node as HTMLDetailsElement;
        for (const child of details.children) if (details.open || child.localName === 'summary') walk(child);
        return;
      }
    }
    const children = element?.shadowRoot ? element.shadowRoot.childNodes : node.childNodes;
    for (const child of children) walk(child);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Asserts that `expected` strings appear in `text` in this order; says which one is missing. */
export function expectInOrder(text: string, expected: readonly string[]): void {
  let from = 0;
  for (const item of expected) {
    const at = text.indexOf(item, from);
    if (at < 0) {
      const seen = text.indexOf(item) >= 0 ? ' (it appears earlier)' : '';
      throw new Error(`Expected "${item}" after position ${from}${seen} in:\n${text.slice(Math.max(0, from - 200), from + 400)}`);
    }
    from = at + item.length;
  }
}

/** Every element in `root` and in the shadow roots below it. */
export function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  const walk = (node: ParentNode): void => {
    for (const element of node.querySelectorAll('*')) {
      found.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  if (root instanceof Element && root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  return found;
}

/** The shadow roots of `root` and of every element below it. */
export function shadowRoots(root: Element): ShadowRoot[] {
  return [root, ...deepElements(root)].flatMap((element) => (element.shadowRoot ? [element.shadowRoot] : []));
}

/** The body as it is: corpus files need not be valid JSON, and each must reach the feed layer whole. */
export async function loadText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

export async function loadJson(url: string): Promise<unknown> {
  return JSON.parse(await loadText(url));
}

export const seedFeed = (): Promise<unknown> => loadJson('/demo/feeds/jelou.json');

export interface CorpusFile {
  path: string;
  url: string;
}

/** The corpus files in `folders`, or every one when none is named. */
export async function corpusFiles(...folders: string[]): Promise<CorpusFile[]> {
  const list = (await loadJson('/__corpus__/list')) as CorpusFile[];
  return folders.length ? list.filter((file) => folders.some((folder) => file.path.startsWith(`${folder}/`))) : list;
}

/** Waits until `element` and the elements in its shadow tree have rendered (nested timelines included). */
export async function settled(element: Element): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    const pending = [element, ...deepElements(element)]
      .map((candidate) => (candidate as Partial<{ updateComplete: Promise<unknown> }>).updateComplete)
      .filter((promise): promise is Promise<unknown> => promise !== undefined);
    await Promise.all(pending);
  }
}

export interface ScriptedResponse {
  status?: number;
  body?: string;
  json?: unknown;
  delay?: number;
  etag?: string;
  lastModified?: string;
  headers?: Record<string, string | number>;
  hang?: boolean;
  destroy?: boolean;
}

/** Scripts a feed on the test server (see scripts/feed-script-middleware.mjs) and returns its URL. */
export async function scriptFeed(responses: ScriptedResponse[]): Promise<string> {
  const url = `/__feed__/feed-${Math.random().toString(36).slice(2)}`;
  const response = await fetch(url, { method: 'PUT', body: JSON.stringify({ responses }) });
  if (!response.ok) throw new Error(`could not script ${url}: HTTP ${response.status}`);
  return url;
}

export interface LoggedRequest {
  at: number;
  ifNoneMatch?: string;
  ifModifiedSince?: string;
  status: number;
}

export async function feedLog(url: string): Promise<LoggedRequest[]> {
  return (await loadJson(`${url}/log`)) as LoggedRequest[];
}

/**
 * Resolves once a probe image, queued after everything rendered so far, has failed to load: by
 * then any image error or frame load that got through would have fired too. A condition, not a
 * wait of some milliseconds.
 */
export function afterPendingLoads(): Promise<void> {
  return new Promise((resolve) => {
    const probe = new Image();
    probe.addEventListener('error', () => resolve(), { once: true });
    probe.src = 'data:image/png;base64,AA==';
  });
}

export async function waitFor(condition: () => boolean | Promise<boolean>, timeout = 4000, what = 'condition'): Promise<void> {
  const start = performance.now();
  while (!(await condition())) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * Loads axe and runs it on a little shadow DOM of text, links and controls, so that the first
 * accessibility test of a page does not pay for the library's download and the engine's first,
 * slowest, runs of its rules (several seconds in a busy WebKit).
 */
export async function warmUpAxe(): Promise<void> {
  const probe = document.createElement('div');
  probe.attachShadow({ mode: 'open' }).innerHTML =
    '<h2>Warm-up</h2><p>Some <b>text</b> and <a href="#top">a link</a></p><details open><summary>More</summary><p>Body</p></details><button type="button">Go</button>';
  document.body.append(probe);
  try {
    await expect(probe).to.be.accessible();
  } finally {
    probe.remove();
  }
}

/** An accessibility tree node, as `a11ySnapshot` gives it. */
export interface AccessibleNode {
  role: string;
  name: string;
  children?: AccessibleNode[];
}

/**
 * The page's accessibility tree as the browser exposes it to assistive technology, in Chromium,
 * where the test runner can read it; `undefined` in the other engines. `selector` roots it at
 * an element (`pierce/…` finds one inside shadow roots), which is then in the tree whatever its role.
 */
export async function accessibilityTree(selector?: string): Promise<AccessibleNode | undefined> {
  if (!navigator.userAgent.includes('Chrome/')) return undefined;
  return executeServerCommand<AccessibleNode, { selector?: string }>('accessibility-tree', { selector });
}

/** Every node of `tree`, depth first. */
export function accessibleNodes(tree: AccessibleNode | undefined): AccessibleNode[] {
  return tree ? [tree, ...(tree.children ?? []).flatMap(accessibleNodes)] : [];
}

/**
 * Chromium in a high-contrast (forced colours) mode while `run` runs, and out of it after; in the
 * other engines, where the test runner cannot emulate it, `run` is not called and this says false.
 */
export async function withForcedColors(run: () => Promise<void>): Promise<boolean> {
  if (!navigator.userAgent.includes('Chrome/')) return false;
  await executeServerCommand('emulate-forced-colors', { active: true });
  try {
    await waitFor(() => matchMedia('(forced-colors: active)').matches, 3000, 'forced colours');
    await run();
  } finally {
    await executeServerCommand('emulate-forced-colors', { active: false });
  }
  return true;
}

/** A computed CSS colour as sRGB channels 0–255 and alpha 0–1, by painting it on a canvas. */
export function rgba(color: string): [number, number, number, number] {
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  context.canvas.width = context.canvas.height = 1;
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}

/** The WCAG 2 contrast ratio of two opaque colours. */
export function contrastRatio(foreground: string, background: string): number {
  const luminance = (color: string): number => {
    const [r, g, b] = rgba(color).map((channel) => channel / 255);
    const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
  };
  const [lighter, darker] = [luminance(foreground), luminance(background)].sort((x, y) => y - x);
  return (lighter! + 0.05) / (darker! + 0.05);
}
