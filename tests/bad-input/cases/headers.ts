import type { BadInput } from '../bad-input.js';

export const HEADER_CASES: BadInput[] = [];
