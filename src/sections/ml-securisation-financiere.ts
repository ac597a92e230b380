import { FUNDS, isGranted, type Fund } from '../schemas/ml/aides.js';
import { sumHundredths } from './breakdowns.js';
import { distinct, inYear } from './ml-periods.js';
import type { Section } from './section.js';

export interface FundFigures {
  fund: Fund;
  amount: number;
  beneficiaries: number;
  applications: number;
}

export interface MlSecurisationFinanciere {
  funds: FundFigures[];
  total: number;
}

const sum = sumHundredths;

export const mlSecurisationFinanciereSection: Section<'ml', MlSecurisationFinanciere> = {
  id: 'ml-securisation-financiere',
  offer: 'ml',
  title: 'La sécurisation financière des parcours',
  compute({ current }) {
    const aids = current.aides.filter((a) => inYear(a.date, current.year));
    const funds = FUNDS.map((fund) => {
      const rows = aids.filter((a) => a.fonds === fund);
      const granted = rows.filter(isGranted);
      return { fund, amount: sum(granted.map((a) => a.montant ?? 0)), beneficiaries: distinct(granted, (a) => a.identifiant_beneficiaire), applications: rows.length };
    }).filter((f) => f.applications > 0);
    return { funds, total: sum(funds.map((f) => f.amount)) };
  },
  indicators(m) {
    return [
      {
        key: 'ml.aids.byFund',
        value: Object.fromEntries(m.funds.map((f) => [f.fund, { amount: f.amount, beneficiaries: f.beneficiaries, applications: f.applications }])),
        label: 'Aides par fonds',
        definition: 'Par fonds : montant des aides accordées datées de l’année, bénéficiaires distincts, dossiers (toutes décisions).',
      },
      { key: 'ml.aids.total', value: m.total, label: 'Total des aides octroyées', definition: 'Somme des montants accordés, tous fonds.' },
    ];
  },
  charts(m) {
    return [{ id: 'ml-aids-fund', kind: 'horizontalBar', title: 'Aides octroyées par fonds (€)', labels: m.funds.map((f) => f.fund), values: m.funds.map((f) => f.amount) }];
  },
};
