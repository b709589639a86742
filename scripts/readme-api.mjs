// The API tables of README.md, between <!-- api:start --> and <!-- api:end -->, from custom-elements.json
// (which `npm run build` writes from the JSDoc in src/): per element its properties and attributes,
// methods, events, CSS parts and CSS custom properties; then the types-only exports for frameworks.
//   node scripts/readme-api.mjs           rewrite the tables      (npm run readme)
//   node scripts/readme-api.mjs --check   fail if they are stale  (CI, after the build)
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { updateSection } from './generated-section.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const README = join(root, 'README.md');
const MANIFEST = join(root, 'custom-elements.json');
const START = '<!-- api:start -->';
const END = '<!-- api:end -->';

const oneLine = (text = '') => text.replace(/\s*\n\s*/g, ' ').trim();
// a pipe would end the table cell, even inside a code span
const cell = (text = '') => oneLine(text).replaceAll('|', '\\|');
const code = (text) => (text ? `\`${cell(text)}\`` : '');
// "string | undefined": a property without a default is optional anyway
const typeOf = (type) => code(type?.text.replace(/ \| undefined$/, ''));

function table(headings, rows) {
  if (rows.length === 0) return [];
  return [
    `| ${headings.join(' | ')} |`,
    `|${headings.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
  ];
}

function propertyRows(element) {
  const fields = (element.members ?? []).filter(
    (member) => member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public' && !member.name.startsWith('#'),
  );
  const rows = fields.map((field) => [
    code(field.name),
    code(field.attribute),
    typeOf(field.type),
    code(field.default),
    cell(`${field.readonly ? 'Read-only. ' : ''}${field.description ?? ''}`),
  ]);
  // attributes without a field of their own, such as the global `lang` the elements observe
  const fieldNames = new Set(fields.map((field) => field.name));
  for (const attribute of element.attributes ?? []) {
    if (fieldNames.has(attribute.fieldName)) continue;
    rows.push(['', code(attribute.name), typeOf(attribute.type), code(attribute.default), cell(attribute.description)]);
  }
  return rows;
}

function methodRows(element) {
  return (element.members ?? [])
    .filter((member) => member.kind === 'method' && (member.privacy ?? 'public') === 'public' && !member.name.startsWith('#'))
    .map((method) => {
      const parameters = (method.parameters ?? []).map(
        (parameter) => `${parameter.name}${parameter.optional || parameter.default ? '?' : ''}`,
      );
      const call = `${method.static ? `${element.name}.` : ''}${method.name}(${parameters.join(', ')})`;
      return [code(call), cell(method.description)];
    });
}

function elementSection(element) {
  return [
    `### \`<${element.tagName}>\``,
    '',
    ...(element.summary ? [`${oneLine(element.summary)} Class \`${element.name}\`.`, ''] : []),
    ...table(['property', 'attribute', 'type', 'default', 'description'], propertyRows(element)),
    ...table(['method', 'description'], methodRows(element)),
    ...table(['event', 'type', 'description'], eventRows(element)),
    ...table(
      ['CSS part', 'description'],
      (element.cssParts ?? []).map((part) => [code(part.name), cell(part.description)]),
    ),
    ...cssPropertyTable(element.cssProperties ?? []),
  ];
}

function eventRows(element) {
  return (element.events ?? []).map((event) => {
    // the JSDoc often opens with the class name, which the type column already gives
    const description = (event.description ?? '').replace(`\`${event.type?.text}\`: `, '');
    return [code(event.name), typeOf(event.type), cell(description)];
  });
}

function cssPropertyTable(properties) {
  const withDefaults = properties.some((property) => property.default);
  return table(
    ['CSS custom property', ...(withDefaults ? ['default'] : []), 'description'],
    properties.map((property) => [
      code(property.name),
      ...(withDefaults ? [code(property.default)] : []),
      cell(property.description),
    ]),
  );
}

// What each types-only export of package.json is for (dist/types/, generated with the manifest)
const TYPINGS_FOR = {
  './react':
    'React 19: the tags in TSX with attributes, properties and `on<event>` handlers typed with the event classes',
  './preact': "Preact: the same, in Preact's JSX",
  './vue': 'Vue: the tags as `GlobalComponents`',
  './svelte': 'Svelte: the tags in `svelte/elements`',
  './solid': "Solid: the tags in Solid's JSX, attributes as they are, properties with `prop:`, events with `on:`",
  './jsx': 'any other JSX: `CustomElements` to extend its `IntrinsicElements` with, and the props of each element',
};

const packageExports = () => JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).exports ?? {};

function typingsSection() {
  const typesOnly = Object.entries(packageExports()).filter(
    ([, target]) => typeof target === 'object' && Object.keys(target).join() === 'types',
  );
  const unknown = typesOnly.filter(([subpath]) => !TYPINGS_FOR[subpath]).map(([subpath]) => subpath);
  if (unknown.length > 0) throw new Error(`say in TYPINGS_FOR what ${unknown.join(', ')} is for`);
  return [
    '### Typings for frameworks',
    '',
    "Types only: import one once anywhere in the app's TypeScript, e.g. `import type {} from 'status-elements/react';`.",
    '',
    ...table(
      ['import', 'for'],
      typesOnly.map(([subpath]) => [code(`status-elements${subpath.slice(1)}`), TYPINGS_FOR[subpath]]),
    ),
  ];
}

/** Elements in the order package.json exports their `define` modules, then any others. */
function elementsOf(manifest) {
  const exportsOrder = Object.keys(packageExports());
  const rank = (element) => {
    const index = exportsOrder.indexOf(`./${element.tagName}/define`);
    return index === -1 ? exportsOrder.length : index;
  };
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .sort((a, b) => rank(a) - rank(b) || a.tagName.localeCompare(b.tagName));
}

function apiMarkdown(manifest) {
  return [
    START,
    '<!-- Generated from custom-elements.json by `npm run readme`: edit the JSDoc in src/, then run it. -->',
    '',
    '## API reference',
    '',
    ...elementsOf(manifest).flatMap(elementSection),
    ...typingsSection(),
    END,
  ].join('\n');
}

function main() {
  if (!existsSync(MANIFEST)) throw new Error('custom-elements.json is missing: run `npm run build` first');
  const message = updateSection({
    file: README,
    start: START,
    end: END,
    section: apiMarkdown(JSON.parse(readFileSync(MANIFEST, 'utf8'))),
    check: process.argv.includes('--check'),
    what: "README.md's API tables",
    source: 'custom-elements.json',
    fix: 'npm run readme',
  });
  console.log(`readme-api: ${message}`);
}

try {
  main();
} catch (error) {
  console.error(`readme-api: ${error.message}`);
  process.exitCode = 1;
}
