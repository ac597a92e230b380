import { FUNDS, isGranted, type Aide, type Fund } from '../schemas/ml/aides.js';
import { inYear } from '../aggregation/ml-periods.js';
import type { MlYear } from '../dataset/load.js';
import { cells, counting, distinct, summing, type Measure } from '../measure/measure.js';
import type { Section } from '../measure/section.js';

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

const amountOf = (a: Aide) => a.montant ?? 0;

export const mlSecurisationFinanciereSection: Section<'ml', MlSecurisationFinanciere> = {
  id: 'ml-securisation-financiere',
  offer: 'ml',
  title: 'La sécurisation financière des parcours',
  compute(data: MlYear, m: Measure) {
    const aids = data.aides.filter((a) => inYear(a.date, data.year));
    const present = FUNDS.map((fund) => ({ fund, rows: aids.filter((a) => a.fonds === fund) })).filter((f) => f.rows.length > 0);
    // Each fund's cell mixes a sum (euros) and two counts (people, applications): each part carries its kind.
    const byFund = m.figure(
      {
        key: 'ml.aids.byFund',
        label: 'Aides par fonds',
        unit: 'euros',
        definition:
          'Pour chaque fonds, sur les aides datées de l’année : montant des aides accordées (en €), bénéficiaires distincts des aides accordées, ' +
          'et dossiers examinés quelle que soit la décision (accordés, refusés, ajournés).',
      },
      cells(
        Object.fromEntries(
          present.map(({ fund, rows }) => {
            const granted = rows.filter(isGranted);
            const fundCells = cells({ amount: summing(granted, amountOf), beneficiaries: counting(distinct(granted, 'identifiant_beneficiaire')), applications: counting(rows) });
            return [fund, fundCells];
          }),
        ),
      ),
    );
    const total = m.sum(
      {
        key: 'ml.aids.total',
        label: 'Total des aides octroyées',
        unit: 'euros',
        definition: 'Somme des montants des aides accordées datées de l’année, tous fonds confondus (une aide sans montant compte pour 0 €).',
      },
      aids.filter(isGranted),
      amountOf,
      { by: (a) => a.fonds },
    );
    const funds = present.map(({ fund }) => ({ fund, ...byFund[fund]! }) as FundFigures);
    return { funds, total };
  },
  charts(m) {
    return [{ id: 'ml-aids-fund', kind: 'horizontalBar', title: 'Aides octroyées par fonds (€)', labels: m.funds.map((f) => f.fund), values: m.funds.map((f) => f.amount) }];
  },
};
