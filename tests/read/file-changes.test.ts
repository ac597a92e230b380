import { mkdtempSync, renameSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { FILE_CHANGED, FILE_SHRUNK, identityOf } from '../../src/read/file-identity.js';
import { Table } from '../../src/dataset/table.js';
import { readTable } from '../../src/read/read-export.js';
import { readPart } from '../../src/read/read-part.js';
import { mapHeaders } from '../../src/read/columns.js';
import { evenementsExport, type Evenement } from '../../src/schemas/ml/evenements.js';

/** The dataset's table, as `dataset/reading.ts` has the events read into. */
const newTable = (columns: readonly (keyof Evenement & string)[]) => new Table<Evenement>(columns);

const config = resolveConfig();
const dir = mkdtempSync(join(tmpdir(), 'alpes-changes-'));
const HEADER = 'identifiant_jeune;date;type;theme;atelier;intervenant';

/** About 860 KB of events: more than one chunk of a read (512 KB). */
function events(lines = 30_000): string {
  const rows = Array.from({ length: lines }, (_, i) => `J${Math.floor(i / 7)};${String((i % 28) + 1).padStart(2, '0')}/03/2023;Téléphone;;;`);
  return `${[HEADER, ...rows].join('\n')}\n`;
}

/**
 * A signal that is never aborted, whose `k`-th look runs `action`: the readers look at it before
 * each chunk (one thread) and once the threads are started (several), so the file changes there.
 */
function changingAt(k: number, action: () => void): AbortSignal {
  let looks = 0;
  const signal = {
    get aborted() {
      if (looks++ === k) action();
      return false;
    },
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  };
  return signal as unknown as AbortSignal;
}

const read = (path: string, threads: number, signal: AbortSignal) =>
  readTable(
    path,
    'evenements.csv',
    evenementsExport(),
    { ...config, signal },
    newTable,
    undefined,
    threads === 1 ? { minBytes: Infinity, threads: 1 } : { minBytes: 0, threads },
  );

describe('a file that changes while it is read', () => {
  it('is refused when it is cut between two chunks of a single read, not taken as complete', async () => {
    const path = join(dir, 'cut.csv');
    writeFileSync(path, events());
    const result = await read(
      path,
      1,
      changingAt(1, () => truncateSync(path, 300_000)),
    );
    expect(result.unreadable).toBe(true);
    expect(result.rows.length).toBe(0);
    expect(result.issues).toEqual([{ severity: 'error', file: 'evenements.csv', message: FILE_SHRUNK }]);
    expect(FILE_SHRUNK).toBe('le fichier a raccourci pendant la lecture (enregistrement ou synchronisation en cours ?) : relancez quand il est complet');
  });

  it('reads a file that grows meanwhile as it was when opened', async () => {
    const path = join(dir, 'growing.csv');
    writeFileSync(path, events());
    const result = await read(
      path,
      1,
      changingAt(1, () => writeFileSync(path, 'J9;01/03/2023;Téléphone;;;\n', { flag: 'a' })),
    );
    expect(result.issues).toEqual([]);
    expect(result.rows.length).toBe(30_000);
  });

  it('is refused when it is saved again (by rename) while the threads open it: parts of two files are never joined', async () => {
    const path = join(dir, 'renamed.csv');
    writeFileSync(path, events());
    writeFileSync(`${path}.new`, events(30_100));
    const result = await read(
      path,
      3,
      changingAt(0, () => renameSync(`${path}.new`, path)),
    );
    expect(result.parts).toBe(3);
    expect(result.unreadable).toBe(true);
    expect(result.rows.length).toBe(0);
    expect(result.issues).toEqual([{ severity: 'error', file: 'evenements.csv', message: FILE_CHANGED }]);
    expect(FILE_CHANGED).toBe('le fichier a changé pendant la lecture : relancez');
  });

  it('is refused when it is cut while the threads open it', async () => {
    const path = join(dir, 'cut-parallel.csv');
    writeFileSync(path, events());
    const result = await read(
      path,
      3,
      changingAt(0, () => truncateSync(path, 100_000)),
    );
    expect(result.issues.map((i) => i.message)).toEqual([FILE_CHANGED]);
  });

  it('is refused when a thread finds its part cut short after opening the file', async () => {
    const path = join(dir, 'part.csv');
    const text = events();
    writeFileSync(path, text);
    const stats = statSync(path);
    const headers = HEADER.split(';');
    const { map } = mapHeaders('evenements.csv', headers, evenementsExport().specs, undefined);
    // The part as it was cut from the file when it was longer: it ends past the file's end now.
    const task = {
      path,
      label: 'evenements.csv',
      file: 'evenements.csv' as const,
      start: HEADER.length + 1,
      end: stats.size + 50_000,
      identity: identityOf(stats, stats.size),
      encoding: 'utf-8' as const,
      headers,
      delimiter: ';' as const,
      map,
    };
    expect(await readPart(task)).toEqual({ failure: FILE_SHRUNK });
    expect(await readPart({ ...task, end: stats.size })).toMatchObject({ newlines: 30_000 });
  });
});
