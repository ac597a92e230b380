import type { Config } from '../config/schema.js';
import type { MlYear } from '../dataset/load.js';
import type { CommuneCount } from '../aggregation/breakdowns.js';
import { inYear } from '../aggregation/ml-periods.js';
import { personNumbers } from '../aggregation/person-numbers.js';
import { measureProfile, type Profile } from '../aggregation/ml-profile.js';
import { distinct, type Measure } from '../measure/measure.js';
import { PROPOSAL_THEMES } from '../schemas/ml/propositions.js';
import { part, type Part, type Section } from '../measure/section.js';
import { COMMUNE_KEYS } from './commune-keys.js';

/** The key of the figure the page charts: named in its declaration and by its chart. */
const BY_THEME = 'ml.proposals.byTheme';

export interface MlPublic {
  newRegistrations: number;
  youngInContact: number;
  youngAccompanied: number;
  /** The regional network's count: an individual interview or a collective event. */
  youngAccompaniedWithCollective: number;
  /** Which of the two the page prints (`ml.youngAccompanied.printed`), and whom the profile describes. */
  printed: Config['ml']['youngAccompanied']['printed'];
  contacts: number;
  interviews: number;
  proposals: { total: number; byTheme: { label: string; count: number }[]; employment: Part };
  accompanied: { byCommune: CommuneCount[]; qpv: Part; rqth: Part };
  profile: Profile;
}

const INTERVIEW = 'Entretien individuel';

