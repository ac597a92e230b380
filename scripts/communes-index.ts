/** Writes src/config/communes-data.ts, the official commune index, from @etalab/decoupage-administratif (after updating it). */
import { writeFileSync } from 'node:fs';
import { communesDataSource, packageEntries } from './lib/official-communes.js';

const { entries, version } = packageEntries();
const source = communesDataSource(entries, version);
writeFileSync('src/config/communes-data.ts', source);
console.log(`src/config/communes-data.ts : ${entries.length} codes, ${(source.length / 1e6).toFixed(2).replace('.', ',')} Mo`);
