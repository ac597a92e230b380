import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recoverFolder, STAGING_PREFIX, writeJournal } from '../../src/output/recovery.js';
import { writeOutputs } from '../../src/output/write.js';
import { eventually } from '../support/fs.js';

/** The files of `--format communes`: one per commune, in a subfolder of the output folder. */
const NEW_SET = { 'indicators-2023.json': 'new json', 'communes/lompret.pdf': 'new lompret', 'communes/verlinghem.pdf': 'new verlinghem' };

async function outputFolder(): Promise<string> {
  const out = await mkdtemp(join(tmpdir(), 'alpes-subfolder-'));
  await mkdir(join(out, 'communes'));
  await writeFile(join(out, 'indicators-2023.json'), 'old json');
  await writeFile(join(out, 'communes', 'lompret.pdf'), 'old lompret');
  return out;
}

const read = (out: string, name: string) => readFile(join(out, name), 'utf8').catch(() => undefined);

describe('the outputs of a subfolder (communes/<commune>.pdf)', () => {
  it('are written into a folder made for them, replacing the earlier ones', async () => {
    const out = await mkdtemp(join(tmpdir(), 'alpes-subfolder-'));
    await writeOutputs(out, NEW_SET);
    expect((await readdir(join(out, 'communes'))).sort()).toEqual(['lompret.pdf', 'verlinghem.pdf']);
    const again = await outputFolder();
    await writeOutputs(again, NEW_SET);
    expect(await read(again, 'communes/lompret.pdf')).toBe('new lompret');
    expect((await readdir(again)).sort()).toEqual(['communes', 'indicators-2023.json']);
  });

  it('are completed, or undone, with the others after a run killed half-way', async () => {
    for (const direction of ['forward', 'back'] as const) {
      const out = await outputFolder();
      let moved = 0;
      void writeOutputs(out, NEW_SET, { afterMove: () => (++moved === 2 ? new Promise<void>(() => undefined) : undefined) });
      await eventually(() => moved === 2, { what: '2 fichiers déplacés' });
      const staging = join(
        out,
        (await readdir(out)).find((name) => name.startsWith(STAGING_PREFIX))!,
      );
      if (direction === 'back') await writeJournal(staging, { direction, files: Object.keys(NEW_SET) });
      expect(await recoverFolder(out, staging)).toBe(direction === 'forward' ? 'completed' : 'undone');
      expect(await read(out, 'communes/lompret.pdf')).toBe(direction === 'forward' ? 'new lompret' : 'old lompret');
      expect(await read(out, 'communes/verlinghem.pdf')).toBe(direction === 'forward' ? 'new verlinghem' : undefined);
      expect(await read(out, 'indicators-2023.json')).toBe(direction === 'forward' ? 'new json' : 'old json');
    }
  });

  it('remove an earlier file the new set no longer holds with the set: completed, or put back, after a run killed half-way', async () => {
    const gone = async () => {
      const out = await outputFolder();
      await writeFile(join(out, 'communes', 'wambrechies.pdf'), 'old wambrechies');
      return out;
    };
    const whole = await gone();
    await writeOutputs(whole, NEW_SET, { remove: ['communes/wambrechies.pdf', 'communes/absent.pdf'] });
    expect((await readdir(join(whole, 'communes'))).sort()).toEqual(['lompret.pdf', 'verlinghem.pdf']);
    for (const direction of ['forward', 'back'] as const) {
      const out = await gone();
      let moved = 0;
      const remove = ['communes/wambrechies.pdf'];
      void writeOutputs(out, NEW_SET, { remove, afterMove: () => (++moved === 2 ? new Promise<void>(() => undefined) : undefined) });
      await eventually(() => moved === 2, { what: '2 fichiers déplacés' });
      const staging = join(
        out,
        (await readdir(out)).find((name) => name.startsWith(STAGING_PREFIX))!,
      );
      if (direction === 'back') await writeJournal(staging, { direction, files: Object.keys(NEW_SET), removed: remove });
      expect(await recoverFolder(out, staging)).toBe(direction === 'forward' ? 'completed' : 'undone');
      expect(await read(out, 'communes/wambrechies.pdf')).toBe(direction === 'forward' ? undefined : 'old wambrechies');
      expect(await read(out, 'communes/lompret.pdf')).toBe(direction === 'forward' ? 'new lompret' : 'old lompret');
    }
  });

  it('put back a removed file when a run is undone after it was set aside', async () => {
    const out = await outputFolder();
    const staging = join(out, `${STAGING_PREFIX}test`);
    await mkdir(join(staging, 'new'), { recursive: true });
    await mkdir(join(staging, 'old', 'communes'), { recursive: true });
    await writeFile(join(staging, 'old', 'communes', 'wambrechies.pdf'), 'old wambrechies');
    await writeJournal(staging, { direction: 'back', files: [], removed: ['communes/wambrechies.pdf'] });
    expect(await recoverFolder(out, staging)).toBe('undone');
    expect(await read(out, 'communes/wambrechies.pdf')).toBe('old wambrechies');
  });

  it('never leave the output folder: a journal naming `../x` is no journal of ours', async () => {
    const out = await outputFolder();
    const staging = join(out, `${STAGING_PREFIX}test`);
    await mkdir(staging);
    await writeJournal(staging, { direction: 'forward', files: ['../escape.pdf'] });
    expect(await recoverFolder(out, staging)).toBe('removed');
    // A removed name leaving the folder: the file beside the output folder stays where it is.
    const beside = `escape-${basename(out)}.pdf`;
    await writeFile(join(out, '..', beside), 'not ours');
    await mkdir(join(staging, 'old'), { recursive: true });
    await writeFile(join(staging, beside), 'would say it was set aside');
    await writeJournal(staging, { direction: 'forward', files: [], removed: [`../${beside}`] });
    expect(await recoverFolder(out, staging)).toBe('removed');
    expect(await readFile(join(out, '..', beside), 'utf8')).toBe('not ours');
    await rm(join(out, '..', beside));
  });
});
