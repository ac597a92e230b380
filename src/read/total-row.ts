import { normalizeKey } from '../text/fold.js';

/** What a spreadsheet writes in the first cell of a total row, folded (`normalizeKey`). */
const TOTAL_WORDS = new Set(['total', 'totaux', 'total_general', 'sous_total', 'somme', 'somme_totale']);

/**
 * Whether a row is a spreadsheet's total row: its first non-empty cell says « Total » (« TOTAL »,
 * « Total général », « Somme »…) and it has no identifier of its own (its identifier cell is empty,
 * or is that first cell).
 */
export function isTotalRow(cells: readonly string[], identifierIndex: number | undefined): boolean {
  const first = cells.findIndex((cell) => cell.trim() !== '');
  if (first === -1 || cells[first]!.length > 30 || !TOTAL_WORDS.has(normalizeKey(cells[first]!))) return false;
  return identifierIndex === undefined || identifierIndex === first || (cells[identifierIndex] ?? '').trim() === '';
}
