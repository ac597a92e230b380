import type { MlYear } from '../dataset/load.js';
import type { Jeune } from '../schemas/ml/jeunes.js';
import type { Situation } from '../schemas/ml/situations.js';
import { isBelowBac } from '../schemas/person.js';
import type { Rows } from '../dataset/rows.js';
import { asRecord, inOrder } from '../aggregation/breakdowns.js';
import { activeSituations, ageAtYearEnd, inYear, jeunesById, jeunesOf, topSector, traceTopSector } from '../aggregation/ml-periods.js';
import { historyRecord, part, type Part, type Past, type LegacySection } from '../measure/section.js';
import { noTrace, type Source } from '../measure/evidence.js';

export interface MlEmploi {
  young: number;
  situations: number;
  belowBac: Part;
  aged18to21: Part;
  women: Part;
  byContract: { label: string; count: number }[];
  cdi: number;
  interim: number;
  topSector: ({ label: string } & Part) | undefined;
  workStudy: { young: number; signed: number; topSector: ({ label: string } & Part) | undefined };
  history: Past<{ situations: number; cdi: number; interim: number }>[];
}

const NOT_GIVEN = 'Non renseigné';
const CONTRACTS = ['CDI', 'CDD', 'Intérim', 'Contrat aidé', 'IAE'];

function contracts(data: MlYear) {
  const jobs = activeSituations(data, 'Emploi');
  return { jobs, cdi: jobs.filter((s) => s.sous_type === 'CDI'), interim: jobs.filter((s) => s.sous_type === 'Intérim') };
}

/** Jobs per contract type, the usual types first; a job without one counts as « Non renseigné ». */
function byContract(jobs: Rows<Situation>): { label: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const [type, count] of jobs.countBy('sous_type')) counts.set(type ?? NOT_GIVEN, (counts.get(type ?? NOT_GIVEN) ?? 0) + count);
  return inOrder(counts, CONTRACTS);
}

