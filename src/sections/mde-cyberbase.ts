import { inYear } from '../schemas/dates.js';
import type { CyberbaseRow } from '../schemas/mde/cyberbase.js';
import type { ExportRows } from '../dataset/export-rows.js';
import type { MdeData, OfferYear } from '../dataset/load.js';
import { cells, counting, distinct, type Measure } from '../measure/measure.js';
import type { Section } from '../measure/section.js';

export interface Audience {
  uses: number;
  users: number;
  adults: { total: number; F: number; H: number };
  young: { total: number; F: number; H: number };
}

export interface MdeCyberbase {
  total: Audience;
  sites: ({ site: string } & Audience)[];
  appointments: { count: number; people: number; F: number; H: number; young: number; adults: number };
}

/** The rows behind an audience: the rows, and each distinct user as their first row, by public and sex. */
function audienceRows(rows: ExportRows<CyberbaseRow>) {
  const first = new Map<string, CyberbaseRow>();
  for (const r of rows) if (!first.has(r.identifiant_usager)) first.set(r.identifiant_usager, r);
  const users = rows.pick([...first.values()]);
  const of = (pub: string, sexe?: string) => users.filter((u) => u.public === pub && (sexe === undefined || u.sexe === sexe));
  return {
    uses: rows,
    users,
    adults: of('Adulte'),
    adultsF: of('Adulte', 'F'),
    adultsH: of('Adulte', 'H'),
    young: of('Jeune'),
    youngF: of('Jeune', 'F'),
    youngH: of('Jeune', 'H'),
  };
}

/** The French names of an audience's cells (the spreadsheets' columns). */
const AUDIENCE_LABELS = {
  uses: 'utilisations',
  users: 'usagers',
  adults: 'adultes',
  adultsF: 'adultes femmes',
  adultsH: 'adultes hommes',
  young: 'jeunes',
  youngF: 'jeunes femmes',
  youngH: 'jeunes hommes',
};

/** An audience as the figures break it down: uses, users, adults, adultsF… (a user is described by their first row). */
function audienceCells(rows: ExportRows<CyberbaseRow>) {
  const a = audienceRows(rows);
  return cells({
    uses: counting(a.uses),
    users: counting(a.users),
    adults: counting(a.adults),
    adultsF: counting(a.adultsF),
    adultsH: counting(a.adultsH),
    young: counting(a.young),
    youngF: counting(a.youngF),
    youngH: counting(a.youngH),
  });
}
type AudienceCells = ReturnType<typeof audienceCells>['value'];

const audience = (c: AudienceCells): Audience => ({
  uses: c.uses,
  users: c.users,
  adults: { total: c.adults, F: c.adultsF, H: c.adultsH },
  young: { total: c.young, F: c.youngF, H: c.youngH },
});

/** The Cyber-base Emploi: the sites need not add up to the total (a third site, unattributed uses). */
export const mdeCyberbaseSection: Section<'mde', MdeCyberbase> = {
  id: 'mde-cyberbase',
  offer: 'mde',
  title: 'Espace Cyber-base Emploi',
  compute(data: OfferYear<MdeData>, m: Measure) {
    if (data.cyberbase === undefined) return undefined;
    const rows = data.cyberbase.filter((r) => inYear(r.date, data.year));
    const uses = rows.filter((r) => r.type === 'Utilisation');
    const sites = [...new Set(uses.map((r) => r.site).filter((s) => s !== undefined))]
      .map((site) => ({ site, rows: uses.filter((r) => r.site === site) }))
      .sort((a, b) => b.rows.length - a.rows.length || a.site.localeCompare(b.site, 'fr'));
    m.count(
      {
        key: 'mde.cyberbase.uses',
        label: 'Utilisations de la Cyber-base Emploi',
        unit: 'count',
        definition: 'Lignes « Utilisation » de l’année du journal de la Cyber-base Emploi.',
      },
      uses,
    );
    m.count(
      {
        key: 'mde.cyberbase.users',
        label: 'Usagers de la Cyber-base Emploi',
        unit: 'people',
        definition: 'Usagers distincts (identifiant d’usager) des lignes « Utilisation » de l’année.',
      },
      distinct(uses, 'identifiant_usager'),
    );
    const total = m.figure(
      {
        key: 'mde.cyberbase.audience',
        cellLabels: AUDIENCE_LABELS,
        label: 'Usagers par public et sexe',
        unit: { uses: 'count', users: 'people', adults: 'people', adultsF: 'people', adultsH: 'people', young: 'people', youngF: 'people', youngH: 'people' },
        definition:
          'Utilisations de l’année et usagers distincts de la Cyber-base Emploi, par public (adultes, jeunes) et par sexe ; ' +
          'un usager est décrit par sa première ligne « Utilisation » de l’année.',
      },
      audienceCells(uses),
    );
    const bySite = m.figure(
      {
        key: 'mde.cyberbase.bySite',
        cellLabels: AUDIENCE_LABELS,
        label: 'Par site',
        unit: { uses: 'count', users: 'people', adults: 'people', adultsF: 'people', adultsH: 'people', young: 'people', youngF: 'people', youngH: 'people' },
        definition:
          'Pour chaque site de la Cyber-base Emploi : utilisations de l’année et usagers distincts, par public (adultes, jeunes) et par sexe, ' +
          'les sites les plus utilisés d’abord. Un usager peut fréquenter plusieurs sites : les sites ne s’additionnent pas au total.',
      },
      cells(Object.fromEntries(sites.map(({ site, rows: ofSite }) => [site, audienceCells(ofSite)]))),
    );
    const seen = audienceRows(rows.filter((r) => r.type === 'Rendez-vous individuel'));
    const appointments = m.figure(
      {
        key: 'mde.cyberbase.appointments',
        cellLabels: { count: 'rendez-vous', people: 'personnes', F: 'femmes', H: 'hommes', young: 'jeunes', adults: 'adultes' },
        label: 'Rendez-vous individuels',
        unit: { count: 'count', people: 'people', F: 'people', H: 'people', young: 'people', adults: 'people' },
        definition:
          'Lignes « Rendez-vous individuel » de l’année du journal de la Cyber-base Emploi, et personnes distinctes reçues, par sexe et par public ; ' +
          'une personne est décrite par sa première ligne « Rendez-vous individuel » de l’année.',
      },
      cells({
        count: counting(seen.uses),
        people: counting(seen.users),
        F: counting(seen.users.pick([...seen.adultsF, ...seen.youngF])),
        H: counting(seen.users.pick([...seen.adultsH, ...seen.youngH])),
        young: counting(seen.young),
        adults: counting(seen.adults),
      }),
    );
    return { total: audience(total), sites: sites.map(({ site }) => ({ site, ...audience(bySite[site]!) })), appointments };
  },
};
