import { rm } from 'node:fs/promises';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { terminalTypography } from '../../src/cli/say.js';
import { typographyEdits } from '../../src/text/typography.js';
import { runCase } from './bad-input.js';
import { CORPUS } from './corpus.js';

const occurrences = (text: string, part: string) => text.split(part).length - 1;

/**
 * The cases say what the command says as typed; the command typesets what it writes (cli/say.ts:
 * no-break spaces, ’), so do they. Its typography is tested on its own (tests/cli-typography.test.ts).
 * A pattern is typeset as the text it matches: `\?` read as « ? », `$` as a line end.
 */
function typeset<T extends string | RegExp>(said: T): T {
  if (typeof said === 'string') return terminalTypography(said) as T;
  const units = [...said.source.matchAll(/\\[^dswbDSWB]|\\.|\$|./gsu)].map(([raw]) => ({
    raw,
    char: raw === '$' ? '\n' : raw.length === 2 && !/[dswbDSWB]/.test(raw[1]!) ? raw[1]! : raw.length === 2 ? 'x' : raw,
  }));
  const edits = typographyEdits(units.map((u) => u.char).join(''), { keepQuoted: true });
  for (const { at, remove, insert } of edits.reverse()) units.splice(at, remove, ...[...insert].map((char) => ({ raw: char, char })));
  return new RegExp(units.map((u) => u.raw).join(''), said.flags) as T;
}

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
      for (const said of input.says.map(typeset)) {
        if (typeof said === 'string') expect(stderr, stderr).toContain(said);
        else expect(stderr, stderr).toMatch(said);
      }
      for (const said of (input.saysOnce ?? []).map(typeset)) expect(occurrences(stderr, said), stderr).toBe(1);
      for (const unsaid of (input.neverSays ?? []).map(typeset)) {
        if (typeof unsaid === 'string') expect(stderr, stderr).not.toContain(unsaid);
        else expect(stderr, stderr).not.toMatch(unsaid);
      }
      for (const printed of (input.prints ?? []).map(typeset)) {
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
