import type { Config } from '../config/schema.js';
import type { ExportDefinition, ExportFactory } from './export.js';
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

/**
 * Every CSV file the tool reads, each declared once in its schema file (`defineExport`): which
 * offers read it and where its rows go, whether it is required, a log of the year, kept in columns.
 * The year's reading and checks (offer-files.ts, offers.ts, year-check.ts, happened-dates.ts) are
 * derived from this list, in this order: adding an export is adding its line here.
 */
export const EXPORTS: readonly ExportFactory<never>[] = [
  participantsExport,
  stepsExport,
  jeunesExport,
  evenementsExport,
  propositionsExport,
  situationsExport,
  dispositifsExport,
  aidesExport,
  manifestationsExport,
  clausesExport,
  cyberbaseExport,
  relationsExport,
  offresExport,
];

/** Every export's definition for a configuration, for the checks that concern them all (column aliases). */
export const allExports = (config: Config): ExportDefinition<unknown>[] => EXPORTS.map((factory) => factory(config)) as ExportDefinition<unknown>[];
