// What the package page on the registry shows is the README and package.json: links there must
// work without the repository beside them.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';

const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));

describe('package page', () => {
  it('links and images in the README are absolute (or anchors on the page)', () => {
    // outside code blocks: a snippet's paths are code, not links
    const prose = readme.replace(/```[\s\S]*?```/g, '');
    const targets = [...prose.matchAll(/!?\[[^\]]*\]\(([^)\s]+)[^)]*\)/g)].map((match) => match[1]);
    assert.ok(targets.length >= 3, `found ${targets.length} links`);
    assert.deepEqual(targets.filter((target) => !/^(https:\/\/|#)/.test(target)), []);
  });

  it('package.json names the repository, the home page and where to report bugs', () => {
    assert.match(pkg.repository?.url ?? '', /^git\+https:\/\/github\.com\/[\w-]+\/[\w-]+\.git$/);
    assert.match(pkg.homepage ?? '', /^https:\/\//);
    assert.match(pkg.bugs?.url ?? '', /^https:\/\/.+\/issues$/);
    assert.ok(pkg.files.includes('docs/native-format.md'), 'the format document ships in the tarball');
  });
});
