import type { Config } from '../../config/schema.js';
import { communeCell } from '../person.js';
import { defineExport, exportColumns, type Located, type RowOf } from '../export.js';
import { code, date, identifier, optionalAmount, optionalCode, optionalText, yesNo } from '../fields.js';

export const FUNDS = ['Allocation CEJ/GJ', 'Allocation PACEA', 'FAJ', 'Fonds ML formation', 'Fonds ML repas', 'Mobilité MDE'] as const;
export type Fund = (typeof FUNDS)[number];
export const DECISIONS = ['Accordée', 'Refusée', 'Ajournée'] as const;

/** What a mobility aid paid for (the Maison de l'Emploi's mobility scheme). */
export const MOBILITY_NATURES = ['Recharge Pass Pass', 'Carte carburant', 'Billet de train', 'Déplacement collectif'] as const;

function columns(config: Config) {
  return {
    programme: { schema: code(['ML', 'MDE'] as const, { 'Mission Locale': 'ML', "Maison de l'Emploi": 'MDE' }), aliases: ['offre'], required: true },
    identifiant_beneficiaire: {
      schema: identifier(),
      aliases: ['identifiant_jeune', 'id_jeune', 'numero_jeune', 'n_jeune', 'numero_dossier', 'n_dossier', 'identifiant'],
      required: true,
    },
    fonds: {
      schema: code(FUNDS, {
        'Allocation CEJ': 'Allocation CEJ/GJ',
        'Allocation GJ': 'Allocation CEJ/GJ',
        "Fonds d'Aide aux Jeunes": 'FAJ',
        Mobilité: 'Mobilité MDE',
      }),
      aliases: ['type_aide', 'dispositif'],
      required: true,
    },
    date: { schema: date(), aliases: ['date_decision', 'date_paiement'], required: true, happened: true },
    montant: { schema: optionalAmount(), aliases: ['montant_eur', 'montant_verse'], headerRequired: true },
    decision: { schema: optionalCode(DECISIONS, { Accord: 'Accordée', Acceptée: 'Accordée', Refus: 'Refusée' }), aliases: ['avis'] },
    nature: {
      schema: optionalCode(MOBILITY_NATURES, { 'Pass Pass': 'Recharge Pass Pass', Carburant: 'Carte carburant', Train: 'Billet de train' }),
      aliases: ['objet'],
      offer: 'mde' as const,
    },
    commune: { schema: communeCell(config.territory), aliases: ['commune_beneficiaire'], offer: 'mde' as const },
    qpv: { schema: yesNo(), aliases: ['residant_qpv'], offer: 'mde' as const },
    deplacement: { schema: optionalText(), aliases: ['id_deplacement'], offer: 'mde' as const },
  };
}

/** Financial aids of the Mission Locale and the Maison de l'Emploi (`aides.csv`). */
export const aidesExport = defineExport({ file: 'aides.csv', offers: { ml: 'aides', mde: 'aids' }, table: true, log: 'date' }, (config: Config) =>
  exportColumns(columns(config), [
    {
      needs: ['montant', 'decision'],
      check: (a) =>
        (a.decision === undefined || a.decision === 'Accordée') && a.montant === undefined
          ? { column: 'montant', message: 'aide accordée sans montant' }
          : undefined,
    },
  ]),
);

export type Aide = Located<RowOf<ReturnType<typeof columns>>>;
/** An aid counts in the amounts when granted (an empty decision is a payment, so granted). */
export const isGranted = (a: Aide): boolean => isGrantedDecision(a.decision);

/** `isGranted` of the decision alone: a table's rows filtered on their column's distinct values (`Rows.where`). */
export const isGrantedDecision = (decision: Aide['decision']): boolean => decision === undefined || decision === 'Accordée';
