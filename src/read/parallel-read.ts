import type { FileHandle } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Config } from '../config/schema.js';
import { interrupted, ReportError, type DataIssue } from '../errors.js';
import { absentColumnIssue, mapHeaders, type MappedRow } from './columns.js';
import { holdsControlCharacters, MAX_CONTROL_ISSUES, MORE_CONTROLS } from './csv.js';
import { chunkDecoder, type ChunkEncoding } from './decode.js';
import { CsvTokenizer, detectDelimiter } from './tokenizer.js';
import type { ExportDefinition, Located } from '../schemas/export.js';
import { PART_READABLE, type PartReadable, type PartResult, type PartTask } from './read-part.js';
import type { ColumnStore } from './column-store.js';
import { identityOf } from './file-identity.js';
import { intern } from '../schemas/text-pool.js';
import { takeSlot } from './thread-slots.js';
import type { WholeReads } from './whole-reads.js';

/** When a file is read by several threads: from this size, by at most this many (one a core). */
export interface ParallelSettings {
  minBytes: number;
  threads: number;
  /** Where a file that must be read whole after all takes its turn beside the caller's other reads; at once when undefined. */
  wholeReads?: WholeReads;
}

export const PARALLEL_DEFAULTS: ParallelSettings = { minBytes: 32 << 20, threads: Math.min(availableParallelism(), 4) };

export interface ParallelRead<Store> {
  rows: Store;
  rejected: MappedRow[];
  issues: DataIssue[];
  /** How many threads read the file. */
  parts: number;
  /** The file changed or was cut while the threads read it: no row is kept. */
  unreadable?: true;
}

/** A part that cannot be read at all: the whole read fails with its message. */
class PartFailure extends Error {}

const isPartReadable = (file: string): file is PartReadable => file in PART_READABLE;

/** Whether an export of this size is read in parts under these settings, unless its first bytes say otherwise (`readInParallel`). */
export const mayReadInParts = (file: string, size: number, settings: ParallelSettings): boolean =>
  settings.threads >= 2 && size >= settings.minBytes && isPartReadable(file);

/**
 * Starts one thread on its part once a reading slot is free (`takeSlot`: at most `limit` threads
 * for every file read in parts). Compiled, the thread is a module beside this one; run from the
 * TypeScript sources (tests, bench), it needs tsx's loader. `stop` ends it early, or before its start.
 */
function startThread(task: PartTask, limit: number): { result: Promise<PartResult>; stop: () => void } {
  const self = import.meta.url;
  // A small young generation per thread: national peaks of 1 368–1 494 MiB with it, 1 486 in a run without.
  const options = { workerData: task, resourceLimits: { maxYoungGenerationSizeMb: 8 } };
  const stopped = new AbortController();
  let worker: Worker | undefined;
  const result = takeSlot(limit, stopped.signal).then((release) => {
    if (release === undefined) throw new Error('thread stopped before its start');
    // Stopped between the slot's grant and now: the slot goes to the next part, no thread starts.
    if (stopped.signal.aborted) {
      release();
      throw new Error('thread stopped before its start');
    }
    let started: Worker;
    try {
      started = self.endsWith('.ts')
        ? new Worker(
            `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(new URL('./read-part.worker.ts', self).href)}); });`,
            { ...options, eval: true },
          )
        : new Worker(new URL('./read-part.worker.js', self), options);
    } catch (cause) {
      release();
      throw cause;
    }
    worker = started;
    return new Promise<PartResult>((resolve, reject) => {
      started.once('message', resolve);
      started.once('error', reject);
      started.once('exit', (code) => reject(new Error(`thread stopped (${code})`)));
    }).finally(() => {
      void started.terminate();
      release();
    });
  });
  return {
    result,
    stop: () => {
      stopped.abort();
      void worker?.terminate();
    },
  };
}

/** The start of the line after `at` (a part boundary), or undefined past the end; read from the file the main thread opened. */
async function nextLineStart(handle: FileHandle, at: number): Promise<number | undefined> {
  const buffer = Buffer.alloc(1 << 16);
  const { bytesRead } = await handle.read(buffer, 0, buffer.length, at);
  const newline = buffer.subarray(0, bytesRead).indexOf(10);
  return newline === -1 ? undefined : at + newline + 1;
}

/**
 * Reads a large export by several threads, each a part of the file from a line start, and joins
 * their tables in file order. Undefined whenever the file must be read by one thread (too small,
 * an export that is not part-readable, quotes, an encoding to settle, a header to report, control
 * characters in the header row): the caller then reads it as usual, and its messages are exactly the
 * usual ones. `handle` is the caller's open file: the cuts are found in it, and each thread checks it
 * opens that same file. `newTable`: an empty store of the caller's kind, which the parts fill.
 */
