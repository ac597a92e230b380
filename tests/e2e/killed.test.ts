import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csv, PARTICIPANTS_HEADER, participantRow } from '../support/files.js';
import { eventually, fifo } from '../support/fs.js';
import { processesMentioning } from '../support/processes.js';
import { terminalTypography as said } from '../../src/cli/say.js';

const OUTPUTS = ['indicators-2023.csv', 'indicators-2023.json', 'indicators-2023.xlsx', 'rapport-2023.html', 'rapport-2023.pdf'];
const previous = (name: string) => `rapport précédent : ${name}\n`;

/** A private temporary folder for both runs: the leftovers looked for are those runs' alone. */
async function setUp(): Promise<{ out: string; temp: string; bad: string }> {
  const root = await mkdtemp(join(tmpdir(), 'alpes-killed-'));
  const out = join(root, 'out');
  const temp = join(root, 'tmp');
  const bad = join(root, 'bad', '2023');
  await mkdir(out);
  await mkdir(temp);
  await mkdir(bad, { recursive: true });
  for (const name of OUTPUTS) await writeFile(join(out, name), previous(name));
  // A year whose data is wrong: the next run fails, and must still leave one whole set.
  await writeFile(join(bad, 'participants.csv'), csv(PARTICIPANTS_HEADER, participantRow('P1', { date_entree: '31/02/2023' })));
  return { out, temp, bad };
}

/** Runs a command with the private temporary folder; resolves with its exit code (null: killed) and signal. */
function run(args: string[], temp: string): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn('node', args, { env: { ...process.env, TMPDIR: temp }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('exit', (code, signal) => done({ code, signal, stderr }));
  });
}

/** What the test's temporary folder holds of this tool's (tsx keeps its cache there too). */
const leftovers = async (temp: string) => (await readdir(temp)).filter((name) => /^(alpes-|puppeteer)/.test(name));

describe('a build killed outright (kill -9), then run again', () => {
  it.each([
    ['reading the data', 'reading', 'previous'],
    ['printing the PDF', 'printing', 'previous'],
    ['moving the outputs into place (two of four moved)', 'moving', 'new'],
  ] as const)(
    'killed while %s: the next run, even a failed one, leaves one whole set, no leftover folder, no browser',
    async (_label, point, expected) => {
      const { out, temp, bad } = await setUp();
      const killed = await run(['--import', 'tsx', 'tests/support/killed-build.ts', 'fixtures/2023', out, point], temp);
      expect({ signal: killed.signal, stderr: killed.signal === 'SIGKILL' ? '' : killed.stderr }).toEqual({ signal: 'SIGKILL', stderr: '' });
      // What the kill left: a print's temporary folders, or a replacement half done.
      const hidden = (await readdir(out)).filter((name) => name.startsWith('.'));
      if (point === 'moving') expect(hidden).toHaveLength(1);
      else expect(await leftovers(temp)).not.toEqual([]);

      const next = await run([resolve('bin/alpes-report.js'), '2023', '--data', bad, '--out', out], temp);
      expect(next.code, next.stderr).toBe(1);

      expect((await readdir(out)).sort()).toEqual(OUTPUTS);
      const contents = await Promise.all(OUTPUTS.map((name) => readFile(join(out, name), 'utf8')));
      if (expected === 'previous') {
        expect(contents).toEqual(OUTPUTS.map(previous));
      } else {
        for (const content of contents) expect(content).not.toContain('rapport précédent');
        expect(JSON.parse(contents[OUTPUTS.indexOf('indicators-2023.json')]!)['plie.exits']).toBeDefined();
        expect(contents[OUTPUTS.indexOf('rapport-2023.pdf')]!.startsWith('%PDF-')).toBe(true);
        expect(contents[OUTPUTS.indexOf('indicators-2023.xlsx')]!.startsWith('PK')).toBe(true);
      }
      // The killed run's browser ends with its pipe, soon.
      await eventually(async () => (await leftovers(temp)).length === 0 && processesMentioning(temp).length === 0, {
        what: 'plus de dossier ni de navigateur',
      }).catch(() => undefined);
      expect(await leftovers(temp)).toEqual([]);
      expect(processesMentioning(temp)).toEqual([]);
    },
    120_000,
  );
});

