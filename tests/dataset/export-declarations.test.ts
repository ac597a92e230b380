import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { loadDataset } from '../../src/dataset/load.js';
import { sectionIds } from '../../src/sections/index.js';
import { EXPORTS } from '../../src/schemas/all-exports.js';

describe('the exports’ declarations (defineExport, listed in all-exports.ts)', () => {
  it('name, for each offer that reads an export, a field of that offer’s data, filled with the export’s rows', async () => {
    const config = resolveConfig();
    const { current } = await loadDataset({ sectionIds, year: 2023, dataDir: 'fixtures/2023', config });
    for (const definition of EXPORTS) {
      for (const [offer, field] of Object.entries(definition.offers)) {
        const data = current[offer as 'plie' | 'ml' | 'mde'] as Record<string, { source?: { file: string } } | undefined> | undefined;
        expect(data, offer).toBeDefined();
        expect(Object.keys(data!), `${definition.file} → ${offer}.${field}`).toContain(field);
        const name = definition.folder === undefined ? definition.file : `${definition.folder}/${definition.file}`;
        expect(data![field]?.source?.file, `${offer}.${field}`).toBe(name);
      }
    }
  });

  it('read in columns every file shared by several offers: each offer’s rows are some rows of its table', () => {
    const shared = EXPORTS.filter((definition) => Object.keys(definition.offers).length > 1);
    expect(shared.map((definition) => definition.file).sort()).toEqual(['aides.csv', 'situations.csv']);
    for (const definition of shared) expect(definition.table, definition.file).toBe(true);
  });

  it('name their dated and log columns among their columns', () => {
    for (const definition of EXPORTS.map((factory) => factory(resolveConfig()))) {
      const columns = Object.keys(definition.parsers);
      for (const column of [definition.log, ...Object.values(definition.dated ?? {}).flat()]) if (column !== undefined) expect(columns).toContain(column);
    }
  });
});
