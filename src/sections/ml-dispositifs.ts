import type { MlYear } from '../dataset/load.js';
import type { IsoDate } from '../schemas/dates.js';
import type { Dispositif, Scheme } from '../schemas/ml/dispositifs.js';
import { measureWorkshops, workshopEvents, type Workshops } from './ml-orientation-formation.js';
import type { Rows } from '../dataset/rows.js';
import type { Situation } from '../schemas/ml/situations.js';
import { activeIn, inYear } from '../aggregation/ml-periods.js';
import { columnOf } from '../aggregation/by-index.js';
import { SchemePeriods } from '../aggregation/cej-periods.js';
import { personNumbers, type PersonNumbers } from '../aggregation/person-numbers.js';
import { counting, distinct, type Measure } from '../measure/measure.js';
import type { Part, Section } from '../measure/section.js';

export interface MlDispositifs {
  cej: {
    young: number;
    entries: number;
    entriesQpv: number;
    contacts: number;
    contactsPerYoung: number | null;
    measures: { situations: number; young: number };
    solution: Part;
    workshops: { sessions: number; perMonth: number };
  };
  culture: Workshops;
  pacea: number;
  parrainage: { entries: number; solution: Part };
  ppae: { entries: number; newlyRegistered: number };
  justice: number;
}

const CEJ: readonly Scheme[] = ['CEJ', 'Garantie Jeunes'];
/** A professional solution: any situation but an immersion, which prepares one. */
const SOLUTION_TYPES = ['Emploi', 'Alternance', 'Formation', 'Service civique', 'Mobilité internationale'];
const PARRAINAGE_SOLUTIONS = ['Emploi', 'Alternance', 'Formation'];
/** The jeunes the CEJ figures are taken of. */
const IN_CEJ = 'jeunes distincts dans le CEJ ou la Garantie Jeunes, actif dans l’année';

/** The entries whose jeune has a solution that started on or after their entry: their latest start tells, by person number. */
function solvedAfterEntry(entries: Rows<Dispositif>, solutions: Rows<Situation>, numbers: PersonNumbers): Rows<Dispositif> {
  const entryNumber = numbers.ofColumn(entries.table, 'identifiant_jeune');
  const entryId = entries.table.codesOf('identifiant_jeune');
  const solutionNumber = numbers.ofColumn(solutions.table, 'identifiant_personne');
  const solutionId = solutions.table.codesOf('identifiant_personne');
  const sponsored = new Uint8Array(numbers.size);
  entries.eachIndex((index) => (sponsored[entryNumber[entryId[index]!]!] = 1));
  const latest = new Map<number, IsoDate>();
  const started = columnOf(solutions, 'date_debut');
  solutions.eachIndex((index) => {
    const number = solutionNumber[solutionId[index]!]!;
    if (sponsored[number] !== 1) return;
    const before = latest.get(number);
    if (before === undefined || started(index) > before) latest.set(number, started(index));
  });
  const entered = columnOf(entries, 'date_entree');
  return entries.filterIndexes((index) => (latest.get(entryNumber[entryId[index]!]!) ?? '') >= entered(index));
}