/** Starts the command line with the private temporary folder; `node` options first (module hooks). */
function start(args: string[], temp: string, nodeOptions: string[] = []) {
  const child = spawn('node', [...nodeOptions, resolve('bin/alpes-report.js'), ...args], {
    env: { ...process.env, TMPDIR: temp },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const output = { stderr: '' };
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output.stderr += chunk));
  // 143 as a shell reports it: the exit code, or the end by SIGTERM itself when work it could not cancel held the process.
  const exited = new Promise<number | null>((done) => child.on('exit', (code, signal) => done(signal === 'SIGTERM' ? 143 : code)));
  return { child, output, exited };
}

describe('SIGTERM, as Ctrl-C', () => {
  it('stops a build whose read never ends (a hung network share): exit 143, no browser left, nothing written', async () => {
    const { out, temp } = await setUp();
    const build = start(['2023', '--data', 'fixtures/2023', '--out', out], temp, ['--import', resolve('tests/support/stuck-read.mjs')]);
    // The read under way and never to end, the browser up beside it.
    await eventually(() => build.output.stderr.includes('STUCK_READ') && processesMentioning(temp).length > 0, {
      timeout: 60_000,
      what: 'une lecture bloquée, le navigateur lancé',
    });
    build.child.kill('SIGTERM');
    expect(await build.exited, build.output.stderr).toBe(143);
    expect(build.output.stderr).toContain(said('Interrompu : aucun fichier n’a été écrit.'));
    await eventually(() => processesMentioning(temp).length === 0, { what: 'plus de navigateur' }).catch(() => undefined);
    expect(processesMentioning(temp)).toEqual([]);
    expect((await readdir(out)).sort()).toEqual(OUTPUTS);
    expect(await Promise.all(OUTPUTS.map((name) => readFile(join(out, name), 'utf8')))).toEqual(OUTPUTS.map(previous));
  }, 90_000);
});

describe('SIGTERM as the earlier outputs are being replaced', () => {
  it('lets the writing finish: exit 0, the new set in place, its files listed', async () => {
    const { out, temp } = await setUp();
    const build = start(['2023', '--data', 'fixtures/2023', '--out', out], temp, ['--import', resolve('tests/support/term-while-writing.mjs')]);
    expect(await build.exited, build.output.stderr).toBe(0);
    expect(build.output.stderr).not.toContain('Interrompu');
    expect(build.output.stderr).toContain(said(`Fichiers écrits :\n  ${join(out, 'indicators-2023.json')}`));
    expect((await readdir(out)).sort()).toEqual(OUTPUTS);
    for (const name of OUTPUTS) expect(await readFile(join(out, name), 'utf8')).not.toBe(previous(name));
  }, 90_000);
});

describe('a FIFO in place of an export', () => {
  it('is refused at once, never read: exit 1 naming it, no browser left, nothing written', async () => {
    const { out, temp, bad } = await setUp();
    // Valid people, and their steps' export a FIFO that nobody writes: the one thing wrong.
    await writeFile(join(bad, 'participants.csv'), csv(PARTICIPANTS_HEADER, participantRow('P1')));
    await fifo(join(bad, 'etapes.csv'));
    const build = start(['2023', '--data', bad, '--out', out], temp);
    expect(await build.exited, build.output.stderr).toBe(1);
    expect(build.output.stderr).toContain('etapes.csv: un tube nommé (FIFO) se trouve à la place du fichier attendu');
    await eventually(() => processesMentioning(temp).length === 0, { what: 'plus de navigateur' }).catch(() => undefined);
    expect(processesMentioning(temp)).toEqual([]);
    expect((await readdir(out)).sort()).toEqual(OUTPUTS);
  }, 60_000);
});
