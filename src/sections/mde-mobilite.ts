import { inYear } from '../schemas/dates.js';
import { isGranted, MOBILITY_NATURES, type Aide } from '../schemas/ml/aides.js';
import type { Rows } from '../dataset/rows.js';
import type { MdeData, OfferYear } from '../dataset/load.js';
import { cells, counting, distinct, type Measure } from '../measure/measure.js';
import type { Section } from '../measure/section.js';
import { COMMUNE_KEYS } from './commune-keys.js';

export interface MobilityLine {
  nature: (typeof MOBILITY_NATURES)[number];
  aids: number;
  people: number;
  fromTerritory: number;
  inQpv: number;
  trips: number;
}

export interface MdeMobilite {
  lines: MobilityLine[];
}

/** The figures of one nature: aids, people counted once each as their first row (a person has one commune and one QPV status), collective trips. */
function natureCells(rows: Rows<Aide>) {
  const people = rows.firstOf('identifiant_beneficiaire');
  return cells({
    aids: counting(rows),
    people: counting(people),
    fromTerritory: counting(people.filter((a) => a.commune.insee !== undefined)),
    inQpv: counting(people.filter((a) => a.qpv)),
    trips: counting(
      distinct(
        rows.filter((a) => a.deplacement !== undefined),
        'deplacement',
      ),
    ),
  });
}

/** « Dispositif Mobilité »: the mobility scheme's aids of the year, by what they paid for. */
export const mdeMobiliteSection: Section<'mde', MdeMobilite> = {
  id: 'mde-mobilite',
  offer: 'mde',
  title: 'Dispositif Mobilité',
  compute(data: OfferYear<MdeData>, m: Measure) {
    const aids = data.aids.filter((a) => a.nature !== undefined && isGranted(a) && inYear(a.date, data.year));
    if (aids.length === 0) return undefined;
    // Each nature's aids, in their order: the year's rows by the nature column's codes.
    const ofNature = new Map(MOBILITY_NATURES.map((nature) => [nature, aids.where('nature', (value) => value === nature)]));
    const natures = MOBILITY_NATURES.filter((nature) => ofNature.get(nature)!.length > 0);
    const byNature = m.figure(
      {
        key: 'mde.mobility.byNature',
        cellLabels: { aids: 'aides', people: 'personnes', fromTerritory: 'du territoire', inQpv: 'en QPV', trips: 'déplacements' },
        label: 'Aides à la mobilité par nature',
        unit: { aids: 'count', people: 'people', fromTerritory: 'people', inQpv: 'people', trips: 'count' },
        definition:
          'Aides à la mobilité du programme MDE accordées dans l’année, ' +
          'par nature (recharge Pass Pass, carte carburant, billet de train, déplacement collectif) : ' +
          'nombre d’aides, personnes distinctes aidées, dont celles résidant dans une commune du territoire et celles résidant en QPV, ' +
          'et déplacements collectifs distincts (identifiant de déplacement).',
      },
      cells(Object.fromEntries(natures.map((nature) => [nature, natureCells(ofNature.get(nature)!)]))),
    );
    m.byCommune(
      {
        key: COMMUNE_KEYS.mobilityPeople,
        label: 'Personnes aidées à la mobilité, par commune',
        unit: 'people',
        definition:
          'Personnes distinctes ayant reçu une aide à la mobilité du programme MDE accordée dans l’année, par commune de résidence ' +
          '(celle de leur première aide de l’année) : toutes les communes du territoire, puis « Hors territoire / non renseigné ».',
      },
      aids.firstOf('identifiant_beneficiaire'),
      (a) => a.commune.insee,
    );
    m.count(
      {
        key: 'mde.mobility.passTopUps',
        label: 'Rechargements d’abonnements mensuels',
        unit: 'count',
        definition: 'Aides du programme MDE de nature « Recharge Pass Pass » accordées dans l’année : chacune recharge un abonnement mensuel.',
      },
      ofNature.get('Recharge Pass Pass')!,
    );
    return { lines: natures.map((nature) => ({ nature, ...byNature[nature]! })) };
  },
};
