import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Runs the built CLI with a stdout nobody reads: the pipe is closed before the command writes, so
 * every write meets EPIPE, as the writes after the first line of `alpes-report --help | head -1` do.
 */
function withClosedStdout(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn('node', [resolve('bin/alpes-report.js'), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => done({ code, stderr }));
  });
}

describe('a reader that closes the pipe early', () => {
  it('ends the help quietly with exit 0, no EPIPE trace', async () => {
    const { code, stderr } = await withClosedStdout(['--help']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('ends the key list quietly with exit 0', async () => {
    const { code, stderr } = await withClosedStdout(['explain', '2023', '--list', '--data', 'fixtures/2023']);
    expect(stderr).not.toContain('EPIPE');
    expect(stderr).not.toContain('Erreur');
    expect(code).toBe(0);
  }, 60_000);

  it('keeps a failure’s own exit code', async () => {
    const { code, stderr } = await withClosedStdout(['explain', '2023', 'plie.exit.legitimate', '--data', 'fixtures/2023']);
    expect(stderr).toContain('indicateur inconnu');
    expect(code).toBe(2);
  }, 60_000);
});
