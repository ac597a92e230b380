import type { MlYear } from '../dataset/load.js';
import { yearEnd } from '../schemas/dates.js';
import type { Evenement } from '../schemas/ml/evenements.js';
import type { Rows } from '../dataset/rows.js';
import { isBelowBac } from '../schemas/person.js';
import { activeSituations, inYear, isActive, measureTopSector } from '../aggregation/ml-periods.js';
import { personNumbers } from '../aggregation/person-numbers.js';
import type { About } from '../measure/indicator.js';
import { distinct, type Measure } from '../measure/measure.js';
import type { Part, Section } from '../measure/section.js';

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
}

const QUALIFYING = ['Qualifiante', 'Pré-qualifiante'];
const TRAINING_THEME = 'Formation';
const DISCOVERY_THEME = 'Découverte des métiers (réalité virtuelle)';

/** The year's `Atelier` events of a theme: what `measureWorkshops` counts. */
export const workshopEvents = (data: MlYear, theme: string): Rows<Evenement> =>
  data.evenements
    .where('type', (t) => t === 'Atelier')
    .where('theme', (t) => t === theme)
    .where('date', (d) => inYear(d, data.year));

/**
 * Declares the workshops of some `Atelier` events (see `workshopEvents`): the distinct sessions (of
 * the events naming one) and the distinct jeunes.
 */
export function measureWorkshops(m: Measure, attended: Rows<Evenement>, about: { sessions: About; young: About }): Workshops {
  return {
    sessions: m.count(
      about.sessions,
      distinct(
        attended.where('atelier', (a) => a !== undefined),
        'atelier',
      ),
    ),
    young: m.count(about.young, distinct(attended, 'identifiant_jeune')),
  };
}

/** Who the shares of training are taken of. */
const TRAINEES = 'jeunes distincts ayant une situation « Formation » active dans l’année (dénominateur)';
const TRAININGS = 'situations « Formation » actives dans l’année (dénominateur)';

