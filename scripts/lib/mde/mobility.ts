/**
 * The Maison de l'Emploi's own mobility scheme (2023): rows of `aides.csv` with programme MDE, fund
 * `Mobilité MDE`, and the four columns only these rows fill: `nature`, `commune`, `qpv` and
 * `deplacement` (the group trip of a `Déplacement collectif`). Beneficiaries have their own id space
 * (`MOB-00123`), a fixed commune and QPV flag, and one nature each. Distinct people, people from the
 * territory and QPV residents per nature are dealt as exact quotas. Its own seeded PRNG (see
 * generate-fixtures.ts), so no other fixture moves when this part changes.
 */
import { formatDay, type Day } from '../dates.js';
import { formatAmount } from '../ml/exports.js';
import { flags, type Rng } from '../random.js';
import { COMMUNES, communeSpelling } from '../territory.js';
import { compareText, countsPerItem, ids, MDE_YEAR, weekdays } from './common.js';

interface NaturePlan {
  nature: string;
  people: number;
  /** Rows in all; for a group trip, one row per participant. */
  rows: number;
  /** Most rows one person gets. */
  maxPerPerson: number;
  /** People living on the territory (one of its ten communes). */
  territory: number;
  /** People living in a QPV. */
  qpv: number;
  /** Whole euros per row. */
  euros: readonly [number, number];
  /** Group trips the people are split across (`Déplacement collectif` only). */
  trips?: number;
}

const PLANS: readonly NaturePlan[] = [
  { nature: 'Recharge Pass Pass', people: 433, rows: 598, maxPerPerson: 6, territory: 87, qpv: 139, euros: [20, 60] },
  { nature: 'Carte carburant', people: 92, rows: 247, maxPerPerson: 8, territory: 31, qpv: 56, euros: [30, 80] },
  { nature: 'Billet de train', people: 7, rows: 7, maxPerPerson: 1, territory: 2, qpv: 1, euros: [25, 80] },
  { nature: 'Déplacement collectif', people: 50, rows: 50, maxPerPerson: 1, territory: 17, qpv: 20, euros: [20, 40], trips: 3 },
];

/** Metropolitan communes off the territory, each with priority neighbourhoods. */
const METROPOLE = ['Lille', 'Roubaix', 'Tourcoing', "Villeneuve-d'Ascq", 'Wattrelos'];
const ID_SPACE = 99_999;

/** Rows in the column order of aides.csv. */
export function buildMobilityAidRows(rng: Rng): string[][] {
  const total = PLANS.reduce((sum, plan) => sum + plan.people, 0);
  const allIds = rng.shuffle(ids(rng, 'MOB-', total, ID_SPACE, 5));
  const days = weekdays(MDE_YEAR);
  const rows: { id: string; date: Day; cells: string[] }[] = [];
  let next = 0;
  for (const plan of PLANS) {
    const people = allIds.slice(next, next + plan.people);
    next += plan.people;
    // QPV residents split between the territory and the metropole in proportion.
    const qpvOnTerritory = Math.round((plan.qpv * plan.territory) / plan.people);
    const onTerritory = rng.shuffle(flags(plan.people, plan.territory));
    const qpvInside = rng.shuffle(flags(plan.territory, qpvOnTerritory));
    const qpvOutside = rng.shuffle(flags(plan.people - plan.territory, plan.qpv - qpvOnTerritory));
    const counts = countsPerItem(rng, plan.people, plan.rows, plan.maxPerPerson);
    const tripDays = plan.trips === undefined ? [] : rng.sample(days, plan.trips).sort((a, b) => a - b);
    let inside = 0;
    let outside = 0;
    people.forEach((id, index) => {
      const territory = onTerritory[index]!;
      const qpv = territory ? qpvInside[inside++]! : qpvOutside[outside++]!;
      const commune = territory ? communeSpelling(rng, rng.pick(qpv ? COMMUNES.filter((item) => item.hasQpv) : COMMUNES)) : rng.pick(METROPOLE);
      // Trips get every third participant in turn, so each has people.
      const trip = plan.trips === undefined ? undefined : index % plan.trips;
      for (let n = 0; n < counts[index]!; n++) {
        const date = trip === undefined ? rng.pick(days) : tripDays[trip]!;
        const cents = rng.int(plan.euros[0], plan.euros[1]) * 100;
        const deplacement = trip === undefined ? '' : `DC-${MDE_YEAR}-${trip + 1}`;
        rows.push({
          id,
          date,
          cells: ['MDE', id, 'Mobilité MDE', formatDay(date), formatAmount(cents), '', plan.nature, commune, qpv ? 'Oui' : 'Non', deplacement],
        });
      }
    });
  }
  return rows.sort((a, b) => compareText(a.id, b.id) || a.date - b.date).map((row) => row.cells);
}
