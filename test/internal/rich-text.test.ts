import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { MAX_BODY_CHARS, parseRichText, renderRichText } from '../../src/internal/rich-text.js';
import { afterPendingLoads, corpusFiles, loadText } from '../helpers.js';
import { PATHOLOGICAL_BODIES } from './pathological-bodies.js';

declare global {
  interface Window {
    __tripwire?: () => void;
  }
}

/** Everything the renderer may create, and every attribute it may set. */
const ALLOWED_ELEMENTS = ['p', 'ul', 'ol', 'li', 'strong', 'em', 'code', 'br', 'a'];
const ALLOWED_ATTRIBUTES = ['part', 'href', 'rel', 'target', 'start'];
const SAFE_PROTOCOLS = ['http:', 'https:', 'mailto:'];

const hosts: HTMLElement[] = [];

function show(body: string): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  hosts.push(host);
  render(renderRichText(body), host);
  return host;
}

/** Rendered text as a reader sees it (line breaks included), with runs of whitespace collapsed. */
function visibleText(host: HTMLElement): string {
  return host.innerText.replace(/\s+/g, ' ').trim();
}

function expectInert(host: HTMLElement): void {
  for (const element of host.querySelectorAll('*')) {
    expect(ALLOWED_ELEMENTS, `<${element.localName}> rendered`).to.include(element.localName);
    for (const attribute of element.attributes) {
      expect(attribute.name.startsWith('on'), `${element.localName}[${attribute.name}]`).to.be.false;
      expect(ALLOWED_ATTRIBUTES, `${element.localName}[${attribute.name}]`).to.include(attribute.name);
    }
  }
  expect(host.querySelector('script, iframe, object, embed, svg, img, style, math')).to.equal(null);
  for (const link of host.querySelectorAll('a')) {
    expect(link.hasAttribute('href')).to.be.true;
    expect(SAFE_PROTOCOLS).to.include(new URL(link.getAttribute('href') ?? '').protocol);
    expect(link.rel).to.equal('noopener noreferrer nofollow');
    expect(link.target).to.equal('_blank');
  }
}

const texts = (elements: Iterable<Element>) => [...elements].map((element) => element.textContent);

afterEach(() => {
  for (const host of hosts.splice(0)) host.remove();
});

