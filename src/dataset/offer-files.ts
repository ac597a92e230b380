import type { Config } from '../config/schema.js';

export type OfferId = keyof Config['offers'];

/** Which exports an offer reads from a year folder. */
export interface OfferFiles {
  /** As a sentence names it (« le PLIE en a besoin », « aucun export du PLIE »). */
  name: string;
  of: string;
  /** The file of the people the offer follows, when it has one. */
  people?: string;
  /** Without one of these the offer's figures would be wrong: an error. */
  required: readonly string[];
  /** Read as empty when absent (the Mission Locale) or left out with their pages (the Maison de l'Emploi), with a notice. */
  optional: readonly string[];
}

/**
 * Declared once, enforced the same way for every offer (docs/data-format.md has this table): an
 * offer is in a year folder when one of its own files is (the shared situations.csv and aides.csv
 * do not count), and then each required file must be there.
 */
export const OFFER_FILES: Readonly<Record<OfferId, OfferFiles>> = {
  plie: { name: 'le PLIE', of: 'du PLIE', people: 'participants.csv', required: ['participants.csv', 'etapes.csv'], optional: [] },
  ml: { name: 'la Mission Locale', of: 'de la Mission Locale', people: 'jeunes.csv', required: ['jeunes.csv', 'evenements.csv'], optional: ['propositions.csv', 'situations.csv', 'dispositifs.csv', 'aides.csv'] },
  mde: { name: 'la Maison de l’Emploi', of: 'de la Maison de l’Emploi', required: [], optional: ['clauses.csv', 'cyberbase.csv', 'relations-employeurs.csv', 'offres.csv', 'situations.csv', 'aides.csv'] },
};

/** Files holding rows of several offers (a `programme` column): they do not tell which offers a folder has. */
export const SHARED_FILES: readonly string[] = ['situations.csv', 'aides.csv'];

export const OFFER_IDS = Object.keys(OFFER_FILES) as OfferId[];

/** Every export name an offer reads. */
export const filesOf = (offer: OfferId): string[] => [...OFFER_FILES[offer].required, ...OFFER_FILES[offer].optional];

/** Every export name of the given offers (all of them by default). */
export const exportNames = (offers: readonly OfferId[] = OFFER_IDS): string[] => [...new Set(offers.flatMap(filesOf))];

/** The offers switched on in the configuration. */
export const enabledOffers = (config: Pick<Config, 'offers'>): OfferId[] => OFFER_IDS.filter((offer) => config.offers[offer]);
