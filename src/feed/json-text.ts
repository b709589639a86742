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
  const source = text.replace(/^\uFEFF/, '');
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch (error) {
    return { ok: false, error: { kind: 'parse', message: describeSyntaxError(source, error) } };
  }
}

function describeSyntaxError(text: string, error: unknown): string {
  if (!text.trim()) return 'Not valid JSON: the text is empty';
  const problem = findJsonError(text);
  if (problem === undefined) return `Not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
  const lines = text.slice(0, problem.offset).split('\n');
  const column = lines[lines.length - 1]!.length + 1;
  return `Not valid JSON at line ${lines.length}, column ${column} (position ${problem.offset}): ${problem.reason}`;
}

interface JsonProblem {
  offset: number;
  reason: string;
}

// In a string: any character but a quote, a backslash or a control character, or an escape.
const STRING_START = /"(?:[ !#-[\]-\uffff]|\\(?:["\\/bfnrt]|u[\da-fA-F]{4}))*/y;
// Whitespace, then punctuation, a whole string, a number, true, false or null, if one is there.
const TOKEN = new RegExp(
  `[ \\t\\n\\r]*([{[\\]},:]|${STRING_START.source}"|-?(?:0|[1-9]\\d*)(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|true|false|null)?`,
  'y',
);

/** The offset and nature of the first error in JSON text, or undefined if none is found. */
function findJsonError(text: string): JsonProblem | undefined {
  const closers: string[] = [];
  let expect: 'value' | 'key' | ':' | ',' | 'end' = 'value';
  let justOpened = false;
  let index = 0;
  for (;;) {
    TOKEN.lastIndex = index;
    const [spaceAndToken, token] = TOKEN.exec(text)!;
    index += spaceAndToken.length - (token?.length ?? 0);
    const char = text.charAt(index);
    const closer = closers[closers.length - 1];
    const found = JSON.stringify(char);
    const problem = (reason: string): JsonProblem => ({ offset: index, reason });
    if (!char) return expect === 'end' ? undefined : problem('the text ends too early');
    if (expect === 'end') return problem(`unexpected ${found} after the end of the JSON value`);
    if (char === '"' && token === undefined && (expect === 'value' || expect === 'key'))
      return stringProblem(text, index);
    if (token === closer && (justOpened || expect === ',')) {
      closers.pop();
      expect = closers.length ? ',' : 'end';
    } else if (expect === ',' || expect === ':') {
      if (token !== expect)
        return problem(`expected "${expect}"${expect === ',' ? ` or "${closer}"` : ''} but found ${found}`);
      expect = expect === ':' || closer === ']' ? 'value' : 'key';
    } else if (expect === 'key') {
      if (char !== '"') return problem(`expected a property name in double quotes but found ${found}`);
      expect = ':';
    } else if (token === '{' || token === '[') {
      closers.push(token === '{' ? '}' : ']');
      expect = token === '{' ? 'key' : 'value';
    } else if (token === undefined || ',:]}'.includes(token)) {
      return problem(`unexpected character ${found}`);
    } else expect = closers.length ? ',' : 'end';
    justOpened = token === '{' || token === '[';
    index += token!.length;
  }
}

/** Why the string that starts at `start` is not a valid JSON string, and where. */
function stringProblem(text: string, start: number): JsonProblem {
  STRING_START.lastIndex = start;
  STRING_START.test(text);
  const offset = STRING_START.lastIndex;
  const char = text.charAt(offset);
  const reason = !char
    ? 'a string is not closed before the text ends'
    : char === '\\'
      ? 'an invalid escape sequence in a string'
      : 'a control character (such as a raw line break) inside a string';
  return { offset, reason };
}
