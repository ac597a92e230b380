import { mkdir, mkdtemp, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isNoise } from '../../src/preview/noise.js';
import { startPreview } from '../../src/preview/server.js';
import { VALID_PLIE } from '../bad-input/inputs.js';
import { buildAfter } from '../support/preview.js';

describe('the files editors and systems write beside the exports', () => {
  it('are told from the files the report reads', () => {
    const noise = [
      '.~lock.participants.csv#',
      '~$participants.xlsx',
      'participants.csv~',
      '.participants.csv.swp',
      'contenu/.editorial.md.swp',
      '.DS_Store',
      'Thumbs.db',
      'desktop.ini',
      '#editorial.md#',
      'lu12345.tmp',
      'export.log',
      '.git/index',
      'contenu/textes/plie-sorties.md.bak',
    ];
    const read = [
      'participants.csv',
      'etapes.csv',
      'source.json',
      'contenu/editorial.md',
      'contenu/textes/plie-sorties.md',
      'Participants.CSV',
      'partials/figure.hbs',
    ];
    expect(noise.filter((path) => !isNoise(path))).toEqual([]);
    expect(read.filter(isNoise)).toEqual([]);
  });

  it('never hold a rebuild back, even a lock file rewritten all the time', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'alpes-noise-')), '2023');
    await mkdir(dir);
    for (const [name, content] of Object.entries(VALID_PLIE)) await writeFile(join(dir, name), content);
    const server = await startPreview({ year: 2023, dataDir: dir });
    // The spreadsheet keeps its lock and autosave files busy for as long as the export is open:
    // far more often than the preview's wait for quiet, were they watched.
    let writing = true;
    const busy = (async () => {
      for (let n = 0; writing; n++) {
        await writeFile(join(dir, '.~lock.participants.csv#'), `,analyste,poste,${n}`);
        await writeFile(join(dir, '~$participants.xlsx'), String(n));
        await writeFile(join(dir, 'participants.csv~'), String(n));
        await writeFile(join(dir, '.DS_Store'), String(n));
      }
    })();
    try {
      const version = server.current().version;
      await writeFile(join(dir, '..', 'etapes.csv'), VALID_PLIE['etapes.csv']!);
      await rename(join(dir, '..', 'etapes.csv'), join(dir, 'etapes.csv'));
      // Only the export's change causes a build, and it finishes.
      const rebuilt = await buildAfter(server, version);
      expect(rebuilt).toMatchObject({ ok: true, changed: [join(dir, 'etapes.csv')] });
    } finally {
      writing = false;
      await busy;
      await server.close();
    }
  }, 60_000);
});
