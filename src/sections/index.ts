import { plieEtapesSection } from './plie-etapes.js';
import { plieParticipantsSection } from './plie-participants.js';
import { plieProgrammeSection } from './plie-programme.js';
import { plieSortiesSection } from './plie-sorties.js';
import { runner, type SectionRunner } from './section.js';

/** The report's sections in reading order; each renders through `templates/sections/<id>.hbs`. */
export const sections: readonly SectionRunner[] = [
  runner(plieProgrammeSection),
  runner(plieParticipantsSection),
  runner(plieEtapesSection),
  runner(plieSortiesSection),
];
