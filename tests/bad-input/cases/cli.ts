import type { BadInput } from '../bad-input.js';

export const CLI_CASES: BadInput[] = [];
