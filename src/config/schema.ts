import '../text/zod-french.js';
import { z } from 'zod';
import { normalizeKey } from '../text/fold.js';
import { addIssues, duplicateEntries } from './duplicates.js';
import { canonicalEncoding, ENCODINGS } from './encoding.js';
import { configuredCodeProblem, configuredNameProblem, municipalArrondissement, territoryUnit } from './official-communes.js';

/** Printed text: spaces around it dropped, never blank. */
const text = z.string().trim().min(1, 'texte vide');
/** A name the exports are matched against (case, accents and punctuation folded): it needs a letter or a digit. */
const name = text.refine((v) => normalizeKey(v) !== '', 'nom sans lettre ni chiffre : il ne peut rien désigner');
const inseeCode = z
  .string()
  .trim()
  .regex(/^\d[\dAB]\d{3}$/, 'code INSEE attendu (5 caractères)');

const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'couleur attendue au format #rrggbb');

const communeObject = z.strictObject({
  /** Printed in the report: the official name when left out. */
  name: name.optional(),
  insee: inseeCode,
  /** Other spellings found in exports (`St-André`). Case, accents and punctuation never matter. */
  aliases: z.array(name).default([]),
});
type CommuneOutput = { name: string; insee: string; aliases: string[]; officialName: string };

/**
 * A commune of the territory: its INSEE code alone (`"59328"`), or an object with the code, the
 * name printed and other spellings. The code must be one of the official geographic code's
 * communes of today (official-communes.ts), whose name is then matched in the exports too.
 */
const commune = z.preprocess(
  (value, ctx) => {
    if (typeof value === 'string') return { insee: value };
    if (typeof value !== 'number') return value;
    const code = String(value).padStart(5, '0');
    ctx.addIssue({ code: 'custom', message: `un code INSEE s’écrit entre guillemets, "${code}" : écrit en nombre, 01004 perd son zéro` });
    return { insee: code };
  },
  communeObject.transform(({ name, insee, aliases }, ctx): CommuneOutput => {
    const problem = configuredCodeProblem(insee, name);
    if (problem !== undefined) ctx.addIssue({ code: 'custom', path: ['insee'], message: problem });
    const officialName = territoryUnit(insee)?.name ?? insee;
    return { name: name ?? officialName, insee, aliases, officialName };
  }),
  // The shorthand typed as written in the file (a preprocess takes anything).
) as unknown as z.ZodType<CommuneOutput, string | z.input<typeof communeObject>>;

/** A priority neighbourhood, in one of the territory's communes. */
const qpv = z.strictObject({ name, insee: inseeCode });

/** A day of a validity period, as ISO writes it. */
const isoDay = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date attendue au format aaaa-mm-jj (2024-01-01)');

/** A list of priority neighbourhoods and the days it is in force (the lists of 2015 and of 1 January 2024). */
const qpvList = z
  .strictObject({ from: isoDay.optional(), until: isoDay.optional(), neighbourhoods: z.array(qpv) })
  .refine((list) => list.from === undefined || list.until === undefined || list.from <= list.until, {
    message: 'until doit suivre from',
    path: ['until'],
  });

const partnerObject = z.strictObject({
  /** The value of evenements.csv's `intervenant` column, as written there. */
  intervenant: name,
  /** As the labels say it after « par » or « avec », article included (« la CPAM »); `l’intervenant « … »` when left out. */
  name: text.optional(),
});
type PartnerOutput = { intervenant: string; name: string };

/** A health partner: its `intervenant` alone (`"CPAM"`), or `{ intervenant, name }` (`{ "intervenant": "CPAM", "name": "la CPAM" }`). */
const partner = z.preprocess(
  (value) => (typeof value === 'string' ? { intervenant: value } : value),
  partnerObject.transform(({ intervenant, name }): PartnerOutput => ({ intervenant, name: name ?? `l’intervenant « ${intervenant} »` })),
) as unknown as z.ZodType<PartnerOutput, string | z.input<typeof partnerObject>>;

/** The ages a row may give: outside them a birth or an entry year was mistyped (an error naming the row). */
const ageRange = z
  .strictObject({ min: z.number().int().min(0).max(120), max: z.number().int().min(0).max(120) })
  .refine((range) => range.min <= range.max, { message: 'min doit être inférieur ou égal à max', path: ['max'] });

/** The Mission Locale's rules (ALPES's in defaults.ts); see docs/configuration.md. */
const mlSettings = z.strictObject({
  firstReceptionAges: ageRange,
  /** Durable employment: a CDI, or a fixed-term contract of `minMonths` or more, started in the year. */
  durableEmployment: z.strictObject({
    permanentSubtypes: z.array(name).min(1),
    fixedTermSubtypes: z.array(name),
    minMonths: z.number().int().min(1).max(36),
    /** A fixed-term contract without end date: counted once it has lasted `minMonths` at 31/12 (`lastedAtYearEnd`), or never. */
    withoutEndDate: z.enum(['lastedAtYearEnd', 'never']),
  }),
  /** « Jeunes accompagnés »: ALPES's count (an individual interview) or the regional network's (also a collective event). */
  youngAccompanied: z.strictObject({
    printed: z.enum(['interviews', 'withCollective']),
    /** Types of evenements.csv (checked against them in load.ts: the exports' list is read later). */
    collectiveEventTypes: z.array(name).min(1),
  }),
  /**
   * The health page's partners, by their `intervenant` in evenements.csv (null: no such partner, no figure): `cpam` gives
   * ml.health.cpam, `checkUp` the health checks (ml.health.checkUp), `psychologist` the psychologist's young people and interviews.
   * `workshops`: the events of ml.health.workshops, by type (checked against evenements.csv's, in load.ts) and theme.
   */
  health: z.strictObject({
    cpam: partner.nullable(),
    checkUp: partner.nullable(),
    psychologist: partner.nullable(),
    workshops: z.strictObject({ eventTypes: z.array(name).min(1), themes: z.array(name).min(1) }),
  }),
  /** The first age of each band of the public's profile (age at 31/12), increasing: [16, 18, 22, 26]. */
  ageBands: z
    .array(z.number().int().min(10).max(40))
    .min(1)
    .refine((bands) => bands.every((age, i) => i === 0 || age > bands[i - 1]!), 'âges croissants attendus (le premier âge de chaque tranche)'),
});

