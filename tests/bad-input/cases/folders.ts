import type { BadInput } from '../bad-input.js';

export const FOLDER_CASES: BadInput[] = [];