export async function readInParallel<Row extends object, Store extends ColumnStore<Located<Row>>>(
  path: string,
  label: string,
  definition: ExportDefinition<Row>,
  head: Uint8Array,
  encoding: ChunkEncoding,
  size: number,
  handle: FileHandle,
  columnAliases: Config['columnAliases'],
  settings: ParallelSettings,
  newTable: () => Store,
  signal?: AbortSignal,
): Promise<ParallelRead<Store> | undefined> {
  if (!mayReadInParts(definition.file, size, settings)) return undefined;
  if (signal?.aborted) throw interrupted();
  if (encoding !== 'utf-8' && encoding !== 'windows-1252') return undefined;
  const headerEnd = head.indexOf(10) + 1;
  const firstCr = head.indexOf(13);
  // A quoted header, or lines ended by a lone CR: read as usual.
  if (headerEnd === 0 || head.subarray(0, headerEnd).includes(0x22) || (firstCr !== -1 && head[firstCr + 1] !== 10)) return undefined;
  const headerText = chunkDecoder(encoding)(head.subarray(0, headerEnd), true);
  // Parts are read past the header: the single read checks it, and says what it holds.
  if (holdsControlCharacters(headerText)) return undefined;
  const delimiter = detectDelimiter(headerText);
  const headers = new CsvTokenizer(delimiter).push(headerText, true)[0]?.cells;
  if (headers === undefined) return undefined;
  const mapped = mapHeaders(label, headers, definition.specs, columnAliases[definition.file]);
  if (mapped.issues.some((issue) => issue.severity === 'error')) return undefined;

  const bounds = [headerEnd];
  for (let k = 1; k < settings.threads; k++) {
    const start = await nextLineStart(handle, headerEnd + Math.floor((k * (size - headerEnd)) / settings.threads));
    if (start !== undefined && start > bounds.at(-1)! && start < size) bounds.push(start);
  }
  bounds.push(size);
  // Each thread opens the file by name: it checks that it is the one opened here.
  const identity = identityOf(await handle.stat(), size);
  const tasks = bounds.slice(0, -1).map((start, k): PartTask => ({
    path,
    label,
    file: definition.file as PartReadable,
    start,
    end: bounds[k + 1]!,
    identity,
    encoding,
    headers,
    delimiter,
    map: mapped.map,
  }));
  const threads = tasks.map((task) => startThread(task, settings.threads));
  // The first part that cannot be read this way stops the others: the file is read by one thread
  // (or not at all when it changed or was cut meanwhile).
  const settled = threads.map(({ result }) =>
    result.then((r) => {
      if ('failure' in r) throw new PartFailure(r.failure);
      if ('fallback' in r) throw new Error(r.fallback);
      return r;
    }),
  );
  // Ctrl-C stops every thread at once.
  let onAbort = () => undefined as void;
  const stopped = new Promise<never>((_, fail) => {
    onAbort = () => fail(interrupted());
    if (signal?.aborted) onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  stopped.catch(() => undefined);
  let parts: Extract<PartResult, { part: unknown }>[];
  try {
    parts = await Promise.race([Promise.all(settled), stopped]);
  } catch (error) {
    for (const { stop } of threads) stop();
    await Promise.allSettled(settled);
    if (error instanceof ReportError) throw error;
    if (error instanceof PartFailure) {
      return { rows: newTable(), rejected: [], issues: [{ severity: 'error', file: label, message: error.message }], parts: threads.length, unreadable: true };
    }
    return undefined;
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }

  // Part k's line 1 is the line after the header and the lines of the parts before it.
  const shifts = parts.map((_, k) => 1 + parts.slice(0, k).reduce((n, p) => n + p.newlines, 0));
  // A text is shared with the other files' (a person's identifier read from jeunes.csv): each thread's copy is let go.
  const rows = newTable().joinParts(
    parts.map((p) => p.part),
    shifts,
    (value) => (typeof value === 'string' ? intern(value) : value),
  );
  const shifted = <T extends { line?: number }>(items: readonly T[], k: number): T[] =>
    items.map((item) => (item.line === undefined ? item : { ...item, line: item.line + shifts[k]! }));
  // An absent column that rows need: one error, naming the first row of the file that needs it.
  const absent = new Map<string, DataIssue>();
  parts.forEach((p, k) => {
    for (const [column, { line, reason }] of p.absent)
      if (!absent.has(column)) absent.set(column, absentColumnIssue(mapped.map, column, line + shifts[k]!, reason));
  });
  return {
    rows,
    rejected: parts.flatMap((p, k) => shifted(p.rejected, k)),
    // In the order a single read gives them: the CSV's, the header's, the rows'.
    issues: [...readerIssues(label, parts, shifts), ...mapped.issues, ...absent.values(), ...parts.flatMap((p, k) => shifted(p.issues, k))],
    parts: parts.length,
  };
}

/**
 * The parts' reader issues, in file order, with the cells holding control characters capped once
 * for the whole file as a single read caps them (each part cites its first ones, and says where the
 * first cell it did not cite is).
 */
function readerIssues(file: string, parts: readonly Extract<PartResult, { part: unknown }>[], shifts: readonly number[]): DataIssue[] {
  const issues: DataIssue[] = [];
  let cited = 0;
  let more = false;
  parts.forEach((p, k) => {
    const controls = new Set(p.controls.indexes);
    const own: DataIssue[] = [];
    p.readerIssues.forEach((issue, i) => {
      const at = issue.line === undefined ? issue : { ...issue, line: issue.line + shifts[k]! };
      if (!controls.has(i)) own.push(at);
      else if (cited < MAX_CONTROL_ISSUES) {
        cited++;
        own.push(at);
      } else if (!more) {
        more = true;
        own.push({ severity: 'error', file, line: at.line!, message: MORE_CONTROLS });
      }
    });
    if (p.controls.firstUncited !== undefined && !more) {
      more = true;
      const line = p.controls.firstUncited + shifts[k]!;
      const after = own.findIndex((issue) => (issue.line ?? 0) > line);
      own.splice(after === -1 ? own.length : after, 0, { severity: 'error', file, line, message: MORE_CONTROLS });
    }
    issues.push(...own);
  });
  return issues;
}
