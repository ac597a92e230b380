import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('../src/cli/explain-command.js', () => ({
  runExplain: () => {
    throw new TypeError('défaut simulé');
  },
}));

const { main } = await import('../src/cli.js');

describe('a defect outside any command’s own handling', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is said as one, exit 4, instead of crashing the process', async () => {
    let stderr = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
    const code = await main(['node', 'alpes-report', 'explain', '2023', 'plie.exits']);
    expect(code).toBe(4);
    expect(stderr).toContain('Erreur inattendue (défaut du programme, à signaler)\u202f: TypeError: défaut simulé');
  });
});
