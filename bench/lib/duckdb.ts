import { DuckDBInstance } from '@duckdb/node-api';
import { join } from 'node:path';

/**
 * The same headline counts with DuckDB over the same events file: events of the year, young people
 * in contact, individual interviews (jeunes.csv is Windows-1252, which DuckDB cannot read offline). No validation: it shows what our row-by-row checks cost.
 */
export async function duckdbHeadlines(dir: string): Promise<{ ms: number; counts: Record<string, number> }> {
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
