/**
 * JSON text to a value, with a parse error that says where. Engines word `JSON.parse` errors
 * differently and WebKit gives no position at all, so on failure a small scanner finds the
 * first offending character itself. The scanner keeps an explicit stack: deeply nested input
 * cannot overflow it.
 */
import type { FeedError } from './result.js';

export type JsonTextResult = { ok: true; value: unknown } | { ok: false; error: FeedError };

export function parseJsonText(text: string): JsonTextResult {
  // A byte order mark is common in files saved by editors and invisible to the people who wrote them.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch (error) {
    return { ok: false, error: { kind: 'parse', message: describeSyntaxError(source, error) } };
  }
}

function describeSyntaxError(text: string, error: unknown): string {
  if (text.trim() === '') return 'Not valid JSON: the text is empty';
  const problem = findJsonError(text);
  if (problem === undefined) return `Not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
  const { line, column } = lineAndColumn(text, problem.offset);
  return `Not valid JSON at line ${line}, column ${column} (position ${problem.offset}): ${problem.reason}`;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

export interface JsonProblem {
  offset: number;
  reason: string;
}

/** The offset and nature of the first error in JSON text, or undefined if none is found. */
export function findJsonError(text: string): JsonProblem | undefined {
  const closers: string[] = [];
  let expect: Expect = 'value';
  let index = 0;
  const afterValue = (): Expect => (closers.length === 0 ? 'end' : 'comma-or-close');
  while (true) {
    while (index < text.length && ' \t\n\r'.includes(text.charAt(index))) index++;
    if (index >= text.length) {
      return expect === 'end' ? undefined : { offset: index, reason: 'the text ends too early' };
    }
    const char = text.charAt(index);
    let end: number | JsonProblem;
    switch (expect) {
      case 'end':
        return { offset: index, reason: `unexpected ${JSON.stringify(char)} after the end of the JSON value` };
      case 'colon':
        if (char !== ':') return { offset: index, reason: `expected ":" but found ${JSON.stringify(char)}` };
        index++;
        expect = 'value';
        continue;
      case 'comma-or-close':
        if (char === ',') {
          index++;
          expect = closers[closers.length - 1] === ']' ? 'value' : 'key';
        } else if (char === closers[closers.length - 1]) {
          index++;
          closers.pop();
          expect = afterValue();
        } else {
          const closer = closers[closers.length - 1];
          return { offset: index, reason: `expected "," or "${closer}" but found ${JSON.stringify(char)}` };
        }
        continue;
      case 'key':
      case 'key-or-close':
        if (char === '}' && expect === 'key-or-close') {
          index++;
          closers.pop();
          expect = afterValue();
          continue;
        }
        if (char !== '"') {
          return { offset: index, reason: `expected a property name in double quotes but found ${JSON.stringify(char)}` };
        }
        end = scanString(text, index);
        if (typeof end !== 'number') return end;
        index = end;
        expect = 'colon';
        continue;
      case 'value':
      case 'value-or-close':
        if (char === ']' && expect === 'value-or-close') {
          index++;
          closers.pop();
          expect = afterValue();
          continue;
        }
        if (char === '{' || char === '[') {
          closers.push(char === '{' ? '}' : ']');
          expect = char === '{' ? 'key-or-close' : 'value-or-close';
          index++;
          continue;
        }
        end = char === '"' ? scanString(text, index) : scanLiteral(text, index);
        if (typeof end !== 'number') return end;
        index = end;
        expect = afterValue();
        continue;
    }
  }
}

/** The index after a number, true, false or null that starts at `start`. */
function scanLiteral(text: string, start: number): number | JsonProblem {
  NUMBER.lastIndex = start;
  if (NUMBER.test(text)) return NUMBER.lastIndex;
  const word = ['true', 'false', 'null'].find((literal) => text.startsWith(literal, start));
  if (word !== undefined) return start + word.length;
  return { offset: start, reason: `unexpected character ${JSON.stringify(text.charAt(start))}` };
}

/** The index after a string that starts at `start`, or why it is not a valid string and where. */
function scanString(text: string, start: number): number | JsonProblem {
  let index = start + 1;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === 0x22) return index + 1;
    if (code < 0x20) return { offset: index, reason: 'a control character (such as a raw line break) inside a string' };
    if (code === 0x5c) {
      const next = text.charAt(index + 1);
      if (next !== '' && '"\\/bfnrt'.includes(next)) index += 2;
      else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(index + 2, index + 6))) index += 6;
      else return { offset: index, reason: 'an invalid escape sequence in a string' };
    } else index++;
  }
  return { offset: text.length, reason: 'a string is not closed before the text ends' };
}
