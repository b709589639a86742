/**
 * Bodies that make naive patterns backtrack for minutes: the rich-text tests check what each
 * parses into, and `npm run bench:rich-text` times them.
 */
import { MAX_BODY_CHARS } from '../../src/internal/rich-text.js';

export const PATHOLOGICAL_BODIES: [name: string, body: string][] = [
  ['asterisks', '*a'.repeat(500_000)],
  ['underscores', '_a '.repeat(333_333)],
  ['open links', '[a]('.repeat(250_000)],
  ['link text', `[${'a'.repeat(499)}`.repeat(2_000)],
  ['backticks', '`a'.repeat(500_000)],
  ['URL dots', `https://a${'.'.repeat(MAX_BODY_CHARS - 20)}x`],
  ['unclosed tags', '<a href='.repeat(125_000)],
  ['nested tags', '<b><i><em>'.repeat(100_000)],
  ['unmatched closes', '</b></i>'.repeat(125_000)],
  ['list items', '- a\n'.repeat(250_000)],
  ['deep indentation', Array.from({ length: 100_000 }, (_, depth) => `${' '.repeat(depth % 40)}- x`).join('\n')],
  ['entities', '&#x41'.repeat(200_000)],
];
