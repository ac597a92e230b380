import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { ErrorCode } from '../../src/errors.js';
import { Table } from '../../src/dataset/table.js';
import { readTable } from '../../src/read/read-export.js';
import { evenementsExport, type Evenement } from '../../src/schemas/ml/evenements.js';
import { situationsExport, type Situation } from '../../src/schemas/ml/situations.js';
import { ColumnStore } from '../../src/read/column-store.js';
import { mostThreadsAtOnce, runningThreads } from '../../src/read/thread-slots.js';
import { WholeReads } from '../../src/read/whole-reads.js';

/** The dataset's table, as `dataset/reading.ts` has the events read into. */
const newTable = (columns: readonly (keyof Evenement & string)[]) => new Table<Evenement>(columns);

const config = resolveConfig();
const dir = mkdtempSync(join(tmpdir(), 'alpes-parallel-'));

/** 3 000 lines of events in runs per person, CRLF, with a blank line, a short row and two bad rows late in the file. */
function events(extra: (i: number) => string | undefined = () => undefined): string {
  const lines = ['identifiant_jeune;date;type;theme;atelier;intervenant'];
  for (let i = 0; i < 3000; i++) {
    const special = extra(i);
    if (special !== undefined) lines.push(special);
    else if (i === 1200) lines.push('');
    else if (i === 1800) lines.push(`J${Math.floor(i / 7)};31/02/2023;Atelier;Santé;S-1;`);
    else if (i === 2500) lines.push(`J${Math.floor(i / 7)};01/03/2023;Pigeon voyageur;;;`);
    else if (i === 2700) lines.push(`J${Math.floor(i / 7)};01/03/2023`);
    else
      lines.push(
        `J${Math.floor(i / 7)};${String((i % 28) + 1).padStart(2, '0')}/0${(i % 9) + 1}/2023;${i % 5 === 0 ? 'Atelier;Santé;S-' + (i % 40) : 'Téléphone;;'};${i % 11 === 0 ? 'CPAM' : ''}`,
      );
  }
  return `${lines.join('\r\n')}\r\n`;
}

async function bothWays(name: string, content: string | Buffer) {
  const path = join(dir, name);
  writeFileSync(path, content);
  const read = (parallel: { minBytes: number; threads: number }) =>
    readTable(path, 'evenements.csv', evenementsExport(), config, newTable, undefined, parallel);
  return { single: await read({ minBytes: Infinity, threads: 1 }), parallel: await read({ minBytes: 0, threads: 3 }) };
}

