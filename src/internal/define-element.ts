/** Registers `element` as `tag`, once: defining a tag twice (two bundles on one page) is not an error. */
export function defineElement(tag: string, element: CustomElementConstructor, registry: CustomElementRegistry): void {
  if (!registry.get(tag)) registry.define(tag, element);
}
