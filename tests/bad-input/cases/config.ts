import type { BadInput } from '../bad-input.js';

export const CONFIG_CASES: BadInput[] = [];