describe('rich text: blocks', () => {
  it('makes paragraphs of blank-line-separated text and breaks of single newlines', () => {
    const host = show('First line\nsecond line\n\n\n  Second paragraph\r\nwith CRLF');
    const paragraphs = host.querySelectorAll('p[part="paragraph"]');
    expect(texts(paragraphs)).to.deep.equal(['First linesecond line', 'Second paragraphwith CRLF']);
    expect(paragraphs[0]?.querySelectorAll('br').length).to.equal(1);
    expect(paragraphs[1]?.querySelectorAll('br').length).to.equal(1);
    expect(visibleText(host)).to.equal('First line second line Second paragraph with CRLF');
  });

  it('makes paragraphs of <p> and breaks of every <br> spelling', () => {
    const host = show('<p>one<br>two<br/>three<br />four<BR></p><p class="x">five</p>');
    expect(texts(host.querySelectorAll('p'))).to.deep.equal(['onetwothreefour', 'five']);
    expect(host.querySelectorAll('p:first-child br').length).to.equal(4);
    expect(host.textContent).not.to.contain('<');
  });

  it('makes lists of "- ", "* " and "• " lines, and ordered lists of "1. " lines', () => {
    const host = show('Intro:\n- dash\n* star\n• bullet\n\nSteps:\n\n3. third\n\n4. fourth\n\nOutro');
    const [bullets, steps] = host.querySelectorAll('ul, ol');
    expect(bullets?.localName).to.equal('ul');
    expect(texts(bullets?.children ?? [])).to.deep.equal(['dash', 'star', 'bullet']);
    expect(steps?.localName).to.equal('ol');
    expect(steps?.getAttribute('start')).to.equal('3');
    expect(texts(steps?.children ?? [])).to.deep.equal(['third', 'fourth']);
    expect(texts(host.querySelectorAll(':scope > p'))).to.deep.equal(['Intro:', 'Steps:', 'Outro']);
  });

  it('nests markdown lists by indentation', () => {
    const host = show('- top\n    - inner 1\n    - inner 2\n- back');
    const top = host.querySelector(':scope > ul');
    expect(top?.children.length).to.equal(2);
    expect(texts(top?.querySelectorAll(':scope > li > ul > li') ?? [])).to.deep.equal(['inner 1', 'inner 2']);
    expect(top?.lastElementChild?.textContent).to.equal('back');
  });

  it('makes lists of <ul>, <ol> and <li>, nested, ignoring the markup layout between them', () => {
    const host = show('<ul>\n  <li>one</li>\n  <li>two <ol><li>two.a</li></ol></li>\n</ul>after');
    expect(host.querySelectorAll(':scope > ul > li').length).to.equal(2);
    expect(texts(host.querySelectorAll('ul > li > ol > li'))).to.deep.equal(['two.a']);
    expect(host.querySelector(':scope > p')?.textContent).to.equal('after');
  });

  it('keeps "#" headings and other markdown it does not know as written', () => {
    const host = show('# Title\n> quote');
    expect(visibleText(host)).to.equal('# Title > quote');
  });

  it('parses into a typed tree without touching the DOM', () => {
    const guarded: [object, string][] = [
      [Document.prototype, 'createElement'],
      [Range.prototype, 'createContextualFragment'],
      [globalThis, 'DOMParser'],
    ];
    const originals = guarded.map(([owner, key]) => Reflect.get(owner, key));
    for (const [owner, key] of guarded) {
      Reflect.set(owner, key, () => {
        throw new Error(`parser used ${key}`);
      });
    }
    const innerHTML = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML');
    Object.defineProperty(Element.prototype, 'innerHTML', { configurable: true, set: () => { throw new Error('parser used innerHTML'); } });
    let blocks;
    try {
      blocks = parseRichText('Hi **you**\n- a <a href="https://x.example/">b</a>\n  - c');
    } finally {
      guarded.forEach(([owner, key], index) => Reflect.set(owner, key, originals[index]));
      if (innerHTML) Object.defineProperty(Element.prototype, 'innerHTML', innerHTML);
    }
    expect(blocks).to.deep.equal([
      { type: 'paragraph', children: [{ type: 'text', text: 'Hi ' }, { type: 'strong', children: [{ type: 'text', text: 'you' }] }] },
      {
        type: 'list',
        ordered: false,
        start: 1,
        items: [
          {
            children: [{ type: 'text', text: 'a ' }, { type: 'link', href: 'https://x.example/', children: [{ type: 'text', text: 'b' }] }],
            lists: [{ type: 'list', ordered: false, start: 1, items: [{ children: [{ type: 'text', text: 'c' }], lists: [] }] }],
          },
        ],
      },
    ]);
  });

  it('renders an already parsed tree', () => {
    const host = document.createElement('div');
    hosts.push(host);
    render(renderRichText(parseRichText('a *b*')), host);
    expect(host.querySelector('p em')?.textContent).to.equal('b');
  });
});

