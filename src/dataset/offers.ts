import type { DataIssue } from '../errors.js';
import { clausesExport } from '../schemas/mde/clauses.js';
import { cyberbaseExport } from '../schemas/mde/cyberbase.js';
import { offresExport, relationsExport } from '../schemas/mde/relations.js';
import type { ExportDefinition } from '../schemas/export.js';
import { aidesExport, type Aide } from '../schemas/ml/aides.js';
import { dispositifsExport } from '../schemas/ml/dispositifs.js';
import { evenementsExport } from '../schemas/ml/evenements.js';
import { jeunesExport } from '../schemas/ml/jeunes.js';
import { propositionsExport } from '../schemas/ml/propositions.js';
import { situationsExport, type Situation } from '../schemas/ml/situations.js';
import { participantsExport } from '../schemas/participants.js';
import { stepsExport } from '../schemas/steps.js';
import { checkMl, checkPlie } from './checks.js';
import { pathOf, read, readColumns, type Reading } from './reading.js';
import type { MlData, PlieData } from './year-data.js';

/** The PLIE's exports, read and checked across files (steps of unknown participants, steps outside a parcours). */
export async function loadPlie(reading: Reading): Promise<{ data: PlieData; issues: DataIssue[] }> {
  const { folder, config } = reading;
  const files = { participants: pathOf(folder, 'participants.csv'), steps: pathOf(folder, 'etapes.csv') };
  const [participants, steps] = await Promise.all([read(reading, participantsExport(config)), read(reading, stepsExport())]);
  const rejectedIds = new Set(participants.rejected.map((row) => row.values.identifiant ?? ''));
  // Steps cannot be matched to participants that could not be read at all: that would be noise.
  const crossChecks = participants.unreadable ? [] : checkPlie(participants.rows, steps.rows, rejectedIds, files, config);
  const issues = [...participants.issues, ...steps.issues, ...crossChecks];
  return { data: { participants: participants.rows, steps: steps.rows }, issues };
}

/** The Mission Locale's exports; the Maison de l'Emploi's rows of the shared situations.csv and aides.csv are handed back apart. */
export async function loadMl(reading: Reading): Promise<{ data: MlData; issues: DataIssue[]; mdeSituations: Situation[]; mdeAids: Aide[] }> {
  const { folder, config } = reading;
  // One file after the other: reading is bound by this one thread anyway, and a table's lookup of
  // values (millions of identifiers) is freed when it is sealed, before the next one is built.
  const jeunes = await read(reading, jeunesExport(config));
  const evenements = await readColumns(reading, evenementsExport());
  const propositions = await readColumns(reading, propositionsExport());
  const aides = await readColumns(reading, aidesExport(config));
  const situations = await readColumns(reading, situationsExport());
  const dispositifs = await readColumns(reading, dispositifsExport());
  const data: MlData = {
    jeunes: jeunes.rows,
    evenements: evenements.rows.all(),
    propositions: propositions.rows.all(),
    situations: situations.rows.all().filter((s) => s.programme === 'ML'),
    dispositifs: dispositifs.rows.all(),
    /** The Mission Locale's aids (programme ML); the MDE's mobility scheme goes to the MDE. */
    aides: aides.rows.all().filter((a) => a.programme === 'ML'),
  };
  const rejectedIds = new Set(jeunes.rejected.map((row) => row.values.identifiant ?? ''));
  const issues = [jeunes, evenements, propositions, situations, dispositifs, aides].flatMap((r) => r.issues);
  if (!jeunes.unreadable) issues.push(...checkMl(data, rejectedIds, (file) => pathOf(folder, file), config));
  return { data, issues, mdeSituations: [...situations.rows.all().filter((s) => s.programme === 'MDE')], mdeAids: [...aides.rows.all().filter((a) => a.programme === 'MDE')] };
}

/** The Maison de l'Emploi's exports, each optional; the shared situations.csv and aides.csv are read here only without the Mission Locale. */
export async function loadMdeExports(reading: Reading, readShared: boolean) {
  const readIf = async <Row>(definition: ExportDefinition<Row>) => (reading.folder.has(definition.file) ? read(reading, definition) : undefined);
  const { config } = reading;
  const [clauses, cyberbase, employerActions, offers, situations, aids] = await Promise.all([
    readIf(clausesExport(config)),
    readIf(cyberbaseExport()),
    readIf(relationsExport()),
    readIf(offresExport(config)),
    readShared ? readIf(situationsExport()) : undefined,
    readShared ? readIf(aidesExport(config)) : undefined,
  ]);
  return {
    clauses: clauses?.rows,
    cyberbase: cyberbase?.rows,
    employerActions: employerActions?.rows,
    offers: offers?.rows,
    situations: situations?.rows.filter((s) => s.programme === 'MDE') ?? [],
    aids: aids?.rows.filter((a) => a.programme === 'MDE') ?? [],
    issues: [clauses, cyberbase, employerActions, offers, situations, aids].flatMap((r) => r?.issues ?? []),
  };
}