export const mlPublicSection: Section<'ml', MlPublic> = {
  id: 'ml-public',
  offer: 'ml',
  title: 'Le public',
  compute(data: MlYear, m: Measure, config: Config) {
    const events = data.evenements.where('date', (d) => inYear(d, data.year));
    const interviews = events.where('type', (t) => t === INTERVIEW);
    const { printed, collectiveEventTypes } = config.ml.youngAccompanied;
    const collective = new Set<string>(collectiveEventTypes);
    const met = events.where('type', (t) => t === INTERVIEW || collective.has(t));
    const collectiveWords = `un événement collectif (${collectiveEventTypes.join(', ')})`;
    // Whom the page's « jeunes accompagnés » are: those of an interview (ALPES), or also of a collective event.
    const how =
      printed === 'interviews' ? 'au moins un entretien individuel dans l’année' : `au moins un entretien individuel ou ${collectiveWords} dans l’année`;
    const seen = printed === 'interviews' ? interviews : met;
    const registered = data.jeunes.filter((j) => inYear(j.date_premier_accueil, data.year));
    const proposals = data.propositions.where('date', (d) => inYear(d, data.year));
    const employmentProposals = proposals.where('theme', (t) => t === 'Emploi');
    // The jeunes accompanied, as jeunes.csv describes them (commune, QPV, RQTH, age, level).
    const accompanied = data.jeunes.pick(personNumbers(data).jeunesIn(seen, 'identifiant_jeune'), seen);
    const qpv = accompanied.filter((j) => j.qpv);
    const rqth = accompanied.filter((j) => j.rqth);

    const newRegistrations = m.count(
      {
        key: 'ml.newRegistrations',
        label: 'Nouvelles inscriptions (premier accueil)',
        unit: 'people',
        history: true,
        definition: 'Jeunes dont la date de premier accueil est dans l’année.',
      },
      registered,
    );
    m.byCommune(
      {
        key: COMMUNE_KEYS.mlNewRegistrations,
        label: 'Nouvelles inscriptions par commune',
        unit: 'people',
        history: true,
        definition:
          'Jeunes dont la date de premier accueil est dans l’année, par commune de résidence : ' +
          'toutes les communes du territoire, puis « Hors territoire / non renseigné ».',
      },
      registered,
      (j) => j.commune.insee,
    );
    const youngInContact = m.count(
      {
        key: 'ml.youngInContact',
        label: 'Jeunes en contact',
        unit: 'people',
        definition: 'Jeunes distincts ayant au moins un événement (tout type de contact) dans l’année.',
      },
      distinct(events, 'identifiant_jeune'),
    );
    const youngAccompanied = m.count(
      {
        key: 'ml.youngAccompanied',
        label: 'Jeunes accompagnés (entretiens)',
        unit: 'people',
        definition:
          'Jeunes distincts ayant eu au moins un entretien individuel dans l’année (définition de l’association). Le réseau ' +
          'régional compte aussi les ateliers et informations collectives : « Jeunes accompagnés (entretiens ou collectifs) ».',
      },
      distinct(interviews, 'identifiant_jeune'),
    );
    const youngAccompaniedWithCollective = m.count(
      {
        key: 'ml.youngAccompanied.withCollective',
        label: 'Jeunes accompagnés (entretiens ou collectifs)',
        unit: 'people',
        definition:
          `Jeunes distincts ayant eu dans l’année au moins un entretien individuel ou ${collectiveWords} (définition du réseau ` +
          'régional ; réglage ml.youngAccompanied.collectiveEventTypes). L’association ne compte que les entretiens : « Jeunes accompagnés (entretiens) ».',
      },
      distinct(met, 'identifiant_jeune'),
    );
    const contacts = m.count(
      {
        key: 'ml.contacts',
        label: 'Contacts',
        unit: 'count',
        definition: 'Événements de l’année, tous types (entretiens, ateliers, appels, courriels, SMS…).',
      },
      events,
      { by: (e) => e.type },
    );
    const interviewCount = m.count(
      { key: 'ml.interviews', label: 'Entretiens', unit: 'count', history: true, definition: 'Événements de type « Entretien individuel » de l’année.' },
      interviews,
    );
    const total = m.count(
      { key: 'ml.proposals', label: 'Propositions', unit: 'count', definition: 'Propositions faites aux jeunes dans l’année.' },
      proposals,
      { by: (p) => p.theme },
    );
    const byTheme = m.countBy(
      { key: BY_THEME, label: 'Propositions par thème', unit: 'count', definition: 'Propositions faites aux jeunes dans l’année, par thème.' },
      proposals,
      'theme',
      { order: PROPOSAL_THEMES, shape: (cells) => cells.filter((t) => t.count > 0) },
    );
    const employmentShare = m.rate(
      {
        key: 'ml.proposals.employmentShare',
        label: 'Part des propositions sur le thème Emploi',
        unit: 'rate',
        definition: 'Propositions de l’année sur le thème « Emploi » (numérateur) / propositions de l’année (dénominateur).',
      },
      employmentProposals,
      proposals,
    );
    const byCommune = m.byCommune(
      {
        key: COMMUNE_KEYS.mlYoung,
        history: true,
        label: 'Jeunes accompagnés par commune',
        unit: 'people',
        definition: `Jeunes accompagnés (${how}) par commune de résidence : toutes les ` + 'communes du territoire, puis « Hors territoire / non renseigné ».',
      },
      accompanied,
      (j) => j.commune.insee,
    );
    m.count(
      {
        key: 'ml.young.rqth',
        label: 'Jeunes accompagnés reconnus travailleurs handicapés',
        unit: 'people',
        definition: `Jeunes accompagnés (${how}) dont la reconnaissance de la qualité de ` + 'travailleur handicapé (RQTH) est renseignée.',
      },
      rqth,
    );
    const qpvShare = m.rate(
      {
        key: 'ml.young.qpvShare',
        label: 'Part des jeunes accompagnés résidant en QPV',
        unit: 'rate',
        history: true,
        definition: `Jeunes accompagnés résidant en quartier prioritaire de la ville (numérateur) / jeunes accompagnés, ceux qui ont eu ${how} (dénominateur).`,
      },
      qpv,
      accompanied,
    );
    const profile = measureProfile(m, accompanied, `Jeunes accompagnés (${how})`, config);
    return {
      newRegistrations,
      youngInContact,
      youngAccompanied,
      youngAccompaniedWithCollective,
      printed,
      contacts,
      interviews: interviewCount,
      proposals: { total, byTheme, employment: { count: employmentProposals.length, share: employmentShare } },
      accompanied: { byCommune, qpv: { count: qpv.length, share: qpvShare }, rqth: part(rqth.length, accompanied.length) },
      profile,
    };
  },
  charts(m) {
    const { byTheme } = m.proposals;
    const [labels, values] = [byTheme.map((t) => t.label), byTheme.map((t) => t.count)];
    return [{ id: 'ml-proposals-theme', kind: 'horizontalBar', title: 'Propositions par thème', indicator: BY_THEME, labels, values }];
  },
};
