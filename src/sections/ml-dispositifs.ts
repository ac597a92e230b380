import type { IsoDate } from '../schemas/dates.js';
import type { Dispositif, Scheme } from '../schemas/ml/dispositifs.js';
import { traceWorkshops, workshopEvents, workshops, type Workshops } from './ml-orientation-formation.js';
import type { Rows } from '../dataset/rows.js';
import { inYear, isActive, jeunesById, jeunesOf } from '../aggregation/ml-periods.js';
import { part, type Part, type LegacySection } from '../measure/section.js';
import { noTrace } from '../measure/evidence.js';

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

/** A jeune's time in a scheme: its period's entry and exit dates (none: still in it). */
interface Period {
  start: IsoDate;
  end: IsoDate | undefined;
}

const overlaps = (start: IsoDate, end: IsoDate | undefined, periods: readonly Period[]) =>
  periods.some((p) => start <= (p.end ?? '9999-12-31') && (end ?? '9999-12-31') >= p.start);

export const mlDispositifsSection: LegacySection<'ml', MlDispositifs> = {
  id: 'ml-dispositifs',
  offer: 'ml',
  title: 'Les dispositifs d’accompagnement',
  compute({ current }, _config, trace = noTrace) {
    const year = current.year;
    const active = current.dispositifs.filter((d) => isActive(d.date_entree, d.date_sortie, year));
    const entered = current.dispositifs.filter((d) => inYear(d.date_entree, year));
    const index = jeunesById(current);
    const situations = current.situations.filter((s) => isActive(s.date_debut, s.date_fin, year));
    // Rows of the tables throughout: at the national volume, objects for them would weigh hundreds of megabytes.
    const inScheme = (rows: Rows<Dispositif>, ...schemes: readonly Scheme[]): Rows<Dispositif> => rows.filter((d) => schemes.includes(d.dispositif));

    // CEJ and Garantie Jeunes count together; a jeune's periods in either make up their CEJ time.
    const cejActive = inScheme(active, ...CEJ);
    const cejPeriods = new Map<string, Period[]>();
    cejActive.each((d) => {
      const period = { start: d.date_entree, end: d.date_sortie };
      const periods = cejPeriods.get(d.identifiant_jeune);
      if (periods) periods.push(period);
      else cejPeriods.set(d.identifiant_jeune, [period]);
    });
    const inCej = (id: string, start: IsoDate, end: IsoDate | undefined) => overlaps(start, end, cejPeriods.get(id) ?? []);
    const cejEntries = jeunesOf(inScheme(entered, ...CEJ).distinctValues('identifiant_jeune'), index);
    const cejEntriesQpv = cejEntries.filter((j) => j.qpv);
    const contacts = current.evenements.filter((e) => inYear(e.date, year) && inCej(e.identifiant_jeune, e.date, e.date));
    const measures = situations.filter((s) => inCej(s.identifiant_personne, s.date_debut, s.date_fin));
    const solutions = measures.filter((s) => SOLUTION_TYPES.includes(s.type));
    const withSolution = solutions.distinct('identifiant_personne');
    const cejWorkshops = workshops(current, 'CEJ');

    const pacea = inScheme(entered, 'PACEA');
    const parrainage = inScheme(entered, 'Parrainage');
    // A jeune parrainé has a solution if one started in the year on or after their entry: the latest start tells.
    const sponsored = new Set(parrainage.distinctValues('identifiant_jeune'));
    const latestSolution = new Map<string, IsoDate>();
    situations.each((s) => {
      if (!sponsored.has(s.identifiant_personne) || !PARRAINAGE_SOLUTIONS.includes(s.type) || !inYear(s.date_debut, year)) return;
      const latest = latestSolution.get(s.identifiant_personne);
      if (latest === undefined || s.date_debut > latest) latestSolution.set(s.identifiant_personne, s.date_debut);
    });
    const parrainageSolved = parrainage.filter((d) => (latestSolution.get(d.identifiant_jeune) ?? '') >= d.date_entree);
    const ppae = jeunesOf(inScheme(entered, 'PPAE').distinctValues('identifiant_jeune'), index);
    const ppaeNew = ppae.filter((j) => inYear(j.date_premier_accueil, year));
    const justice = inScheme(active, 'Justice');
    const young = (rows: Rows<Dispositif>) => rows.distinct('identifiant_jeune');

    const cejSchemes = { file: 'dispositifs.csv', rows: cejActive } as const;
    const byJeune = { distinctBy: (d: Dispositif) => d.identifiant_jeune };
    const byScheme = (d: Dispositif) => d.dispositif;
    trace.count('ml.cej.young', cejSchemes, { ...byJeune, group: byScheme });
    trace.count('ml.cej.entries', { file: 'jeunes.csv', rows: cejEntries });
    trace.count('ml.cej.entriesQpv', { file: 'jeunes.csv', rows: cejEntriesQpv });
    trace.count('ml.cej.contacts', { file: 'evenements.csv', rows: contacts });
    // Each contact counts (its line), each jeune in CEJ / GJ once: the rate's distinctBy serves both files.
    trace.rate('ml.cej.contactsPerYoung', { file: 'evenements.csv', rows: contacts }, cejSchemes, {
      distinctBy: (row) => ('dispositif' in row ? row.identifiant_jeune : `ligne ${row.line}`),
    });
    trace.count('ml.cej.measures', { file: 'situations.csv', rows: measures }, { group: (s) => s.type });
    trace.count('ml.cej.measures.young', { file: 'situations.csv', rows: measures }, { distinctBy: (s) => s.identifiant_personne });
    trace.rate('ml.cej.solutionShare', { file: 'situations.csv', rows: solutions }, cejSchemes, {
      distinctBy: (row) => ('dispositif' in row ? row.identifiant_jeune : row.identifiant_personne),
    });
    // The sessions of `workshops` (its jeunes are no figure here): the CEJ events naming a session.
    const cejSessions = workshopEvents(current, 'CEJ').filter((e) => e.atelier !== undefined);
    trace.count('ml.cej.workshops', { file: 'evenements.csv', rows: cejSessions }, { distinctBy: (e) => e.atelier! });
    trace.count('ml.cej.workshopsPerMonth', { file: 'evenements.csv', rows: cejSessions }, { distinctBy: (e) => e.atelier!, divideBy: 12 });
    traceWorkshops(trace, workshopEvents(current, 'Culture'), { sessions: 'ml.culture.sessions', young: 'ml.culture.young' });
    trace.count('ml.pacea.entries', { file: 'dispositifs.csv', rows: pacea }, byJeune);
    trace.count('ml.parrainage.entries', { file: 'dispositifs.csv', rows: parrainage }, byJeune);
    trace.rate('ml.parrainage.solutionShare', { file: 'dispositifs.csv', rows: parrainageSolved }, { file: 'dispositifs.csv', rows: parrainage }, byJeune);
    trace.count('ml.ppae.entries', { file: 'jeunes.csv', rows: ppae });
    trace.count('ml.ppae.newlyRegistered', { file: 'jeunes.csv', rows: ppaeNew });
    trace.count('ml.justice.young', { file: 'dispositifs.csv', rows: justice }, byJeune);

    return {
      cej: {
        young: cejPeriods.size,
        entries: cejEntries.length,
        entriesQpv: cejEntriesQpv.length,
        contacts: contacts.length,
        contactsPerYoung: cejPeriods.size === 0 ? null : contacts.length / cejPeriods.size,
        measures: { situations: measures.length, young: measures.distinct('identifiant_personne') },
        solution: part(withSolution, cejPeriods.size),
        workshops: { sessions: cejWorkshops.sessions, perMonth: cejWorkshops.sessions / 12 },
      },
      culture: workshops(current, 'Culture'),
      pacea: young(pacea),
      parrainage: { entries: young(parrainage), solution: part(young(parrainageSolved), young(parrainage)) },
      ppae: { entries: ppae.length, newlyRegistered: ppaeNew.length },
      justice: young(justice),
    };
  },
  indicators(m) {
    const c = m.cej;
    return [
      { key: 'ml.cej.young', value: c.young, label: 'Jeunes accompagnés en CEJ / Garantie Jeunes', definition: 'Jeunes distincts dans le CEJ ou la Garantie Jeunes, actif dans l’année.' },
      { key: 'ml.cej.entries', value: c.entries, label: 'Entrées en CEJ / GJ dans l’année', definition: 'Jeunes distincts entrés dans le CEJ ou la Garantie Jeunes dans l’année.' },
      { key: 'ml.cej.entriesQpv', value: c.entriesQpv, label: 'Entrées en CEJ / GJ de jeunes résidant en QPV', definition: 'Parmi les entrées de l’année, jeunes résidant en quartier prioritaire.' },
      { key: 'ml.cej.contacts', value: c.contacts, label: 'Contacts des jeunes en CEJ / GJ', definition: 'Événements de l’année des jeunes en CEJ / GJ, datés pendant leur période de CEJ / GJ.' },
      { key: 'ml.cej.contactsPerYoung', value: c.contactsPerYoung, label: 'Contacts par jeune en CEJ / GJ', definition: 'Contacts des jeunes en CEJ / GJ / jeunes en CEJ / GJ.' },
      { key: 'ml.cej.measures', value: c.measures.situations, label: 'Mesures professionnelles', definition: 'Situations actives dans l’année qui recouvrent une période de CEJ / GJ de leur jeune.' },
      { key: 'ml.cej.measures.young', value: c.measures.young, label: 'Jeunes ayant bénéficié de mesures professionnelles', definition: 'Jeunes distincts ayant au moins une mesure professionnelle.' },
      { key: 'ml.cej.solutionShare', value: c.solution.share, label: 'Part des jeunes avec au moins une solution professionnelle', definition: 'Jeunes en CEJ / GJ ayant au moins une mesure autre qu’une immersion (emploi, alternance, formation, service civique, mobilité internationale) / jeunes en CEJ / GJ.' },
      { key: 'ml.cej.workshops', value: c.workshops.sessions, label: 'Ateliers CEJ', definition: 'Sessions distinctes d’ateliers de thème « CEJ » dans l’année.' },
      { key: 'ml.cej.workshopsPerMonth', value: c.workshops.perMonth, label: 'Ateliers CEJ par mois', definition: 'Ateliers CEJ / 12.' },
      { key: 'ml.culture.sessions', value: m.culture.sessions, label: 'Actions culturelles', definition: 'Sessions distinctes d’ateliers de thème « Culture ».' },
      { key: 'ml.culture.young', value: m.culture.young, label: 'Jeunes aux actions culturelles', definition: 'Jeunes distincts ayant participé à ces actions.' },
      { key: 'ml.pacea.entries', value: m.pacea, label: 'Entrées en PACEA', definition: 'Jeunes distincts entrés dans le PACEA dans l’année.' },
      { key: 'ml.parrainage.entries', value: m.parrainage.entries, label: 'Entrées en Parrainage', definition: 'Jeunes distincts entrés dans le Parrainage dans l’année.' },
      { key: 'ml.parrainage.solutionShare', value: m.parrainage.solution.share, label: 'Part des jeunes parrainés ayant accédé à une solution', definition: 'Jeunes entrés en Parrainage ayant une situation emploi, alternance ou formation démarrée depuis leur entrée, dans l’année / entrées.' },
      { key: 'ml.ppae.entries', value: m.ppae.entries, label: 'Entrées en PPAE', definition: 'Jeunes distincts entrés dans le PPAE (cotraitance) dans l’année.' },
      { key: 'ml.ppae.newlyRegistered', value: m.ppae.newlyRegistered, label: 'Dont nouvellement inscrits', definition: 'Parmi eux, jeunes dont le premier accueil est dans l’année.' },
      { key: 'ml.justice.young', value: m.justice, label: 'Jeunes sous main de justice accompagnés', definition: 'Jeunes distincts dans le dispositif « Justice » actif dans l’année.' },
    ];
  },
};