const months = z.number().int().min(1).max(36);
const days = z.number().int().min(0).max(366);

/** What in the parcours (etapes.csv) supports a positive exit: plie-evidence.ts applies it, docs/configuration.md explains it. */
const positiveExitEvidence = z.strictObject({
  /** Exit categories supported by a job (or a business creation), and those supported by a qualifying training; a category not positive is never checked. */
  employmentCategories: z.array(name),
  trainingCategories: z.array(name),
  /** Step kinds (type_etape) that are jobs, and those that are trainings. */
  employmentStepKinds: z.array(name),
  trainingStepKinds: z.array(name),
  /** Step sub-types: permanent contracts (any length), fixed-term contracts (from minMonths, continuous), interim (periods added up), business creations. */
  permanentContracts: z.array(name),
  fixedTermContracts: z.array(name),
  interimContracts: z.array(name),
  businessCreations: z.array(name),
  qualifyingTrainings: z.array(name),
  minMonths: months,
  /** Interim periods are added up over this many months before the exit. */
  interimLookbackMonths: months,
  /** A step is « around the exit » when it runs within this many days of the exit date. */
  aroundExitDays: days,
});

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
      /** The neighbourhoods of any year that no dated list covers (today's shape). */
      qpv: z.array(qpv).default([]),
      /** Dated lists: a year takes the one in force on its 1 January (docs/configuration.md). */
      qpvLists: z.array(qpvList).default([]),
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
      /**
       * The stricter rule's reasons (moving, retirement, death): the only sorties légitimes the strict
       * adjusted rate neutralises (a reason not in legitimateExitReasons is never met).
       */
      strictLegitimateExitReasons: z.array(name).default([]),
      positiveExitEvidence,
      /** Step sub-types the programme page singles out. */
      socialSupportSubtype: name,
      drivingLicenceSubtype: name,
      /** How many sectors the "sorties Emploi par secteur" line names. */
      topSectors: z.number().int().min(1).max(20),
      entryAges: ageRange,
    }),
    ml: mlSettings,
    /** The offers the association runs: the pages of an offer left out here are not printed at all. */
    offers: z.strictObject({ plie: z.boolean(), ml: z.boolean(), mde: z.boolean() }),
    /**
     * Sections switched off by id (`{ "ml-sante": false }`): the page and its figures are left out. An id no
     * section has is an error naming the nearest one (checked in load.ts, against the report's sections).
     */
    sections: z.record(z.string(), z.boolean()).default({}),
    /** The methodology appendix: always in the HTML (figures link to it); `pdf: false` leaves it out of the PDF. */
    methodology: z.strictObject({ pdf: z.boolean() }),
    /**
     * The commune pages (fiches communales): `pdf` prints them as an appendix of the report, before the methodology;
     * counts from 1 to `smallCount - 1` people show as « < smallCount » on them, so that no page singles anyone out.
     */
    communes: z.strictObject({ pdf: z.boolean(), smallCount: z.number().int().min(1).max(100) }),
    /** The PDF print: beyond `timeoutSeconds` it is abandoned and the browser killed. */
    print: z.strictObject({ timeoutSeconds: z.number().positive().max(3600) }),
    /** Threads reading a large events, proposals, situations or schemes file: `auto` (one a core, at most 4) or a number; 1 reads with one (least memory). */
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
      // A city and one of its arrondissements: the arrondissement's residents would be counted in both.
      const city = municipalArrondissement(c.insee)?.city;
      const whole = config.territory.communes.findIndex((o) => o.insee === city);
      if (whole >= 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['territory', 'communes', i, 'insee'],
          message:
            `${c.insee} est un arrondissement de ${config.territory.communes[whole]!.name} (${city}), déjà du territoire : ` +
            'nommez la ville ou ses arrondissements',
        });
      }
      const wrongName = configuredNameProblem(c.insee, c.name);
      if (wrongName !== undefined) ctx.addIssue({ code: 'custom', path: ['territory', 'communes', i, 'insee'], message: wrongName });
    });
    // Two dated QPV lists in force on the same day: the year's list would be a guess.
    const lists = config.territory.qpvLists;
    lists.forEach((list, i) => {
      const other = lists.findIndex((o, j) => j < i && (o.from ?? '') <= (list.until ?? '9999') && (list.from ?? '') <= (o.until ?? '9999'));
      if (other >= 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['territory', 'qpvLists', i, 'from'],
          message: `période de validité qui chevauche celle de territory.qpvLists[${other}] : une année doit trouver une seule liste`,
        });
      }
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
