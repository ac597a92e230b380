import type { BadInput } from '../bad-input.js';

export const CELL_CASES: BadInput[] = [];
