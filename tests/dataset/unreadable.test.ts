import { chmod, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { readExport } from '../../src/dataset/read-export.js';
import { stepsExport } from '../../src/schemas/steps.js';

// Root reads a file whatever its mode: opening `locked.csv` is made to fail as it would for another user.
vi.mock('node:fs/promises', async (original) => {
  const actual = await original<typeof import('node:fs/promises')>();
  const denied = () => Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
  return { ...actual, open: vi.fn((path: string, ...rest: unknown[]) => (String(path).endsWith('locked.csv') ? Promise.reject(denied()) : (actual.open as (...a: unknown[]) => unknown)(path, ...rest))) };
});

describe('an unreadable export', () => {
  it('is named as such, not read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'alpes-locked-'));
    const path = join(dir, 'locked.csv');
    await writeFile(path, 'identifiant_participant;type_etape;date_debut\n');
    await chmod(path, 0);
    const result = await readExport(path, 'etapes.csv', stepsExport(), resolveConfig());
    expect(result).toMatchObject({ unreadable: true, issues: [{ severity: 'error', file: 'etapes.csv', message: 'fichier illisible : droits insuffisants (vérifiez les droits de lecture)' }] });
  });
});
