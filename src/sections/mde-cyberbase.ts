import { inYear } from '../schemas/dates.js';
import type { CyberbaseRow } from '../schemas/mde/cyberbase.js';
import type { Indicator, Section } from './section.js';

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

/** Uses and distinct users, by public and sex (a user is described by their first row). */
function audience(rows: readonly CyberbaseRow[]): Audience {
  const users = new Map<string, CyberbaseRow>();
  for (const r of rows) if (!users.has(r.identifiant_usager)) users.set(r.identifiant_usager, r);
  const of = (pub: string) => {
    const list = [...users.values()].filter((u) => u.public === pub);
    return { total: list.length, F: list.filter((u) => u.sexe === 'F').length, H: list.filter((u) => u.sexe === 'H').length };
  };
  return { uses: rows.length, users: users.size, adults: of('Adulte'), young: of('Jeune') };
}

/** The Cyber-base Emploi: the sites need not add up to the total (a third site, unattributed uses). */
export const mdeCyberbaseSection: Section<'mde', MdeCyberbase | undefined> = {
  id: 'mde-cyberbase',
  offer: 'mde',
  title: 'Espace Cyber-base Emploi',
  compute({ current }) {
    if (current.cyberbase === undefined) return undefined;
    const rows = current.cyberbase.filter((r) => inYear(r.date, current.year));
    const uses = rows.filter((r) => r.type === 'Utilisation');
    const sites = [...new Set(uses.map((r) => r.site).filter((s) => s !== undefined))];
    const appointments = rows.filter((r) => r.type === 'Rendez-vous individuel');
    const seen = audience(appointments);
    return {
      total: audience(uses),
      sites: sites
        .map((site) => ({ site, ...audience(uses.filter((r) => r.site === site)) }))
        .sort((a, b) => b.uses - a.uses || a.site.localeCompare(b.site, 'fr')),
      appointments: {
        count: appointments.length,
        people: seen.users,
        F: seen.adults.F + seen.young.F,
        H: seen.adults.H + seen.young.H,
        young: seen.young.total,
        adults: seen.adults.total,
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
