import { yearEnd } from '../schemas/dates.js';
import type { Step } from '../schemas/steps.js';
import { asRecord, byCountDesc, countByLabel } from '../aggregation/breakdowns.js';
import { activeSteps } from './plie-etapes.js';
import { isEnParcours, isEntry } from '../aggregation/plie-periods.js';
import type { LegacySection } from '../measure/section.js';
import { noTrace } from '../measure/evidence.js';

export interface PlieProgramme {
  participants: number;
  entries: number;
  operators: { label: string; count: number }[];
  socialSupport: { actions: number; participants: number; hours: number; providers: string[] };
  trainings: {
    conventions: number;
    bodies: number;
    participants: number;
    professional: { participants: number; validated: number };
    driving: { participants: number; obtained: number; failed: number; abandoned: number; running: number; unknown: number };
  };
}

const distinct = (values: readonly (string | undefined)[]) => new Set(values.filter((v) => v !== undefined)).size;
const people = (steps: readonly Step[]) => distinct(steps.map((s) => s.identifiant_participant));

export const plieProgrammeSection: LegacySection<'plie', PlieProgramme> = {
  id: 'plie-programme',
  offer: 'plie',
  title: 'La programmation du PLIE',
  compute(dataset, config, trace = noTrace) {
    const { current } = dataset;
    const year = current.year;
    const enParcours = current.participants.filter((p) => isEnParcours(p, year));
    const steps = activeSteps(current);
    const social = steps.filter((s) => s.sous_type === config.plie.socialSupportSubtype);
    const funded = steps.filter((s) => s.type_etape === 'Formation' && s.convention !== undefined);
    const driving = funded.filter((s) => s.sous_type === config.plie.drivingLicenceSubtype);
    const professional = funded.filter((s) => s.sous_type !== config.plie.drivingLicenceSubtype);
    const pending = driving.filter((s) => s.resultat === undefined);
    // Still running at 31/12: not ended by then, and its participant still in the PLIE.
    const stillIn = new Set(enParcours.filter((p) => p.date_sortie === undefined || p.date_sortie > yearEnd(year)).map((p) => p.identifiant));
    const running = pending.filter((s) => (s.date_fin === undefined || s.date_fin > yearEnd(year)) && stillIn.has(s.identifiant_participant));
    const operated = enParcours.filter((p) => p.structure_referente !== undefined);
    const validated = professional.filter((s) => s.resultat === 'Validé');
    const obtained = driving.filter((s) => s.resultat === 'Validé');
    const failed = driving.filter((s) => s.resultat === 'Non validé');
    const abandoned = driving.filter((s) => s.resultat === 'Abandon');
    const file = 'etapes.csv';
    const participant = (s: Step) => s.identifiant_participant;
    trace.count('plie.programme.operators', { file: 'participants.csv', rows: operated }, { group: (p) => p.structure_referente! });
    trace.count('plie.programme.socialSupport.actions', { file, rows: social.filter((s) => s.action !== undefined) }, { distinctBy: (s) => s.action! });
    trace.count('plie.programme.socialSupport.participants', { file, rows: social }, { distinctBy: participant });
    trace.sum('plie.programme.socialSupport.hours', { file, rows: social }, (s) => s.heures ?? 0);
    trace.count('plie.programme.trainings.conventions', { file, rows: funded }, { distinctBy: (s) => s.convention! });
    trace.count('plie.programme.trainings.bodies', { file, rows: funded.filter((s) => s.organisme !== undefined) }, { distinctBy: (s) => s.organisme! });
    trace.count('plie.programme.trainings.participants', { file, rows: funded }, { distinctBy: participant });
    trace.count('plie.programme.trainings.professionalValidated', { file, rows: validated }, { distinctBy: participant });
    const drivingKey = 'plie.programme.trainings.driving';
    trace.count(drivingKey, { file, rows: driving }, { group: 'participants', distinctBy: participant });
    trace.count(drivingKey, { file, rows: obtained }, { group: 'obtained' });
    trace.count(drivingKey, { file, rows: running }, { group: 'running' });
    trace.count(drivingKey, { file, rows: failed }, { group: 'failed' });
    trace.count(drivingKey, { file, rows: abandoned }, { group: 'abandoned' });
    return {
      participants: enParcours.length,
      entries: enParcours.filter((p) => isEntry(p, year)).length,
      operators: byCountDesc(countByLabel(operated, (p) => p.structure_referente!)),
      socialSupport: {
        actions: distinct(social.map((s) => s.action)),
        participants: people(social),
        hours: social.reduce((sum, s) => sum + (s.heures ?? 0), 0),
        providers: [...new Set(social.map((s) => s.organisme).filter((o) => o !== undefined))],
      },
      trainings: {
        conventions: distinct(funded.map((s) => s.convention)),
        bodies: distinct(funded.map((s) => s.organisme)),
        participants: people(funded),
        professional: { participants: people(professional), validated: people(validated) },
        driving: {
          participants: people(driving),
          obtained: obtained.length,
          failed: failed.length,
          abandoned: abandoned.length,
          running: running.length,
          unknown: pending.length - running.length,
        },
      },
    };
  },
  indicators(m) {
    const t = m.trainings;
    return [
      { key: 'plie.programme.operators', value: asRecord(m.operators), label: 'Opérateurs de l’accompagnement renforcé', definition: 'Participants en parcours par structure référente.' },
      { key: 'plie.programme.socialSupport.actions', value: m.socialSupport.actions, label: 'Actions collectives d’accompagnement social', definition: 'Actions distinctes des étapes « Accompagnement social » actives dans l’année.' },
      { key: 'plie.programme.socialSupport.participants', value: m.socialSupport.participants, label: 'Participants à l’accompagnement social', definition: 'Participants distincts ayant une étape « Accompagnement social » active dans l’année.' },
      { key: 'plie.programme.socialSupport.hours', value: m.socialSupport.hours, label: 'Heures d’accompagnement social', definition: 'Somme des heures des étapes « Accompagnement social » actives dans l’année.' },
      { key: 'plie.programme.trainings.conventions', value: t.conventions, label: 'Conventions de formation', definition: 'Numéros de convention distincts des étapes Formation financées actives dans l’année.' },
      { key: 'plie.programme.trainings.bodies', value: t.bodies, label: 'Organismes de formation', definition: 'Organismes distincts des formations conventionnées actives dans l’année.' },
      { key: 'plie.programme.trainings.participants', value: t.participants, label: 'Participants en formation conventionnée', definition: 'Participants distincts ayant une formation conventionnée active dans l’année.' },
      { key: 'plie.programme.trainings.professionalValidated', value: t.professional.validated, label: 'Formations professionnalisantes validées', definition: 'Participants ayant validé une formation conventionnée autre que le permis de conduire.' },
      { key: 'plie.programme.trainings.driving', value: { participants: t.driving.participants, obtained: t.driving.obtained, running: t.driving.running, failed: t.driving.failed, abandoned: t.driving.abandoned }, label: 'Formations au permis de conduire', definition: 'Formations conventionnées au permis de conduire : obtenus, en cours au 31/12 (sans résultat ni fin avant le 31/12), non obtenus, abandons.' },
    ];
  },
};
