// `npm run build`: everything that is published, into dist/ (and custom-elements.json at the root).
//   1. the npm build: ES modules, one file per source module, dependencies left as imports
//   2. the CDN build: dist/cdn/status-elements.js (ES module) and status-elements.iife.js
//      (classic script), each self-contained and registering every tag
//   3. .d.ts declarations, 4. custom-elements.json and, from it, typings for React, Preact, Vue,
//      Svelte and Solid (dist/types/), 5. the feed's JSON Schema
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const bin = (name) => join(root, 'node_modules/.bin', name);
const CDN_ENTRY = 'src/cdn.ts';
const CDN_FILES = ['dist/cdn/status-elements.js', 'dist/cdn/status-elements.iife.js'];

async function section(title, work) {
  console.log(`\n── ${title} ${'─'.repeat(Math.max(0, 66 - title.length))}`);
  const started = performance.now();
  await work();
  console.log(`✔ ${title}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit code ${result.status})`);
}

function viteBuild(mode) {
  return build({ root, configFile: join(root, 'vite.config.ts'), mode, logLevel: 'warn' });
}

function kilobytes(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Export targets that the build did not produce, e.g. because an entry point does not exist yet. */
function missingExportTargets() {
  const { exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const targets = [];
  const collect = (value) => {
    if (typeof value === 'string') targets.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(exports);
  return [...new Set(targets)].filter((target) => !target.includes('*') && !existsSync(join(root, target)));
}

async function main() {
  rmSync(join(root, 'dist'), { recursive: true, force: true });

  await section('npm build (vite, ES modules)', () => viteBuild('lib'));

  if (existsSync(join(root, CDN_ENTRY))) {
    await section('CDN build (vite, bundled and minified)', async () => {
      await viteBuild('cdn');
      await viteBuild('cdn-iife');
      for (const file of CDN_FILES) {
        const code = readFileSync(join(root, file));
        // Lit's development build announces itself; the CDN files must carry the production build
        if (code.includes('Lit is in dev mode')) throw new Error(`${file} contains Lit's development build`);
        console.log(`${file}: ${kilobytes(code.length)}, ${kilobytes(gzipSync(code, { level: 9 }).length)} gzipped`);
      }
    });
  } else {
    console.warn(`\nSkipping the CDN build: ${CDN_ENTRY} does not exist yet.`);
  }

  await section('declarations (tsc)', () => run(bin('tsc'), ['-p', 'tsconfig.build.json']));

  // after the declarations: the framework typings it writes into dist/types/ import them
  await section('custom-elements.json and framework typings (cem)', () =>
    run(bin('cem'), ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']),
  );

  if (existsSync(join(root, 'scripts/gen-schema.mjs'))) {
    await section('status-feed.schema.json', () => run(process.execPath, ['scripts/gen-schema.mjs']));
  } else {
    console.warn('\nSkipping the JSON Schema: scripts/gen-schema.mjs does not exist yet.');
  }

  const missing = missingExportTargets();
  if (missing.length > 0) console.warn(`\nExported but not built (yet): ${missing.join(', ')}`);
}

main().catch((error) => {
  console.error(`\nBuild failed: ${error.message}`);
  process.exitCode = 1;
});
