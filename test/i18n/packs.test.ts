// Every shipped language pack in the elements: the seed feed in <incident-history> and a summary
// with open incidents and a maintenance under way in <status-banner>. For each language, every UI
// term the English rendering shows comes out in that language's words, no English UI term is
// left (but for the words a language really shares with English), right-to-left languages read
// right to left, and the whole is axe-clean.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { en } from '../../src/i18n/locales/en.js';
import { loadLocale, registerLocale } from '../../src/i18n/locales.js';
import type { LocalePack } from '../../src/i18n/terms.js';
import { seedFeed, settled, waitFor, warmUpAxe } from '../helpers.js';

const LANGUAGES = ['es', 'pt', 'fr', 'de', 'it', 'nl', 'pl', 'tr', 'ja', 'zh-Hans', 'ko', 'ar', 'he'];
/** Words that really are the same in that language (docs/locales.md). */
const SAME_AS_ENGLISH: Record<string, string[]> = { de: ['Update'], fr: ['Maintenance'], nl: ['Postmortem', 'Update'] };
const RTL = ['ar', 'he'];
const MAY_2026 = new Date('2026-05-20T12:00:00Z');

const summary = {
  page: { name: 'Example', url: 'https://status.example.com' },
  incidents: [
    { id: 'a', title: 'API errors', impact: 'major', updates: [{ status: 'identified', at: '2026-05-20T11:00:00Z', body: 'Found it.' }] },
    { id: 'b', title: 'Slow email', impact: 'minor', updates: [{ status: 'investigating', at: '2026-05-20T10:00:00Z', body: 'Looking.' }] },
  ],
  maintenances: [
    {
      id: 'm',
      title: 'Database upgrade',
      scheduledFor: '2026-05-20T11:30:00Z',
      scheduledUntil: '2026-05-20T13:00:00Z',
      updates: [{ status: 'in_progress', at: '2026-05-20T11:30:00Z', body: 'Under way.' }],
    },
  ],
};

/** The text the elements write themselves: feed text (titles, bodies, component names) left out. */
function uiText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node, afterAffected = false): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      if (!afterAffected) parts.push(node.textContent ?? '');
      return;
    }
    const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : undefined;
    if (element?.matches('style, script, template, [part~="title"], [part~="body"], [part~="incident-link"]')) return;
    // the names after "Affected" are the feed's
    const affected = element?.localName === 'dd' && element.previousElementSibling?.textContent?.trim() === currentPack?.terms.affectedComponents;
    for (const child of element?.shadowRoot ? element.shadowRoot.childNodes : node.childNodes) walk(child, afterAffected || affected);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
let currentPack: LocalePack | undefined;

/** Every string term of a pack, by its path (`phase.resolved`); the sentence functions are left out. */
function stringTerms(pack: LocalePack): Map<string, string> {
  const terms = new Map<string, string>();
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') terms.set(path, value);
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, path ? `${path}.${key}` : key);
  };
  walk(pack.terms, '');
  return terms;
}

async function render(lang: string): Promise<HTMLElement> {
  const seed = await seedFeed();
  const host = await fixture<HTMLElement>(html`<div>
    <status-banner lang=${lang} time-zone="UTC" .now=${MAY_2026} .feed=${summary}></status-banner>
    <incident-history lang=${lang} time-zone="UTC" .now=${MAY_2026} .feed=${seed}></incident-history>
  </div>`);
  for (const element of host.children) await settled(element);
  // every phase open, so the terms inside them show too
  for (const element of host.querySelectorAll('incident-history')) {
    for (const timeline of element.shadowRoot!.querySelectorAll('incident-timeline')) {
      for (const details of timeline.shadowRoot!.querySelectorAll('details')) details.open = true;
    }
  }
  for (const element of host.children) await settled(element);
  return host;
}

before(warmUpAxe);

