import type { BadInput } from '../bad-input.js';

export const CONTENT_CASES: BadInput[] = [];
