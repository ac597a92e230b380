import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordedSet, RECORD } from '../../src/output/written-record.js';
import { writeOutputs } from '../../src/output/write.js';

const read = (out: string, name: string) => readFile(join(out, name), 'utf8').catch(() => undefined);

/** An output folder after a run that wrote lompret.pdf and verlinghem.pdf, where the user added notes.pdf. */
async function afterFirstRun(): Promise<string> {
  const out = await mkdtemp(join(tmpdir(), 'alpes-record-'));
  const first = await recordedSet(out, 'communes', { 'lompret.pdf': 'fiche lompret 2022', 'verlinghem.pdf': 'fiche verlinghem 2022' });
  await writeOutputs(out, first.files, { remove: first.remove });
  await writeFile(join(out, 'communes', 'notes.pdf'), 'les notes de l’utilisatrice');
  return out;
}

describe('the record of the files written in a subfolder (communes/)', () => {
  it('lists each file written with its hash, in the set written', async () => {
    const out = await afterFirstRun();
    expect((await readdir(join(out, 'communes'))).sort()).toEqual([RECORD, 'lompret.pdf', 'notes.pdf', 'verlinghem.pdf']);
    const record = JSON.parse((await read(out, `communes/${RECORD}`))!) as { files: Record<string, string> };
    expect(Object.keys(record.files).sort()).toEqual(['lompret.pdf', 'verlinghem.pdf']);
    expect(record.files['lompret.pdf']).toMatch(/^[0-9a-f]{64}$/);
  });

  it('removes a recorded file the new set no longer holds, never a file of the user’s', async () => {
    const out = await afterFirstRun();
    // Verlinghem left the territory.
    const next = await recordedSet(out, 'communes', { 'lompret.pdf': 'fiche lompret 2023' });
    expect(next.remove).toEqual(['communes/verlinghem.pdf']);
    expect(next.changed).toEqual([]);
    await writeOutputs(out, next.files, { remove: next.remove });
    expect((await readdir(join(out, 'communes'))).sort()).toEqual([RECORD, 'lompret.pdf', 'notes.pdf']);
    expect(await read(out, 'communes/lompret.pdf')).toBe('fiche lompret 2023');
    expect(await read(out, 'communes/notes.pdf')).toBe('les notes de l’utilisatrice');
    // The record no longer names it: a file of that name put back later is the user's.
    await writeFile(join(out, 'communes', 'verlinghem.pdf'), 'fiche verlinghem 2022');
    expect((await recordedSet(out, 'communes', { 'lompret.pdf': 'fiche lompret 2023' })).remove).toEqual([]);
  });

  it('leaves a recorded file that was changed since it was written (it is the user’s now)', async () => {
    const out = await afterFirstRun();
    await writeFile(join(out, 'communes', 'verlinghem.pdf'), 'fiche verlinghem annotée');
    const next = await recordedSet(out, 'communes', { 'lompret.pdf': 'fiche lompret 2023' });
    expect(next).toMatchObject({ remove: [], changed: ['communes/verlinghem.pdf'] });
    await writeOutputs(out, next.files, { remove: next.remove });
    expect(await read(out, 'communes/verlinghem.pdf')).toBe('fiche verlinghem annotée');
  });

  it('removes nothing without a record of ours: absent, not JSON, another shape, or naming a file outside the folder', async () => {
    const out = await mkdtemp(join(tmpdir(), 'alpes-record-'));
    await mkdir(join(out, 'communes'));
    await writeFile(join(out, 'communes', 'verlinghem.pdf'), 'x');
    await writeFile(join(out, 'secret.txt'), 'x');
    const hash = '0'.repeat(64);
    expect((await recordedSet(out, 'communes', {})).remove).toEqual([]);
    for (const record of ['{', '[]', '{"files": ["verlinghem.pdf"]}', JSON.stringify({ files: { '../secret.txt': hash, 'a/b': hash } })]) {
      await writeFile(join(out, 'communes', RECORD), record);
      expect(await recordedSet(out, 'communes', {})).toMatchObject({ remove: [], changed: [] });
    }
    // A genuine record naming `../secret.txt` with its real hash: still refused.
    const real = await recordedSet(out, 'communes', { 'verlinghem.pdf': 'x' });
    const hashOfX = (JSON.parse(real.files[`communes/${RECORD}`] as string) as { files: Record<string, string> }).files['verlinghem.pdf']!;
    await writeFile(join(out, 'communes', RECORD), JSON.stringify({ files: { '../secret.txt': hashOfX, 'verlinghem.pdf': hashOfX } }));
    expect((await recordedSet(out, 'communes', {})).remove).toEqual(['communes/verlinghem.pdf']);
  });
});
