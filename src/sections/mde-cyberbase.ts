import { inYear } from '../schemas/dates.js';
import type { CyberbaseRow } from '../schemas/mde/cyberbase.js';
import type { Indicator, LegacySection } from '../measure/section.js';
import { noTrace } from '../measure/evidence.js';

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
function audienceRows(rows: readonly CyberbaseRow[]) {
  const first = new Map<string, CyberbaseRow>();
  for (const r of rows) if (!first.has(r.identifiant_usager)) first.set(r.identifiant_usager, r);
  const users = [...first.values()];
  const of = (pub: string, sexe?: string) => users.filter((u) => u.public === pub && (sexe === undefined || u.sexe === sexe));
  return { uses: rows, users, adults: of('Adulte'), adultsF: of('Adulte', 'F'), adultsH: of('Adulte', 'H'), young: of('Jeune'), youngF: of('Jeune', 'F'), youngH: of('Jeune', 'H') };
}
type AudienceRows = ReturnType<typeof audienceRows>;

/** Uses and distinct users, by public and sex (a user is described by their first row). */
const audience = (a: AudienceRows): Audience => ({
  uses: a.uses.length,
  users: a.users.length,
  adults: { total: a.adults.length, F: a.adultsF.length, H: a.adultsH.length },
  young: { total: a.young.length, F: a.youngF.length, H: a.youngH.length },
});

/** The Cyber-base Emploi: the sites need not add up to the total (a third site, unattributed uses). */
export const mdeCyberbaseSection: LegacySection<'mde', MdeCyberbase | undefined> = {
  id: 'mde-cyberbase',
  offer: 'mde',
  title: 'Espace Cyber-base Emploi',
  compute({ current }, _config, trace = noTrace) {
    if (current.cyberbase === undefined) return undefined;
    const rows = current.cyberbase.filter((r) => inYear(r.date, current.year));
    const uses = rows.filter((r) => r.type === 'Utilisation');
    const sites = [...new Set(uses.map((r) => r.site).filter((s) => s !== undefined))];
    const appointments = rows.filter((r) => r.type === 'Rendez-vous individuel');
    const total = audienceRows(uses);
    const bySite = sites.map((site) => ({ site, rows: audienceRows(uses.filter((r) => r.site === site)) }));
    const seen = audienceRows(appointments);
    const file = 'cyberbase.csv';
    // The breakdowns' cells are named as the indicators flatten an audience (uses, users, adults, adultsF…).
    const traceAudience = (key: string, a: AudienceRows, cell: (name: string) => string) => {
      for (const [name, list] of Object.entries(a)) trace.count(key, { file, rows: list }, { group: cell(name) });
    };
    trace.count('mde.cyberbase.uses', { file, rows: total.uses });
    trace.count('mde.cyberbase.users', { file, rows: total.uses }, { distinctBy: (r) => r.identifiant_usager });
    traceAudience('mde.cyberbase.audience', total, (name) => name);
    for (const { site, rows: a } of bySite) traceAudience('mde.cyberbase.bySite', a, (name) => `${site} / ${name}`);
    const appointmentRows = {
      count: seen.uses,
      people: seen.users,
      F: [...seen.adultsF, ...seen.youngF],
      H: [...seen.adultsH, ...seen.youngH],
      young: seen.young,
      adults: seen.adults,
    };
    for (const [cell, list] of Object.entries(appointmentRows)) trace.count('mde.cyberbase.appointments', { file, rows: list }, { group: cell });
    return {
      total: audience(total),
      sites: bySite.map(({ site, rows: a }) => ({ site, ...audience(a) })).sort((a, b) => b.uses - a.uses || a.site.localeCompare(b.site, 'fr')),
      appointments: {
        count: appointmentRows.count.length,
        people: appointmentRows.people.length,
        F: appointmentRows.F.length,
        H: appointmentRows.H.length,
        young: appointmentRows.young.length,
        adults: appointmentRows.adults.length,
      },
    };
  },
  indicators(m): Indicator[] {
    if (!m) return [];
    const flat = (a: Audience) => ({ uses: a.uses, users: a.users, adults: a.adults.total, adultsF: a.adults.F, adultsH: a.adults.H, young: a.young.total, youngF: a.young.F, youngH: a.young.H });
    return [
      { key: 'mde.cyberbase.uses', value: m.total.uses, label: 'Utilisations de la Cyber-base Emploi', definition: 'Lignes « Utilisation » de l’année (cyberbase.csv).' },
      { key: 'mde.cyberbase.users', value: m.total.users, label: 'Usagers de la Cyber-base Emploi', definition: 'Usagers distincts des utilisations de l’année.' },
      { key: 'mde.cyberbase.audience', value: flat(m.total), label: 'Usagers par public et sexe', definition: 'Usagers distincts par public (adultes, jeunes) et sexe, décrits par leur première ligne.' },
      { key: 'mde.cyberbase.bySite', value: Object.fromEntries(m.sites.map((s) => [s.site, flat(s)])), label: 'Par site', definition: 'Mêmes décomptes par site ; un usager peut fréquenter plusieurs sites.' },
      { key: 'mde.cyberbase.appointments', value: m.appointments, label: 'Rendez-vous individuels', definition: 'Lignes « Rendez-vous individuel » de l’année et personnes distinctes reçues, par sexe et public.' },
    ];
  },
};
