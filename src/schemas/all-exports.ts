import type { Config } from '../config/schema.js';
import type { ExportDefinition } from './export.js';
import { clausesExport } from './mde/clauses.js';
import { cyberbaseExport } from './mde/cyberbase.js';
import { manifestationsExport } from './mde/manifestations.js';
import { offresExport, relationsExport } from './mde/relations.js';
import { aidesExport } from './ml/aides.js';
import { dispositifsExport } from './ml/dispositifs.js';
import { evenementsExport } from './ml/evenements.js';
import { jeunesExport } from './ml/jeunes.js';
import { propositionsExport } from './ml/propositions.js';
import { situationsExport } from './ml/situations.js';
import { participantsExport } from './participants.js';
import { stepsExport } from './steps.js';

/** Every CSV file the tool reads, for the checks that concern them all (column aliases). */
export const allExports = (config: Config): ExportDefinition<unknown>[] =>
  [
    participantsExport(config),
    stepsExport(),
    jeunesExport(config),
    evenementsExport(),
    propositionsExport(),
    situationsExport(),
    dispositifsExport(),
    aidesExport(config),
    manifestationsExport(),
    clausesExport(config),
    cyberbaseExport(),
    relationsExport(),
    offresExport(config),
  ] as ExportDefinition<unknown>[];
