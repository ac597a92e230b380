import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { buildReport } from '../../src/report.js';

const { recoverOutputs } = vi.hoisted(() => ({ recoverOutputs: { calls: [] as string[] } }));
vi.mock('../../src/output/recovery.js', async (original) => {
  const actual = await original<typeof import('../../src/output/recovery.js')>();
  return {
    ...actual,
    recoverOutputs: (outDir: string) => {
      recoverOutputs.calls.push(outDir);
      return actual.recoverOutputs(outDir);
    },
  };
});

describe('the recovery of the output folder', () => {
  it('runs once per build, before anything else', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'alpes-once-')), 'out');
    const result = await buildReport({ year: 2023, dataDir: 'fixtures/2023', outDir: out, formats: ['json'] });
    expect(result.files).toEqual([join(out, 'indicators-2023.json')]);
    expect(recoverOutputs.calls).toEqual([out]);
  }, 60_000);
});
