/// <reference types="node" />
/**
 * Reading the feeds a command is given: each a file or an http(s) URL, read with the library's
 * readers, one after the other (they are one page's endpoints), with a progress line on a
 * terminal and none in a pipe. Several sources are merged as `src="a.json b.json"` is.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fetchFeed, DEFAULT_TIMEOUT } from '../feed/fetch.js';
import { mergeFeeds } from '../feed/merge.js';
import type { StatusFeed } from '../feed/model.js';
import { parseFeedAsync, type FeedFormat } from '../feed/parse.js';
import type { FeedErrorKind, FeedIssue, ReadFormat } from '../feed/result.js';
import type { CliIo } from './options.js';

/** A source that could not be read: the library's kinds, and `file` for a file that is not there or not readable. */
export interface SourceError {
  kind: FeedErrorKind | 'file';
  message: string;
}

export type SourceResult =
  | { source: string; ok: true; format?: ReadFormat; feed: StatusFeed; issues: FeedIssue[] }
  | { source: string; ok: false; error: SourceError };

export interface ReadOptions {
  format?: FeedFormat;
  feedTimeZone?: string;
}

const URL_LIKE = /^[a-z][a-z\d+.-]*:\/\//i;

/** Node's fetch fails with "fetch failed" and the reason in its cause (ECONNREFUSED, ENOTFOUND): say it. */
const explainedFetch: typeof fetch = (input, init) =>
  fetch(input, init).catch((error: unknown) => {
    const cause = (error as { cause?: unknown }).cause;
    if (error instanceof Error && error.name !== 'AbortError' && cause instanceof Error && cause.message) throw new Error(`${error.message}: ${cause.message}`);
    throw error;
  });

/** Reads one source; never throws. */
async function readSource(source: string, options: ReadOptions, cwd: string): Promise<SourceResult> {
  const failed = (kind: SourceError['kind'], message: string): SourceResult => ({ source, ok: false, error: { kind, message } });
  let path = source;
  if (URL_LIKE.test(source)) {
    let url: URL;
    try {
      url = new URL(source);
    } catch {
      return failed('network', `${source} is not a valid URL`);
    }
    if (url.protocol === 'file:') path = fileURLToPath(url);
    else if (url.protocol !== 'http:' && url.protocol !== 'https:') return failed('network', `Only http, https and file URLs are read, not ${url.protocol}`);
    else {
      const outcome = await fetchFeed(url.href, { ...options, timeout: DEFAULT_TIMEOUT, fetch: explainedFetch });
      if (!outcome.ok) return failed(outcome.error.kind, outcome.error.message);
      // never a 304: no validators were sent
      if (outcome.notModified) return failed('http', `HTTP 304 from ${source} with no feed`);
      return { source, ok: true, format: outcome.format, feed: outcome.feed, issues: outcome.issues };
    }
  }
  let text: string;
  try {
    text = await readFile(resolve(cwd, path), 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message;
    return failed('file', `Cannot read ${source}: ${reason}`);
  }
  const result = await parseFeedAsync(text, options);
  if (!result.ok) return failed(result.error.kind, result.error.message);
  return { source, ok: true, format: result.format, feed: result.feed, issues: result.issues };
}

/** Reads every source in turn; on a terminal, says which one it is at when there is more than a file to wait for. */
export async function readSources(sources: readonly string[], options: ReadOptions, io: CliIo): Promise<SourceResult[]> {
  const cwd = io.cwd ?? process.cwd();
  const progress = io.stderr.isTTY === true && (sources.length > 1 || sources.some((source) => URL_LIKE.test(source)));
  const results: SourceResult[] = [];
  for (const [index, source] of sources.entries()) {
    // one line, rewritten in place and cleared at the end
    if (progress) io.stderr.write(`\r\x1b[Kreading ${index + 1}/${sources.length} ${source}`);
    results.push(await readSource(source, options, cwd));
  }
  if (progress) io.stderr.write('\r\x1b[K');
  return results;
}

/** The feed of every source read, merged; undefined when none could be read. */
export function mergedFeed(results: readonly SourceResult[]): StatusFeed | undefined {
  const feeds = results.flatMap((result) => (result.ok ? [result.feed] : []));
  return feeds.length > 0 ? mergeFeeds(feeds) : undefined;
}

export function describeError(result: Extract<SourceResult, { ok: false }>): string {
  return `${result.source}: unreadable (${result.error.kind}): ${result.error.message}`;
}

/**
 * For `convert` and `render`, which write one feed: every source must have been read (a page
 * written from part of its endpoints would look whole). Says which were not, on stderr.
 */
export function allRead(results: readonly SourceResult[], io: CliIo): StatusFeed | undefined {
  const failures = results.filter((result) => !result.ok);
  for (const failure of failures) io.stderr.write(`${describeError(failure)}\n`);
  if (failures.length > 0) return undefined;
  // what was repaired is said, and does not stop the output
  for (const result of results) if (result.ok) for (const issue of result.issues) io.stderr.write(`${result.source}: ${issue.message}\n`);
  return mergedFeed(results);
}
