import type { MlYear } from '../dataset/load.js';
import { isBelowBac } from '../schemas/person.js';
import { asRecord, countByLabel } from './breakdowns.js';
import { activeSituations, ageAtYearEnd, distinct, inYear, jeunesById, jeunesOf, topSector } from './ml-periods.js';
import { historyRecord, part, type Part, type Past, type Section } from './section.js';

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
  return { jobs, cdi: jobs.filter((s) => s.sous_type === 'CDI').length, interim: jobs.filter((s) => s.sous_type === 'Intérim').length };
}

export const mlEmploiSection: Section<'ml', MlEmploi> = {
  id: 'ml-emploi',
  offer: 'ml',
  title: 'Emploi',
  compute(data) {
    const { current } = data;
    const year = current.year;
    const { jobs, cdi, interim } = contracts(current);
    const workers = jeunesOf(jobs.map((s) => s.identifiant_personne), jeunesById(current));
    const workStudy = activeSituations(current, 'Alternance');
    const signed = workStudy.filter((s) => inYear(s.date_debut, year));
    const age = (j: (typeof workers)[number]) => ageAtYearEnd(j, year);
    return {
      young: workers.length,
      situations: jobs.length,
      belowBac: part(workers.filter((j) => isBelowBac(j.niveau_qualification)).length, workers.length),
      aged18to21: part(workers.filter((j) => age(j) >= 18 && age(j) <= 21).length, workers.length),
      women: part(workers.filter((j) => j.sexe === 'F').length, workers.length),
      byContract: countByLabel(jobs, (s) => s.sous_type ?? NOT_GIVEN, CONTRACTS).filter((c) => c.count > 0),
      cdi,
      interim,
      topSector: topSector(jobs),
      workStudy: { young: distinct(workStudy, (s) => s.identifiant_personne), signed: signed.length, topSector: topSector(signed) },
      history: data.history.map((past) => {
        const c = contracts(past);
        return { year: past.year, value: { situations: c.jobs.length, cdi: c.cdi, interim: c.interim } };
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
