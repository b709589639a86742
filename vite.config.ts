// `npm start` serves the demo (index.html). `npm run build` (scripts/build.mjs) runs the three
// builds below by mode: `lib` (the npm package), `cdn` (one ES module) and `cdn-iife` (a classic script).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';
import { minify as terser } from 'terser';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import packageJson from './package.json' with { type: 'json' };

/** Public entry points of the npm package; each becomes a file under dist/ with the same path. */
const PACKAGE_ENTRIES = [
  'src/index.ts',
  'src/define.ts',
  'src/feed/index.ts',
  'src/feed/formats/instatus.ts',
  'src/feed/formats/cstate.ts',
  'src/feed/formats/upptime.ts',
  'src/feed/formats/uptime-kuma.ts',
  'src/feed/formats/betterstack.ts',
  'src/feed/formats/statusio.ts',
  'src/feed/formats/cachet.ts',
  'src/feed/formats/openstatus.ts',
  'src/feed/formats/sorry.ts',
  'src/feed/formats/gatus.ts',
  'src/ssr.ts',
  'src/proxy/index.ts',
  'src/proxy/node.ts',
  'src/cli.ts',
  'src/status-banner/define.ts',
  'src/incident-history/define.ts',
  'src/incident-timeline/define.ts',
];
const LOCALES_DIR = 'src/i18n/locales';
const CDN_ENTRY = 'src/cdn.ts';
const CDN_BANNER = `/*! status-elements ${packageJson.version} MIT | lit BSD-3-Clause (c) Google LLC | zod MIT (c) Colin McDonnell | date-fns, @date-fns/tz MIT (c) Sasha Koss */`;

/** The package's dependencies stay imports in the npm build, so apps bundle one copy of each. */
const DEPENDENCIES = [...Object.keys(packageJson.dependencies), ...Object.keys(packageJson.peerDependencies)];
const isDependency = (id: string) =>
  id.startsWith('node:') || DEPENDENCIES.some((name) => id === name || id.startsWith(`${name}/`));

function localeEntries(): string[] {
  if (!existsSync(LOCALES_DIR)) return [];
  return readdirSync(LOCALES_DIR)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
    .map((name) => `${LOCALES_DIR}/${name}`);
}

/** Entries that exist; the others are named so a missing one is noticed, not silently dropped. */
function packageEntries(): string[] {
  const missing = PACKAGE_ENTRIES.filter((entry) => !existsSync(entry));
  if (missing.length > 0) console.warn(`Skipping missing entry points: ${missing.join(', ')}`);
  return [...PACKAGE_ENTRIES.filter((entry) => existsSync(entry)), ...localeEntries()];
}

const shared: UserConfig = {
  publicDir: false,
  build: { target: 'es2022', emptyOutDir: false, copyPublicDir: false, reportCompressedSize: false },
};

function libraryBuild(): UserConfig {
  return {
    ...shared,
    build: {
      ...shared.build,
      outDir: 'dist',
      minify: false,
      lib: { entry: packageEntries(), formats: ['es'] },
      rolldownOptions: {
        external: isDependency,
        output: {
          preserveModules: true,
          preserveModulesRoot: 'src',
          // the transpiler's helpers (decorators) come as modules under a versioned package path
          entryFileNames: (chunk) =>
            chunk.name.startsWith('_virtual/') ? `_virtual/${chunk.name.split('/').pop()}.js` : '[name].js',
        },
      },
    },
  };
}

/**
 * A minifier leaves the text of `css` templates alone; esbuild's CSS minifier shortens it (spaces,
 * comments, colours), and nothing else changes: a template with an expression in it is skipped.
 */
function minifyStyles(): Plugin {
  return {
    name: 'minify-styles',
    transform(code, id) {
      if (!id.endsWith('.ts') || !code.includes('css`')) return null;
      return code.replace(/\bcss`([^`]*)`/g, (template, text: string) =>
        text.includes('${') ? template : `css\`${transformSync(text, { loader: 'css', minify: true }).code.trim()}\``,
      );
    },
  };
}

/**
 * Minified code keeps the line breaks and indentation inside `html` and `css` templates, which are
 * there only for people reading the source. Every such run is a line break followed by spaces (code
 * and other strings carry none once minified), and in HTML and CSS it means what one space means.
 */
function collapseTemplateIndentation(): Plugin {
  return {
    name: 'collapse-template-indentation',
    // after the minifier, so the only line breaks left are inside template literals
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk') file.code = file.code.replace(/\n[ \t]+/g, ' ');
      }
    },
  };
}

