// Where the bytes of a bundle go. Bundles each entry with esbuild, minified ESM for production as
// the CDN build is, and prints the total (raw and gzipped at level 9), then the bytes each package
// or source folder and the largest files put into the output. Gzip does not split by file, so the
// breakdown is of minified bytes; the gzipped total is of the whole output.
//   node scripts/size-report.mjs [--top=N] [entry.ts …]   default: src/define.ts src/feed/index.ts
// The last lines give the share of the owner's stack packages (zod, date-fns, @date-fns/tz) on
// their own, since those are the bytes a budget discussion is about.
import { build } from 'esbuild';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const topOption = args.find((arg) => arg.startsWith('--top='));
const top = topOption ? Number(topOption.slice('--top='.length)) : 12;
const entries = args.filter((arg) => !arg.startsWith('--'));

for (const entry of entries.length > 0 ? entries : ['src/define.ts', 'src/feed/index.ts']) await report(entry);

async function report(entry) {
  const result = await build({
    entryPoints: [join(root, entry)],
    absWorkingDir: root,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['production'],
    tsconfig: 'tsconfig.json',
    write: false,
    metafile: true,
    logLevel: 'warning',
  });
  const [output] = result.outputFiles;
  const gzipped = gzipSync(output.contents, { level: 9 }).length;
  const inputs = Object.values(result.metafile.outputs)[0].inputs;

  const files = Object.entries(inputs)
    .map(([path, { bytesInOutput }]) => ({ path: relative(root, join(root, path)), bytes: bytesInOutput }))
    .filter(({ bytes }) => bytes > 0);
  const groups = new Map();
  for (const { path, bytes } of files) groups.set(groupOf(path), (groups.get(groupOf(path)) ?? 0) + bytes);

  console.log(
    `\n${entry}: ${kilobytes(output.contents.length)} minified, ${kilobytes(gzipped)} gzipped (${gzipped} B)`,
  );
  console.log('  by package or folder (minified):');
  for (const [group, bytes] of [...groups].sort((a, b) => b[1] - a[1]))
    console.log(row(group, bytes, output.contents.length));
  console.log(`  top ${Math.min(top, files.length)} files (minified):`);
  for (const { path, bytes } of files.sort((a, b) => b.bytes - a.bytes).slice(0, top)) {
    console.log(row(path, bytes, output.contents.length));
  }
  const feedBytes = files.filter(({ path }) => path.startsWith('src/feed/')).reduce((sum, { bytes }) => sum + bytes, 0);
  const storeBytes = files.find(({ path }) => path === 'src/feed/store.ts')?.bytes ?? 0;
  console.log(`  src/feed/** without store.ts: ${kilobytes(feedBytes - storeBytes)} (${feedBytes - storeBytes} B)`);
  for (const name of ['zod', 'date-fns', '@date-fns/tz']) {
    const bytes = groups.get(name);
    console.log(`  ${name}: ${bytes ? `${kilobytes(bytes)} minified, ${((bytes / output.contents.length) * 100).toFixed(1)} %` : 'absent'}`);
  }
}

/** `node_modules/@lit/reactive-element/…` → `@lit/reactive-element`; `src/feed/adapters/x.ts` → `src/feed/adapters`. */
function groupOf(path) {
  const parts = path.split('/');
  const modules = parts.lastIndexOf('node_modules');
  if (modules >= 0)
    return parts[modules + 1]?.startsWith('@') ? parts.slice(modules + 1, modules + 3).join('/') : parts[modules + 1];
  return parts.slice(0, -1).join('/') || '.';
}

function row(label, bytes, total) {
  return `    ${label.padEnd(56)} ${kilobytes(bytes).padStart(9)} ${`${((bytes / total) * 100).toFixed(1)} %`.padStart(7)}`;
}

function kilobytes(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
