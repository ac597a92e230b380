import type { MlYear } from '../dataset/load.js';
import { yearEnd } from '../schemas/dates.js';
import type { Evenement } from '../schemas/ml/evenements.js';
import type { Rows } from '../dataset/rows.js';
import { isBelowBac } from '../schemas/person.js';
import { activeSituations, inYear, isActive, jeunesById, jeunesOf, topSector, traceTopSector } from '../aggregation/ml-periods.js';
import { historyRecord, part, type Part, type Past, type LegacySection } from '../measure/section.js';
import { noTrace, type Trace } from '../measure/evidence.js';

export interface Workshops {
  sessions: number;
  young: number;
}

export interface MlOrientationFormation {
  immersions: number;
  trainingWorkshops: Workshops;
  discoveryWorkshops: Workshops;
  training: {
    young: number;
    situations: number;
    backToSchool: number;
    qualifying: Part;
    belowBac: Part;
    topSector: ({ label: string } & Part) | undefined;
  };
  trainingObligation: { young: number; inOrder: Part };
  drivingLicence: number;
  history: Past<{ situations: number }>[];
}

const QUALIFYING = ['Qualifiante', 'Pré-qualifiante'];

/** The year's `Atelier` events of a theme: what `workshops` counts. */
export const workshopEvents = (data: MlYear, theme: string): Rows<Evenement> =>
  data.evenements.filter((e) => e.type === 'Atelier' && e.theme === theme && inYear(e.date, data.year));

/** Workshop sessions and distinct jeunes over some `Atelier` events. */
const workshopsOf = (attended: Rows<Evenement>): Workshops => ({ sessions: attended.distinct('atelier'), young: attended.distinct('identifiant_jeune') });

/** Workshop sessions and distinct jeunes for a theme, over the year's `Atelier` events. */
export function workshops(data: MlYear, theme: string): Workshops {
  return workshopsOf(workshopEvents(data, theme));
}

/** Traces what `workshops` counts from `workshopEvents`: distinct sessions (events naming one), distinct jeunes. */
export function traceWorkshops(trace: Trace, attended: Rows<Evenement>, keys: { sessions: string; young: string }): void {
  trace.count(keys.sessions, { file: 'evenements.csv', rows: attended.filter((e) => e.atelier !== undefined) }, { distinctBy: (e) => e.atelier! });
  trace.count(keys.young, { file: 'evenements.csv', rows: attended }, { distinctBy: (e) => e.identifiant_jeune });
}

const trainings = (data: MlYear) => activeSituations(data, 'Formation');

