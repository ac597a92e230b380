/**
 * The Mission Locale's yearly exports: what its case-management system gives for year Y.
 * jeunes.csv in Windows-1252, the other files in UTF-8 with BOM; `;`, CRLF, dd/mm/yyyy.
 */
import { endOfYear, formatDay, startOfYear } from '../dates.js';
import { encodeUtf8WithBom, encodeWindows1252, toCsv } from '../encoding.js';
import type { Aid, Jeune, MissionLocale, Period } from './model.js';
import { Rng } from '../random.js';
import { activeIn } from './periods.js';

/**
 * Seed of the jeunes' attributes drawn at export time only (extra RQTH, ZRR), from their own
 * generator so that every other draw of the simulation stays as it was.
 */
const EXPORT_ATTRIBUTES_SEED = 20_231_401;

/**
 * Jeunes holding the RQTH without the TH reinforced follow-up (about 3 %), and the few living in a
 * zone de revitalisation rurale (about 1 %): the same jeunes every year.
 */
function exportAttributes(ml: MissionLocale): { rqth: Set<string>; zrr: Set<string> } {
  const rng = new Rng(EXPORT_ATTRIBUTES_SEED);
  const rqth = new Set<string>();
  const zrr = new Set<string>();
  for (const jeune of ml.jeunes) {
    if (rng.chance(0.03)) rqth.add(jeune.id);
    if (rng.chance(0.01)) zrr.add(jeune.id);
  }
  return { rqth, zrr };
}

const JEUNE_HEADER = [
  'identifiant',
  'nom',
  'prenom',
  'sexe',
  'date_naissance',
  'commune',
  'qpv',
  'niveau_qualification',
  'date_premier_accueil',
  'rqth',
  'zrr',
];
const EVENT_HEADER = ['identifiant_jeune', 'date', 'type', 'theme', 'atelier', 'intervenant'];
const PROPOSAL_HEADER = ['identifiant_jeune', 'date', 'theme', 'detail'];
const SITUATION_HEADER = ['programme', 'identifiant_personne', 'type', 'sous_type', 'date_debut', 'date_fin', 'secteur', 'agrement_ml', 'financeur'];
const SCHEME_HEADER = ['identifiant_jeune', 'dispositif', 'date_entree', 'date_sortie', 'situation_31_12'];
/** The last four columns are filled only on the Maison de l'Emploi's own mobility rows. */
const AID_HEADER = ['programme', 'identifiant_beneficiaire', 'fonds', 'date', 'montant', 'decision', 'nature', 'commune', 'qpv', 'deplacement'];

export interface MissionLocaleExport {
  'jeunes.csv': Buffer;
  'evenements.csv': Buffer;
  'propositions.csv': Buffer;
  'situations.csv': Buffer;
  'dispositifs.csv': Buffer;
  'aides.csv': Buffer;
}

/** Plain code-unit order: unlike localeCompare, it cannot depend on the machine's locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byJeuneThenDate<T extends { jeune: Jeune }>(date: (item: T) => number) {
  return (a: T, b: T) => compareText(a.jeune.id, b.jeune.id) || date(a) - date(b);
}

/** An end after the export's year is not known yet. */
function endCell(period: Period, year: number): string {
  return period.end <= endOfYear(year) ? formatDay(period.end) : '';
}

