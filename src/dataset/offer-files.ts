import type { Config } from '../config/schema.js';
import { EXPORTS } from '../schemas/all-exports.js';
import type { ExportFactory, OfferId } from '../schemas/export.js';

export type { OfferId };

/** Which exports an offer reads from a year folder. */
export interface OfferFiles {
  /** As a sentence names it (« le PLIE en a besoin », « aucun export du PLIE »). */
  name: string;
  of: string;
  /** Its code in the `programme` column of a file of several offers (`situations.csv`). */
  programme: string;
  /** The file of the people the offer follows, when it has one. */
  people?: string;
  /** Without one of these the offer's figures would be wrong: an error. */
  required: readonly string[];
  /** Read as empty when absent (the Mission Locale) or left out with their pages (the Maison de l'Emploi), with a notice. */
  optional: readonly string[];
}

const OFFERS: Readonly<Record<OfferId, Pick<OfferFiles, 'name' | 'of' | 'programme'>>> = {
  plie: { name: 'le PLIE', of: 'du PLIE', programme: 'PLIE' },
  ml: { name: 'la Mission Locale', of: 'de la Mission Locale', programme: 'ML' },
  mde: { name: 'la Maison de l’Emploi', of: 'de la Maison de l’Emploi', programme: 'MDE' },
};

export const OFFER_IDS = Object.keys(OFFERS) as OfferId[];

/** Whether an export is first of all the offer's (its first offer), not one it shares with another. */
export const isOwnExport = (definition: ExportFactory<never>, offer: OfferId) => Object.keys(definition.offers)[0] === offer;

/** The exports of the year folder (not the declared content of contenu/) an offer reads: its own first, then those it shares. */
export function exportsOf(offer: OfferId): ExportFactory<never>[] {
  const read = EXPORTS.filter((definition) => definition.folder === undefined && definition.offers[offer] !== undefined);
  return [...read.filter((definition) => isOwnExport(definition, offer)), ...read.filter((definition) => !isOwnExport(definition, offer))];
}

function offerFiles(offer: OfferId): OfferFiles {
  const exports = exportsOf(offer);
  const people = exports.find((definition) => definition.people === true)?.file;
  return {
    ...OFFERS[offer],
    ...(people !== undefined && { people }),
    required: exports.filter((definition) => definition.required === true).map((definition) => definition.file),
    optional: exports.filter((definition) => definition.required !== true).map((definition) => definition.file),
  };
}

/**
 * Derived from the exports' declarations (`EXPORTS`), enforced the same way for every offer
 * (docs/data-format.md has this table): an offer is in a year folder when one of its own files
 * is (the shared situations.csv and aides.csv do not count), and then each required file must be there.
 */
export const OFFER_FILES = Object.fromEntries(OFFER_IDS.map((offer) => [offer, offerFiles(offer)])) as Readonly<Record<OfferId, OfferFiles>>;

/** Files holding rows of several offers (a `programme` column): they do not tell which offers a folder has. */
export const SHARED_FILES: readonly string[] = EXPORTS.filter((definition) => Object.keys(definition.offers).length > 1).map((definition) => definition.file);

/** Every export name an offer reads. */
export const filesOf = (offer: OfferId): string[] => [...OFFER_FILES[offer].required, ...OFFER_FILES[offer].optional];

/** Every export name of the given offers (all of them by default). */
export const exportNames = (offers: readonly OfferId[] = OFFER_IDS): string[] => [...new Set(offers.flatMap(filesOf))];

/** The offers switched on in the configuration. */
export const enabledOffers = (config: Pick<Config, 'offers'>): OfferId[] => OFFER_IDS.filter((offer) => config.offers[offer]);
