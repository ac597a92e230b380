import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli.js';
import { say } from '../src/cli/say.js';
import { formatIssues } from '../src/errors.js';

const N = '\u202f';

/** What `main` writes on stderr and stdout. */
async function run(...args: string[]): Promise<{ code: number; stderr: string; stdout: string }> {
  let stderr = '';
  let stdout = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  const code = await main(['node', 'alpes-report', ...args]);
  vi.restoreAllMocks();
  return { code, stderr, stdout };
}

/** French typography in what the command line writes: no plain space before a mark or inside « », no straight apostrophe. */
function expectTypeset(text: string): void {
  expect(text).not.toMatch(/(?<![:;!?«(\s])[ \u00a0][;:!?%»]/);
  expect(text).not.toMatch(/«(?!\u202f)/);
  expect(text).not.toMatch(/\p{L}'\p{L}/u);
}

describe('the command line’s typography', () => {
  afterEach(() => vi.restoreAllMocks());

  it('typesets its errors, their hints and commander’s own', async () => {
    const unknown = await run('2023', '--dta', 'x');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(`Erreur${N}: option inconnue «${N}--dta${N}» (vouliez-vous dire «${N}--data${N}»${N}?)`);
    expect(unknown.stderr).toContain('(alpes-report --help pour l’aide)');
    expectTypeset(unknown.stderr);
    const year = await run('vingt-trois');
    expect(year.stderr).toContain(`«${N}vingt-trois${N}» n’est pas une année`);
    expectTypeset(year.stderr);
  });

  it('typesets the help', async () => {
    const { code, stdout } = await run('--help');
    expect(code).toBe(0);
    expect(stdout).toContain(`Utilisation${N}:`);
    expect(stdout).toContain('rien n’est écrit');
    expectTypeset(stdout);
  });

  it('keeps the place of a data problem as editors read it, and what it quotes as typed', () => {
    let stderr = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
    const issues = [3, 5].map((line) => ({
      severity: 'warning' as const,
      file: "l'export.csv",
      line,
      column: 'commune',
      message: "« L'Isle » n'est pas admise",
    }));
    say(`${issues.length} avertissements :\n${formatIssues(issues)}\n`);
    expect(stderr).toBe(`2 avertissements${N}:\nl'export.csv:3, 5: commune: «${N}L'Isle${N}» n’est pas admise\n`);
  });
});
