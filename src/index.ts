/** The library API: the CLI is a thin layer over it, and tests call it directly. */
export { buildReport, computeReport, DEFAULT_FORMATS, FORMATS, type BuildOptions, type BuildResult, type Format, type IndicatorsJson } from './report.js';
export { loadConfig, resolveConfig } from './config/load.js';
export type { Config } from './config/schema.js';
export { loadDataset, loadYear, type Dataset, type YearData } from './dataset/load.js';
export { ErrorCode, ExitCode, ReportError, formatIssue, formatIssues, type DataIssue } from './errors.js';
