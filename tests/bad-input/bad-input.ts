import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { vi } from 'vitest';
import { main } from '../../src/cli.js';
import { VALID_ML, VALID_PLIE } from './inputs.js';

/** Where a case runs: `root/2023` is the year folder, `root/out` the output folder. */
export interface CasePaths {
  root: string;
  dir: string;
  out: string;
}

type Files = Record<string, string | Buffer | undefined>;

/**
 * A broken (or messy but valid) input, with the exit code and the French lines the user gets.
 * A case is a 2023 year folder: a small valid PLIE year (and, with `ml`, a valid Mission Locale
 * year) whose files the case replaces (`undefined` removes one) or adds to. Before the run, the
 * output folder holds a previous report: a failed run must leave it exactly as it was.
 */
export interface BadInput {
  name: string;
  /** Files of the year folder, replacing the valid ones (`contenu/…` allowed; undefined: no such file). */
  files?: Files;
  /** Start from a valid Mission Locale year as well. */
  ml?: boolean;
  /** Previous years' folders beside the year's, by name (`{ '2022': VALID_PLIE }`). */
  history?: Record<string, Files>;
  /** Written beside the year folder and passed with --config. */
  config?: string | Buffer;
  /** Extra command-line arguments. */
  args?: string[];
  /** The year argument, when the case is about it. */
  year?: string;
  /** The --data argument, when the case is about it (default: the year folder). */
  data?: (paths: CasePaths) => string;
  /** The whole command line after `alpes-report`, when the case is about the command line itself. */
  argv?: (paths: CasePaths) => string[];
  /** What the folder needs that plain files cannot say: a FIFO, a symlink, a folder, a mode. */
  setup?: (paths: CasePaths) => Promise<void>;
  exitCode: 0 | 1 | 2 | 3 | 4 | 130;
  /** What stderr must say (the file, line and column are part of the message); paths are shown relative to the case's root. */
  says: (string | RegExp)[];
  /** What stderr must say exactly once. */
  saysOnce?: string[];
  /** What stderr must not say. */
  neverSays?: (string | RegExp)[];
  /** What stdout must say. */
  prints?: (string | RegExp)[];
  /** What a written output must (or must not) hold. */
  output?: { file: string; contains?: string[]; lacks?: string[] };
}

/** The report a previous run left in the output folder. */
export const PREVIOUS_REPORT: Readonly<Record<string, string>> = {
  'indicators-2023.json': '{ "rapport": "précédent" }\n',
  'rapport-2023.html': '<p>rapport précédent</p>\n',
};

async function writeFiles(dir: string, files: Files): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    if (content === undefined) continue;
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), content);
  }
}

/** Every file of a folder (hidden ones included) with its content. */
export async function snapshot(folder: string): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const path = join(entry.parentPath, entry.name);
    found[path.slice(folder.length + 1)] = entry.isFile() ? await readFile(path, 'latin1') : '(dossier)';
  }
  return found;
}

export interface CaseRun {
  code: number;
  stderr: string;
  stdout: string;
  paths: CasePaths;
  /** The output folder before and after the run. */
  before: Record<string, string>;
  after: Record<string, string>;
}

/** Runs the command line in-process on the case's folder; returns its exit code, what it printed and the output folder. */
export async function runCase(input: BadInput): Promise<CaseRun> {
  const root = await mkdtemp(join(tmpdir(), 'alpes-bad-'));
  const paths: CasePaths = { root, dir: join(root, '2023'), out: join(root, 'out') };
  await writeFiles(paths.dir, { ...VALID_PLIE, ...(input.ml ? VALID_ML : {}), ...input.files });
  for (const [year, files] of Object.entries(input.history ?? {})) await writeFiles(join(root, year), files);
  await writeFiles(paths.out, PREVIOUS_REPORT);
  await input.setup?.(paths);
  const args = input.argv?.(paths) ?? [
    input.year ?? '2023',
    '--data',
    input.data?.(paths) ?? paths.dir,
    '--out',
    paths.out,
    '--quiet',
    '--format',
    'json',
    ...(input.args ?? []),
  ];
  if (input.config !== undefined) {
    await writeFile(join(root, 'config.json'), input.config);
    args.push('--config', join(root, 'config.json'));
  }
  const before = await snapshot(paths.out);
  let stderr = '';
  let stdout = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  let code: number;
  try {
    code = await main(['node', 'alpes-report', ...args]);
  } finally {
    vi.restoreAllMocks();
  }
  const relative = (text: string) => text.replaceAll(`${paths.dir}/`, '').replaceAll(`${root}/`, '');
  return { code, stderr: relative(stderr), stdout: relative(stdout), paths, before, after: await snapshot(paths.out) };
}