describe('every language pack in the elements', () => {
  let english: { text: string; shown: [string, string][] };
  before(async () => {
    currentPack = en;
    const text = uiText(await render('en'));
    // the terms the English rendering shows; each must come out in every other language
    // longest first, each taken out of the text once found, so "No incidents reported" does not
    // count as shown when only "No incidents reported this month" is
    let rest = text;
    const shown = [...stringTerms(en)]
      .sort(([, a], [, b]) => b.length - a.length)
      .filter(([, value]) => rest.includes(value) && (rest = rest.split(value).join(' | ')) !== undefined);
    expect(shown.length, 'the English rendering shows many terms').to.be.greaterThan(15);
    english = { text, shown };
  });

  for (const lang of LANGUAGES) {
    it(`${lang}: every UI term in its own words, no English left, axe-clean`, async () => {
      const pack = await loadLocale(lang);
      if (!pack) throw new Error(`no pack for ${lang}`);
      currentPack = pack;
      const host = await render(lang);
      const text = uiText(host);
      const terms = stringTerms(pack);
      for (const [path] of english.shown) expect(text, `${lang} ${path}`).to.include(terms.get(path));
      const allowed = SAME_AS_ENGLISH[lang] ?? [];
      for (const [path, value] of english.shown) {
        if (terms.get(path) === value || allowed.includes(value)) continue;
        // an English term inside this language's own words ("Maintenance" in "Maintenance en cours") is fine
        const inOwnWords = [...terms.values()].some((own) => own.includes(value));
        if (!inOwnWords) expect(text, `${lang}: English "${value}" (${path}) left`).not.to.include(value);
      }
      for (const element of host.children) {
        const root = element.shadowRoot!.querySelector('[lang]')!;
        expect(root.getAttribute('lang'), `${element.localName} lang`).to.equal(pack.code);
        expect(getComputedStyle(root).direction, `${element.localName} direction`).to.equal(RTL.includes(lang) ? 'rtl' : 'ltr');
      }
      await expect(host).to.be.accessible();
    });
  }
});

describe('language tags, direction and feed text', () => {
  it('each tag resolves to its nearest pack as documented (Traditional Chinese to English)', async () => {
    const cases: [string, string][] = [
      ['pt-PT', 'pt'],
      ['pt-BR', 'pt'],
      ['zh-CN', 'zh-Hans'],
      ['zh-SG', 'zh-Hans'],
      ['zh-TW', 'en'],
      ['zh-HK', 'en'],
      ['zh-Hant', 'en'],
      ['ar-EG', 'ar'],
      ['he-IL', 'he'],
      ['iw', 'he'],
      ['de-CH', 'de'],
      ['es-419', 'es'],
      ['sv', 'en'],
    ];
    for (const [tag, code] of cases) {
      const element = await fixture<HTMLElement>(html`<status-banner lang=${tag} .feed=${summary} .now=${MAY_2026}></status-banner>`);
      await settled(element);
      expect(element.shadowRoot!.querySelector('[lang]')!.getAttribute('lang'), tag).to.equal(code);
    }
  });

  it('a language with no pack keeps the page\'s direction rather than stamping ltr', async () => {
    const host = await fixture<HTMLElement>(html`<div dir="rtl"><status-banner lang="fa" .feed=${summary} .now=${MAY_2026}></status-banner></div>`);
    const element = host.querySelector('status-banner')!;
    await settled(element);
    const root = element.shadowRoot!.querySelector('[lang]')!;
    expect(root.getAttribute('lang')).to.equal('en');
    expect(root.hasAttribute('dir')).to.equal(false);
    expect(getComputedStyle(root).direction).to.equal('rtl');
  });

  it('under lang="ar", an English title and an Arabic body each run their own way; the closed marker points left', async () => {
    const feed = {
      page: { name: 'X' },
      incidents: [
        {
          id: 'a',
          title: 'API errors.',
          updates: [
            { status: 'resolved', at: '2026-05-20T11:00:00Z', body: 'تم حل المشكلة.' },
            { status: 'investigating', at: '2026-05-20T10:00:00Z', body: 'نحن نتحقق.' },
          ],
        },
      ],
    };
    const element = await fixture<HTMLElement>(html`<incident-timeline lang="ar" time-zone="UTC" .now=${MAY_2026} .feed=${feed}></incident-timeline>`);
    await waitFor(() => element.shadowRoot!.querySelector('[part~="body"]') !== null && element.shadowRoot!.querySelector('[lang="ar"]') !== null, 4000, 'the Arabic pack');
    await settled(element);
    const root = element.shadowRoot!;
    const title = root.querySelector('#title')!;
    const body = root.querySelector('[part~="body"]')!;
    for (const node of [title, body]) {
      expect(node.getAttribute('lang'), 'feed text is not marked as the UI language').to.equal('');
      expect(node.getAttribute('dir')).to.equal('auto');
    }
    expect(getComputedStyle(title).direction).to.equal('ltr');
    expect(getComputedStyle(body).direction).to.equal('rtl');
    expect(getComputedStyle(root.querySelector('[part="incident"]')!).direction).to.equal('rtl');
    const closed = [...root.querySelectorAll('details')].find((details) => !details.open)!;
    expect(getComputedStyle(closed.querySelector('summary')!, '::before').content).to.match(/◂/);
  });

  it("the seed's English titles on the Spanish page are not marked es", async () => {
    const element = await fixture<HTMLElement>(html`<incident-history lang="es" time-zone="UTC" .now=${MAY_2026} .feed=${await seedFeed()}></incident-history>`);
    await waitFor(() => element.shadowRoot!.querySelector('[lang="es"]') !== null, 4000, 'the Spanish pack');
    await settled(element);
    const titles = [...element.shadowRoot!.querySelectorAll('incident-timeline')].map((timeline) => timeline.shadowRoot!.querySelector('#title')!);
    expect(titles.map((title) => title.textContent!.trim())).to.include('Operator Connection Status Issues');
    for (const title of titles) expect(title.closest('[lang]')!.getAttribute('lang')).to.equal('');
  });
});

