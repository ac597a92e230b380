/** Writes docs/indicators-catalogue.md from the definitions the sections compute on the 2023 fixtures. */
import { writeFileSync } from 'node:fs';
import { resolveConfig } from '../src/config/load.js';
import { loadDataset } from '../src/dataset/load.js';
import { indicatorsCatalogue } from '../src/docs/catalogue.js';
import { computeReport } from '../src/report.js';
import { sectionIds } from '../src/sections/index.js';

const config = resolveConfig();
const { indicators } = computeReport(await loadDataset({ year: 2023, dataDir: 'fixtures/2023', config, sectionIds }), config);
writeFileSync('docs/indicators-catalogue.md', indicatorsCatalogue(indicators, 2023, 'fixtures/2023'));
console.log(`docs/indicators-catalogue.md : ${Object.keys(indicators).length} indicateurs`);
