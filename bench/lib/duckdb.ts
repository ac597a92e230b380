import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The part of @duckdb/node-api the benchmark uses. */
interface DuckDb {
  DuckDBInstance: {
    create(
      path: string,
    ): Promise<{ connect(): Promise<{ runAndReadAll(sql: string): Promise<{ getRowObjects(): Record<string, unknown>[] }>; closeSync(): void }> }>;
  };
}

const PACKAGE = '@duckdb/node-api@1.5.6-r.1';

/**
 * DuckDB is installed on first use, not with the project: its lockfile entry would name a binary
 * package per platform, which this machine's registry does not serve for other platforms (and
 * `npm ci` refuses a lockfile without them). The benchmark needs it; the tool and its tests do not.
 */
async function duckdb(): Promise<DuckDb> {
  const name = '@duckdb/node-api';
  // Looked for on disk: a failed import would be remembered by the module loader after the install.
  if (!existsSync(join('node_modules', name, 'package.json'))) {
    console.log(`  (installation de ${PACKAGE} pour la comparaison, sans modifier package.json)`);
    execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', PACKAGE], { stdio: 'ignore' });
  }
  return (await import(name)) as DuckDb;
}

/**
 * The same headline counts with DuckDB over the same events file: events of the year, young people
 * in contact, individual interviews (jeunes.csv is Windows-1252, which DuckDB cannot read offline).
 * No validation: it shows what our row-by-row checks cost.
 */
export async function duckdbHeadlines(dir: string): Promise<{ ms: number; counts: Record<string, number> }> {
  const { DuckDBInstance } = await duckdb();
  const start = performance.now();
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  const csv = (file: string, encoding: string) => `read_csv('${join(dir, file)}', delim=';', header=true, all_varchar=true, encoding='${encoding}')`;
  const reader = await db.runAndReadAll(`
    with e as (select identifiant_jeune as id, strptime(date, '%d/%m/%Y') as d, type from ${csv('evenements.csv', 'utf-8')})
    select
      count(*) filter (where year(d) = 2023) as events,
      count(distinct id) filter (where year(d) = 2023) as young_in_contact,
      count(*) filter (where year(d) = 2023 and type = 'Entretien individuel') as interviews
    from e`);
  const [row] = reader.getRowObjects();
  const counts = Object.fromEntries(Object.entries(row ?? {}).map(([k, v]) => [k, Number(v)]));
  db.closeSync();
  return { ms: performance.now() - start, counts };
}