describe('every pack writes its sentences around the values it is given', () => {
  for (const lang of LANGUAGES) {
    it(`${lang}: each sentence holds its values, in its own words`, async () => {
      const pack = (await loadLocale(lang))!;
      const { terms } = pack;
      const sentences: [string, string, string[]][] = [
        ['monthRange', terms.monthRange('«A»', '«B»'), ['«A»', '«B»']],
        ['lastUpdated', terms.lastUpdated('«5»'), ['«5»']],
        ['statusChanged', terms.statusChanged('«label»'), ['«label»']],
        ['noSuchComponents', terms.noSuchComponents('«API»'), ['«API»']],
        ['noSuchIncident', terms.noSuchIncident('«x1»'), ['«x1»']],
      ];
      const englishOf: Record<string, string> = {
        monthRange: en.terms.monthRange('«A»', '«B»'),
        lastUpdated: en.terms.lastUpdated('«5»'),
        statusChanged: en.terms.statusChanged('«label»'),
        noSuchComponents: en.terms.noSuchComponents('«API»'),
        noSuchIncident: en.terms.noSuchIncident('«x1»'),
      };
      for (const [name, sentence, values] of sentences) {
        let at = -1;
        for (const value of values) {
          expect(sentence, `${lang} ${name}`).to.include(value);
          // a range keeps its order: from, then to
          expect(sentence.indexOf(value), `${lang} ${name} order`).to.be.greaterThan(at);
          at = sentence.indexOf(value);
        }
        expect(sentence, `${lang} ${name} is its own`).not.to.equal(englishOf[name]);
        expect(sentence.replace(/«[^»]*»/g, '').trim(), `${lang} ${name} has words of its own`).not.to.equal('');
      }
    });
  }
});

describe('every label overridable', () => {
  const operational = { page: { name: 'Acme', url: 'https://status.example.com' }, incidents: [] };
  const label = (element: Element) => element.shadowRoot!.querySelector('[part~="label"]')!.textContent!.trim();
  const link = (element: Element) => element.shadowRoot!.querySelector('[part~="link"]')!.textContent!.trim();

  it('a terms property changes only its own element, and only the terms it gives', async () => {
    const de = (await loadLocale('de'))!;
    const host = await fixture<HTMLElement>(html`<div lang="de">
      <status-banner .feed=${operational} .terms=${{ indicator: { none: 'Alles gut bei Acme' } }}></status-banner>
      <status-banner .feed=${operational}></status-banner>
    </div>`);
    const [own, other] = [...host.children];
    await settled(own!);
    await settled(other!);
    expect(label(own!)).to.equal('Alles gut bei Acme');
    expect(link(own!), 'the rest stays the pack\'s').to.equal(de.terms.viewStatusPage);
    expect(label(other!)).to.equal(de.terms.indicator.none);
  });

  it("a history's terms reach its timelines", async () => {
    const element = await fixture<HTMLElement>(
      html`<incident-history lang="de" time-zone="UTC" .now=${MAY_2026} .feed=${await seedFeed()} .terms=${{ phase: { resolved: 'Erledigt' } }}></incident-history>`,
    );
    await settled(element);
    const timeline = element.shadowRoot!.querySelector('incident-timeline')!;
    const labels = [...timeline.shadowRoot!.querySelectorAll('[part~="phase-label"]')].map((node) => node.textContent!.trim());
    expect(labels).to.include('Erledigt').and.not.include('Behoben');
    expect(labels).to.include('Post-Mortem');
  });

  it('a partial registerLocale takes the rest from the pack it extends', async () => {
    const de = (await loadLocale('de'))!;
    registerLocale({ code: 'de-x-acme', extends: 'de', terms: { indicator: { none: 'Bei Acme läuft alles' } } });
    const element = await fixture<HTMLElement>(html`<status-banner lang="de-x-acme" .feed=${operational}></status-banner>`);
    await waitFor(() => label(element) === 'Bei Acme läuft alles', 4000, 'the company pack');
    expect(link(element)).to.equal(de.terms.viewStatusPage);
    expect(element.shadowRoot!.querySelector('[lang]')!.getAttribute('lang')).to.equal('de-x-acme');
  });
});
