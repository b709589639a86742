// custom-elements.json, and from it typings for JSX frameworks, Vue, Svelte and Solid in dist/types/.
//   npx cem analyze --config custom-elements-manifest.config.mjs   (npm run build runs it)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { customElementSolidJsPlugin } from 'custom-element-solidjs-integration';
import { describeElements, svelteTypings, vueTypings } from './scripts/framework-typings.mjs';

const TYPES_DIR = 'dist/types';
// the generated files import the element and event classes from the package's main entry
const MAIN_TYPES = '../index.js';
// the abstract base of the three elements: in the manifest for inheritance, but not a tag
const NOT_TAGS = ['FeedElement'];

const LANG_DESCRIPTION =
  "Language of the text; default the closest `lang` above the element, else the page's, else the browser's.";

/** Event classes declared in the manifest (`class X extends Event` with `static type = 'x'`), by event name. */
function findEventClasses(manifest) {
  const byName = new Map();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind !== 'class' || declaration.superclass?.name !== 'Event') continue;
      const typeField = declaration.members?.find((member) => member.static && member.name === 'type');
      const eventName = /^['"]([\w-]+)['"]$/.exec(typeField?.default ?? '')?.[1];
      if (eventName) byName.set(eventName, { className: declaration.name, module: module.path });
    }
  }
  return byName;
}

/**
 * One entry per event, named and typed with its class. The analyzer records `dispatchEvent(new
 * StatusChangeEvent(previous, current))` under the name of the first argument (or none), and the
 * JSDoc `@event` tags carry the names and descriptions but no types.
 */
function tidyEvents(events, eventClasses) {
  const classNames = new Map([...eventClasses].map(([eventName, { className }]) => [className, eventName]));
  const tidy = new Map();
  for (const event of events) {
    const name = classNames.get(event.type?.text) ?? event.name;
    if (!name) continue;
    const known = tidy.get(name);
    const merged = { name, description: known?.description ?? event.description };
    // inherited only if no declaration of the element itself names it
    const inheritedFrom = known ? known.inheritedFrom && event.inheritedFrom : event.inheritedFrom;
    if (inheritedFrom) merged.inheritedFrom = inheritedFrom;
    const eventClass = eventClasses.get(name);
    merged.type = eventClass
      ? { text: eventClass.className, references: [{ name: eventClass.className, module: eventClass.module }] }
      : (known?.type ?? event.type);
    if (!merged.description) delete merged.description;
    if (!merged.type) delete merged.type;
    tidy.set(name, merged);
  }
  return [...tidy.values()];
}

/** Names and types every event after its class, and types the global `lang` attribute the elements observe. */
function tidyManifestPlugin() {
  return {
    name: 'status-elements:tidy-manifest',
    packageLinkPhase({ customElementsManifest }) {
      const eventClasses = findEventClasses(customElementsManifest);
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.customElement) continue;
          if (declaration.events) declaration.events = tidyEvents(declaration.events, eventClasses);
          for (const attribute of declaration.attributes ?? []) {
            if (attribute.name !== 'lang' || attribute.fieldName) continue;
            // HTMLElement's own `lang` property reflects it, so typings can point there
            attribute.fieldName = 'lang';
            attribute.type ??= { text: 'string' };
            attribute.description ??= LANG_DESCRIPTION;
          }
        }
      }
    },
  };
}

/**
 * Adjusts the generated JSX and Solid files, then writes one entry point per JSX framework and the
 * Vue and Svelte typings (scripts/framework-typings.mjs). Each fix states the generator's habit it
 * corrects, and fails the build if that habit changed (a new generator version).
 */
