import '../text/zod-french.js';
import { z } from 'zod';

/**
 * What no export holds, declared by the analyst for the year in the `contenu/` folder of the year
 * (docs/data-format.md, « Contenu déclaré »).
 */
/** A declared JSON file is a page of figures: past this size it is not the file meant. */
export const CONTENT_LIMITS = Object.freeze({ jsonBytes: 1024 * 1024 });

const count = z.number().int('un nombre entier est attendu').nonnegative('un nombre positif ou nul est attendu');
const rate = z.number().min(-1).max(10);
/** A text the report prints: present and not empty. */
const filled = z.string().min(1, 'texte vide');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date attendue au format aaaa-mm-jj');

export const editorialFrontMatter = z.strictObject({
  titre: filled,
  signataire: filled,
  fonction: filled,
});

export const territorySchema = z.strictObject({
  population: z.strictObject({ valeur: count, source: filled }),
  salariesPrives: z.strictObject({ valeur: count, date: isoDate, source: filled }),
  demandeursEmploi: z.strictObject({
    date: isoDate,
    abc: count,
    evolutionAbc: rate,
    a: count,
    evolutionA: rate,
    source: filled,
  }),
});

export const communicationSchema = z.strictObject({
  site: z.strictObject({ adresse: filled, visiteurs: count, pagesVues: count }),
  reseaux: z.array(
    z.strictObject({
      nom: filled,
      abonnes: count,
      nouveauxAbonnes: count,
      audience: count,
      /** « utilisateurs atteints », « impressions »… and what it means, as the network defines it. */
      audienceLibelle: filled,
      audienceDefinition: filled,
    }),
  ),
});

export type Territory = z.output<typeof territorySchema>;
export type Communication = z.output<typeof communicationSchema>;
export type EditorialFrontMatter = z.output<typeof editorialFrontMatter>;

/** Business-creation tallies no export holds (`contenu/creation-entreprise.json`). */
export const businessCreationSchema = z.strictObject({
  ateliers: z.strictObject({ nombre: count, participants: count, participantsTerritoire: count }),
  porteursAccueillis: z.strictObject({ total: count, territoire: count, femmes: count, hommes: count }),
  orientations: count,
  entreprisesCreees: z.strictObject({ entreprises: count, entrepreneurs: count }),
});
export type BusinessCreation = z.output<typeof businessCreationSchema>;

/**
 * Other declared figures, keyed like the indicators JSON (`contenu/indicateurs.json`):
 * `{ "ml.seeph.participants": { "valeur": 62, "libelle": "…", "source": "…" } }`.
 */
export const declaredIndicatorsSchema = z.record(
  z.string().regex(/^[a-z]+(\.[a-zA-Z0-9]+)+$/, 'clé attendue comme « ml.seeph.participants »'),
  z.strictObject({ valeur: z.number(), libelle: filled, source: filled }),
);
/** The first part of every indicator key: the offer, or the declared page, it belongs to. */
export const INDICATOR_PREFIXES = ['plie', 'ml', 'mde', 'territory', 'communication'] as const;
export type DeclaredIndicators = z.output<typeof declaredIndicatorsSchema>;
