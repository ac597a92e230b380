import type { ErrorCode } from '../errors.js';

/** To the printer's thread: a page to print (its contents' page numbers read with `destinationPages`), or the end. */
export type ToPrinter =
  { kind: 'print'; id: number; html: string; date: number; contents: boolean; previousPages: [string, number][] | undefined } | { kind: 'close' };

/** From the printer's thread: a print asked of Chromium, its PDF, or its failure (always a `ReportError`, said by its code and message). */
export type FromPrinter =
  { kind: 'printing'; id: number } | { kind: 'printed'; id: number; pdf: Uint8Array } | { kind: 'failed'; id: number; code: ErrorCode; message: string };
