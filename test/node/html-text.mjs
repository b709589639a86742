// What the Node tests of rendered HTML share: the text a reader sees, and its order.
import assert from 'node:assert/strict';

/** The text a reader sees, in order: tags, the feed's JSON block and styles dropped. */
export function text(html) {
  return html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Asserts that `needles` appear in `haystack` in this order; says which one is missing. */
export function expectInOrder(haystack, needles) {
  let from = 0;
  for (const needle of needles) {
    const at = haystack.indexOf(needle, from);
    assert.ok(at >= 0, `"${needle}" after position ${from} in: ${haystack.slice(from, from + 300)}…`);
    from = at + needle.length;
  }
}