export const mlOrientationFormationSection: LegacySection<'ml', MlOrientationFormation> = {
  id: 'ml-orientation-formation',
  offer: 'ml',
  title: 'Orientation / Formation',
  compute(data, _config, trace = noTrace) {
    const { current } = data;
    const year = current.year;
    const situations = trainings(current);
    const trainees = jeunesOf(situations.distinctValues('identifiant_personne'), jeunesById(current));
    const immersions = current.situations.filter((s) => s.type === 'Immersion (PMSMP)' && inYear(s.date_debut, year));
    const trainingAttended = workshopEvents(current, 'Formation');
    const discoveryAttended = workshopEvents(current, 'Découverte des métiers (réalité virtuelle)');
    const backToSchool = situations.filter((s) => s.sous_type === 'Retour en formation initiale');
    const qualifying = situations.filter((s) => QUALIFYING.includes(s.sous_type ?? ''));
    const belowBac = trainees.filter((j) => isBelowBac(j.niveau_qualification));
    const top = topSector(situations);
    const obligation = current.dispositifs.filter((d) => d.dispositif === 'Obligation de formation' && isActive(d.date_entree, d.date_sortie, year));
    const openAtYearEnd = obligation.filter((d) => d.date_sortie === undefined || d.date_sortie > yearEnd(year));
    const inOrder = openAtYearEnd.filter((d) => d.situation_31_12 === 'En règle');
    const drivingLicence = situations.filter((s) => s.sous_type === 'Permis B');
    const file = 'situations.csv';
    const byJeune = (d: { identifiant_jeune: string }) => d.identifiant_jeune;
    trace.count('ml.immersions', { file, rows: immersions });
    traceWorkshops(trace, trainingAttended, { sessions: 'ml.workshops.training.sessions', young: 'ml.workshops.training.young' });
    traceWorkshops(trace, discoveryAttended, { sessions: 'ml.workshops.discovery.sessions', young: 'ml.workshops.discovery.young' });
    trace.count('ml.training.young', { file: 'jeunes.csv', rows: trainees });
    trace.count('ml.training.situations', { file, rows: situations }, { group: (s) => s.sous_type ?? 'Non renseigné' });
    trace.count('ml.training.backToSchool', { file, rows: backToSchool });
    trace.rate('ml.training.qualifyingShare', { file, rows: qualifying }, { file, rows: situations });
    trace.rate('ml.training.belowBacShare', { file: 'jeunes.csv', rows: belowBac }, { file: 'jeunes.csv', rows: trainees });
    traceTopSector(trace, { sector: 'ml.training.topSector', share: 'ml.training.topSectorShare' }, { file, rows: situations }, top);
    trace.count('ml.trainingObligation.young', { file: 'dispositifs.csv', rows: obligation }, { distinctBy: byJeune });
    trace.rate('ml.trainingObligation.inOrderShare', { file: 'dispositifs.csv', rows: inOrder }, { file: 'dispositifs.csv', rows: openAtYearEnd }, { distinctBy: byJeune });
    trace.count('ml.drivingLicence.young', { file, rows: drivingLicence }, { distinctBy: (s) => s.identifiant_personne });
    return {
      immersions: immersions.length,
      trainingWorkshops: workshopsOf(trainingAttended),
      discoveryWorkshops: workshopsOf(discoveryAttended),
      training: {
        young: trainees.length,
        situations: situations.length,
        backToSchool: backToSchool.length,
        qualifying: part(qualifying.length, situations.length),
        belowBac: part(belowBac.length, trainees.length),
        topSector: top,
      },
      trainingObligation: {
        young: obligation.distinct('identifiant_jeune'),
        inOrder: part(inOrder.distinct('identifiant_jeune'), openAtYearEnd.distinct('identifiant_jeune')),
      },
      drivingLicence: drivingLicence.distinct('identifiant_personne'),
      history: data.history.map((past) => {
        const pastSituations = trainings(past);
        trace.count('ml.training.situations.history', { file, rows: pastSituations, year: past.year }, { group: String(past.year) });
        return { year: past.year, value: { situations: pastSituations.length } };
      }),
    };
  },
  indicators(m) {
    const t = m.training;
    return [
      { key: 'ml.immersions', value: m.immersions, label: 'Conventions de PMSMP signées', definition: 'Situations « Immersion (PMSMP) » démarrées dans l’année (une convention chacune).' },
      { key: 'ml.workshops.training.sessions', value: m.trainingWorkshops.sessions, label: 'Ateliers techniques formation', definition: 'Sessions distinctes d’ateliers de thème « Formation » dans l’année.' },
      { key: 'ml.workshops.training.young', value: m.trainingWorkshops.young, label: 'Jeunes aux ateliers formation', definition: 'Jeunes distincts ayant participé à un atelier de thème « Formation ».' },
      { key: 'ml.workshops.discovery.sessions', value: m.discoveryWorkshops.sessions, label: 'Ateliers découverte des métiers (réalité virtuelle)', definition: 'Sessions distinctes d’ateliers de thème « Découverte des métiers (réalité virtuelle) ».' },
      { key: 'ml.workshops.discovery.young', value: m.discoveryWorkshops.young, label: 'Jeunes aux ateliers découverte des métiers', definition: 'Jeunes distincts ayant participé à ces ateliers.' },
      { key: 'ml.training.young', value: t.young, label: 'Jeunes en formation', definition: 'Jeunes distincts ayant une situation « Formation » active dans l’année.' },
      { key: 'ml.training.situations', value: t.situations, label: 'Situations formation', definition: 'Situations « Formation » actives dans l’année (une situation à cheval sur deux années compte dans les deux).' },
      { key: 'ml.training.situations.history', value: historyRecord(m.history, (v) => v.situations), label: 'Situations formation, années précédentes', definition: 'Même décompte, pour chaque année précédente.' },
      { key: 'ml.training.backToSchool', value: t.backToSchool, label: 'Retours en formation initiale', definition: 'Situations formation de sous-type « Retour en formation initiale ».' },
      { key: 'ml.training.qualifyingShare', value: t.qualifying.share, label: 'Part des formations qualifiantes ou pré-qualifiantes', definition: 'Situations formation « Qualifiante » ou « Pré-qualifiante » / situations formation.' },
      { key: 'ml.training.belowBacShare', value: t.belowBac.share, label: 'Part des jeunes en formation de niveau inférieur au Bac', definition: 'Jeunes en formation de niveau infra 3 ou 3 / jeunes en formation.' },
      { key: 'ml.training.topSector', value: t.topSector ? { [t.topSector.label]: t.topSector.count } : {}, label: 'Premier secteur des formations', definition: 'Secteur le plus fréquent des situations formation (ex æquo : ordre alphabétique).' },
      { key: 'ml.training.topSectorShare', value: t.topSector?.share ?? null, label: 'Part du premier secteur des formations', definition: 'Situations formation du premier secteur / situations formation.' },
      { key: 'ml.trainingObligation.young', value: m.trainingObligation.young, label: 'Jeunes accompagnés dans le cadre de l’Obligation de formation', definition: 'Jeunes distincts dans le dispositif « Obligation de formation » actif dans l’année.' },
      { key: 'ml.trainingObligation.inOrderShare', value: m.trainingObligation.inOrder.share, label: 'Part des jeunes en règle au 31/12', definition: 'Parmi les jeunes dont le dispositif est ouvert au 31/12, part « En règle ».' },
      { key: 'ml.drivingLicence.young', value: m.drivingLicence, label: 'Jeunes aidés au financement du permis B', definition: 'Jeunes distincts ayant une formation « Permis B » active dans l’année.' },
    ];
  },
};
