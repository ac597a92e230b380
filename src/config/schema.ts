import '../text/zod-french.js';
import { z } from 'zod';
import { normalizeKey } from '../text/fold.js';
import { addIssues, duplicateEntries } from './duplicates.js';
import { canonicalEncoding, ENCODINGS } from './encoding.js';

/** Printed text: spaces around it dropped, never blank. */
const text = z.string().trim().min(1, 'texte vide');
/** A name the exports are matched against (case, accents and punctuation folded): it needs a letter or a digit. */
const name = text.refine((v) => normalizeKey(v) !== '', 'nom sans lettre ni chiffre : il ne peut rien désigner');
const inseeCode = z
  .string()
  .trim()
  .regex(/^\d[\dAB]\d{3}$/, 'code INSEE attendu (5 caractères)');

const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'couleur attendue au format #rrggbb');

const commune = z.strictObject({
  name,
  insee: inseeCode,
  /** Other spellings found in exports (`St-André`). Case, accents and punctuation never matter. */
  aliases: z.array(name).default([]),
});

/** A priority neighbourhood, in one of the territory's communes. */
const qpv = z.strictObject({ name, insee: inseeCode });

/** The ages a row may give: outside them a birth or an entry year was mistyped (an error naming the row). */
const ageRange = z
  .strictObject({ min: z.number().int().min(0).max(120), max: z.number().int().min(0).max(120) })
  .refine((range) => range.min <= range.max, { message: 'min doit être inférieur ou égal à max', path: ['max'] });

export const configSchema = z
  .strictObject({
    association: z.strictObject({
      /** Printed in every page's footer beside the page number: longer, it wraps over several lines and squeezes the number. */
      name: text.max(80, '80 caractères au plus : ce nom court s’imprime en pied de chaque page (le nom complet va dans association.fullName)'),
      fullName: text,
      territoryName: text,
      website: text,
      colors: z.strictObject({ primary: color, mde: color, plie: color, ml: color, text: color }),
    }),
    territory: z.strictObject({
      /** In report order: per-commune breakdowns follow it. */
      communes: z.array(commune).min(1),
      qpv: z.array(qpv).default([]),
    }),
    plie: z.strictObject({
      seniorAge: z.number().int().min(40).max(70),
      positiveExitObjective: z
        .number()
        .min(0, 'une proportion entre 0 et 1 est attendue (0,5 pour 50 %)')
        .max(1, 'une proportion entre 0 et 1 est attendue (0,5 pour 50 %)'),
      exitCategories: z.array(name).min(1),
      positiveExitCategories: z.array(name).min(1),
      legitimateExitCategory: name,
      legitimateExitReasons: z.array(name).min(1),
      /** Step sub-types the programme page singles out. */
      socialSupportSubtype: name,
      drivingLicenceSubtype: name,
      /** How many sectors the "sorties Emploi par secteur" line names. */
      topSectors: z.number().int().min(1).max(20),
      entryAges: ageRange,
    }),
    ml: z.strictObject({ firstReceptionAges: ageRange }),
    /** The offers the association runs: the pages of an offer left out here are not printed at all. */
    offers: z.strictObject({ plie: z.boolean(), ml: z.boolean(), mde: z.boolean() }),
    /**
     * Sections switched off by id (`{ "ml-sante": false }`): the page and its figures are left out. An id no
     * section has is an error naming the nearest one (checked in load.ts, against the report's sections).
     */
    sections: z.record(z.string(), z.boolean()).default({}),
    /** The methodology appendix: always in the HTML (figures link to it); `pdf: false` leaves it out of the PDF. */
    methodology: z.strictObject({ pdf: z.boolean() }),
    /** The PDF print: beyond `timeoutSeconds` it is abandoned and the browser killed. */
    print: z.strictObject({ timeoutSeconds: z.number().positive().max(3600) }),
    /** How many threads read a large events file: `auto` (one a core, at most 4) or a number; 1 reads with one (least memory). */
    reading: z.strictObject({
      threads: z.union([z.literal('auto'), z.number().int().min(1).max(16)], { error: '"auto" ou un nombre entier de 1 à 16 attendu' }),
    }),
    /** Relative to the folder the command runs in, or absolute. */
    outputDir: text,
    /** Any case, and the usual synonyms: `UTF-8`, `utf8`, `latin1`, `cp1252` (encoding.ts). */
    encoding: z
      .string()
      .refine((v) => !/^\s*(utf[\s_-]?16|unicode)/i.test(v), {
        message: 'UTF-16 (« Texte Unicode » d’Excel ou du Bloc-notes) est reconnu de lui-même : laissez "auto"',
        abort: true,
      })
      .transform(canonicalEncoding)
      .pipe(z.enum(ENCODINGS)),
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
    if (positiveExitCategories.includes(legitimateExitCategory)) {
      ctx.addIssue({
        code: 'custom',
        path: ['plie', 'positiveExitCategories'],
        message:
          `la catégorie des sorties légitimes « ${legitimateExitCategory} » ne peut ` +
          `pas compter aussi comme sortie positive (le taux ajusté les retire du calcul)`,
      });
    }
    const codes = new Map<string, number>();
    config.territory.communes.forEach((c, i) => {
      const first = codes.get(c.insee);
      if (first !== undefined) {
        const other = config.territory.communes[first]!;
        ctx.addIssue({
          code: 'custom',
          path: ['territory', 'communes', i, 'insee'],
          message: `code INSEE ${c.insee} en double : déjà celui de « ${other.name} » (territory.communes[${first}])`,
        });
      } else codes.set(c.insee, i);
    });
    if (!config.offers.plie && !config.offers.ml && !config.offers.mde) {
      ctx.addIssue({
        code: 'custom',
        path: ['offers'],
        message: 'aucune offre active : le rapport n’aurait aucune page d’activité (mettez au moins une offre à true)',
      });
    }
    addIssues(ctx, duplicateEntries(config));
  });

export type Config = z.output<typeof configSchema>;
export type ConfigInput = z.input<typeof configSchema>;
export type Commune = Config['territory']['communes'][number];
