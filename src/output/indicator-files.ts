import type { IndicatorsJson, PreviousValues } from '../measure/indicator.js';
import { indicatorsCsv } from './indicators-csv.js';
import { indicatorsWorkbook } from './indicators-xlsx.js';

/** The indicators' files among the formats asked for: the JSON, the spreadsheet CSV, the Excel workbook. */
export async function indicatorFiles(
  { indicators, previous }: { indicators: IndicatorsJson; previous: PreviousValues },
  year: number,
  formats: readonly string[],
): Promise<Record<string, string | Uint8Array>> {
  const files: Record<string, string | Uint8Array> = {};
  if (formats.includes('json')) files[`indicators-${year}.json`] = `${JSON.stringify(indicators, null, 2)}\n`;
  if (formats.includes('csv')) files[`indicators-${year}.csv`] = indicatorsCsv(indicators, year, previous);
  if (formats.includes('xlsx')) files[`indicators-${year}.xlsx`] = await indicatorsWorkbook(indicators, year, previous);
  return files;
}

/** Whether a format asked for gives every figure its previous years (the sections are then measured on them too). */
export const wantsPrevious = (formats: readonly string[]): boolean => formats.includes('csv') || formats.includes('xlsx');

/** Whether any of the indicators' files is asked for. */
export const wantsIndicators = (formats: readonly string[]): boolean => ['json', 'csv', 'xlsx'].some((f) => formats.includes(f));