describe('reading a large export by several threads', () => {
  it('gives the rows, line numbers, rejected rows and messages of a single read, in the same order', async () => {
    const { single, parallel } = await bothWays('plain.csv', events());
    expect(parallel.parts).toBe(3);
    expect(single.parts).toBeUndefined();
    expect(parallel.rows.length).toBe(2996);
    expect([...parallel.rows.all()]).toEqual([...single.rows.all()]);
    expect(parallel.rejected).toEqual(single.rejected);
    expect(parallel.issues).toEqual(single.issues);
    // Filters read the joined columns through their row view.
    const workshops = (read: typeof single) => read.rows.all().filter((e) => e.type === 'Atelier' && e.intervenant === 'CPAM');
    expect(workshops(parallel).length).toBeGreaterThan(0);
    expect([...workshops(parallel)]).toEqual([...workshops(single)]);
    expect(parallel.rows.all().distinct('identifiant_jeune')).toBe(single.rows.all().distinct('identifiant_jeune'));
    // Line numbers as an editor shows them: the header is line 1, the i-th event line i + 2.
    expect(parallel.issues.map((i) => `${i.line}: ${i.message}`)).toEqual([
      '2702: 2 cellules au lieu de 6 : les dernières colonnes sont lues vides',
      "1802: « 31/02/2023 » n'est pas une date valide (février 2023 n’a que 28 jours)",
      "2502: « Pigeon voyageur » n'est pas une valeur admise (Entretien individuel, Atelier, Information collective, Forum, Téléphone, E-mail, SMS, Courrier, Visite)",
      '2702: valeur obligatoire manquante',
    ]);
  });

  it('reads by one thread a file holding quotes (a quoted cell may hold a line break)', async () => {
    const { single, parallel } = await bothWays(
      'quoted.csv',
      events((i) => (i === 2000 ? 'J1;01/03/2023;Atelier;"Santé; bien-être";;' : undefined)),
    );
    expect(parallel.parts).toBeUndefined();
    expect([...parallel.rows.all()]).toEqual([...single.rows.all()]);
  });

  it('reads a file that must be read whole after all in its turn among the other whole reads, not beside them', async () => {
    const path = join(dir, 'quoted-header.csv');
    writeFileSync(path, events().replace('identifiant_jeune;', '"identifiant_jeune";'));
    const wholeReads = new WholeReads();
    const order: string[] = [];
    const before = wholeReads.run(() => new Promise<void>((done) => setTimeout(() => done(void order.push('lue avant')), 200)));
    const read = readTable(path, 'evenements.csv', evenementsExport(), config, newTable, undefined, { minBytes: 0, threads: 2, wholeReads });
    // Queued before the read knows it cannot be read in parts: its whole read comes after this one too.
    const after = wholeReads.run(async () => void order.push('lue après'));
    const result = await read;
    order.push('en-tête entre guillemets');
    await Promise.all([before, after]);
    expect(order).toEqual(['lue avant', 'lue après', 'en-tête entre guillemets']);
    expect(result.parts).toBeUndefined();
    expect(result.rows.length).toBe(2996);
  });

  it('reads by one thread, as Windows-1252, a file that turns out not to be UTF-8', async () => {
    const text = events((i) => (i === 2900 ? 'J9;01/03/2023;Atelier;Santé;S-1;Médecin' : undefined));
    const { single, parallel } = await bothWays('cp1252.csv', Buffer.from(text, 'latin1'));
    expect(parallel.parts).toBeUndefined();
    expect([...parallel.rows.all()]).toEqual([...single.rows.all()]);
    expect([...parallel.rows.all()].some((e) => e.intervenant === 'Médecin')).toBe(true);
  });

  it('reads by one thread a file whose header row holds a control character, and says so as a single read does', async () => {
    const text = events().replace('theme;atelier', 'theme;Remarque\u001b[31m');
    const { single, parallel } = await bothWays('header-escape.csv', text);
    expect(parallel.parts).toBeUndefined();
    expect(parallel.issues).toEqual(single.issues);
    expect(parallel.issues[0]).toMatchObject({
      severity: 'error',
      line: 1,
      message: expect.stringContaining('caractère de contrôle <U+001B> (échappement, début de séquence de terminal) dans l’en-tête 5'),
    });
  });

  it('cites the first cells holding control characters once for the whole file, as a single read does', async () => {
    // 75 cells, 25 in each third of the file: each thread meets more than it may cite.
    const text = events((i) => (i % 40 === 3 ? `J${Math.floor(i / 7)};01/03/2023;Atelier;Sa\u0000nté;S-1;` : undefined));
    const { single, parallel } = await bothWays('nul-cells.csv', text);
    expect(parallel.parts).toBe(3);
    expect(parallel.issues).toEqual(single.issues);
    const controls = parallel.issues.filter((i) => i.message.includes('(caractère nul)'));
    expect(controls).toHaveLength(20);
    expect(controls[0]).toMatchObject({ line: 5, column: 'theme' });
    const more = parallel.issues.filter((i) => i.message.startsWith('d’autres cellules contiennent des caractères de contrôle'));
    expect(more).toEqual([expect.objectContaining({ line: 20 * 40 + 5 })]);
  });

  it('leaves the control characters of a column the report never reads unsaid, by any number of threads', async () => {
    const text = events()
      .replace('intervenant\r\n', 'intervenant;Adresse\r\n')
      .replace(
        /\r\n(J\d+;[^\r]*)/g,
        (_, line: string) => `\r\n${line};${line.length % 3 === 0 && line.split(';').length === 6 ? 'rue de l\u0092Église\u000b2e étage' : ''}`,
      );
    const { single, parallel } = await bothWays('unread-controls.csv', text);
    expect(parallel.parts).toBe(3);
    expect(parallel.issues).toEqual(single.issues);
    expect(parallel.issues.filter((i) => i.message.includes('contrôle'))).toEqual([]);
  });

  it('names the line of one stray Windows-1252 byte in a UTF-8 file, instead of reading it all as Windows-1252', async () => {
    const text = events((i) => (i === 2900 ? 'J9;01/03/2023;Atelier;Santé;S-1;M\u0000decin' : undefined));
    const bytes = Buffer.from(text, 'utf8');
    bytes[bytes.indexOf('M\u0000decin') + 1] = 0xe9;
    const { single, parallel } = await bothWays('stray-byte.csv', bytes);
    expect(parallel.issues).toEqual(single.issues);
    expect(parallel.issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        line: 2902,
        message: expect.stringMatching(/^octet 0xE9 qui n’est pas de l’UTF-8 \(« é » en Windows-1252 \?\)/),
      }),
    ]);
    expect(parallel.unreadable).toBe(true);
  });

  it('reads the other tables the same way: situations, with their check across cells, by three threads as by one', async () => {
    const lines = ['programme;identifiant_personne;type;sous_type;date_debut;date_fin;secteur;agrement_ml;financeur'];
    for (let i = 0; i < 3000; i++) {
      const end = i === 2100 ? '01/01/2023' : i % 4 === 0 ? '' : `${String((i % 28) + 1).padStart(2, '0')}/12/2023`;
      lines.push(`ML;ML-${String(Math.floor(i / 3)).padStart(6, '0')};${i % 3 === 0 ? 'Emploi' : 'Formation'};CDD;02/02/2023;${end};BTP;Oui;`);
    }
    const path = join(dir, 'situations.csv');
    writeFileSync(path, `${lines.join('\n')}\n`);
    const read = (parallel: { minBytes: number; threads: number }) =>
      readTable(path, 'situations.csv', situationsExport(), config, (columns) => new Table<Situation>(columns), undefined, parallel);
    const [single, parallel] = [await read({ minBytes: Infinity, threads: 1 }), await read({ minBytes: 0, threads: 3 })];
    expect(parallel.parts).toBe(3);
    expect(parallel.rows.length).toBe(2999);
    expect([...parallel.rows.all()]).toEqual([...single.rows.all()]);
    expect(parallel.issues).toEqual(single.issues);
    expect(parallel.issues).toEqual([expect.objectContaining({ line: 2102, column: 'date_fin', message: 'la situation se termine avant de commencer' })]);
  });

  it('reads two files at once by at most `threads` threads in all, each as a single read gives it; Ctrl-C leaves the queue', async () => {
    const eventsPath = join(dir, 'queued-events.csv');
    const otherPath = join(dir, 'queued-other.csv');
    writeFileSync(eventsPath, events());
    writeFileSync(
      otherPath,
      events((i) => (i === 2222 ? 'J3;01/03/2023;Atelier;Santé;S-1;Médecin' : undefined)),
    );
    const read = (path: string, parallel: { minBytes: number; threads: number }, signal?: AbortSignal) =>
      readTable(path, 'evenements.csv', evenementsExport(), { ...config, signal }, newTable, undefined, parallel);
    mostThreadsAtOnce();
    const stop = new AbortController();
    const both = [read(eventsPath, { minBytes: 0, threads: 2 }), read(otherPath, { minBytes: 0, threads: 2 })];
    // A third read queued behind them, interrupted before its threads start.
    const interrupted = read(eventsPath, { minBytes: 0, threads: 2 }, stop.signal);
    stop.abort();
    await expect(interrupted).rejects.toMatchObject({ code: ErrorCode.INTERRUPTED });
    const [first, second] = await Promise.all(both);
    const single = (path: string) => read(path, { minBytes: Infinity, threads: 1 });
    for (const [parallel, path] of [
      [first!, eventsPath],
      [second!, otherPath],
    ] as const) {
      const whole = await single(path);
      expect(parallel.parts).toBe(2);
      expect([...parallel.rows.all()]).toEqual([...whole.rows.all()]);
      expect(parallel.issues).toEqual(whole.issues);
    }
    expect(mostThreadsAtOnce()).toBe(2);
    expect(runningThreads()).toBe(0);
  });

  it('stops every thread on Ctrl-C, and says the build was interrupted', async () => {
    const path = join(dir, 'interrupted.csv');
    writeFileSync(path, events());
    const controller = new AbortController();
    const read = readTable(path, 'evenements.csv', evenementsExport(), { ...config, signal: controller.signal }, newTable, undefined, {
      minBytes: 0,
      threads: 3,
    });
    controller.abort();
    await expect(read).rejects.toMatchObject({ code: ErrorCode.INTERRUPTED });
  });

  it('starts no thread for a read interrupted before it could start them', async () => {
    const path = join(dir, 'interrupted-before.csv');
    writeFileSync(path, events());
    const controller = new AbortController();
    controller.abort();
    mostThreadsAtOnce();
    const read = readTable(path, 'evenements.csv', evenementsExport(), { ...config, signal: controller.signal }, newTable, undefined, {
      minBytes: 0,
      threads: 3,
    });
    await expect(read).rejects.toMatchObject({ code: ErrorCode.INTERRUPTED });
    expect(mostThreadsAtOnce()).toBe(0);
  });

  it('stops a single-thread read between two chunks on Ctrl-C', async () => {
    const path = join(dir, 'interrupted-single.csv');
    writeFileSync(path, events());
    const controller = new AbortController();
    controller.abort();
    const read = readTable(path, 'evenements.csv', evenementsExport(), { ...config, signal: controller.signal }, newTable, undefined, {
      minBytes: Infinity,
      threads: 1,
    });
    await expect(read).rejects.toMatchObject({ code: ErrorCode.INTERRUPTED });
  });
});

