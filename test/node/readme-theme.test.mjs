// The README's table of custom properties against the stylesheet that reads them: every
// `--status-*` of src/internal/theme.ts is in the table with its light and dark default, and the
// table names none the stylesheet does not read.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';

const theme = await readFile(new URL('../../src/internal/theme.ts', import.meta.url), 'utf8');
const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');

/** `--status-x` → [light, dark] (dark empty when the default does not follow the scheme). */
function defaultsInTheme() {
  const found = new Map();
  for (const [, name, fallback] of theme.matchAll(/--_[\w-]+:\s*var\((--status-[\w-]+),\s*(.+?)\);\n/g)) {
    const scheme = /^light-dark\((.+?),\s*(.+)\)$/.exec(fallback);
    found.set(name, scheme ? [scheme[1], scheme[2]] : [fallback, '']);
  }
  return found;
}

function defaultsInReadme() {
  const table = /<!-- theme:start[^>]*-->([\s\S]*?)<!-- theme:end -->/.exec(readme);
  assert.ok(table, 'README.md has a theme:start … theme:end table');
  const found = new Map();
  for (const [, name, light, dark] of table[1].matchAll(/^\| `(--status-[\w-]+)` \| `([^`]+)` \| (?:`([^`]+)` )?\|/gm)) {
    found.set(name, [light, dark ?? '']);
  }
  return found;
}

describe('README: custom properties', () => {
  it('lists every custom property of the theme with its light and dark defaults', () => {
    const inTheme = defaultsInTheme();
    assert.ok(inTheme.size >= 13, `read ${inTheme.size} custom properties from theme.ts`);
    assert.deepEqual(Object.fromEntries(defaultsInReadme()), Object.fromEntries(inTheme));
  });
});