export const mlEmploiSection: LegacySection<'ml', MlEmploi> = {
  id: 'ml-emploi',
  offer: 'ml',
  title: 'Emploi',
  compute(data, _config, trace = noTrace) {
    const { current } = data;
    const year = current.year;
    const { jobs, cdi, interim } = contracts(current);
    const workers = jeunesOf(jobs.distinctValues('identifiant_personne'), jeunesById(current));
    const workStudy = activeSituations(current, 'Alternance');
    const signed = workStudy.filter((s) => inYear(s.date_debut, year));
    const age = (j: Jeune) => ageAtYearEnd(j, year);
    const belowBac = workers.filter((j) => isBelowBac(j.niveau_qualification));
    const aged18to21 = workers.filter((j) => age(j) >= 18 && age(j) <= 21);
    const women = workers.filter((j) => j.sexe === 'F');
    const top = topSector(jobs);
    const topSigned = topSector(signed);
    const file = 'situations.csv';
    const contract = (s: Situation) => s.sous_type ?? NOT_GIVEN;
    const jeunes = (rows: readonly Jeune[]): Source<Jeune> => ({ file: 'jeunes.csv', rows });
    trace.count('ml.employment.young', jeunes(workers));
    trace.count('ml.employment.situations', { file, rows: jobs }, { group: contract });
    trace.rate('ml.employment.belowBacShare', jeunes(belowBac), jeunes(workers));
    trace.rate('ml.employment.aged18to21Share', jeunes(aged18to21), jeunes(workers));
    trace.rate('ml.employment.womenShare', jeunes(women), jeunes(workers));
    trace.count('ml.employment.byContract', { file, rows: jobs }, { group: contract });
    trace.count('ml.employment.cdi', { file, rows: cdi });
    trace.count('ml.employment.interim', { file, rows: interim });
    traceTopSector(trace, { sector: 'ml.employment.topSector', share: 'ml.employment.topSectorShare' }, { file, rows: jobs }, top);
    trace.count('ml.workStudy.young', { file, rows: workStudy }, { distinctBy: (s) => s.identifiant_personne });
    trace.count('ml.workStudy.signed', { file, rows: signed });
    traceTopSector(trace, { sector: 'ml.workStudy.topSector', share: 'ml.workStudy.topSectorShare' }, { file, rows: signed }, topSigned);
    return {
      young: workers.length,
      situations: jobs.length,
      belowBac: part(belowBac.length, workers.length),
      aged18to21: part(aged18to21.length, workers.length),
      women: part(women.length, workers.length),
      byContract: byContract(jobs).filter((c) => c.count > 0),
      cdi: cdi.length,
      interim: interim.length,
      topSector: top,
      workStudy: { young: workStudy.distinct('identifiant_personne'), signed: signed.length, topSector: topSigned },
      history: data.history.map((past) => {
        const c = contracts(past);
        const source = (rows: Rows<Situation>): Source<Situation> => ({ file, rows, year: past.year });
        const group = String(past.year);
        trace.count('ml.employment.situations.history', source(c.jobs), { group });
        trace.count('ml.employment.cdi.history', source(c.cdi), { group });
        trace.count('ml.employment.interim.history', source(c.interim), { group });
        return { year: past.year, value: { situations: c.jobs.length, cdi: c.cdi.length, interim: c.interim.length } };
      }),
    };
  },
  indicators(m) {
    const sector = (s: MlEmploi['topSector']) => (s ? { [s.label]: s.count } : {});
    return [
      { key: 'ml.employment.young', value: m.young, label: 'Jeunes en emploi', definition: 'Jeunes distincts ayant une situation « Emploi » active dans l’année.' },
      { key: 'ml.employment.situations', value: m.situations, label: 'Situations emploi', definition: 'Situations « Emploi » actives dans l’année (une situation à cheval sur deux années compte dans les deux).' },
      { key: 'ml.employment.situations.history', value: historyRecord(m.history, (v) => v.situations), label: 'Situations emploi, années précédentes', definition: 'Même décompte, pour chaque année précédente.' },
      { key: 'ml.employment.belowBacShare', value: m.belowBac.share, label: 'Part des jeunes en emploi de niveau inférieur au Bac', definition: 'Jeunes en emploi de niveau infra 3 ou 3 / jeunes en emploi.' },
      { key: 'ml.employment.aged18to21Share', value: m.aged18to21.share, label: 'Part des 18-21 ans', definition: 'Jeunes en emploi âgés de 18 à 21 ans au 31/12 / jeunes en emploi.' },
      { key: 'ml.employment.womenShare', value: m.women.share, label: 'Part des femmes', definition: 'Jeunes femmes en emploi / jeunes en emploi.' },
      { key: 'ml.employment.byContract', value: asRecord(m.byContract), label: 'Situations emploi par type de contrat', definition: 'Situations emploi actives par sous-type (CDI, CDD, intérim, contrat aidé, IAE).' },
      { key: 'ml.employment.cdi', value: m.cdi, label: 'Situations en CDI', definition: 'Situations emploi de sous-type « CDI ».' },
      { key: 'ml.employment.cdi.history', value: historyRecord(m.history, (v) => v.cdi), label: 'Situations en CDI, années précédentes', definition: 'Même décompte, pour chaque année précédente.' },
      { key: 'ml.employment.interim', value: m.interim, label: 'Situations en intérim', definition: 'Situations emploi de sous-type « Intérim ».' },
      { key: 'ml.employment.interim.history', value: historyRecord(m.history, (v) => v.interim), label: 'Situations en intérim, années précédentes', definition: 'Même décompte, pour chaque année précédente.' },
      { key: 'ml.employment.topSector', value: sector(m.topSector), label: 'Premier secteur des contrats', definition: 'Secteur le plus fréquent des situations emploi.' },
      { key: 'ml.employment.topSectorShare', value: m.topSector?.share ?? null, label: 'Part du premier secteur des contrats', definition: 'Situations emploi du premier secteur / situations emploi.' },
      { key: 'ml.workStudy.young', value: m.workStudy.young, label: 'Jeunes suivis en alternance', definition: 'Jeunes distincts ayant une situation « Alternance » active dans l’année.' },
      { key: 'ml.workStudy.signed', value: m.workStudy.signed, label: 'Contrats en alternance signés dans l’année', definition: 'Situations « Alternance » démarrées dans l’année.' },
      { key: 'ml.workStudy.topSector', value: sector(m.workStudy.topSector), label: 'Premier secteur des contrats en alternance signés', definition: 'Secteur le plus fréquent des contrats en alternance signés dans l’année.' },
      { key: 'ml.workStudy.topSectorShare', value: m.workStudy.topSector?.share ?? null, label: 'Part du premier secteur des contrats en alternance', definition: 'Contrats signés du premier secteur / contrats signés.' },
    ];
  },
  charts(m) {
    return [{ id: 'ml-employment-contract', kind: 'doughnut', title: 'Situations emploi par type de contrat', labels: m.byContract.map((c) => c.label), values: m.byContract.map((c) => c.count) }];
  },
};
