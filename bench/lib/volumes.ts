import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';

/**
 * Synthetic Mission Locale years at scale: the 2023 fixtures' Mission Locale exports copied `copies`
 * times, every person identifier suffixed per copy, so that each copy is a distinct population with
 * the fixtures' own distributions (ages, communes, events per young person, situations, aids).
 */
export interface Volume {
  name: string;
  copies: number;
  /** Issue 16's goals for this volume: the whole report against Chromium's bare print, the reading against DuckDB. */
  goals: { floor?: number; duckdb?: number };
}

export const VOLUMES: Volume[] = [
  { name: 'une Mission Locale (fixtures)', copies: 1, goals: { floor: 1.5 } },
  { name: 'réseau régional (×47)', copies: 47, goals: { duckdb: 10 } },
  { name: 'national (×350)', copies: 350, goals: { duckdb: 12 } },
];

/** The Mission Locale files and the column of the person identifier in each. */
const FILES: Record<string, number> = {
  'jeunes.csv': 0,
  'evenements.csv': 0,
  'propositions.csv': 0,
  'situations.csv': 1,
  'dispositifs.csv': 0,
  'aides.csv': 1,
};

/** Writes (once; kept between runs) the year folder of a volume; returns it and its rows per file. */
export async function generateVolume(root: string, volume: Volume): Promise<{ dir: string; rows: Record<string, number> }> {
  const dir = join(root, `ml-x${volume.copies}`, '2023');
  const rows: Record<string, number> = {};
  const done = join(dir, '.complete.json');
  if (existsSync(done)) return { dir, rows: JSON.parse(readFileSync(done, 'utf8')) as Record<string, number> };
  mkdirSync(dir, { recursive: true });
  cpSync('fixtures/2023/contenu', join(dir, 'contenu'), { recursive: true });
  cpSync('fixtures/2023/source.json', join(dir, 'source.json'));
  for (const [file, idColumn] of Object.entries(FILES)) {
    // latin1 both ways keeps every byte as it is, whatever the file's encoding.
    const [header, ...lines] = readFileSync(join('fixtures/2023', file), 'latin1')
      .split(/\r?\n/)
      .filter((l) => l !== '');
    const out = createWriteStream(join(dir, file), { encoding: 'latin1', highWaterMark: 1 << 20 });
    out.write(`${header}\r\n`);
    for (let copy = 0; copy < volume.copies; copy++) {
      const suffix = copy === 0 ? '' : `-${copy}`;
      let chunk = '';
      for (const line of lines) {
        const cells = line.split(';');
        cells[idColumn] = `${cells[idColumn]}${suffix}`;
        chunk += `${cells.join(';')}\r\n`;
      }
      if (!out.write(chunk)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    rows[file] = lines.length * volume.copies;
  }
  writeFileSync(done, JSON.stringify(rows));
  return { dir, rows };
}
