import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli.js';
import { CORPUS, VALID_ML, VALID_PLIE, type BadInput } from './corpus.js';

/** Runs the command line in-process on the case's folder; returns its exit code and what it printed. */
async function runCase(input: BadInput): Promise<{ code: number; stderr: string; out: string }> {
  const root = await mkdtemp(join(tmpdir(), 'alpes-bad-'));
  const dir = join(root, '2023');
  const files: Record<string, string | Buffer | undefined> = { ...VALID_PLIE, ...(input.ml ? VALID_ML : {}), ...input.files };
  for (const [name, content] of Object.entries(files)) {
    if (content === undefined) continue;
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  await mkdir(dir, { recursive: true });
  const out = join(root, 'out');
  const args = ['node', 'alpes-report', input.year ?? '2023', '--data', dir, '--out', out, '--quiet', '--format', 'json', ...(input.args ?? [])];
  if (input.config !== undefined) {
    await writeFile(join(root, 'config.json'), input.config);
    args.push('--config', join(root, 'config.json'));
  }
  let stderr = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const code = await main(args);
  vi.restoreAllMocks();
  return { code, stderr: stderr.replaceAll(`${dir}/`, '').replaceAll(`${root}/`, ''), out };
}

describe('the bad-input corpus', () => {
  afterEach(() => vi.restoreAllMocks());

  it('has at least 40 broken inputs', () => {
    expect(CORPUS.filter((c) => c.exitCode !== 0 || c.says.length > 0).length).toBeGreaterThanOrEqual(40);
  });

  it.each(CORPUS.map((c) => [c.name, c] as const))('%s', async (_name, input) => {
    const { code, stderr, out } = await runCase(input);
    for (const said of input.says) {
      if (typeof said === 'string') expect(stderr, stderr).toContain(said);
      else expect(stderr, stderr).toMatch(said);
    }
    // Never a stack trace, never « erreur inattendue »: every failure is said in French.
    expect(stderr).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n/);
    expect(stderr).not.toContain('Erreur inattendue');
    expect({ code, stderr: code === input.exitCode ? '' : stderr }).toEqual({ code: input.exitCode, stderr: '' });
    if (input.output) {
      const written = await readFile(join(out, input.output.file), 'utf8');
      for (const text of input.output.contains ?? []) expect(written).toContain(text);
      for (const text of input.output.lacks ?? []) expect(written).not.toContain(text);
    }
    await rm(dirname(out), { recursive: true, force: true });
  }, 60_000);
});
