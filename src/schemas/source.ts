import '../text/zod-french.js';
import { z } from 'zod';

/** `source.json`: what a year folder holds, declared by whoever prepared it. */
export const sourceSchema = z.strictObject({
  /** Synthetic data: the report says so on its cover and in its footer. */
  demonstration: z.boolean().default(false),
  description: z.string().optional(),
  /** The year the exports are about: a report of another year from this folder is refused. */
  year: z.number().int().min(1900).max(2100).optional(),
});

export type SourceInfo = z.output<typeof sourceSchema>;
