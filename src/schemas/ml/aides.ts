import { defineExport, type Located, type RowOf } from '../export.js';
import { code, date, optionalAmount, optionalCode, text } from '../fields.js';

export const FUNDS = ['Allocation CEJ/GJ', 'Allocation PACEA', 'FAJ', 'Fonds ML formation', 'Fonds ML repas', 'Mobilité MDE'] as const;
export type Fund = (typeof FUNDS)[number];
export const DECISIONS = ['Accordée', 'Refusée', 'Ajournée'] as const;

const columns = {
  programme: { schema: code(['ML', 'MDE'] as const, { 'Mission Locale': 'ML', "Maison de l'Emploi": 'MDE' }), aliases: ['offre'], required: true },
  identifiant_beneficiaire: { schema: text(), aliases: ['identifiant_jeune', 'id_jeune', 'identifiant'], required: true },
  fonds: {
    schema: code(FUNDS, { 'Allocation CEJ': 'Allocation CEJ/GJ', 'Allocation GJ': 'Allocation CEJ/GJ', "Fonds d'Aide aux Jeunes": 'FAJ', 'Mobilité': 'Mobilité MDE' }),
    aliases: ['type_aide', 'dispositif'],
    required: true,
  },
  date: { schema: date(), aliases: ['date_decision', 'date_paiement'], required: true },
  montant: { schema: optionalAmount(), aliases: ['montant_eur'] },
  decision: { schema: optionalCode(DECISIONS, { Accord: 'Accordée', Acceptée: 'Accordée', Refus: 'Refusée' }), aliases: ['avis'] },
};

/** Financial aids of the Mission Locale and the Maison de l'Emploi (`aides.csv`). */
export const aidesExport = () =>
  defineExport('aides.csv', columns, [
    {
      needs: ['montant', 'decision'],
      check: (a) =>
        (a.decision === undefined || a.decision === 'Accordée') && a.montant === undefined
          ? { column: 'montant', message: 'aide accordée sans montant' }
          : undefined,
    },
  ]);

export type Aide = Located<RowOf<typeof columns>>;
/** An aid counts in the amounts when granted (an empty decision is a payment, so granted). */
export const isGranted = (a: Aide): boolean => a.decision === undefined || a.decision === 'Accordée';
