/** Writes resources/official-communes.txt, the official commune index, from @etalab/decoupage-administratif (after updating it). */
import { writeFileSync } from 'node:fs';
import { communesDataText, packageEntries } from './lib/official-communes.js';

const { entries, version } = packageEntries();
const text = communesDataText(entries, version);
writeFileSync('resources/official-communes.txt', text);
console.log(`resources/official-communes.txt : ${entries.length} codes, ${(text.length / 1e6).toFixed(2).replace('.', ',')} Mo`);