describe('a table joined from the parts threads read', () => {
  const part = (rows: [string, number][]) => {
    const store = new ColumnStore<{ id: string; n: number; line: number }>(['id', 'n']);
    rows.forEach(([id, n], k) => store.push({ id, n, line: k + 1 }));
    return store.seal().toPart();
  };

  it('holds the rows in order, each distinct value once, the values kept those `share` gives', () => {
    const many = Array.from({ length: 300 }, (_, k): [string, number] => [`P${k}`, k % 2]);
    const shared: unknown[] = [];
    const table = new Table<{ id: string; n: number; line: number }>(['id', 'n']).joinParts(
      [
        part([
          ['A', 1],
          ['B', 2],
          ['A', 1],
        ]),
        part([['B', 2], ['C', 3], ...many]),
      ],
      [1, 5],
      (value) => (shared.push(value), typeof value === 'string' ? value.toLowerCase() : value),
    );
    expect(table.length).toBe(305);
    expect([...table.all()].slice(0, 5)).toEqual([
      { id: 'a', n: 1, line: 2 },
      { id: 'b', n: 2, line: 3 },
      { id: 'a', n: 1, line: 4 },
      { id: 'b', n: 2, line: 6 },
      { id: 'c', n: 3, line: 7 },
    ]);
    expect(table.at(304)).toEqual({ id: 'p299', n: 1, line: 307 });
    // Once per distinct value: 'B' and 2, met again in the second part, are not shared twice.
    expect(shared.filter((v) => v === 'B' || v === 2)).toEqual(['B', 2]);
    expect(table.distinctValues('id')).toHaveLength(303);
  });
});