/**
 * A second minifier pass: terser, run on the first minifier's output, finds what it left (about
 * 0.3 kB gzipped of the ES module), with only its safe transforms.
 */
function secondMinifierPass(format: 'es' | 'iife'): Plugin {
  return {
    name: 'second-minifier-pass',
    async generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const result = await terser(file.code, {
          // a classic script's one global, `StatusElements`, must keep its name
          module: format === 'es',
          ecma: 2020,
          compress: { passes: 3 },
          // the licence line
          format: { comments: /^!/ },
        });
        if (result.code) file.code = result.code;
      }
    },
  };
}

function cdnBuild(format: 'es' | 'iife'): UserConfig {
  return {
    ...shared,
    plugins: [minifyStyles(), collapseTemplateIndentation(), secondMinifierPass(format)],
    // Lit's production build: no dev-mode warning, smaller
    resolve: { conditions: ['module', 'browser', 'production'] },
    build: {
      ...shared.build,
      outDir: 'dist/cdn',
      lib: {
        entry: CDN_ENTRY,
        formats: [format],
        // the classic script puts the classes and the feed API on `window.StatusElements`
        name: 'StatusElements',
        fileName: () => (format === 'es' ? 'status-elements.js' : 'status-elements.iife.js'),
      },
      rolldownOptions: {
        // Modules a format's reader shares with the core stay in the core, which has loaded them
        // already, and are exported from it to the reader: only what a reader alone uses goes to its file.
        preserveEntrySignatures: 'allow-extension',
        output: {
          // The ES file is self-contained for English; other locale packs become files of their own
          // beside it, loaded by import() the first time a page shows that language. A classic
          // script cannot load modules, so it carries them all.
          codeSplitting: format === 'es',
          // no hash: a self-hosted copy is the module and its locales/ folder, and a pack that
          // does not load is named by a path a person can check
          // and the readers of formats other than Statuspage and native (and what they share) go in formats/, the same way
          chunkFileNames: (chunk) => (chunk.moduleIds.some((id) => id.includes('/src/feed/')) ? 'formats/[name].js' : 'locales/[name].js'),
          // library mode leaves an ES build's whitespace and comments alone; a CDN file wants none
          minify: true,
          // tree-shaking hints (`@__PURE__`, 221 of them) mean nothing in a finished bundle, and the
          // licence notices of what is bundled are one line instead of one block per Lit module
          comments: false,
          postBanner: (chunk) => (chunk.isEntry ? CDN_BANNER : ''),
        },
      },
    },
  };
}

/**
 * The demo's server-rendered page, /server-rendered.html: the seed history rendered on the dev
 * server with status-elements/ssr, then hydrated in the browser and polled. View it with
 * JavaScript off to see what a reader without it gets.
 */
function serverRenderedDemo(): Plugin {
  return {
    name: 'server-rendered-demo',
    configureServer(server) {
      server.middlewares.use(async (request, response, next) => {
        if (request.url?.split('?')[0] !== '/server-rendered.html') return next();
        try {
          const { renderToString } = await server.ssrLoadModule('/src/ssr.ts');
          const feed = JSON.parse(readFileSync('demo/feeds/jelou.json', 'utf8'));
          // the moment the demo shows, as on the main page, given to the hydrating elements too
          const now = '2026-05-31T12:00:00Z';
          const options = { feed, lang: 'es', timeZone: 'America/Guayaquil', now: new Date(now), src: '/demo/feeds/jelou.json', pollInterval: 60 };
          const history = await renderToString('incident-history', options);
          const banner = await renderToString('status-banner', options);
          const page = `<!doctype html><html lang="es"><head><meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" /><meta name="color-scheme" content="light dark" />
<title>status-elements, server-rendered</title><link rel="icon" href="data:," /><link rel="stylesheet" href="/demo/demo.css" />
<script type="module">
  // The server's moment, then Lit's hydration support, then the elements: they take over what the server wrote.
  for (const element of document.querySelectorAll('status-banner, incident-history')) element.now = new Date('${now}');
  await import('@lit-labs/ssr-client/lit-element-hydrate-support.js');
  await import('/src/define.ts');
</script></head>
<body><main class="page"><h1>Jelou: historial de estado (renderizado en el servidor)</h1>${banner}${history}</main></body></html>`;
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.end(await server.transformIndexHtml(request.url, page));
        } catch (error) {
          next(error);
        }
      });
    },
  };
}

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') return { plugins: [serverRenderedDemo()] };
  if (mode === 'cdn') return cdnBuild('es');
  if (mode === 'cdn-iife') return cdnBuild('iife');
  return libraryBuild();
});
