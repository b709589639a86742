// The README's framework snippets are the consumer apps' files (test/consumer/app), which the
// consumer test builds, type-checks with each framework's checker and opens in a browser: a
// snippet that drifts from its file, or a framework without one, fails here.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url);
const readme = await readFile(new URL('README.md', root), 'utf8');
const snippets = [...readme.matchAll(/<!-- consumer-app: (\S+) -->\n```\w+\n([\s\S]*?)\n```/g)];

describe('README: framework snippets', () => {
  it('has one from each framework app', () => {
    const apps = new Set(snippets.map(([, path]) => path.split('/')[0]));
    assert.deepEqual([...apps].sort(), ['angular', 'preact', 'react', 'solid', 'svelte', 'vue']);
  });

  for (const [, path, shown] of snippets) {
    it(`shows test/consumer/app/${path} as it is`, async () => {
      const file = await readFile(new URL(`test/consumer/app/${path}`, root), 'utf8');
      assert.equal(shown, file.replace(/\n$/, ''));
    });
  }
});
