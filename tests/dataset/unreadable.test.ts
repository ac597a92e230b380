import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, resolveConfig } from '../../src/config/load.js';
import { checkDataFolder } from '../../src/dataset/data-folder.js';
import { loadContent } from '../../src/dataset/content.js';
import { readExport } from '../../src/read/read-export.js';
import { stepsExport } from '../../src/schemas/steps.js';
import { unreadable } from '../support/fs.js';

// As any user, root included (`unreadable` fails the opening as the system would for another user).
describe('what cannot be read for lack of rights', () => {
  it('an export is named as such, not read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'alpes-locked-'));
    const path = join(dir, 'locked.csv');
    await writeFile(path, 'identifiant_participant;type_etape;date_debut\n');
    await unreadable(path);
    const result = await readExport(path, 'etapes.csv', stepsExport(), resolveConfig());
    expect(result).toMatchObject({
      unreadable: true,
      issues: [{ severity: 'error', file: 'etapes.csv', message: 'fichier illisible : droits insuffisants (vérifiez les droits de lecture)' }],
    });
  });

  it('the configuration file is said unreadable (a usage error)', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'alpes-locked-')), 'config.json');
    await writeFile(path, '{}');
    await unreadable(path);
    await expect(loadConfig(path)).rejects.toMatchObject({
      exitCode: 2,
      message: `Fichier de configuration illisible : ${path} : fichier illisible : droits insuffisants (vérifiez les droits de lecture)`,
    });
  });

  it('the data folder is said unreadable (a usage error)', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'alpes-locked-')), '2023');
    await mkdir(dir);
    await writeFile(join(dir, 'participants.csv'), 'identifiant\n');
    await unreadable(dir);
    await expect(checkDataFolder(dir, 2023, ['plie'])).rejects.toMatchObject({
      exitCode: 2,
      message: `Dossier de données illisible : ${dir} (droits insuffisants)`,
    });
  });

  it('the contenu folder is said unreadable', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'alpes-locked-')), '2023');
    await mkdir(join(dir, 'contenu'), { recursive: true });
    await unreadable(join(dir, 'contenu'));
    const { issues } = await loadContent(dir, resolveConfig());
    expect(issues.map((issue) => issue.message)).toEqual(['dossier illisible : droits insuffisants (vérifiez les droits de lecture)']);
  });
});