function frameworkEntryPointsPlugin() {
  const edit = (file, change) => {
    const path = join(TYPES_DIR, file);
    writeFileSync(path, change(readFileSync(path, 'utf8')));
  };
  const replaceOrFail = (text, pattern, replacement, what) => {
    if (!pattern.test(text)) throw new Error(`typings: expected ${what}; the generator's output changed`);
    return text.replace(pattern, replacement);
  };
  return {
    name: 'status-elements:framework-entry-points',
    packageLinkPhase({ customElementsManifest }) {
      const elementClassNames = [...customElementTags(customElementsManifest).values()];
      const eventClassNames = [...findEventClasses(customElementsManifest).values()].map(({ className }) => className);

      // Each generator imports from the main entry, but not quite the right names: the JSX one takes every
      // class exported beside an element (the abstract base too) and no event class; the others import
      // each event class once per element that fires it, which TypeScript rejects as duplicates
      const mainImport = `import type { ${[...elementClassNames, ...eventClassNames].join(', ')} } from "${MAIN_TYPES}";`;
      for (const file of ['jsx.d.ts', 'solid.d.ts']) {
        edit(file, (text) =>
          replaceOrFail(
            text,
            /import type \{[^}]*\} from "\.\.\/index\.js";/,
            mainImport,
            'one import from the main entry',
          ),
        );
      }

      // it augments React, Preact, Solid, Qwik, Stencil, Hono and the global JSX all at once;
      // the entry points written below augment one framework each
      edit('jsx.d.ts', (text) =>
        replaceOrFail(text, /\n\s*declare module ['"]react['"][\s\S]*$/, '\n', 'module augmentations at the end'),
      );

      // the Solid generator types a handler's argument as `CustomEvent<the event's type>`;
      // ours are `Event` subclasses that carry their own `detail`
      const wrappedEvents = new RegExp(`CustomEvent<(${eventClassNames.join('|')})>`, 'g');
      edit('solid.d.ts', (text) => text.replace(wrappedEvents, '$1'));
      // it leaves the augmentation of solid-js to the app
      edit(
        'solid.d.ts',
        (text) =>
          `${text}\ndeclare module 'solid-js' {\n  namespace JSX {\n    interface IntrinsicElements extends CustomElements {}\n  }\n}\n`,
      );

      mkdirSync(TYPES_DIR, { recursive: true });
      for (const [file, text] of Object.entries(jsxEntryPoints(customElementTags(customElementsManifest))))
        writeFileSync(join(TYPES_DIR, file), text);

      const elements = describeElements(customElementsManifest, { notTags: NOT_TAGS });
      writeFileSync(join(TYPES_DIR, 'vue.d.ts'), vueTypings(elements, { mainTypes: MAIN_TYPES }));
      writeFileSync(join(TYPES_DIR, 'svelte.d.ts'), svelteTypings(elements, { mainTypes: MAIN_TYPES }));
    },
  };
}

/** Tag → class name of each registered element (the abstract base has no tag). */
function customElementTags(manifest) {
  const tags = new Map();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement && declaration.tagName && !NOT_TAGS.includes(declaration.name)) {
        tags.set(declaration.tagName, declaration.name);
      }
    }
  }
  return tags;
}

/**
 * One file per JSX framework, putting the tags into that framework's JSX and no other's. The
 * generator types `ref` as the element or a callback; these take the framework's own `Ref`, so
 * `useRef()` objects fit too.
 */
function jsxEntryPoints(tags) {
  const classNames = [...tags.values()].join(', ');
  const entryPoint = (framework, heading, extra = '') =>
    `// ${heading}\n` +
    `import type { Ref } from '${framework}';\n` +
    `import type { ${classNames} } from '${MAIN_TYPES}';\n` +
    `import type { ${extra ? 'CustomCssProperties, ' : ''}CustomElements } from './jsx.js';\n` +
    "export type * from './jsx.js';\n\n" +
    "type WithRef<Tag extends keyof CustomElements, Element> = Omit<CustomElements[Tag], 'ref'> & { ref?: Ref<Element> };\n\n" +
    `declare module '${framework}' {\n  namespace JSX {\n    interface IntrinsicElements {\n` +
    [...tags].map(([tag, className]) => `      '${tag}': WithRef<'${tag}', ${className}>;\n`).join('') +
    `    }\n  }\n${extra}}\n`;
  return {
    'react.d.ts': entryPoint(
      'react',
      'React 19: the tags in TSX, with their attributes, properties and on<event> handlers.',
      '  // the custom properties in style={{ … }}\n  interface CSSProperties extends CustomCssProperties {}\n',
    ),
    'preact.d.ts': entryPoint(
      'preact',
      'Preact: the tags in TSX, with their attributes, properties and on<event> handlers.',
    ),
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  litelement: true,
  // package.json already names the manifest; rewriting it here would race with other edits
  packagejson: false,
  plugins: [
    tidyManifestPlugin(),
    jsxTypesPlugin({
      outdir: TYPES_DIR,
      fileName: 'jsx.d.ts',
      globalTypePath: MAIN_TYPES,
      exclude: NOT_TAGS,
      stronglyTypedEvents: true,
    }),
    customElementSolidJsPlugin({
      outdir: TYPES_DIR,
      fileName: 'solid.d.ts',
      globalTypePath: MAIN_TYPES,
      exclude: NOT_TAGS,
    }),
    frameworkEntryPointsPlugin(),
  ],
};
