import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ErrorCode, ReportError } from '../errors.js';

/**
 * Writes every output into a temporary folder beside the destination, then moves each file in:
 * a failure leaves the earlier report untouched, and a reader never sees half a file.
 */
export async function writeOutputs(outDir: string, files: Readonly<Record<string, string | Uint8Array>>): Promise<string[]> {
  try {
    await mkdir(outDir, { recursive: true });
    const staging = await mkdtemp(join(dirname(outDir), '.alpes-report-'));
    try {
      for (const [name, content] of Object.entries(files)) await writeFile(join(staging, name), content);
      const written: string[] = [];
      for (const name of Object.keys(files)) {
        await rename(join(staging, name), join(outDir, name));
        written.push(join(outDir, name));
      }
      return written;
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  } catch (cause) {
    if (cause instanceof ReportError) throw cause;
    throw new ReportError(ErrorCode.OUTPUT_FAILED, `Écriture impossible dans ${outDir} : ${(cause as Error).message}`, { cause });
  }
}
