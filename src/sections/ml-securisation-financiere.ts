import { FUNDS, isGranted, type Aide, type Fund } from '../schemas/ml/aides.js';
import { sumHundredths } from '../aggregation/breakdowns.js';
import { inYear } from '../aggregation/ml-periods.js';
import type { LegacySection } from '../measure/section.js';
import { noTrace } from '../measure/evidence.js';

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

export const mlSecurisationFinanciereSection: LegacySection<'ml', MlSecurisationFinanciere> = {
  id: 'ml-securisation-financiere',
  offer: 'ml',
  title: 'La sécurisation financière des parcours',
  compute({ current }, _config, trace = noTrace) {
    const aids = current.aides.filter((a) => inYear(a.date, current.year));
    const amountOf = (a: Aide) => a.montant ?? 0;
    const byFund = FUNDS.map((fund) => {
      const rows = aids.filter((a) => a.fonds === fund);
      return { fund, rows, granted: rows.filter(isGranted) };
    }).filter((f) => f.rows.length > 0);
    const file = 'aides.csv';
    const one = () => 1;
    for (const { fund, rows, granted } of byFund) {
      // One measure per indicator: the counts of the cells are sums of 1 per row (one row per beneficiary).
      trace.sum('ml.aids.byFund', { file, rows: granted }, amountOf, { group: `${fund} / amount` });
      trace.sum('ml.aids.byFund', { file, rows: granted.firstOf('identifiant_beneficiaire') }, one, { group: `${fund} / beneficiaries` });
      trace.sum('ml.aids.byFund', { file, rows }, one, { group: `${fund} / applications` });
      trace.sum('ml.aids.total', { file, rows: granted }, amountOf, { group: fund });
    }
    const funds = byFund.map(({ fund, rows, granted }) => ({
      fund,
      amount: sum(granted.values('montant').map((m) => m ?? 0)),
      beneficiaries: granted.distinct('identifiant_beneficiaire'),
      applications: rows.length,
    }));
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
