// A part of a hand-written document that a script generates, between two marker comments:
// rewritten in place, or with `check` only compared, so CI fails when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';

/**
 * `section` is the generated text, markers included. `what` names it ("README.md's API tables"),
 * `source` what it comes from, `fix` the command that regenerates it. Throws when it is stale
 * under `check` or when the markers are missing; returns the line to print otherwise.
 */
export function updateSection({ file, start, end, section, check, what, source, fix }) {
  const name = relative(process.cwd(), file) || file;
  const text = readFileSync(file, 'utf8');
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to < from) throw new Error(`${name} needs the markers ${start} and ${end}, in that order`);
  const updated = text.slice(0, from) + section + text.slice(to + end.length);
  if (updated === text) return `${what} are up to date`;
  if (check) throw new Error(`${what} differ from ${source}: run \`${fix}\` and commit ${name}`);
  writeFileSync(file, updated);
  return `rewrote ${what}`;
}