export const mlDispositifsSection: Section<'ml', MlDispositifs> = {
  id: 'ml-dispositifs',
  offer: 'ml',
  title: 'Les dispositifs d’accompagnement',
  compute(data: MlYear, m: Measure) {
    const year = data.year;
    const active = activeIn(data.dispositifs, 'date_entree', 'date_sortie', year);
    const entered = data.dispositifs.where('date_entree', (d) => inYear(d, year));
    const numbers = personNumbers(data);
    const situations = activeIn(data.situations, 'date_debut', 'date_fin', year);
    // Rows of the tables throughout: at the national volume, objects for them would weigh hundreds of megabytes.
    const inScheme = (rows: Rows<Dispositif>, ...schemes: readonly Scheme[]): Rows<Dispositif> => rows.where('dispositif', (d) => schemes.includes(d));
    const people = (rows: Rows<Dispositif>) => distinct(rows, 'identifiant_jeune');

    // CEJ and Garantie Jeunes count together; a jeune's periods in either make up their CEJ time.
    const cejActive = inScheme(active, ...CEJ);
    const cejPeriods = new SchemePeriods(numbers, cejActive);
    const cejEntries = data.jeunes.pick(numbers.jeunesIn(inScheme(entered, ...CEJ), 'identifiant_jeune'), entered);
    const contacts = cejPeriods.within(
      data.evenements.where('date', (d) => inYear(d, year)),
      'identifiant_jeune',
      'date',
    );
    const measures = cejPeriods.within(situations, 'identifiant_personne', 'date_debut', 'date_fin');
    const solutions = measures.where('type', (t) => SOLUTION_TYPES.includes(t));
    // The CEJ workshops' sessions: the events naming one.
    const cejSessions = distinct(
      workshopEvents(data, 'CEJ').where('atelier', (a) => a !== undefined),
      'atelier',
    );

    const pacea = inScheme(entered, 'PACEA');
    const parrainage = inScheme(entered, 'Parrainage');
    // A jeune parrainé has a solution if one started in the year on or after their entry: the latest start tells.
    const parrainageSolved = solvedAfterEntry(
      parrainage,
      situations.where('type', (t) => PARRAINAGE_SOLUTIONS.includes(t)).where('date_debut', (d) => inYear(d, year)),
      numbers,
    );
    const ppae = data.jeunes.pick(numbers.jeunesIn(inScheme(entered, 'PPAE'), 'identifiant_jeune'), entered);

    const young = m.count(
      {
        key: 'ml.cej.young',
        label: 'Jeunes accompagnés en CEJ / Garantie Jeunes',
        unit: 'people',
        definition: 'Jeunes distincts dans le CEJ ou la Garantie Jeunes, actif dans l’année.',
      },
      people(cejActive),
      { by: (d) => d.dispositif },
    );
    const entries = m.count(
      {
        key: 'ml.cej.entries',
        label: 'Entrées en CEJ / GJ dans l’année',
        unit: 'people',
        definition: 'Jeunes distincts entrés dans le CEJ ou la Garantie Jeunes dans l’année.',
      },
      cejEntries,
    );
    const entriesQpv = m.count(
      {
        key: 'ml.cej.entriesQpv',
        label: 'Entrées en CEJ / GJ de jeunes résidant en QPV',
        unit: 'people',
        definition: 'Jeunes distincts entrés dans le CEJ ou la Garantie Jeunes dans l’année et résidant en quartier prioritaire de la ville.',
      },
      cejEntries.filter((j) => j.qpv),
    );
    const contactCount = m.count(
      {
        key: 'ml.cej.contacts',
        label: 'Contacts des jeunes en CEJ / GJ',
        unit: 'count',
        definition: 'Événements de l’année des jeunes en CEJ ou en Garantie Jeunes, datés pendant leur période dans le dispositif.',
      },
      contacts,
    );
    const contactsPerYoung = m.rate(
      {
        key: 'ml.cej.contactsPerYoung',
        label: 'Contacts par jeune en CEJ / GJ',
        unit: 'ratio',
        definition:
          `Événements de l’année des jeunes en CEJ ou en Garantie Jeunes datés pendant leur période dans le dispositif ` +
          `(numérateur) / ${IN_CEJ} (dénominateur).`,
      },
      contacts,
      people(cejActive),
    );
    const measureCount = m.count(
      {
        key: 'ml.cej.measures',
        label: 'Mesures professionnelles',
        unit: 'count',
        definition: 'Situations actives dans l’année qui recouvrent une période de CEJ ou de Garantie Jeunes de leur jeune.',
      },
      measures,
      { by: (s) => s.type },
    );
    const measuresYoung = m.count(
      {
        key: 'ml.cej.measures.young',
        label: 'Jeunes ayant bénéficié de mesures professionnelles',
        unit: 'people',
        definition: 'Jeunes distincts ayant au moins une situation active dans l’année qui recouvre leur période de CEJ ou de Garantie Jeunes.',
      },
      distinct(measures, 'identifiant_personne'),
    );
    const solutionShare = m.rate(
      {
        key: 'ml.cej.solutionShare',
        label: 'Part des jeunes avec au moins une solution professionnelle',
        unit: 'rate',
        definition:
          'Jeunes en CEJ ou en Garantie Jeunes ayant, pendant leur période dans le dispositif, au moins une situation autre qu’une immersion ' +
          `(emploi, alternance, formation, service civique, mobilité internationale) (numérateur) / ${IN_CEJ} (dénominateur).`,
      },
      distinct(solutions, 'identifiant_personne'),
      people(cejActive),
    );
    const sessions = m.count(
      { key: 'ml.cej.workshops', label: 'Ateliers CEJ', unit: 'count', definition: 'Sessions distinctes d’ateliers de thème « CEJ » dans l’année.' },
      cejSessions,
    );
    const perMonth = m.figure(
      {
        key: 'ml.cej.workshopsPerMonth',
        label: 'Ateliers CEJ par mois',
        unit: 'count',
        definition: 'Sessions distinctes d’ateliers de thème « CEJ » dans l’année, divisées par 12 : la moyenne par mois.',
      },
      counting(cejSessions, { divideBy: 12 }),
    );
    const culture = measureWorkshops(m, workshopEvents(data, 'Culture'), {
      sessions: {
        key: 'ml.culture.sessions',
        label: 'Actions culturelles',
        unit: 'count',
        definition: 'Sessions distinctes d’ateliers de thème « Culture » dans l’année.',
      },
      young: {
        key: 'ml.culture.young',
        label: 'Jeunes aux actions culturelles',
        unit: 'people',
        definition: 'Jeunes distincts ayant participé dans l’année à un atelier de thème « Culture ».',
      },
    });
    const paceaEntries = m.count(
      { key: 'ml.pacea.entries', label: 'Entrées en PACEA', unit: 'people', definition: 'Jeunes distincts entrés dans le PACEA dans l’année.' },
      people(pacea),
    );
    const parrainageEntries = m.count(
      { key: 'ml.parrainage.entries', label: 'Entrées en Parrainage', unit: 'people', definition: 'Jeunes distincts entrés dans le Parrainage dans l’année.' },
      people(parrainage),
    );
    const parrainageShare = m.rate(
      {
        key: 'ml.parrainage.solutionShare',
        label: 'Part des jeunes parrainés ayant accédé à une solution',
        unit: 'rate',
        definition:
          'Jeunes distincts entrés dans le Parrainage dans l’année ayant une situation emploi, alternance ou formation démarrée dans l’année, ' +
          'à leur entrée ou après (numérateur) / jeunes distincts entrés dans le Parrainage dans l’année (dénominateur).',
      },
      people(parrainageSolved),
      people(parrainage),
    );
    const ppaeEntries = m.count(
      { key: 'ml.ppae.entries', label: 'Entrées en PPAE', unit: 'people', definition: 'Jeunes distincts entrés dans le PPAE (cotraitance) dans l’année.' },
      ppae,
    );
    const newlyRegistered = m.count(
      {
        key: 'ml.ppae.newlyRegistered',
        label: 'Dont nouvellement inscrits',
        unit: 'people',
        definition: 'Jeunes distincts entrés dans le PPAE (cotraitance) dans l’année dont la date de premier accueil est aussi dans l’année.',
      },
      ppae.filter((j) => inYear(j.date_premier_accueil, year)),
    );
    const justice = m.count(
      {
        key: 'ml.justice.young',
        label: 'Jeunes sous main de justice accompagnés',
        unit: 'people',
        definition: 'Jeunes distincts dans le dispositif « Justice » actif dans l’année.',
      },
      people(inScheme(active, 'Justice')),
    );

    return {
      cej: {
        young,
        entries,
        entriesQpv,
        contacts: contactCount,
        contactsPerYoung,
        measures: { situations: measureCount, young: measuresYoung },
        solution: { count: solutions.distinct('identifiant_personne'), share: solutionShare },
        workshops: { sessions, perMonth },
      },
      culture,
      pacea: paceaEntries,
      parrainage: { entries: parrainageEntries, solution: { count: parrainageSolved.distinct('identifiant_jeune'), share: parrainageShare } },
      ppae: { entries: ppaeEntries, newlyRegistered },
      justice,
    };
  },
};
