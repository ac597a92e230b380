import { plieEtapesSection } from './plie-etapes.js';
import { plieParticipantsSection } from './plie-participants.js';
import { plieProgrammeSection } from './plie-programme.js';
import { plieSortiesSection } from './plie-sorties.js';
import type { Section } from './section.js';

/** The report's sections in reading order; each renders through `templates/sections/<id>.hbs`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const sections: readonly Section<any>[] = [plieProgrammeSection, plieParticipantsSection, plieEtapesSection, plieSortiesSection];
