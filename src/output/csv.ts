/**
 * CSV for French spreadsheets: `;` separators, decimal commas, UTF-8 with a byte-order mark (so
 * Excel reads the accents), CRLF line ends. A text cell that a spreadsheet would run as a formula
 * (starting with =, +, -, @, a tab or a carriage return) is written with a leading apostrophe.
 */
export type Cell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

function numberCell(value: number): string {
  if (!Number.isFinite(value)) return '';
  // No exponent notation: a spreadsheet would read `1e-7` as text.
  const text = Math.abs(value) < 1e-6 && value !== 0 ? value.toFixed(12).replace(/0+$/, '') : String(value);
  return text.replace('.', ',');
}

function textCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[;"\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const csvCell = (value: Cell): string => (value === null || value === undefined ? '' : typeof value === 'number' ? numberCell(value) : textCell(value));

export function spreadsheetCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(';'));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
