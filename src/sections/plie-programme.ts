import type { Config } from '../config/schema.js';
import type { PlieYear } from '../dataset/load.js';
import { yearEnd } from '../schemas/dates.js';
import type { Step } from '../schemas/steps.js';
import { byCountDesc } from '../aggregation/breakdowns.js';
import { activeSteps } from './plie-etapes.js';
import { isEnParcours, isEntry } from '../aggregation/plie-periods.js';
import { cells, counting, distinct, type Cell, type Measure } from '../measure/measure.js';
import type { Section } from '../measure/section.js';

export interface PlieProgramme {
  participants: number;
  entries: number;
  operators: Cell[];
  socialSupport: { actions: number; participants: number; hours: number; providers: string[] };
  trainings: {
    conventions: number;
    bodies: number;
    participants: number;
    professional: { participants: number; validated: number };
    driving: { participants: number; obtained: number; failed: number; abandoned: number; running: number; unknown: number };
  };
}

const people = (steps: readonly Step[]) => new Set(steps.map((s) => s.identifiant_participant)).size;

export const plieProgrammeSection: Section<'plie', PlieProgramme> = {
  id: 'plie-programme',
  offer: 'plie',
  title: 'La programmation du PLIE',
  compute(data: PlieYear, m: Measure, config: Config) {
    const { year } = data;
    const { socialSupportSubtype, drivingLicenceSubtype } = config.plie;
    const enParcours = data.participants.filter((p) => isEnParcours(p, year));
    const steps = activeSteps(data);
    const social = steps.filter((s) => s.sous_type === socialSupportSubtype);
    const funded = steps.filter((s) => s.type_etape === 'Formation' && s.convention !== undefined);
    const driving = funded.filter((s) => s.sous_type === drivingLicenceSubtype);
    const professional = funded.filter((s) => s.sous_type !== drivingLicenceSubtype);
    const pending = driving.filter((s) => s.resultat === undefined);
    // Still running at 31/12: not ended by then, and its participant still in the PLIE.
    const stillIn = new Set(enParcours.filter((p) => p.date_sortie === undefined || p.date_sortie > yearEnd(year)).map((p) => p.identifiant));
    const running = pending.filter((s) => (s.date_fin === undefined || s.date_fin > yearEnd(year)) && stillIn.has(s.identifiant_participant));
    const validated = professional.filter((s) => s.resultat === 'Validé');
    const SOCIAL = `étapes « ${socialSupportSubtype} » actives dans l’année des participants en parcours`;
    const FUNDED = 'étapes Formation financées par une convention, actives dans l’année, des participants en parcours';

    const operators = m.countBy(
      {
        key: 'plie.programme.operators',
        label: 'Opérateurs de l’accompagnement renforcé',
        unit: 'people',
        definition: 'Participants en parcours de l’année par structure référente, les plus nombreux d’abord ; un participant sans structure n’est pas compté.',
      },
      enParcours.filter((p) => p.structure_referente !== undefined),
      (p) => p.structure_referente!,
      { shape: byCountDesc },
    );
    const socialSupport = {
      actions: m.count(
        {
          key: 'plie.programme.socialSupport.actions',
          label: 'Actions collectives d’accompagnement social',
          unit: 'count',
          definition: `Actions distinctes (colonne action) des ${SOCIAL}.`,
        },
        distinct(
          social.filter((s) => s.action !== undefined),
          'action',
        ),
      ),
      participants: m.count(
        {
          key: 'plie.programme.socialSupport.participants',
          label: 'Participants à l’accompagnement social',
          unit: 'people',
          definition: `Participants distincts ayant au moins une des ${SOCIAL}.`,
        },
        distinct(social, 'identifiant_participant'),
      ),
      hours: m.sum(
        { key: 'plie.programme.socialSupport.hours', label: 'Heures d’accompagnement social', unit: 'hours', definition: `Somme des heures des ${SOCIAL}.` },
        social,
        (s) => s.heures ?? 0,
      ),
      providers: [...new Set(social.map((s) => s.organisme).filter((o) => o !== undefined))],
    };
    const conventions = m.count(
      {
        key: 'plie.programme.trainings.conventions',
        label: 'Conventions de formation',
        unit: 'count',
        definition: `Numéros de convention distincts des ${FUNDED}.`,
      },
      distinct(funded, 'convention'),
    );
    const bodies = m.count(
      {
        key: 'plie.programme.trainings.bodies',
        label: 'Organismes de formation',
        unit: 'count',
        definition: `Organismes de formation distincts des ${FUNDED}.`,
      },
      // A step without organisme counts for none (distinct leaves undefined values out).
      distinct(funded, 'organisme'),
    );
    const participants = m.count(
      {
        key: 'plie.programme.trainings.participants',
        label: 'Participants en formation conventionnée',
        unit: 'people',
        definition: `Participants distincts ayant au moins une des ${FUNDED}.`,
      },
      distinct(funded, 'identifiant_participant'),
    );
    const professionalValidated = m.count(
      {
        key: 'plie.programme.trainings.professionalValidated',
        label: 'Formations professionnalisantes validées',
        unit: 'people',
        definition:
          `Participants distincts ayant validé (résultat « Validé ») une formation autre que le permis de conduire (« ${drivingLicenceSubtype} ») ` +
          `parmi les ${FUNDED}.`,
      },
      distinct(validated, 'identifiant_participant'),
    );
    const drivingCells = {
      participants: counting(distinct(driving, 'identifiant_participant')),
      obtained: counting(driving.filter((s) => s.resultat === 'Validé')),
      running: counting(running),
      failed: counting(driving.filter((s) => s.resultat === 'Non validé')),
      abandoned: counting(driving.filter((s) => s.resultat === 'Abandon')),
    };
    // The breakdown's value has the cells' names.
    const drivingFigures = m.figure(
      {
        key: 'plie.programme.trainings.driving',
        cellLabels: { participants: 'participants', obtained: 'obtenues', running: 'en cours', failed: 'non obtenues', abandoned: 'abandonnées' },
        label: 'Formations au permis de conduire',
        unit: 'people',
        definition:
          `Formations au permis de conduire (« ${drivingLicenceSubtype} ») parmi les ${FUNDED} : participants distincts, puis formations obtenues, ` +
          'en cours au 31/12 (sans résultat, ni fin ni sortie du PLIE avant le 31/12), non obtenues, abandonnées.',
      },
      cells(drivingCells),
    ) as Record<keyof typeof drivingCells, number>;
    return {
      participants: enParcours.length,
      entries: enParcours.filter((p) => isEntry(p, year)).length,
      operators,
      socialSupport,
      trainings: {
        conventions,
        bodies,
        participants,
        professional: { participants: people(professional), validated: professionalValidated },
        driving: { ...drivingFigures, unknown: pending.length - running.length },
      },
    };
  },
};
