import { unitName, type IndicatorsJson } from '../measure/indicator.js';

/** Markdown cells: a pipe would end the cell, a line break the row. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/**
 * The indicators catalogue (docs/indicators-catalogue.md): every key of a year with its label,
 * definition, unit and files — the very text of the JSON and of the report's methodology appendix.
 */
export function indicatorsCatalogue(indicators: IndicatorsJson, year: number, dataLabel: string): string {
  const rows = Object.entries(indicators).map(
    ([key, { label, definition, unit, cellLabels, sources }]) =>
      `| \`${cell(key)}\` | ${cell(label)} | ${cell(definition)} | ` +
      `${unit === undefined ? '' : cell(unitName(unit, cellLabels))} | ${sources.map((s) => `\`${cell(s)}\``).join(', ')} |`,
  );
  return [
    '# Catalogue des indicateurs',
    '',
    `<!-- Généré par \`npm run docs:indicators\` à partir de ${dataLabel} (${year}) : ne pas modifier à la main. -->`,
    '',
    'Chaque indicateur du rapport, avec la définition que portent aussi `indicators-<année>.json` et',
    "l'annexe « Méthodologie » du rapport, et les fichiers dont il est compté. `alpes-report explain",
    '<année> <clé>` liste les lignes comptées.',
    '',
    '| clé | libellé | définition | unité | fichiers |',
    '|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
