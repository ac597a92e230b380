/**
 * The ten communes of the territory and the spellings case-management exports give them.
 */
import type { Rng } from './random.js';

export interface Commune {
  name: string;
  insee: string;
  /** Another spelling seen in exports (accents dropped, other capitalisation). */
  variant: string;
  /** Home of a priority neighbourhood (QPV): La Briqueterie, Pacot-Vandracq. */
  hasQpv: boolean;
}

export const COMMUNES: readonly Commune[] = [
  { name: 'La Madeleine', insee: '59368', variant: 'La madeleine', hasQpv: false },
  { name: 'Lambersart', insee: '59328', variant: 'lambersart', hasQpv: true },
  { name: 'Lompret', insee: '59356', variant: 'Lompret', hasQpv: false },
  { name: 'Marcq-en-Barœul', insee: '59378', variant: 'Marcq-en-Baroeul', hasQpv: true },
  { name: 'Marquette-lez-Lille', insee: '59386', variant: 'Marquette-Lez-Lille', hasQpv: false },
  { name: 'Pérenchies', insee: '59457', variant: 'Perenchies', hasQpv: false },
  { name: 'Quesnoy-sur-Deûle', insee: '59482', variant: 'Quesnoy-sur-Deule', hasQpv: false },
  { name: 'Saint-André-lez-Lille', insee: '59527', variant: 'Saint-André-Lez-Lille', hasQpv: false },
  { name: 'Verlinghem', insee: '59611', variant: 'verlinghem', hasQpv: false },
  { name: 'Wambrechies', insee: '59636', variant: 'Wambrechies', hasQpv: false },
];

/** `MARCQ EN BAROEUL`: the upper-case, accent-free form older software produces. */
function upperCaseSpelling(name: string): string {
  return name
    .replace(/œ/g, 'oe')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/-/g, ' ')
    .toUpperCase();
}

/** One person's commune cell: mostly the canonical name, sometimes another spelling or the INSEE code. */
export function communeSpelling(rng: Rng, commune: Commune): string {
  const form = rng.weighted([
    ['name', 70],
    ['upper', 15],
    ['variant', 10],
    ['insee', 5],
  ] as const);
  if (form === 'upper') return upperCaseSpelling(commune.name);
  if (form === 'variant') return commune.variant;
  if (form === 'insee') return commune.insee;
  return commune.name;
}
