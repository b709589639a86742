// Vue and Svelte typings of the elements, written from custom-elements.json by
// custom-elements-manifest.config.mjs. Written here rather than by a generator plugin because
// each checker reads the tags in its own way:
//   - vue-tsc camelizes attribute and event names before it looks them up (`:poll-interval` as
//     `pollInterval`, `@feed-load` as `onFeedLoad`), so a kebab-case-only prop went unchecked;
//   - Svelte 5 reads `onfeed-load` event attributes, Svelte 4 the `on:feed-load` directive.

/** Public properties that can be set: not static, not read-only, not private or protected. */
function isSettableField(member) {
  return (
    member.kind === 'field' &&
    !member.static &&
    !member.readonly &&
    (member.privacy ?? 'public') === 'public' &&
    !member.name.startsWith('#')
  );
}

const camelCase = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());

/**
 * Each tag with what the typings need: its props, under every name a template may use (the
 * attribute and its property), typed from the element class, and its events with their classes.
 */
export function describeElements(manifest, { notTags = [] } = {}) {
  const elements = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName || notTags.includes(declaration.name)) continue;
      const className = declaration.name;
      const props = [];
      const covered = new Set();
      for (const attribute of declaration.attributes ?? []) {
        const field = attribute.fieldName;
        props.push({
          names: field ? [...new Set([attribute.name, field])] : [attribute.name],
          // an attribute without a property arrives as text
          type: field ? `${className}[${JSON.stringify(field)}]` : 'string',
          description: attribute.description,
        });
        if (field) covered.add(field);
      }
      for (const member of declaration.members ?? []) {
        if (!isSettableField(member) || covered.has(member.name)) continue;
        covered.add(member.name);
        props.push({
          names: [member.name],
          type: `${className}[${JSON.stringify(member.name)}]`,
          description: member.description,
        });
      }
      const events = (declaration.events ?? [])
        .filter((event) => event.name)
        .map((event) => ({
          name: event.name,
          // the manifest names the event class where the element fires one (see the config's tidy step)
          className: /^[A-Z]\w*$/.test(event.type?.text ?? '') ? event.type.text : 'Event',
          description: event.description,
        }));
      elements.push({
        tag: declaration.tagName,
        className,
        description: declaration.summary ?? declaration.description,
        props,
        events,
      });
    }
  }
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

function docComment(text, indent) {
  if (!text) return '';
  const lines = text.replaceAll('*/', '*\\/').trim().split('\n');
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((line) => `${indent} * ${line}`.trimEnd()).join('\n')}\n${indent} */\n`;
}

const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));

function propsType(typeName, entries) {
  const members = entries
    .map(({ name, type, description }) => `${docComment(description, '  ')}  ${key(name)}?: ${type};\n`)
    .join('');
  return `type ${typeName} = {\n${members}};\n`;
}

function importsOf(elements, mainTypes) {
  const names = new Set();
  for (const { className, events } of elements) {
    names.add(className);
    for (const event of events) if (event.className !== 'Event') names.add(event.className);
  }
  return `import type { ${[...names].join(', ')} } from '${mainTypes}';\n`;
}

/** `declare module 'vue'`: each tag a component of GlobalComponents, as vue-tsc and Volar read them. */
export function vueTypings(elements, { mainTypes }) {
  let text =
    '// Vue 3: the tags in templates, checked by vue-tsc (and Volar in editors). Every prop under its\n' +
    '// kebab-case and camelCase names, every event as on<Event> (how the checker reads @event), so\n' +
    '// `@feed-error="(e) => e.detail.error.kind"` needs no annotation.\n' +
    "import type { DefineComponent } from 'vue';\n" +
    importsOf(elements, mainTypes);
  for (const { className, props, events } of elements) {
    const entries = props.flatMap(({ names, type, description }) =>
      names.map((name) => ({ name, type, description })),
    );
    for (const event of events) {
      const type = `(event: ${event.className}) => void`;
      const pascal = camelCase(`-${event.name}`);
      // `@feed-load` in a template and `onFeedLoad` in h() or TSX; `onfeed-load` as in the JSX typings
      entries.push({ name: `on${pascal}`, type, description: event.description });
      entries.push({ name: `on${event.name}`, type, description: event.description });
    }
    text += `\n${propsType(`${className}Props`, entries)}`;
  }
  text += '\nexport type CustomElements = {\n';
  for (const { tag, className, description } of elements)
    text += `${docComment(description, '  ')}  ${key(tag)}: DefineComponent<${className}Props>;\n`;
  text +=
    '};\n\n' +
    "declare module 'vue' {\n" +
    '  // eslint-disable-next-line @typescript-eslint/no-empty-object-type\n' +
    '  interface GlobalComponents extends CustomElements {}\n' +
    '}\n';
  return text;
}

/** `declare module 'svelte/elements'`: each tag with Svelte's own HTML attributes and ours. */
export function svelteTypings(elements, { mainTypes }) {
  let text =
    "// Svelte 5 (and 4): the tags in markup, checked by svelte-check. Every prop under its kebab-case\n" +
    '// and camelCase names; every event as Svelte 5 writes it (`onfeed-load={…}`) and as Svelte 4 did\n' +
    '// (`on:feed-load={…}`), its handler given our event class.\n' +
    "import type { EventHandler, HTMLAttributes } from 'svelte/elements';\n" +
    importsOf(elements, mainTypes);
  for (const { className, props, events } of elements) {
    const entries = props.flatMap(({ names, type, description }) =>
      names.map((name) => ({ name, type, description })),
    );
    for (const event of events) {
      const type = `EventHandler<${event.className}, ${className}> | null`;
      entries.push({ name: `on${event.name}`, type, description: event.description });
      entries.push({ name: `on:${event.name}`, type, description: event.description });
    }
    text += `\n${propsType(`${className}Props`, entries)}`;
  }
  text += '\nexport type CustomElements = {\n';
  for (const { tag, className, description } of elements)
    text += `${docComment(description, '  ')}  ${key(tag)}: HTMLAttributes<${className}> & ${className}Props;\n`;
  text +=
    '};\n\n' +
    "declare module 'svelte/elements' {\n" +
    '  // eslint-disable-next-line @typescript-eslint/no-empty-object-type\n' +
    '  interface SvelteHTMLElements extends CustomElements {}\n' +
    '}\n';
  return text;
}
