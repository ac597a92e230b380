import { FUNDS, isGrantedDecision, type Aide, type Fund } from '../schemas/ml/aides.js';
import { inYear } from '../aggregation/ml-periods.js';
import type { MlYear } from '../dataset/load.js';
import { cells, counting, distinct, summing, type Measure } from '../measure/measure.js';
import type { Section } from '../measure/section.js';

/** The key of the figure the page charts: named in its declaration and by its chart. */
const BY_FUND = 'ml.aids.byFund';

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
    const aids = data.aides.where('date', (d) => inYear(d, data.year));
    // The funds with some aid of the year, in the order of FUNDS; each fund's cell mixes a sum (euros) and two
    // counts (people, applications): each part carries its kind.
    const measured = FUNDS.map((fund) => ({ fund, rows: aids.where('fonds', (f) => f === fund) }))
      .filter((f) => f.rows.length > 0)
      .map(({ fund, rows }) => {
        const granted = rows.where('decision', isGrantedDecision);
        const beneficiaries = counting(distinct(granted, 'identifiant_beneficiaire'));
        return { fund, cell: { amount: summing(granted, amountOf), beneficiaries, applications: counting(rows) } };
      });
    m.figure(
      {
        key: BY_FUND,
        cellLabels: { amount: 'montant', beneficiaries: 'bénéficiaires', applications: 'demandes' },
        label: 'Aides par fonds',
        unit: { amount: 'euros', beneficiaries: 'people', applications: 'count' },
        definition:
          'Pour chaque fonds, sur les aides datées de l’année : montant des aides accordées (en €), bénéficiaires distincts des aides accordées, ' +
          'et dossiers examinés quelle que soit la décision (accordés, refusés, ajournés).',
      },
      cells(Object.fromEntries(measured.map(({ fund, cell }) => [fund, cells(cell)]))),
    );
    const total = m.sum(
      {
        key: 'ml.aids.total',
        label: 'Total des aides octroyées',
        unit: 'euros',
        definition: 'Somme des montants des aides accordées datées de l’année, tous fonds confondus (une aide sans montant compte pour 0 €).',
      },
      aids.where('decision', isGrantedDecision),
      amountOf,
      { by: (a) => a.fonds },
    );
    // The table's rows: the values of the cells just declared.
    const funds = measured.map(({ fund, cell }): FundFigures => ({
      fund,
      amount: cell.amount.value,
      beneficiaries: cell.beneficiaries.value,
      applications: cell.applications.value,
    }));
    return { funds, total };
  },
  charts(m) {
    const { funds } = m;
    const title = 'Aides octroyées par fonds (€)';
    return [
      {
        id: 'ml-aids-fund',
        kind: 'horizontalBar',
        title,
        indicator: BY_FUND,
        cell: 'amount',
        labels: funds.map((f) => f.fund),
        values: funds.map((f) => f.amount),
      },
    ];
  },
};
