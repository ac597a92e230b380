import { jsonErrorAt, type DataIssue } from '../errors.js';
import { readRegularText } from '../read/regular-file.js';
import { sourceSchema, type SourceInfo } from '../schemas/source.js';
import { didYouMean } from '../text/suggest.js';
import type { YearFolder } from './year-folder.js';

/** source.json is a few lines: anything bigger is not one. */
const SOURCE_MAX_BYTES = 64 << 10;

/** What a year folder's source.json says of its data (demonstration data, the year exported); absent: nothing. */
export async function readSource(folder: YearFolder): Promise<{ source: SourceInfo; issues: DataIssue[] }> {
  const found = folder.find('source.json');
  const none = { demonstration: false };
  if (found === undefined) return { source: none, issues: [] };
  const fail = (message: string) => ({ source: none, issues: [{ severity: 'error' as const, file: found.path, message }] });
  const read = await readRegularText(found.path, SOURCE_MAX_BYTES);
  if ('problem' in read) return fail(read.problem);
  let json: unknown;
  try {
    json = JSON.parse(read.text);
  } catch (cause) {
    return fail(jsonErrorAt(read.text, cause));
  }
  const result = sourceSchema.safeParse(json);
  if (result.success) return { source: result.data, issues: [] };
  const known = Object.keys(sourceSchema.shape);
  return fail(
    result.error.issues
      .flatMap((i) =>
        i.code === 'unrecognized_keys'
          ? i.keys.map((key) => `clé inconnue « ${key} »${didYouMean(key, known)}`)
          : [`${i.path.join('.') || '(racine)'} : ${i.message}`],
      )
      .join(' ; '),
  );
}
