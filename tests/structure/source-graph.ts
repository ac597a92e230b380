import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';

/** One relative import of a source file: the file it resolves to, and where it is written. */
export interface Import {
  from: string;
  to: string;
  line: number;
  /** `import type`, `export type` or `import('…')` in a type: erased from the compiled code, but still a dependency to read. */
  typeOnly: boolean;
}

/** Every `.ts` file under `dir` (posix paths relative to the repository, sorted). */
export function sourceFiles(dir = 'src'): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = posix.join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) files.push(path);
    }
  };
  walk(dir);
  return files.sort();
}

const NAMES = String.raw`(?:\{[^}]*\}|\*(?:\s+as\s+\w+)?|\w+(?:\s*,\s*(?:\{[^}]*\}|\*\s+as\s+\w+))?)`;
/** `import … from '…'`, `export … from '…'` (over several lines too), `import '…'`, `import('…')`. */
const STATEMENT = new RegExp(String.raw`^[ \t]*(?:(import|export)\s+(type\s+)?${NAMES}\s+from|import)\s*['"]([^'"]+)['"]`, 'gm');
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)(\.\w+|\s*\.then)?/g;

function resolve(from: string, specifier: string): string | undefined {
  const base = posix.join(posix.dirname(from), specifier);
  const candidates = [base.replace(/\.js$/, '.ts'), base.replace(/\.js$/, '.d.ts'), `${base}.ts`, posix.join(base, 'index.ts'), base];
  return candidates.find((c) => c.endsWith('.ts') && existsSync(c));
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** The relative imports of `file` resolved to source files (packages and `node:` modules left out). */
export function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const found: Import[] = [];
  const add = (specifier: string, index: number, typeOnly: boolean) => {
    if (!specifier.startsWith('.')) return;
    const to = resolve(file, specifier);
    if (to === undefined) throw new Error(`${file}:${lineAt(text, index)}: import introuvable « ${specifier} »`);
    found.push({ from: file, to, line: lineAt(text, index), typeOnly });
  };
  for (const m of text.matchAll(STATEMENT)) add(m[3]!, m.index, m[2] !== undefined);
  // `import('./x.js').T` in a type; `import('./x.js')` alone or `.then(…)` is a module loaded at run time.
  for (const m of text.matchAll(DYNAMIC)) add(m[1]!, m.index, m[2] !== undefined && !m[2].includes('then'));
  return found;
}

/** The import graph of `dir`: file → its imports. */
export function importGraph(dir = 'src'): Map<string, Import[]> {
  return new Map(sourceFiles(dir).map((file) => [file, importsOf(file)]));
}
