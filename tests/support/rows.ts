import { exportRows, type ExportRows } from '../../src/dataset/export-rows.js';

/** Hand-written rows as the loader gives them: they know their export (file and year). */
export const rowsOf = <T>(file: string, rows: readonly T[], year = 2023): ExportRows<T> => exportRows({ file, year }, [...rows]);
