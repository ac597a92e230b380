import '../zod-french.js';
import { z } from 'zod';

const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'couleur attendue au format #rrggbb');

const commune = z.strictObject({
  name: z.string().min(1),
  insee: z.string().regex(/^\d[\dAB]\d{3}$/, 'code INSEE attendu (5 caractères)'),
  /** Other spellings found in exports (`St-André`). Case, accents and punctuation never matter. */
  aliases: z.array(z.string()).default([]),
});

const qpv = z.strictObject({ name: z.string().min(1), insee: z.string() });

export const configSchema = z
  .object({
    association: z.strictObject({
      name: z.string().min(1),
      fullName: z.string().min(1),
      territoryName: z.string().min(1),
      website: z.string().min(1),
      colors: z.strictObject({ primary: color, mde: color, plie: color, ml: color, text: color }),
    }),
    territory: z.strictObject({
      /** In report order: per-commune breakdowns follow it. */
      communes: z.array(commune).min(1),
      qpv: z.array(qpv).default([]),
    }),
    plie: z.strictObject({
      seniorAge: z.number().int().min(40).max(70),
      positiveExitObjective: z.number().min(0).max(1),
      exitCategories: z.array(z.string().min(1)).min(1),
      positiveExitCategories: z.array(z.string().min(1)).min(1),
      legitimateExitCategory: z.string().min(1),
      legitimateExitReasons: z.array(z.string().min(1)).min(1),
      /** Step sub-types the programme page singles out. */
      socialSupportSubtype: z.string().min(1),
      drivingLicenceSubtype: z.string().min(1),
      /** How many sectors the "sorties Emploi par secteur" line names. */
      topSectors: z.number().int().min(1).max(20),
    }),
    /** The offers the association runs: the pages of an offer left out here are not printed at all. */
    offers: z.strictObject({ plie: z.boolean(), ml: z.boolean(), mde: z.boolean() }),
    /** The methodology appendix: always in the HTML (figures link to it); `pdf: false` leaves it out of the PDF. */
    methodology: z.strictObject({ pdf: z.boolean() }),
    /** The PDF print: beyond `timeoutSeconds` it is abandoned and the browser killed. */
    print: z.strictObject({ timeoutSeconds: z.number().positive().max(3600) }),
    /** How many threads read a large events file: `auto` (one a core, at most 4) or a number; 1 reads with one (least memory). */
    reading: z.strictObject({ threads: z.union([z.literal('auto'), z.number().int().min(1).max(16)]) }),
    outputDir: z.string().min(1),
    encoding: z.enum(['auto', 'utf-8', 'windows-1252']),
    /** Extra header aliases per file and canonical column: `{ "participants.csv": { "date_sortie": ["Fin de parcours"] } }`. */
    columnAliases: z.record(z.string(), z.record(z.string(), z.array(z.string()))).default({}),
  })
  .superRefine((config, ctx) => {
    const { exitCategories, positiveExitCategories, legitimateExitCategory } = config.plie;
    for (const category of [...positiveExitCategories, legitimateExitCategory]) {
      if (!exitCategories.includes(category)) {
        ctx.addIssue({
          code: 'custom',
          path: ['plie', 'exitCategories'],
          message: `la catégorie de sortie « ${category} » doit figurer dans exitCategories`,
        });
      }
    }
    const codes = new Set<string>();
    config.territory.communes.forEach((c, i) => {
      if (codes.has(c.insee)) {
        ctx.addIssue({ code: 'custom', path: ['territory', 'communes', i, 'insee'], message: `code INSEE ${c.insee} en double` });
      }
      codes.add(c.insee);
    });
  });

export type Config = z.output<typeof configSchema>;
export type ConfigInput = z.input<typeof configSchema>;
export type Commune = Config['territory']['communes'][number];
