// Rich-text benchmark: how long the body parser takes on inputs that make naive patterns
// backtrack (test/internal/pathological-bodies.ts): each whole (the parser cuts it at
// MAX_BODY_CHARS), and its first quarter and half of that limit. Linear time shows as a ratio near
// 2 between the half and the quarter; quadratic would be near 4. Prints best-of-five times.
//   node scripts/bench-rich-text.mjs
import { loadSrc } from './load-src.mjs';

const { MAX_BODY_CHARS, parseRichText } = await loadSrc('src/internal/rich-text.ts');
const { PATHOLOGICAL_BODIES } = await loadSrc('test/internal/pathological-bodies.ts');

function best(body) {
  let fastest = Infinity;
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    parseRichText(body);
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

const ms = (value) => `${value.toFixed(2).padStart(7)} ms`;
console.log(`parseRichText, best of five runs; quarter and half of the ${MAX_BODY_CHARS}-character limit\n`);
console.log(`${'input'.padEnd(18)} ${'chars'.padStart(9)}  ${'whole'.padStart(10)}  ${'quarter'.padStart(10)}  ${'half'.padStart(10)}  half/quarter`);
for (const [name, body] of PATHOLOGICAL_BODIES) {
  const quarter = best(body.slice(0, MAX_BODY_CHARS / 4));
  const half = best(body.slice(0, MAX_BODY_CHARS / 2));
  console.log(`${name.padEnd(18)} ${String(body.length).padStart(9)}  ${ms(best(body))}  ${ms(quarter)}  ${ms(half)}  ${(half / quarter).toFixed(2)}`);
}