export const mlOrientationFormationSection: Section<'ml', MlOrientationFormation> = {
  id: 'ml-orientation-formation',
  offer: 'ml',
  title: 'Orientation / Formation',
  compute(data: MlYear, m: Measure) {
    const year = data.year;
    const situations = activeSituations(data, 'Formation');
    const trainees = data.jeunes.pick(personNumbers(data).jeunesIn(situations, 'identifiant_personne'), situations);
    const qualifying = situations.where('sous_type', (t) => QUALIFYING.includes(t ?? ''));
    const belowBac = trainees.filter((j) => isBelowBac(j.niveau_qualification));
    const obligation = data.dispositifs.filter((d) => d.dispositif === 'Obligation de formation' && isActive(d.date_entree, d.date_sortie, year));
    const openAtYearEnd = obligation.filter((d) => d.date_sortie === undefined || d.date_sortie > yearEnd(year));
    const inOrder = openAtYearEnd.filter((d) => d.situation_31_12 === 'En règle');

    const immersions = m.count(
      {
        key: 'ml.immersions',
        label: 'Conventions de PMSMP signées',
        unit: 'count',
        definition: 'Situations « Immersion (PMSMP) » démarrées dans l’année (une convention chacune).',
      },
      data.situations.where('type', (t) => t === 'Immersion (PMSMP)').where('date_debut', (d) => inYear(d, year)),
    );
    const trainingWorkshops = measureWorkshops(m, workshopEvents(data, TRAINING_THEME), {
      sessions: {
        key: 'ml.workshops.training.sessions',
        label: 'Ateliers techniques formation',
        unit: 'count',
        definition: `Sessions distinctes d’ateliers de thème « ${TRAINING_THEME} » dans l’année.`,
      },
      young: {
        key: 'ml.workshops.training.young',
        label: 'Jeunes aux ateliers formation',
        unit: 'people',
        definition: `Jeunes distincts ayant participé dans l’année à un atelier de thème « ${TRAINING_THEME} ».`,
      },
    });
    const discoveryWorkshops = measureWorkshops(m, workshopEvents(data, DISCOVERY_THEME), {
      sessions: {
        key: 'ml.workshops.discovery.sessions',
        label: 'Ateliers découverte des métiers (réalité virtuelle)',
        unit: 'count',
        definition: `Sessions distinctes d’ateliers de thème « ${DISCOVERY_THEME} » dans l’année.`,
      },
      young: {
        key: 'ml.workshops.discovery.young',
        label: 'Jeunes aux ateliers découverte des métiers',
        unit: 'people',
        definition: `Jeunes distincts ayant participé dans l’année à un atelier de thème « ${DISCOVERY_THEME} ».`,
      },
    });
    const young = m.count(
      {
        key: 'ml.training.young',
        label: 'Jeunes en formation',
        unit: 'people',
        definition: 'Jeunes distincts ayant une situation « Formation » active dans l’année.',
      },
      trainees,
    );
    const situationCount = m.count(
      {
        key: 'ml.training.situations',
        label: 'Situations formation',
        unit: 'count',
        history: true,
        definition: 'Situations « Formation » actives dans l’année (une situation à cheval sur deux années compte dans les deux).',
      },
      situations,
      { by: (s) => s.sous_type ?? 'Non renseigné' },
    );
    const backToSchool = m.count(
      {
        key: 'ml.training.backToSchool',
        label: 'Retours en formation initiale',
        unit: 'count',
        definition: 'Situations « Formation » actives dans l’année de sous-type « Retour en formation initiale ».',
      },
      situations.where('sous_type', (t) => t === 'Retour en formation initiale'),
    );
    const qualifyingShare = m.rate(
      {
        key: 'ml.training.qualifyingShare',
        label: 'Part des formations qualifiantes ou pré-qualifiantes',
        unit: 'rate',
        definition: `Situations « Formation » actives dans l’année de sous-type « Qualifiante » ou « Pré-qualifiante » (numérateur) / ${TRAININGS}.`,
      },
      qualifying,
      situations,
    );
    const belowBacShare = m.rate(
      {
        key: 'ml.training.belowBacShare',
        label: 'Part des jeunes en formation de niveau inférieur au Bac',
        unit: 'rate',
        definition: `Jeunes en formation de niveau infra 3 ou 3 (numérateur) / ${TRAINEES}.`,
      },
      belowBac,
      trainees,
    );
    const topSector = measureTopSector(
      m,
      {
        sector: {
          key: 'ml.training.topSector',
          label: 'Premier secteur des formations',
          unit: 'count',
          definition:
            'Secteur le plus fréquent des situations « Formation » actives dans l’année (ex æquo : ordre alphabétique), ' + 'avec son nombre de situations.',
        },
        share: {
          key: 'ml.training.topSectorShare',
          label: 'Part du premier secteur des formations',
          unit: 'rate',
          definition: `Situations « Formation » actives dans l’année du premier secteur (numérateur) / ${TRAININGS}.`,
        },
      },
      situations,
    );
    const obligationYoung = m.count(
      {
        key: 'ml.trainingObligation.young',
        label: 'Jeunes accompagnés dans le cadre de l’Obligation de formation',
        unit: 'people',
        definition: 'Jeunes distincts dans le dispositif « Obligation de formation » actif dans l’année.',
      },
      distinct(obligation, 'identifiant_jeune'),
    );
    const inOrderShare = m.rate(
      {
        key: 'ml.trainingObligation.inOrderShare',
        label: 'Part des jeunes en règle au 31/12',
        unit: 'rate',
        definition:
          'Jeunes distincts dont le dispositif « Obligation de formation » est ouvert au 31/12 avec la situation ' +
          '« En règle » (numérateur) / jeunes distincts dont ce dispositif est ouvert au 31/12 (dénominateur).',
      },
      distinct(inOrder, 'identifiant_jeune'),
      distinct(openAtYearEnd, 'identifiant_jeune'),
    );
    const drivingLicence = m.count(
      {
        key: 'ml.drivingLicence.young',
        label: 'Jeunes aidés au financement du permis B',
        unit: 'people',
        definition: 'Jeunes distincts ayant une formation « Permis B » active dans l’année.',
      },
      distinct(
        situations.where('sous_type', (t) => t === 'Permis B'),
        'identifiant_personne',
      ),
    );
    return {
      immersions,
      trainingWorkshops,
      discoveryWorkshops,
      training: {
        young,
        situations: situationCount,
        backToSchool,
        qualifying: { count: qualifying.length, share: qualifyingShare },
        belowBac: { count: belowBac.length, share: belowBacShare },
        topSector,
      },
      trainingObligation: { young: obligationYoung, inOrder: { count: inOrder.distinct('identifiant_jeune'), share: inOrderShare } },
      drivingLicence,
    };
  },
};
