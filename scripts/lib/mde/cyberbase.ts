/**
 * `cyberbase.csv`: the Cyber-base Emploi usage log, 2023. Users have a fixed sex and public; their
 * uses are dealt to sites so that each site's distinct users and the overall distinct users hit
 * their quotas exactly (a user may visit several sites).
 */
import { formatDay, type Day } from '../dates.js';
import { encodeUtf8WithBom, toCsv } from '../encoding.js';
import type { Rng } from '../random.js';
import { compareText, countsPerItem, ids, MDE_YEAR, weekdays } from './common.js';

const HEADER = ['date', 'site', 'identifiant_usager', 'sexe', 'public', 'type'];

type Category = 'AF' | 'AH' | 'JF' | 'JH';
const CATEGORIES: readonly Category[] = ['AF', 'AH', 'JF', 'JH'];
type Quota = Record<Category, number>;

export const CYBERBASE = {
  users: { AF: 109, AH: 80, JF: 260, JH: 293 } as Quota,
  uses: 1_590,
  sites: [
    { site: 'Lambersart', uses: 1_202, users: { AF: 104, AH: 75, JF: 164, JH: 175 } as Quota },
    { site: 'Marcq-en-Barœul', uses: 213, users: { AF: 6, AH: 7, JF: 61, JH: 81 } as Quota },
  ],
  /** The third site takes the remaining uses; its users are those of no other site plus a few. */
  thirdSite: 'La Madeleine',
  thirdSiteExtraUsers: 18,
  appointments: 211,
  /** Appointment holders by category: 90 F, 83 H; 69 adults, 104 jeunes. */
  appointmentPeople: { AF: 40, AH: 29, JF: 50, JH: 54 } as Quota,
  appointmentSite: 'Lambersart',
} as const;

interface User {
  id: string;
  category: Category;
}

export function buildCyberbaseCsv(rng: Rng): Buffer {
  const total = CATEGORIES.reduce((sum, c) => sum + CYBERBASE.users[c], 0);
  const userIds = rng.shuffle(ids(rng, 'CB-', total, 2_999, 5));
  let next = 0;
  const byCategory = new Map<Category, User[]>();
  for (const c of CATEGORIES)
    byCategory.set(
      c,
      userIds.slice(next, (next += CYBERBASE.users[c])).map((id) => ({ id, category: c })),
    );
  const users = [...byCategory.values()].flat();

  // Site users per category: Lambersart first, Marcq next on the others (overlapping only when the
  // category has too few users), the third site takes every user left plus a few others.
  const siteUsers = new Map<string, Set<User>>();
  const [lambersart, marcq] = CYBERBASE.sites;
  const third = new Set<User>();
  const lambSet = new Set<User>();
  const marcqSet = new Set<User>();
  for (const c of CATEGORIES) {
    const pool = rng.shuffle(byCategory.get(c)!);
    const l = lambersart!.users[c];
    const m = marcq!.users[c];
    const overlap = Math.max(0, l + m - pool.length);
    pool.slice(0, l).forEach((u) => lambSet.add(u));
    pool.slice(l - overlap, l - overlap + m).forEach((u) => marcqSet.add(u));
    pool.slice(l - overlap + m).forEach((u) => third.add(u));
  }
  for (const u of rng.sample(
    users.filter((u) => !third.has(u)),
    CYBERBASE.thirdSiteExtraUsers,
  ))
    third.add(u);
  siteUsers.set(lambersart!.site, lambSet);
  siteUsers.set(marcq!.site, marcqSet);
  siteUsers.set(CYBERBASE.thirdSite, third);
  const thirdUses = CYBERBASE.uses - CYBERBASE.sites.reduce((sum, s) => sum + s.uses, 0);
  const usesBySite = new Map<string, number>([
    [lambersart!.site, lambersart!.uses],
    [marcq!.site, marcq!.uses],
    [CYBERBASE.thirdSite, thirdUses],
  ]);

  const days = weekdays(MDE_YEAR);
  const rows: { date: Day; site: string; user: User; type: string }[] = [];
  for (const [site, set] of siteUsers) {
    const members = users.filter((u) => set.has(u));
    countsPerItem(rng, members.length, usesBySite.get(site)!, 12).forEach((count, index) => {
      for (let k = 0; k < count; k++) rows.push({ date: rng.pick(days), site, user: members[index]!, type: 'Utilisation' });
    });
  }

  // Individual appointments, at Lambersart, for users who visit it.
  const holders: User[] = [];
  for (const c of CATEGORIES) {
    const pool = byCategory.get(c)!.filter((u) => lambSet.has(u));
    holders.push(...rng.sample(pool, CYBERBASE.appointmentPeople[c]));
  }
  holders.sort((a, b) => compareText(a.id, b.id));
  countsPerItem(rng, holders.length, CYBERBASE.appointments, 4).forEach((count, index) => {
    for (let k = 0; k < count; k++) rows.push({ date: rng.pick(days), site: CYBERBASE.appointmentSite, user: holders[index]!, type: 'Rendez-vous individuel' });
  });

  rows.sort((a, b) => a.date - b.date || compareText(a.site, b.site) || compareText(a.user.id, b.user.id) || compareText(a.type, b.type));
  return encodeUtf8WithBom(
    toCsv(
      HEADER,
      rows.map((row) => [formatDay(row.date), row.site, row.user.id, row.user.category[1]!, row.user.category[0] === 'A' ? 'Adulte' : 'Jeune', row.type]),
    ),
  );
}
