import { rowsOf } from './rows.js';
import { resolveConfig } from '../../src/config/load.js';
import type { OfferDataset, PlieData, PlieYear } from '../../src/dataset/load.js';
import type { Participant } from '../../src/schemas/participants.js';
import type { Step } from '../../src/schemas/steps.js';

/** Hand-written datasets for unit tests: only what a test states differs from a plain participant. */
export const config = resolveConfig();

export const LAMBERSART = '59328';
export const MARCQ = '59378';

let line = 1;

export function participant(fields: Partial<Omit<Participant, 'commune'>> & { commune?: string }): Participant {
  const { commune = LAMBERSART, ...rest } = fields;
  line++;
  return {
    identifiant: `P${line}`,
    sexe: 'F',
    date_naissance: '1980-01-01',
    commune: { raw: commune, insee: /^\d{5}$/.test(commune) ? commune : undefined },
    qpv: false,
    date_entree: '2023-01-01',
    date_sortie: undefined,
    categorie_sortie: undefined,
    motif_sortie: undefined,
    secteur_sortie: undefined,
    niveau_qualification: '4',
    rsa: false,
    deld: false,
    th: false,
    structure_referente: undefined,
    line,
    ...rest,
  };
}

export function step(owner: Participant, fields: Partial<Step> = {}): Step {
  line++;
  return {
    identifiant_participant: owner.identifiant,
    type_etape: 'Prestation',
    sous_type: undefined,
    date_debut: '2023-03-01',
    date_fin: undefined,
    secteur: undefined,
    organisme: undefined,
    action: undefined,
    convention: undefined,
    heures: undefined,
    resultat: undefined,
    line,
    ...fields,
  };
}

export const yearData = (year: number, participants: Participant[], steps: Step[] = []): PlieYear => ({
  year,
  participants: rowsOf('participants.csv', participants, year),
  steps: rowsOf('etapes.csv', steps, year),
});

export const dataset = (current: PlieYear, history: PlieYear[] = []): OfferDataset<PlieData> => ({ year: current.year, current, history });
