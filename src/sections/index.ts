import { communicationSection } from './communication.js';
import { editorialSection } from './editorial.js';
import { mdeClauseSection } from './mde-clause.js';
import { mdeCreationSection } from './mde-creation.js';
import { mdeCyberbaseSection } from './mde-cyberbase.js';
import { mdeMobiliteSection } from './mde-mobilite.js';
import { mdeRelationsEntreprisesSection } from './mde-relations-entreprises.js';
import { mdeSiaeInterimSection } from './mde-siae-interim.js';
import { mdeManifestationsSection } from './mde-manifestations.js';
import { mlCoachingSection } from './ml-coaching.js';
import { mlDispositifsSection } from './ml-dispositifs.js';
import { mlEmploiSection } from './ml-emploi.js';
import { mlMobiliteInternationaleSection } from './ml-mobilite-internationale.js';
import { mlOrientationFormationSection } from './ml-orientation-formation.js';
import { mlPublicSection } from './ml-public.js';
import { mlSanteSection } from './ml-sante.js';
import { mlSecurisationFinanciereSection } from './ml-securisation-financiere.js';
import { mlServiceCiviqueSection } from './ml-service-civique.js';
import { plieEtapesSection } from './plie-etapes.js';
import { plieParticipantsSection } from './plie-participants.js';
import { plieProgrammeSection } from './plie-programme.js';
import { plieSortiesSection } from './plie-sorties.js';
import { runner, type SectionRunner } from '../measure/section.js';
import { territoireSection } from './territoire.js';

/**
 * The report's sections in the published order; each renders through `templates/sections/<id>.hbs`,
 * and is left out when the year has no data of its offer.
 */
export const sections: readonly SectionRunner[] = [
  runner(editorialSection),
  runner(territoireSection),
  runner(mdeManifestationsSection),
  runner(mdeCreationSection),
  runner(mdeRelationsEntreprisesSection),
  runner(mdeClauseSection),
  runner(mdeSiaeInterimSection),
  runner(mdeCyberbaseSection),
  runner(mdeMobiliteSection),
  runner(plieProgrammeSection),
  runner(plieParticipantsSection),
  runner(plieEtapesSection),
  runner(plieSortiesSection),
  runner(mlPublicSection),
  runner(mlSanteSection),
  runner(mlOrientationFormationSection),
  runner(mlCoachingSection),
  runner(mlEmploiSection),
  runner(mlMobiliteInternationaleSection),
  runner(mlDispositifsSection),
  runner(mlServiceCiviqueSection),
  runner(mlSecurisationFinanciereSection),
  runner(communicationSection),
];

/** The section ids, which name the declared texts (contenu/textes/<id>.md): what the dataset's loading checks them against. */
export const sectionIds: readonly string[] = sections.map((section) => section.id);
