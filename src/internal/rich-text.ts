/**
 * Update bodies are untrusted: plain text, light markdown, or the small HTML that Statuspage feeds
 * carry (`<br />`, `<p>`, `<ul><li>`, `<strong>`, `<a href>`…). They are parsed into a small typed tree
 * and rendered from our own Lit templates, so the only markup on screen is ours and every character
 * of the input reaches the DOM through a text binding. A tag outside the short list stays text.
 *
 * Parsing needs no DOM (it must run in Node for server rendering) and stays linear in the input:
 * no pattern here has nested quantifiers, and input length and nesting depth are capped.
 */
import { html, type TemplateResult } from 'lit';
import { safeHref } from './url.js';

export type RichInline =
  | { type: 'text'; text: string }
  | { type: 'br' }
  | { type: 'strong' | 'em' | 'code'; children: RichInline[] }
  | { type: 'link'; href: string; children: RichInline[] };

export interface RichParagraph {
  type: 'paragraph';
  children: RichInline[];
}

export interface RichList {
  type: 'list';
  ordered: boolean;
  /** Number of the first item. */
  start: number;
  items: RichListItem[];
}

export interface RichListItem {
  children: RichInline[];
  /** Lists nested in this item, shown after its text. */
  lists: RichList[];
}

export type RichBlock = RichParagraph | RichList;

/** Longer bodies are cut here and end with "…": no real update is this long, and work stays bounded. */
export const MAX_BODY_CHARS = 100_000;
const MAX_LIST_DEPTH = 6;
const MAX_INLINE_DEPTH = 8;

/** The only tags that mean anything; `[^<>]*` stops at the next `<`, so a failed match costs little. */
const TAG = /<(\/?)(strong|code|br|ul|ol|li|em|p|b|i|a)(?=[\s/>])([^<>]*)>/gi;
const HREF = /(?:^|\s)href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
const LIST_MARKER = /^([ \t]*)(?:[-*•]|(\d{1,9})[.)])[ \t]+/;

/**
 * Inline markdown: `code`, **strong**, *em* or _em_, [text](url) and bare URLs. Every run is a
 * character class that excludes its own closing delimiter, so a failed try stops at the next one.
 */
const INLINE = /`([^`\n]+)`|\*\*([^*\n]+)\*\*|([*_])([^*_\n]+)\3|\[([^[\]\n]{1,500})\]\(([^\s()]{1,2000})\)|\bhttps?:\/\/[^\s<>"'`]+/gi;
const WORD_CHAR = /\w/;

const ENTITY = /&(#x[\da-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi;
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
  ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”',
};

/** A link must say its scheme in plain letters. */
const SAFE_SCHEME = /^(?:https?|mailto):/i;

/** HTML names of the inline tags whose node type is named otherwise. */
const TAG_NAMES: Record<string, InlineTag> = { b: 'strong', i: 'em', a: 'link' };

type InlineTag = 'strong' | 'em' | 'code' | 'link' | 'br';
type Piece = string | { tag: InlineTag; close?: boolean; href?: string | undefined };

interface OpenList {
  list: RichList;
  indent: number;
  html: boolean;
  item?: RichListItem | undefined;
}

export function parseRichText(text: string): RichBlock[] {
  const truncated = text.length > MAX_BODY_CHARS;
  // The cut must not split a surrogate pair into a lone half.
  const source = (truncated ? text.slice(0, MAX_BODY_CHARS).replace(/[\ud800-\udbff]$/, '') : text).replace(/\r\n?/g, '\n');
  const builder = new BlockBuilder();
  let textStart = 0;
  for (const match of source.matchAll(TAG)) {
    builder.text(source.slice(textStart, match.index));
    builder.tag((match[2] ?? '').toLowerCase(), match[1] === '/', match[3] ?? '');
    textStart = match.index + match[0].length;
  }
  builder.text(source.slice(textStart));
  if (truncated) builder.text('…');
  return builder.finish();
}

