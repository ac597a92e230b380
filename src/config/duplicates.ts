import type { z } from 'zod';
import { normalizeKey } from '../text/fold.js';
import { settingPath } from './paths.js';

type Issue = { path: PropertyKey[]; message: string };

/**
 * Names the exports are matched against after folding case, accents and punctuation: two entries
 * that fold alike would be counted as one (the second silently taking the first's rows).
 */
function sameAfterFolding(entries: { path: PropertyKey[]; name: string; owner: number; ownerName: string }[], what: string): Issue[] {
  const seen = new Map<string, (typeof entries)[number]>();
  const issues: Issue[] = [];
  for (const entry of entries) {
    const key = normalizeKey(entry.name);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, entry);
    else if (first.owner !== entry.owner) {
      const folded = first.name === entry.name ? '' : ' ; casse, accents et ponctuation ignorés';
      issues.push({
        path: entry.path,
        message: `« ${entry.name} » désigne déjà ${what} « ${first.ownerName} » (${settingPath(first.path)}${folded}) : leurs chiffres seraient confondus`,
      });
    }
  }
  return issues;
}

const listed = (names: readonly string[], path: PropertyKey[], what: string) =>
  sameAfterFolding(
    names.map((name, i) => ({ path: [...path, i], name, owner: i, ownerName: name })),
    what,
  );

interface Checked {
  territory: {
    communes: readonly { name: string; insee: string; aliases: readonly string[]; officialName?: string }[];
    qpv: readonly { name: string; insee: string }[];
    qpvLists: readonly { neighbourhoods: readonly { name: string; insee: string }[] }[];
  };
  plie: { exitCategories: readonly string[]; positiveExitCategories: readonly string[]; legitimateExitReasons: readonly string[] };
}

/** Entries of the settings that would merge silently: communes, QPVs, exit categories and reasons. */
export function duplicateEntries(config: Checked): Issue[] {
  const communes = ['territory', 'communes'];
  const communeNames = config.territory.communes.flatMap((c, i) => [
    { path: [...communes, i, 'name'], name: c.name, owner: i, ownerName: c.name },
    ...c.aliases.map((alias, j) => ({ path: [...communes, i, 'aliases', j], name: alias, owner: i, ownerName: c.name })),
    // The official name is matched in the exports too (territory.ts): the code brings it.
    ...(c.officialName === undefined ? [] : [{ path: [...communes, i, 'insee'], name: c.officialName, owner: i, ownerName: c.name }]),
  ]);
  const territoryCodes = new Set(config.territory.communes.map((c) => c.insee));
  // Today's list and each dated one: a neighbourhood of the territory, named once in its list.
  const qpvLists = [
    { path: ['territory', 'qpv'], neighbourhoods: config.territory.qpv, setting: 'qpv' },
    ...config.territory.qpvLists.map((list, i) => ({
      path: ['territory', 'qpvLists', i, 'neighbourhoods'],
      neighbourhoods: list.neighbourhoods,
      setting: 'qpvLists',
    })),
  ];
  const qpvIssues: Issue[] = qpvLists.flatMap(({ path, neighbourhoods, setting }) => [
    ...listed(
      neighbourhoods.map((q) => q.name),
      path,
      'le quartier',
    ),
    ...neighbourhoods.flatMap((q, i) =>
      territoryCodes.has(q.insee)
        ? []
        : [
            {
              path: [...path, i, 'insee'],
              message:
                `le quartier « ${q.name} » est dans la commune ${q.insee}, qui n’est pas une commune ` +
                `de territory.communes (déclarez les quartiers de votre territoire, ou "${setting}": [])`,
            },
          ],
    ),
  ]);
  return [
    ...sameAfterFolding(communeNames, 'la commune'),
    ...qpvIssues,
    ...listed(config.plie.exitCategories, ['plie', 'exitCategories'], 'la catégorie'),
    ...listed(config.plie.positiveExitCategories, ['plie', 'positiveExitCategories'], 'la catégorie'),
    ...listed(config.plie.legitimateExitReasons, ['plie', 'legitimateExitReasons'], 'le motif'),
  ];
}

/** Adds the issues to a zod refinement. */
export function addIssues(ctx: z.RefinementCtx, issues: Issue[]): void {
  for (const issue of issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
}