/** `1 234,56`, sometimes followed by ` €`. */
export function formatAmount(cents: number): string {
  const euros = Math.floor(cents / 100);
  const grouped = String(euros).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${grouped},${String(cents % 100).padStart(2, '0')}`;
}

function amountCell(aid: Aid): string {
  if (aid.cents === undefined) return '';
  return formatAmount(aid.cents) + (aid.euroSuffix ? ' €' : '');
}

/**
 * `extraSituations` and `extraAids`: rows of other programmes (the Maison de l'Emploi's), in the
 * column order of situations.csv and aides.csv, written as given after the Mission Locale's rows.
 */
export function exportMissionLocaleYear(
  ml: MissionLocale,
  year: number,
  extraSituations: readonly (readonly string[])[] = [],
  extraAids: readonly (readonly string[])[] = [],
): MissionLocaleExport {
  const inYear = (date: number) => date >= startOfYear(year) && date <= endOfYear(year);
  const jeunes = ml.jeunes.filter((jeune) => jeune.years.has(year));
  const events = ml.events.filter((event) => inYear(event.date)).sort(byJeuneThenDate((event) => event.date));
  const proposals = ml.proposals.filter((proposal) => inYear(proposal.date)).sort(byJeuneThenDate((proposal) => proposal.date));
  const situations = ml.situations.filter((situation) => activeIn(situation, year)).sort(byJeuneThenDate((situation) => situation.start));
  const schemes = ml.schemes.filter((scheme) => activeIn(scheme, year)).sort(byJeuneThenDate((scheme) => scheme.start));
  const aids = ml.aids
    .filter((aid) => inYear(aid.date))
    .sort((a, b) => compareText(a.programme, b.programme) || compareText(a.beneficiary, b.beneficiary) || a.date - b.date);

  // Those in the TH reinforced follow-up hold the disabled-worker recognition (RQTH).
  // Others hold it too, without that follow-up.
  const drawn = exportAttributes(ml);
  const recognised = new Set([...ml.schemes.filter((scheme) => scheme.kind === 'Suivi renforcé TH').map((scheme) => scheme.jeune.id), ...drawn.rqth]);
  const jeunesText = toCsv(
    JEUNE_HEADER,
    jeunes.map((jeune) => [
      jeune.id,
      jeune.lastName,
      jeune.firstName,
      jeune.sex,
      formatDay(jeune.birth),
      jeune.communeCell,
      jeune.qpv ? 'Oui' : 'Non',
      jeune.level,
      formatDay(jeune.firstReception),
      recognised.has(jeune.id) ? 'Oui' : 'Non',
      drawn.zrr.has(jeune.id) ? 'Oui' : 'Non',
    ]),
  );
  return {
    // Like the PLIE participants, written by the same kind of software: a last empty line.
    'jeunes.csv': encodeWindows1252(jeunesText + '\r\n'),
    'evenements.csv': encodeUtf8WithBom(
      toCsv(
        EVENT_HEADER,
        events.map((event) => [event.jeune.id, formatDay(event.date), event.type, event.theme, event.atelier, event.intervenant]),
      ),
    ),
    'propositions.csv': encodeUtf8WithBom(
      toCsv(
        PROPOSAL_HEADER,
        proposals.map((proposal) => [proposal.jeune.id, formatDay(proposal.date), proposal.theme, proposal.detail]),
      ),
    ),
    'situations.csv': encodeUtf8WithBom(
      toCsv(SITUATION_HEADER, [
        ...situations.map((situation) => [
          'ML',
          situation.jeune.id,
          situation.type,
          situation.subType,
          formatDay(situation.start),
          endCell(situation, year),
          situation.sector,
          situation.agrement === undefined ? '' : situation.agrement ? 'Oui' : 'Non',
          situation.financeur,
        ]),
        ...extraSituations,
      ]),
    ),
    'dispositifs.csv': encodeUtf8WithBom(
      toCsv(
        SCHEME_HEADER,
        schemes.map((scheme) => [
          scheme.jeune.id,
          scheme.kind,
          formatDay(scheme.start),
          endCell(scheme, year),
          scheme.end > endOfYear(year) ? (scheme.statusAtYearEnd.get(year) ?? '') : '',
        ]),
      ),
    ),
    'aides.csv': encodeUtf8WithBom(
      toCsv(AID_HEADER, [
        ...aids.map((aid) => [aid.programme, aid.beneficiary, aid.fund, formatDay(aid.date), amountCell(aid), aid.decision, '', '', '', '']),
        ...extraAids,
      ]),
    ),
  };
}
