// Serves the shared status-feed corpus to browser tests, which cannot list folders themselves.
//   GET /__corpus__/list           -> [{ "path": "statuspage/x.json", "url": "/__corpus__/files/statuspage/x.json" }, …]
//   GET /__corpus__/files/<path>   -> the file's bytes, unchanged
// Files come from test/fixtures/corpus (copied unchanged) and, when present, from the shared corpus
// beside the project (`../shared/corpus`, or STATUS_CORPUS_DIR), so a feed added there is tested too.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

export function corpusDirs() {
  const dirs = [join(root, 'test/fixtures/corpus')];
  const shared = process.env.STATUS_CORPUS_DIR ?? join(root, '../shared/corpus');
  if (existsSync(shared)) dirs.push(resolve(shared));
  return dirs;
}

/** Every JSON file of the corpus, by path relative to its corpus folder; the shared copy wins. */
export function corpusFiles() {
  const files = new Map();
  for (const dir of corpusDirs()) {
    const walk = (folder) => {
      for (const name of readdirSync(folder)) {
        const full = join(folder, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (name.endsWith('.json')) files.set(relative(dir, full).split(sep).join('/'), full);
      }
    };
    walk(dir);
  }
  return files;
}

export function corpusMiddleware() {
  // The folders are read once a run, on first use, not again for each of the hundreds of requests.
  let files;
  return async function corpus(ctx, next) {
    if (!ctx.path.startsWith('/__corpus__/')) return next();
    files ??= corpusFiles();
    if (ctx.path === '/__corpus__/list') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify([...files.keys()].sort().map((path) => ({ path, url: `/__corpus__/files/${path}` })));
      return;
    }
    if (ctx.path.startsWith('/__corpus__/files/')) {
      const path = decodeURIComponent(ctx.path.slice('/__corpus__/files/'.length));
      const file = files.get(path);
      if (!file) {
        ctx.status = 404;
        return;
      }
      ctx.type = 'application/json';
      ctx.body = readFileSync(file);
      return;
    }
    return next();
  };
}
