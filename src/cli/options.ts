/// <reference types="node" />
/**
 * What every command shares: the io it writes to, the one kind of error a user can cause (said in
 * one sentence, exit code 2, never a stack trace), and the parsing and checking of options.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { FEED_FORMATS, type FeedFormat } from '../feed/parse.js';

/** `process.stdout` or anything that collects text; progress is shown only where `isTTY` is true. */
export interface CliOutput {
  write(text: string): void;
  isTTY?: boolean;
}

export interface CliIo {
  stdout: CliOutput;
  stderr: CliOutput;
  /** What relative paths are read from and written to; default the process's. */
  cwd?: string;
  /** Stops a long-running command (`proxy`) as SIGINT does. */
  signal?: AbortSignal;
}

/** A mistake of the user's (an unknown option, a missing file): its message is the whole report. */
export class CliError extends Error {
  override name = 'CliError';
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** `parseArgs` in strict mode, its errors reworded as one sentence that names the command. */
export function parseOptions<T extends Options>(command: string, args: string[], options: T, allowPositionals: boolean) {
  try {
    return parseArgs({ args, options: { help: { type: 'boolean', short: 'h' }, ...options }, allowPositionals, strict: true });
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string };
    // `'-o, --output <value>'`: the long name; `'x'` for an argument
    const quoted = /'([^']+)'/.exec(message ?? '')?.[1] ?? '';
    const named = quoted.split(/[ ,]+/).filter((word) => word.startsWith('-')).pop() ?? quoted;
    const see = `(see status-elements ${command} --help)`;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new CliError(`status-elements ${command}: unknown option ${named} ${see}.`);
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw new CliError(`status-elements ${command}: unexpected argument "${named}" ${see}.`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const wrong = message?.includes('does not take an argument') ? 'takes no value' : 'needs a value';
      throw new CliError(`status-elements ${command}: option ${named} ${wrong} ${see}.`);
    }
    throw error;
  }
}

export function checkFormat(command: string, format: string | undefined): FeedFormat | undefined {
  if (format === undefined || FEED_FORMATS.includes(format as FeedFormat)) return format as FeedFormat | undefined;
  throw new CliError(`status-elements ${command}: unknown format "${format}": expected one of ${FEED_FORMATS.join(', ')}.`);
}

export function checkTimeZone(command: string, option: string, zone: string | undefined): string | undefined {
  if (zone === undefined) return undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    throw new CliError(`status-elements ${command}: ${option} "${zone}" is not an IANA time zone (such as America/Guayaquil or UTC).`);
  }
}

/** `3 incidents`, `1 incident`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Writes a command's result to `output` (relative to the io's cwd), or to stdout without one. */
export async function writeOutput(command: string, output: string | undefined, text: string, io: CliIo): Promise<void> {
  if (output === undefined) {
    io.stdout.write(text);
    return;
  }
  try {
    await writeFile(resolve(io.cwd ?? process.cwd(), output), text);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason =
      code === 'ENOENT' ? 'its folder does not exist' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message;
    throw new CliError(`status-elements ${command}: cannot write ${output}: ${reason}.`);
  }
  if (io.stderr.isTTY) io.stderr.write(`wrote ${output}\n`);
}
