import { rm } from 'node:fs/promises';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCase } from './bad-input.js';
import { CORPUS } from './corpus.js';

const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe('the bad-input corpus', () => {
  afterEach(() => vi.restoreAllMocks());

  it('has at least 100 cases, 80 of them broken inputs', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(100);
    expect(CORPUS.filter((c) => c.exitCode !== 0 || c.says.length > 0).length).toBeGreaterThanOrEqual(80);
    expect(new Set(CORPUS.map((c) => c.name)).size).toBe(CORPUS.length);
  });

  it.each(CORPUS.map((c) => [c.name, c] as const))(
    '%s',
    async (_name, input) => {
      const { code, stderr, stdout, paths, before, after } = await runCase(input);
      for (const said of input.says) {
        if (typeof said === 'string') expect(stderr, stderr).toContain(said);
        else expect(stderr, stderr).toMatch(said);
      }
      for (const said of input.saysOnce ?? []) expect(occurrences(stderr, said), stderr).toBe(1);
      for (const unsaid of input.neverSays ?? []) {
        if (typeof unsaid === 'string') expect(stderr, stderr).not.toContain(unsaid);
        else expect(stderr, stderr).not.toMatch(unsaid);
      }
      for (const printed of input.prints ?? []) {
        if (typeof printed === 'string') expect(stdout, stdout).toContain(printed);
        else expect(stdout, stdout).toMatch(printed);
      }
      // Never a stack trace, never « erreur inattendue »: every failure is said in French.
      expect(stderr).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n/);
      expect(stderr).not.toContain('Erreur inattendue');
      expect({ code, stderr: code === input.exitCode ? '' : stderr }).toEqual({ code: input.exitCode, stderr: '' });
      // A run that fails writes nothing and replaces nothing: the previous report stays whole.
      if (code !== 0) expect(after).toEqual(before);
      if (input.output) {
        const written = await readFile(join(paths.out, input.output.file), 'utf8');
        for (const text of input.output.contains ?? []) expect(written).toContain(text);
        for (const text of input.output.lacks ?? []) expect(written).not.toContain(text);
      }
      await rm(paths.root, { recursive: true, force: true });
    },
    60_000,
  );
});