/**
 * Bodies rendered, by text: each is parsed once, not again on every render (the minute clock, a
 * poll that brings one new update). A template result is a value, so one can be shown many times.
 */
const rendered = new Map<string, TemplateResult>();
const MAX_RENDERED = 512;

export function renderRichText(content: string | readonly RichBlock[]): TemplateResult {
  if (typeof content !== 'string') return html`${content.map(renderBlock)}`;
  let result = rendered.get(content);
  if (!result) {
    if (rendered.size >= MAX_RENDERED) rendered.clear();
    result = html`${parseRichText(content).map(renderBlock)}`;
    rendered.set(content, result);
  }
  return result;
}

function renderBlock(block: RichBlock): TemplateResult {
  return block.type === 'list' ? renderList(block) : html`<p part="paragraph">${block.children.map(renderInline)}</p>`;
}

function renderList(list: RichList): TemplateResult {
  const items = list.items.map(
    (item) => html`<li>${item.children.map(renderInline)}${item.lists.map(renderList)}</li>`,
  );
  return list.ordered ? html`<ol part="list" start=${list.start}>${items}</ol>` : html`<ul part="list">${items}</ul>`;
}

function renderInline(node: RichInline): TemplateResult | string {
  switch (node.type) {
    case 'text':
      return node.text;
    case 'br':
      return html`<br />`;
    case 'strong':
      return html`<strong>${node.children.map(renderInline)}</strong>`;
    case 'em':
      return html`<em>${node.children.map(renderInline)}</em>`;
    case 'code':
      return html`<code part="code">${node.children.map(renderInline)}</code>`;
    case 'link':
      return html`<a part="link" href=${node.href} rel="noopener noreferrer nofollow" target="_blank">${node.children.map(renderInline)}</a>`;
  }
}

/**
 * Builds blocks from text chunks and the allowed tags, in input order. Markdown structure is
 * line-based (markers at line starts, blank lines between blocks); HTML lists are tag-based, and
 * inside them newlines are only layout. Inline pieces of the block being written wait in `#pieces`.
 */
class BlockBuilder {
  readonly #blocks: RichBlock[] = [];
  #pieces: Piece[] = [];
  #lists: OpenList[] = [];
  #atLineStart = true;
  /** Newlines since the last content: two or more make a blank line. */
  #newlines = 0;

  text(chunk: string): void {
    const list = this.#lists.at(-1);
    if (list?.html) {
      if (list.item || /\S/.test(chunk)) this.#pieces.push(chunk.replace(/\n/g, ' '));
      return;
    }
    chunk.split('\n').forEach((line, index) => {
      if (index > 0) {
        this.#atLineStart = true;
        this.#newlines++;
      }
      this.#line(line);
    });
  }

