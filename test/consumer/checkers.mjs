// Each framework's own checker run over its consumer app, and what it said compared with what the
// app's files expect. A file marks each line its checker must reject with a note on the lines just
// above it, in whatever comment the file's language has:
//   {/* expect-error TS2322: Type 'string' is not assignable to type 'number' */}
//   <!-- expect-error TS2339: Property 'feed' does not exist on type -->
// The line must be rejected with that code, for a reason whose text contains the note's; any other
// error or warning, anywhere, fails the check, and so does a rejection for another reason.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';

/** Runs a command to its end; resolves to its exit code and everything it printed. */
export function runCollecting(command, args, { cwd }) {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code, output }));
  });
}

/**
 * Runs `tasks` (functions returning promises), at most `limit` at once, keeping their order. All
 * run to their end before the first failure is thrown, so no process outlives the call.
 */
export async function inPool(tasks, limit) {
  const results = [];
  const failures = [];
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      try {
        results[index] = await tasks[index]();
      } catch (error) {
        failures.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  if (failures.length > 0) throw new Error(failures.map((error) => error.message).join('\n\n'));
  return results;
}

const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** Diagnostics of tsc and vue-tsc with `pretty: false`: `file(line,col): error TS1234: message`, indented lines after. */
export function parseTsc(output) {
  const diagnostics = [];
  for (const line of output.split('\n')) {
    const head = /^(.+?)\((\d+),(\d+)\): (error|warning) (TS\d+): (.*)$/.exec(line);
    if (head) {
      const [, file, row, , severity, code, message] = head;
      diagnostics.push({ file, line: Number(row), severity, code, message });
    } else if (/^\s+\S/.test(line) && diagnostics.length > 0) {
      diagnostics.at(-1).message += `\n${line.trim()}`;
    }
  }
  return diagnostics;
}

/** Diagnostics of ngc, which formats them as `file:line:col - error TS1234: message` whatever `pretty` says. */
export function parseNgc(output) {
  const diagnostics = [];
  let current;
  for (const line of output.replace(ANSI, '').split('\n')) {
    const head = /^(.+?):(\d+):(\d+) - (error|warning) ([A-Z]+\d+): (.*)$/.exec(line);
    if (head) {
      const [, file, row, , severity, code, message] = head;
      current = { file, line: Number(row), severity, code, message };
      diagnostics.push(current);
    } else if (current && /^\s+\S/.test(line)) {
      current.message += `\n${line.trim()}`;
    } else {
      // a blank line ends the message; the code frame after it is not part of it
      current = undefined;
    }
  }
  return diagnostics;
}

/** Diagnostics of `svelte-check --output machine-verbose`: one JSON object a line, lines counted from 0. */
export function parseSvelteCheck(output) {
  const diagnostics = [];
  for (const line of output.split('\n')) {
    const json = /^\d+ (\{.*\})$/.exec(line)?.[1];
    if (!json) continue;
    const { type, filename, start, message, code, source } = JSON.parse(json);
    if (type !== 'ERROR' && type !== 'WARNING') continue;
    diagnostics.push({
      file: filename,
      line: start.line + 1,
      severity: type.toLowerCase(),
      code: source === 'ts' ? `TS${code}` : String(code),
      message,
    });
  }
  return diagnostics;
}

/** The lines of `file` that must be rejected, each with the notes above it. */
export function expectedRejections(appDir, file) {
  const expected = [];
  let notes = [];
  readFileSync(join(appDir, file), 'utf8')
    .split('\n')
    .forEach((text, index) => {
      const note = /expect-error ([\w-]+): (.+?)\s*(?:\*\/\s*\}?|-->)?\s*$/.exec(text);
      if (note) {
        notes.push({ code: note[1], text: note[2] });
      } else if (notes.length > 0) {
        expected.push({ file, line: index + 1, source: text.trim(), notes });
        notes = [];
      }
    });
  return expected;
}

const flat = (text) => text.replace(/\s+/g, ' ');
const where = ({ file, line }) => `${file}:${line}`;
const describe = (diagnostic) => `${where(diagnostic)} ${diagnostic.code}: ${flat(diagnostic.message)}`;

/**
 * Runs one checker and compares what it reports with the notes of `files` (relative to the app).
 * Resolves to the rejections, each with the diagnostic that made it, for the test's log.
 */
export async function runChecker({ label, appDir, command, args, parse, files }) {
  const { code, output } = await runCollecting(command, args, { cwd: appDir });
  const diagnostics = parse(output).map((diagnostic) => ({
    ...diagnostic,
    file: relative(appDir, isAbsolute(diagnostic.file) ? diagnostic.file : resolve(appDir, diagnostic.file)),
  }));
  if (code !== 0 && diagnostics.length === 0)
    throw new Error(`${label} failed (exit code ${code}) without a diagnostic of a file:\n${output}`);

  const expected = files.flatMap((file) => expectedRejections(appDir, file));
  const byLine = new Map(expected.map((entry) => [where(entry), entry]));
  const unexpected = diagnostics.filter((diagnostic) => !byLine.has(where(diagnostic)));
  if (unexpected.length > 0)
    throw new Error(`${label} reported what no file expects:\n  ${unexpected.map(describe).join('\n  ')}`);
  if (expected.length === 0 && code !== 0) throw new Error(`${label} failed (exit code ${code}):\n${output}`);
  if (expected.length > 0 && code === 0) throw new Error(`${label} passed files it must reject:\n${output}`);

  const rejections = [];
  for (const entry of expected) {
    const found = diagnostics.filter((diagnostic) => where(diagnostic) === where(entry));
    if (found.length === 0)
      throw new Error(`${label} accepted ${where(entry)} (${entry.source}), which it must reject`);
    for (const note of entry.notes) {
      const match = found.find(
        (diagnostic) => diagnostic.code === note.code && flat(diagnostic.message).includes(flat(note.text)),
      );
      if (!match)
        throw new Error(
          `${label} rejected ${where(entry)} for another reason than ${note.code} "${note.text}":\n  ${found.map(describe).join('\n  ')}`,
        );
      rejections.push({ ...entry, diagnostic: match });
    }
    const unexplained = found.filter(
      (diagnostic) =>
        !entry.notes.some(
          (note) => diagnostic.code === note.code && flat(diagnostic.message).includes(flat(note.text)),
        ),
    );
    if (unexplained.length > 0)
      throw new Error(`${label} also reported, at a line it must reject:\n  ${unexplained.map(describe).join('\n  ')}`);
  }
  return { rejections, checked: files };
}
