import { mkdir, mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ErrorCode, ReportError } from '../errors.js';


/**
 * Writes the outputs as one set: every file is first written into a staging folder inside the
 * destination; then each is moved into place, the file it replaces kept aside until all are in.
 * On any failure the moved files are removed and the earlier ones put back, so the folder holds
 * either the whole new report or the whole earlier one, and never half a file.
 */
export async function writeOutputs(outDir: string, files: Readonly<Record<string, string | Uint8Array>>): Promise<string[]> {
  let staging: string | undefined;
  const placed: string[] = [];
  const setAside: { target: string; kept: string }[] = [];
  try {
    await mkdir(outDir, { recursive: true });
    staging = await mkdtemp(join(outDir, '.alpes-report-'));
    for (const [name, content] of Object.entries(files)) await writeFile(join(staging, name), content);
    for (const name of Object.keys(files)) {
      const target = join(outDir, name);
      const existing = await stat(target).catch(() => undefined);
      if (existing?.isDirectory()) throw new Error(`${target} est un dossier`);
      if (existing) {
        const kept = join(staging, `${name}.avant`);
        await rename(target, kept);
        setAside.push({ target, kept });
      }
      await rename(join(staging, name), target);
      placed.push(target);
    }
    return placed;
  } catch (cause) {
    for (const target of placed) await rm(target, { recursive: true, force: true }).catch(() => undefined);
    for (const { target, kept } of setAside) await rename(kept, target).catch(() => undefined);
    throw new ReportError(ErrorCode.OUTPUT_FAILED, `Écriture impossible dans ${outDir} : ${(cause as Error).message}. Le rapport précédent est conservé.`, { cause });
  } finally {
    if (staging) await rm(staging, { recursive: true, force: true }).catch(() => undefined);
  }
}