  tag(name: string, close: boolean, attributes: string): void {
    // A pending blank line ends the block before the tag, a single newline becomes a break.
    this.#continueLine();
    switch (name) {
      case 'p':
        // Inside a list a paragraph is only a line break; elsewhere it ends the block.
        if (!this.#lists.length) this.#blockBoundary();
        else if (!close && this.#pieces.length) this.#pieces.push({ tag: 'br' });
        return;
      case 'ul':
      case 'ol':
        this.#blockBoundary();
        if (close) {
          const depth = this.#lists.map((open) => open.html).lastIndexOf(true);
          if (depth >= 0) this.#lists.length = depth;
        } else this.#openList(name === 'ol', 1, 0, true);
        return;
      case 'li': {
        this.#blockBoundary();
        const list = this.#lists.at(-1);
        if (close) {
          if (list?.html) list.item = undefined;
        } else this.#newItem(list?.html ? list : this.#openList(false, 1, 0, true));
        return;
      }
    }
    // Inline tags, `<br>` among them, wait with the text until the block ends.
    const tag = TAG_NAMES[name] ?? (name as InlineTag);
    const href = tag === 'link' && !close ? HREF.exec(attributes) : null;
    this.#pieces.push({ tag, close, href: href ? linkHref(href[1] ?? href[2] ?? href[3] ?? '') : undefined });
  }

  finish(): RichBlock[] {
    this.#flush();
    return this.#blocks;
  }

  #line(segment: string): void {
    let rest = segment;
    if (this.#atLineStart) {
      if (!/\S/.test(rest)) return;
      const marker = LIST_MARKER.exec(rest);
      if (marker) {
        this.#markdownItem(marker[1]?.length ?? 0, marker[2] !== undefined, +(marker[2] ?? 1));
        rest = rest.slice(marker[0].length);
      } else {
        this.#continueLine();
        rest = rest.trimStart();
      }
      this.#atLineStart = false;
      this.#newlines = 0;
    }
    if (rest) this.#pieces.push(rest);
  }

  /** Content that is not a list marker: after a blank line it starts a paragraph, after one newline it continues with a break. */
  #continueLine(): void {
    if (!this.#atLineStart) return;
    if (this.#newlines > 1) {
      this.#flush();
      while (this.#lists.at(-1)?.html === false) this.#lists.pop();
    } else if (this.#newlines === 1 && this.#pieces.length) this.#pieces.push({ tag: 'br' });
    this.#atLineStart = false;
    this.#newlines = 0;
  }

  #markdownItem(indent: number, ordered: boolean, start: number): void {
    this.#flush();
    let list = this.#lists.at(-1);
    while (list && !list.html && (list.indent > indent || (list.indent === indent && list.list.ordered !== ordered))) {
      this.#lists.pop();
      list = this.#lists.at(-1);
    }
    if (!list || list.html || list.indent < indent) list = this.#openList(ordered, start, indent, false);
    this.#newItem(list);
  }

  #openList(ordered: boolean, start: number, indent: number, html: boolean): OpenList {
    const parent = this.#lists.at(-1);
    // Past the depth cap a nested list simply continues its parent.
    if (parent && this.#lists.length >= MAX_LIST_DEPTH) return parent;
    const list: RichList = { type: 'list', ordered, start, items: [] };
    if (parent) (parent.item ?? this.#newItem(parent)).lists.push(list);
    else this.#blocks.push(list);
    const open = { list, indent, html };
    this.#lists.push(open);
    return open;
  }

  #newItem(open: OpenList): RichListItem {
    const item: RichListItem = { children: [], lists: [] };
    open.list.items.push(item);
    return (open.item = item);
  }

  #blockBoundary(): void {
    this.#flush();
    this.#atLineStart = true;
    this.#newlines = 0;
  }

  /** Moves the waiting inline pieces into the open list item, or into a new paragraph. */
  #flush(): void {
    const children = buildInline(this.#pieces);
    this.#pieces = [];
    if (!children.some((node) => node.type !== 'text' || /\S/.test(node.text))) return;
    const list = this.#lists.at(-1);
    if (!list) {
      this.#blocks.push({ type: 'paragraph', children });
      return;
    }
    const item = list.item ?? this.#newItem(list);
    item.children = item.children.concat(children);
  }
}

/** Nests the pieces of one block by their open and close tags; unmatched closes are dropped, open ones closed at the end. */
function buildInline(pieces: readonly Piece[]): RichInline[] {
  const root: RichInline[] = [];
  // A tag that makes no node (a link with an unsafe href, a link in a link) still sits on the stack, sharing its parent's children.
  const open: { tag: InlineTag; children: RichInline[] }[] = [];
  for (const piece of pieces) {
    const children = open.at(-1)?.children ?? root;
    const openTags = open.map((entry) => entry.tag);
    if (typeof piece === 'string') {
      if (openTags.includes('code')) pushText(children, piece);
      else parseInline(piece, children, openTags.includes('link'), 0);
    } else if (piece.tag === 'br') children.push({ type: 'br' });
    else if (piece.close) {
      const depth = openTags.lastIndexOf(piece.tag);
      if (depth >= 0) open.length = depth;
    } else if (open.length < MAX_INLINE_DEPTH) {
      let node: RichInline | undefined;
      if (piece.tag !== 'link') node = { type: piece.tag, children: [] };
      else if (piece.href && !openTags.includes('link')) node = { type: 'link', href: piece.href, children: [] };
      if (node) children.push(node);
      open.push({ tag: piece.tag, children: node && 'children' in node ? node.children : children });
    }
  }
  return root;
}

/** Inline markdown of one line: code, strong, emphasis, links and bare URLs. */
function parseInline(text: string, out: RichInline[], inLink: boolean, depth: number): void {
  if (depth >= MAX_INLINE_DEPTH) return pushText(out, text);
  // A fresh copy per call: nested calls must not share the scan position.
  const pattern = new RegExp(INLINE);
  const inner = (content: string, insideLink: boolean) => {
    const children: RichInline[] = [];
    parseInline(content, children, insideLink, depth + 1);
    return children;
  };
  let textStart = 0;
  for (let match; (match = pattern.exec(text)); ) {
    const [written, code, strong, , em, linkText, linkTarget] = match;
    const at = match.index;
    let end = at + written.length;
    let nodes: RichInline[] | undefined;
    if (code) nodes = [{ type: 'code', children: [{ type: 'text', text: decodeEntities(code) }] }];
    else if (strong) {
      if (isTrimmed(strong)) nodes = [{ type: 'strong', children: inner(strong, inLink) }];
    } else if (em) {
      // Only at word boundaries, so `snake_case_names` and `2*3*4` stay as written.
      if (isTrimmed(em) && !WORD_CHAR.test(text.charAt(at - 1)) && !WORD_CHAR.test(text.charAt(end))) {
        nodes = [{ type: 'em', children: inner(em, inLink) }];
      }
    } else if (inLink) {
      // no link inside a link
    } else if (linkText) {
      const href = linkHref(linkTarget ?? '');
      const children = inner(linkText, true);
      nodes = href ? [{ type: 'link', href, children }] : children;
    } else {
      // Sentence punctuation after a bare URL is not part of it. A loop: /[.,]+$/ would backtrack quadratically.
      while (end > at + 8 && '.,;:!?)]'.includes(text.charAt(end - 1))) end--;
      const url = text.slice(at, end);
      const href = linkHref(url);
      if (href) nodes = [{ type: 'link', href, children: [{ type: 'text', text: decodeEntities(url) }] }];
    }
    if (!nodes) {
      pattern.lastIndex = at + 1;
      continue;
    }
    pushText(out, text.slice(textStart, at));
    for (const node of nodes) append(out, node);
    textStart = pattern.lastIndex = end;
  }
  pushText(out, text.slice(textStart));
}

function isTrimmed(content: string): boolean {
  return content.trim() === content;
}

function pushText(out: RichInline[], raw: string): void {
  if (raw) append(out, { type: 'text', text: decodeEntities(raw) });
}

function append(out: RichInline[], node: RichInline): void {
  const last = out.at(-1);
  if (node.type === 'text' && last?.type === 'text') last.text += node.text;
  else out.push(node);
}

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (entity, name: string) => {
    // hasOwn: `&valueOf;` must not find Object.prototype.valueOf.
    if (name[0] !== '#') return (Object.hasOwn(NAMED_ENTITIES, name) && NAMED_ENTITIES[name]) || entity;
    // '#65' → Number('065'), '#x41' → Number('0x41'): one parse for decimal and hex.
    const code = Number(`0${name.slice(1)}`);
    return String.fromCodePoint(code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? code : 0xfffd);
  });
}

/** The link target to render: the written target, entities decoded, if it is a safe link. */
function linkHref(written: string): string | undefined {
  // The scheme must be plain in the text as written: `java&#x09;script:` never passes.
  return SAFE_SCHEME.test(written) ? safeHref(decodeEntities(written), ['http:', 'https:', 'mailto:']) : undefined;
}
