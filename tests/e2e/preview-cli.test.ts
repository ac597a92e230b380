import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('alpes-report preview from the command line', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)(
    'prints its address, serves the report and stops cleanly on %s',
    async (signal) => {
      const child = spawn('node', [resolve('bin/alpes-report.js'), 'preview', '2023', '--data', 'fixtures/2023'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      const url = await new Promise<string>((done, fail) => {
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
          stderr += chunk;
          const found = /Aperçu du rapport 2023\u202f: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stderr);
          if (found) done(found[1]!);
        });
        child.on('exit', () => fail(new Error(`arrêté avant de servir : ${stderr}`)));
      });
      const page = await (await fetch(url)).text();
      expect(page).toContain('Méthodologie');
      expect(page).toContain('/__events');
      const code = await new Promise<number | null>((done) => {
        child.on('exit', (exitCode) => done(exitCode));
        child.kill(signal);
      });
      expect(code).toBe(0);
      expect(stderr).toContain('Aperçu arrêté.');
      expect(stderr).toMatch(/✓ Rapport à jour \(\d/);
      // The year's warnings, in the terminal too, their files named from where the command runs.
      expect(stderr).toMatch(/\n⚠ \d+ avertissements? \(aussi en haut de la page\)\u202f:\nfixtures\/2023\/jeunes\.csv: commune: /);
    },
    60_000,
  );
});
