// The field tables of docs/native-format.md, between <!-- fields:start --> and <!-- fields:end -->,
// from the JSON Schema that the Zod schema in src/feed/adapters/native-schema.ts gives: one table
// per object of the format, with each field's type, whether it is required, and its description.
//   node scripts/native-format-doc.mjs           rewrite the tables      (npm run docs:native)
//   node scripts/native-format-doc.mjs --check   fail if they are stale  (CI)
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadNativeFeedJsonSchema } from './native-json-schema-source.mjs';
import { updateSection } from './generated-section.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const DOC = join(root, 'docs/native-format.md');
const START = '<!-- fields:start -->';
const END = '<!-- fields:end -->';

// a pipe would end the table cell, even inside a code span
const cell = (text = '') => text.replace(/\s*\n\s*/g, ' ').trim().replaceAll('|', '\\|');
const code = (text) => `\`${cell(text)}\``;
const listOf = (values) => values.map((value) => code(JSON.stringify(value))).join(', ');

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/** Each object of the format once, named by its JSON path; items met in two lists are one object. */
function objectsOf(schema) {
  const objects = [];
  const visit = (node, path) => {
    if (node.type === 'array') return visit(node.items, `${path}[]`);
    if (node.type !== 'object') return;
    const seen = objects.find((object) => same(object.node, node));
    if (seen) seen.paths.push(path);
    else objects.push({ node, paths: [path] });
    for (const [name, property] of Object.entries(node.properties ?? {})) visit(property, `${path}.${name}`);
  };
  visit(schema, '$');
  return objects;
}

const title = ({ paths }) => (paths[0] === '$' ? 'The feed' : paths.map((path) => code(path.slice(2))).join(', '));
const anchor = (path) => `fields-${path.replace(/^\$\.?/, '').replace(/\[\]/g, '').replaceAll('.', '-') || 'feed'}`;

function typeOf(property, objects) {
  if (property.type === 'array') return `list of ${typeOf(property.items, objects)}`;
  if (property.type === 'object') {
    const object = objects.find(({ node }) => same(node, property));
    return `object ([${object.paths.length > 1 ? 'shared' : 'below'}](#${anchor(object.paths[0])}))`;
  }
  if ('const' in property) return `${property.type}: ${listOf([property.const])}`;
  if (property.enum) return `${property.type}, one of ${listOf(property.enum)}`;
  if (property.format) return `${property.type} (${property.format})`;
  if (property.type) return property.type;
  throw new Error(`no type to show for ${JSON.stringify(property).slice(0, 80)}`);
}

function requiredOf(node, name) {
  if (node.required?.includes(name)) return 'yes';
  const fallback = node.properties[name].default;
  return fallback === undefined ? 'no' : `no, default ${code(JSON.stringify(fallback))}`;
}

function objectSection(object, objects) {
  const { node } = object;
  const rows = Object.entries(node.properties ?? {}).map(([name, property]) => {
    if (!property.description) throw new Error(`${object.paths[0]}.${name} has no description in the Zod schema`);
    return `| ${code(name)} | ${cell(typeOf(property, objects))} | ${requiredOf(node, name)} | ${cell(property.description)} |`;
  });
  return [
    `<a id="${anchor(object.paths[0])}"></a>`,
    '',
    `### ${title(object)}`,
    '',
    ...(node.description ? [cell(node.description), ''] : []),
    '| Field | Type | Required | Description |',
    '|---|---|---|---|',
    ...rows,
    '',
  ];
}

function fieldsMarkdown(schema) {
  const objects = objectsOf(schema);
  return [
    START,
    '<!-- Generated from src/feed/adapters/native-schema.ts by `npm run docs:native`: edit the schema\'s descriptions, then run it. -->',
    '',
    ...objects.flatMap((object) => objectSection(object, objects)),
    END,
  ].join('\n');
}

async function main() {
  const message = updateSection({
    file: DOC,
    start: START,
    end: END,
    section: fieldsMarkdown(await loadNativeFeedJsonSchema()),
    check: process.argv.includes('--check'),
    what: "docs/native-format.md's field tables",
    source: 'the native schema',
    fix: 'npm run docs:native',
  });
  console.log(`native-format-doc: ${message}`);
}

try {
  await main();
} catch (error) {
  console.error(`native-format-doc: ${error.message}`);
  process.exitCode = 1;
}