describe('rich text: inline', () => {
  it('makes strong of **x**, <strong> and <b>', () => {
    const host = show('**one** <strong>two</strong> <b>three</b> ** not **');
    expect(texts(host.querySelectorAll('strong'))).to.deep.equal(['one', 'two', 'three']);
    expect(host.textContent).to.contain('** not **');
  });

  it('makes emphasis of *x*, _x_, <em> and <i>, but not inside words or numbers', () => {
    const host = show('*one* _two_ <em>three</em> <i>four</i> snake_case_name 2*3*4 * spaced * file_name_ a*b* _c_d');
    expect(texts(host.querySelectorAll('em'))).to.deep.equal(['one', 'two', 'three', 'four']);
    expect(host.textContent).to.contain('snake_case_name 2*3*4 * spaced * file_name_ a*b* _c_d');
  });

  it('nests inline markup', () => {
    const host = show('**bold _and em_** <b>bold <i>em</i></b>');
    expect(texts(host.querySelectorAll('strong > em'))).to.deep.equal(['and em', 'em']);
  });

  it('makes code of `x` and <code>, whose content stays literal', () => {
    const host = show('run `npm ci` or <code>**not bold** &lt;b&gt;</code>');
    expect(texts(host.querySelectorAll('code[part="code"]'))).to.deep.equal(['npm ci', '**not bold** <b>']);
    expect(host.querySelector('strong')).to.equal(null);
  });

  it('makes links of [text](url), <a href> and bare URLs, leaving trailing punctuation out', () => {
    const host = show(
      'See [the docs](https://example.com/docs?a=1&amp;b=2), <a href="http://example.org/x" title="t">this</a>, ' +
        '(https://status.example.com/incidents/abc). Mail [us](mailto:ops@example.com).',
    );
    const links = [...host.querySelectorAll('a[part="link"]')] as HTMLAnchorElement[];
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal([
      'https://example.com/docs?a=1&b=2',
      'http://example.org/x',
      'https://status.example.com/incidents/abc',
      'mailto:ops@example.com',
    ]);
    expect(texts(links)).to.deep.equal(['the docs', 'this', 'https://status.example.com/incidents/abc', 'us']);
    expect(host.textContent).to.contain('abc). Mail');
    expectInert(host);
  });

  it('decodes named and numeric entities into text', () => {
    const host = show('&amp; &lt;b&gt; &quot;q&quot; &apos;a&#39; &#x41;&#66; &hellip;&nbsp;&mdash; &unknown; &#0; &#x110000;');
    expect(host.textContent).to.equal('& <b> "q" \'a\' AB …\u00a0— &unknown; \ufffd \ufffd');
    expect(host.querySelector('b')).to.equal(null);
  });

  it('cuts bodies over the limit and ends them with an ellipsis', () => {
    const host = show(`${'a'.repeat(MAX_BODY_CHARS - 1)}😀tail`);
    const text = host.textContent ?? '';
    expect(text.endsWith('…')).to.be.true;
    expect(text).not.to.contain('tail');
    expect(text.length).to.equal(MAX_BODY_CHARS);
    // the cut fell inside the emoji: no lone surrogate is left
    expect(/[\ud800-\udbff](?![\udc00-\udfff])/.test(text)).to.be.false;
  });
});

