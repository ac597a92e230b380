import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const run = promisify(execFile);

/** A copy of `bin/` in a folder of its own, with the given built files beside it (path → module text). */
function launcherWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'alpes-launcher-'));
  mkdirSync(join(root, 'bin'));
  copyFileSync(resolve('bin/alpes-report.js'), join(root, 'bin/alpes-report.js'));
  writeFileSync(join(root, 'package.json'), '{"type":"module"}');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  roots.push(root);
  return join(root, 'bin/alpes-report.js');
}

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

const cliSaying = (word: string, code = 0) => `export async function main() { console.log('${word}'); return ${code}; }`;

async function launch(bin: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', [bin]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('bin/alpes-report.js', () => {
  it('runs the bundle when it is built, with its exit code', async () => {
    const bin = launcherWith({ 'dist/bundle/cli.js': cliSaying('bundle', 3), 'dist/cli.js': cliSaying('tsc') });
    expect(await launch(bin)).toEqual({ code: 3, stdout: 'bundle\n', stderr: '' });
  });

  it('falls back to tsc’s output when only tsc was run', async () => {
    const bin = launcherWith({ 'dist/cli.js': cliSaying('tsc') });
    expect(await launch(bin)).toEqual({ code: 0, stdout: 'tsc\n', stderr: '' });
  });

  it('says in French to build when nothing is built', async () => {
    const { code, stdout, stderr } = await launch(launcherWith({}));
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('lancez « npm run build »');
  });

  it('does not hide a module missing inside the bundle', async () => {
    const bin = launcherWith({ 'dist/bundle/cli.js': "import './absent.js'; export const main = async () => 0;", 'dist/cli.js': cliSaying('tsc') });
    const { code, stdout, stderr } = await launch(bin);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('absent.js');
  });
});
