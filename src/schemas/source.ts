import '../zod-french.js';
import { z } from 'zod';

/** `source.json`: what a year folder holds, declared by whoever prepared it. */
export const sourceSchema = z.object({
  /** Synthetic data: the report says so on its cover and in its footer. */
  demonstration: z.boolean().default(false),
  description: z.string().optional(),
});

export type SourceInfo = z.output<typeof sourceSchema>;