describe('rich text: real feed bodies', () => {
  interface CorpusBody {
    path: string;
    body: string;
  }
  let bodies: CorpusBody[] = [];

  before(async () => {
    for (const { path, url } of await corpusFiles()) {
      const collect = (value: unknown, key?: string): void => {
        if (typeof value === 'string') {
          // Statuspage update bodies, and status.io message details
          if (key === 'body' || key === 'details') bodies.push({ path, body: value });
        } else if (value && typeof value === 'object') {
          for (const [childKey, child] of Object.entries(value)) collect(child, Array.isArray(value) ? key : childKey);
        }
      };
      let json: unknown;
      try {
        json = JSON.parse(await loadText(url));
      } catch {
        continue; // a real response that is not JSON (the feed tests check its error) has no bodies
      }
      collect(json);
    }
    bodies = bodies.filter(({ body }) => body.trim());
  });

  const find = (needle: string) => {
    const found = bodies.find(({ body }) => body.includes(needle));
    expect(found, `a corpus body containing ${needle}`).to.exist;
    return found?.body ?? '';
  };

  it('renders every corpus body inertly, keeping all its words and no markup as text', () => {
    expect(bodies.length).to.be.greaterThan(50);
    for (const { path, body } of bodies) {
      const host = show(body);
      expectInert(host);
      const shown = visibleText(host);
      const words = body.replace(/<\/?(?:br|p|ul|ol|li|strong|b|em|i|code|a)\b[^>]*>/gi, ' ').match(/[\p{L}\p{N}]+/gu) ?? [];
      const shownWords = new Set(shown.match(/[\p{L}\p{N}]+/gu));
      for (const word of words) expect(shownWords.has(word), `${path}: "${word}" of ${JSON.stringify(body)}`).to.be.true;
      expect(shown, path).not.to.match(/<br|&amp;|&lt;|&gt;|&quot;|&#\d/);
    }
  });

  it('turns the <br /> of a GitHub body into line breaks', () => {
    const body = find('<br /><br />');
    const host = show(body);
    expect(host.querySelectorAll('br').length).to.equal(body.split('<br />').length - 1);
    expect(host.textContent).not.to.contain('<br');
  });

  it("makes code of Vercel's backticks and links of its bare URLs", () => {
    const host = show(find('`sin1`'));
    expect(texts(host.querySelectorAll('code'))).to.deep.equal(['sin1']);
    expect(host.textContent).not.to.contain('`');

    const linked = show(find('https://www.githubstatus.com/incidents/lw6j95nyw3py'));
    const hrefs = [...linked.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    expect(hrefs).to.deep.equal(['https://www.githubstatus.com/incidents/lw6j95nyw3py', 'https://www.githubstatus.com/incidents/02z04m335tvv']);
    expect(linked.querySelectorAll('p').length).to.equal(2);
    expect(linked.querySelector('p:last-child br')).to.exist;
  });

  it("nests NYU's indented '- ' bullets", () => {
    const host = show(find("- Set status to 'In Progress'"));
    const lists = host.querySelectorAll(':scope > ul');
    expect(lists.length).to.equal(3);
    expect(texts(lists[1]?.querySelectorAll(':scope > li > ul > li') ?? [])).to.deep.equal([
      "Set affected components' status to 'Under Maintenance'",
      'Notify subscribers',
    ]);
    expect(host.textContent).not.to.contain('- Set');
  });

  it("lists GitHub's '* ' bullets and splits status.io's CRLF paragraphs", () => {
    const bullets = show(find('* We are actively working on restoring access'));
    expect(bullets.querySelectorAll('ul > li').length).to.equal(2);

    const gitlab = show(find('Tracking in: https://gitlab.com/gitlab-com/gl-infra/production/-/issues/2664'));
    expect(gitlab.querySelectorAll('p').length).to.equal(3);
    expect(gitlab.querySelector('a')?.getAttribute('href')).to.equal('https://gitlab.com/gitlab-com/gl-infra/production/-/issues/2664');
  });
});

describe('rich text: hostile bodies', () => {
  let tripped = 0;
  before(() => {
    window.__tripwire = () => {
      tripped++;
    };
  });
  after(() => {
    delete window.__tripwire;
  });

  /** Each body, and a text it must show literally (the attack, visible and harmless). */
  const HOSTILE: [string, string][] = [
    ['<script>window.__tripwire()</script>', '<script>window.__tripwire()</script>'],
    ['<img src=x onerror="window.__tripwire()">', '<img src=x onerror="window.__tripwire()">'],
    ['<svg onload="window.__tripwire()"><circle r="9"/></svg>', '<svg onload="window.__tripwire()">'],
    ['<iframe srcdoc="<script>parent.__tripwire()</script>"></iframe>', '<iframe srcdoc="'],
    ['<object data="javascript:window.__tripwire()"></object><embed src="javascript:window.__tripwire()">', '<embed src='],
    ['<style>@import "javascript:window.__tripwire()";</style>', '<style>'],
    ['<math><mtext></p><script>window.__tripwire()</script></mtext></math>', '<math><mtext>'],
    ['<<script>script>window.__tripwire()<</script>/script>', '<<script>script>'],
    ['&lt;script&gt;window.__tripwire()&lt;/script&gt;', '<script>window.__tripwire()</script>'],
    ['`<img src=x onerror=window.__tripwire()>`', '<img src=x onerror=window.__tripwire()>'],
    ['<code><script>window.__tripwire()</script></code>', '<script>window.__tripwire()</script>'],
    ['<a href="javascript:window.__tripwire()">plain</a>', 'plain'],
    ['<a href="JaVaScRiPt:window.__tripwire()">mixed case</a>', 'mixed case'],
    ['<a href="java&#x09;script:window.__tripwire()">tab entity</a>', 'tab entity'],
    ['<a href="&#106;avascript:window.__tripwire()">letter entity</a>', 'letter entity'],
    ['<a href=" javascript:window.__tripwire()">leading space</a>', 'leading space'],
    ['<a href="java\u0000script:window.__tripwire()">nul</a>', 'nul'],
    ['<a href="data:text/html,&lt;script&gt;parent.__tripwire()&lt;/script&gt;">data</a>', 'data'],
    ['<a href="vbscript:msgbox(1)">vb</a> <a href="//evil.example/">relative</a> <a>bare</a>', 'vb relative bare'],
    ['<a href="https://example.com/" onclick="window.__tripwire()" onmouseover="window.__tripwire()">safe</a>', 'safe'],
    ['<b onclick="window.__tripwire()" onmouseover="window.__tripwire()" style="x">bold</b>', 'bold'],
    ['<a data-href="https://example.com/" href="javascript:window.__tripwire()">data-href</a>', 'data-href'],
    ['[md](javascript:window.__tripwire())', '[md](javascript:window.__tripwire())'],
    ['[md2](javascript:alert) [md3](JaVaScRiPt:alert) [md4](data:text/html;base64,PHNjcmlwdD4=)', 'md2 md3 md4'],
    ['[md5](java&#x09;script:alert) [md6](//evil.example/x)', 'md5 md6'],
    ['<p <script>window.__tripwire()</script>>', '<script>window.__tripwire()</script>'],
  ];

  it('shows attacks as text, runs nothing, and renders only safe elements, attributes and links', async () => {
    const rendered = HOSTILE.map(([body, shown]) => ({ body, shown, host: show(body) }));
    // give image errors, frame loads and event handlers a chance to fire if anything got through
    for (const { host } of rendered) {
      for (const element of host.querySelectorAll('*')) element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    }
    await afterPendingLoads();
    expect(tripped).to.equal(0);
    for (const { body, shown, host } of rendered) {
      expectInert(host);
      expect(visibleText(host), body).to.contain(shown);
    }
    const safe = rendered.find(({ body }) => body.includes('>safe<'))?.host.querySelector('a');
    expect(safe?.getAttribute('href')).to.equal('https://example.com/');
    expect(rendered.flatMap(({ host }) => [...host.querySelectorAll('a')]).length, 'only the one safe link').to.equal(1);
  });

  // How fast: `npm run bench:rich-text` prints the figures. Here, what it renders.
  it('renders a 1 MB hostile body inertly, cut at the limit', async () => {
    let body = '';
    while (body.length < 1_000_000) body += `${HOSTILE.map(([text]) => text).join('\n')}\n- item **b** https://x.example/\n\n`;
    const host = show(body);
    await afterPendingLoads();
    expect(tripped).to.equal(0);
    expectInert(host);
    expect((host.textContent ?? '').length).to.be.at.most(MAX_BODY_CHARS);
    expect(host.textContent?.trimEnd().endsWith('…')).to.be.true;
  });

  // Inputs that make naive patterns backtrack for minutes (see PATHOLOGICAL_BODIES); linear, each
  // parses in milliseconds, far inside the test's timeout. `npm run bench:rich-text` prints the times.
  for (const [name, body] of PATHOLOGICAL_BODIES) {
    it(`parses pathological ${name} into bounded blocks`, () => {
      const blocks = parseRichText(body);
      expect(blocks.length).to.be.greaterThan(0);
      // every character of the input is in the tree at most once, with a bounded overhead per node
      expect(JSON.stringify(blocks).length, 'tree size').to.be.below(body.length * 40);
    });
  }
});
