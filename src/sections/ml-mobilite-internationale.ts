import type { Situation } from '../schemas/ml/situations.js';
import { inYear } from '../aggregation/ml-periods.js';
import { distinct, type Cell, type Measure } from '../measure/measure.js';
import type { MlYear } from '../dataset/load.js';
import { measureWorkshops, workshopEvents, type Workshops } from './ml-orientation-formation.js';
import type { Section } from '../measure/section.js';

export interface MlMobiliteInternationale {
  workshops: Workshops;
  forum: number;
  interviews: number;
  referred: number;
  departures: { total: number; bySubtype: Cell[] };
}

const THEME = 'Mobilité internationale';

const subtype = (s: Situation) => s.sous_type ?? 'Autre';

export const mlMobiliteInternationaleSection: Section<'ml', MlMobiliteInternationale> = {
  id: 'ml-mobilite-internationale',
  offer: 'ml',
  title: 'Mobilité internationale',
  compute(data: MlYear, m: Measure) {
    const year = data.year;
    const events = data.evenements.where('theme', (t) => t === THEME).where('date', (d) => inYear(d, year));
    const departures = data.situations.where('type', (t) => t === THEME).where('date_debut', (d) => inYear(d, year));
    const workshops = measureWorkshops(m, workshopEvents(data, THEME), {
      sessions: {
        key: 'ml.internationalMobility.workshops.sessions',
        label: 'Ateliers mobilité internationale',
        unit: 'count',
        definition: 'Sessions distinctes (identifiant d’atelier) des ateliers de thème « Mobilité internationale » de l’année.',
      },
      young: {
        key: 'ml.internationalMobility.workshops.young',
        label: 'Jeunes aux ateliers mobilité internationale',
        unit: 'people',
        definition: 'Jeunes distincts ayant participé dans l’année à un atelier de thème « Mobilité internationale ».',
      },
    });
    const forum = m.count(
      {
        key: 'ml.internationalMobility.forum',
        label: 'Jeunes au forum mobilité internationale',
        unit: 'people',
        definition: 'Jeunes distincts ayant dans l’année un événement « Forum » de thème « Mobilité internationale ».',
      },
      distinct(
        events.where('type', (t) => t === 'Forum'),
        'identifiant_jeune',
      ),
    );
    const interviews = m.count(
      {
        key: 'ml.internationalMobility.interviews',
        label: 'Jeunes reçus en entretien individuel (mobilité)',
        unit: 'people',
        definition: 'Jeunes distincts ayant dans l’année un entretien individuel de thème « Mobilité internationale ».',
      },
      distinct(
        events.where('type', (t) => t === 'Entretien individuel'),
        'identifiant_jeune',
      ),
    );
    const referred = m.count(
      {
        key: 'ml.internationalMobility.referred',
        label: 'Jeunes orientés vers des structures partenaires',
        unit: 'people',
        definition: 'Jeunes distincts ayant dans l’année une proposition de thème « Mobilité internationale ».',
      },
      distinct(
        data.propositions.where('theme', (t) => t === THEME).where('date', (d) => inYear(d, year)),
        'identifiant_jeune',
      ),
    );
    const total = m.count(
      {
        key: 'ml.internationalMobility.departures',
        label: 'Départs en mobilité à l’étranger',
        unit: 'count',
        definition: 'Situations « Mobilité internationale » démarrées dans l’année (un départ chacune).',
      },
      departures,
      { by: subtype },
    );
    const bySubtype = m.countBy(
      {
        key: 'ml.internationalMobility.departures.bySubtype',
        label: 'Départs par dispositif',
        unit: 'count',
        definition:
          'Situations « Mobilité internationale » démarrées dans l’année, par sous-type (stage Erasmus+, Service Civique international…) ; ' +
          '« Autre » pour une situation sans sous-type.',
      },
      departures,
      subtype,
    );
    return { workshops, forum, interviews, referred, departures: { total, bySubtype } };
  },
};
