import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixtureReportHtml, normaliseHtml } from '../support/golden-html.js';
import { unifiedDiff } from '../support/line-diff.js';

/**
 * The fixtures' report page, compared to a committed copy (as Observable Framework's
 * `test/output/`): a change of layout or wording is reviewed as a diff of that file. Charts and
 * fonts are left out (placeholders), the page is pretty-printed one block element a line.
 *
 * After an intended change: `npm run golden:update` (or `UPDATE_GOLDEN=1 npx vitest run
 * tests/golden/html.test.ts`) rewrites the file; review its diff and commit it.
 */
const GOLDEN = fileURLToPath(new URL('./output/rapport-2023.html', import.meta.url));
/** The page this run produced, written beside the committed one when they differ (ignored by git). */
const CHANGED = GOLDEN.replace(/\.html$/, '-changed.html');
const UPDATE = process.env.UPDATE_GOLDEN === '1' || process.env.UPDATE_GOLDEN === 'true';
const DIFF_LINES = 80;

const shown = (path: string) => relative(process.cwd(), path);

/** What a reader needs when the page moved: how much, where this run's page is, the first lines of the diff. */
function differs(expected: string): string {
  const diff = unifiedDiff(expected, readFileSync(CHANGED, 'utf8'), { from: shown(GOLDEN), to: shown(CHANGED) });
  const changes = diff.slice(2).filter((line) => line.startsWith('-') || line.startsWith('+')).length;
  const cut = diff.length > DIFF_LINES ? [...diff.slice(0, DIFF_LINES), `… (${diff.length - DIFF_LINES} more lines of diff)`] : diff;
  return [
    `The report page differs from ${shown(GOLDEN)} (${changes} lines removed or added).`,
    `This run's page: ${shown(CHANGED)}. If the change is intended: \`npm run golden:update\`, then review and commit the file.`,
    '',
    ...cut,
  ].join('\n');
}

describe('the fixtures’ report page', () => {
  it('is the committed tests/golden/output/rapport-2023.html (charts and fonts aside)', async () => {
    const actual = normaliseHtml(await fixtureReportHtml(2023));
    rmSync(CHANGED, { force: true });
    if (UPDATE) {
      mkdirSync(dirname(GOLDEN), { recursive: true });
      writeFileSync(GOLDEN, actual);
      return;
    }
    if (!existsSync(GOLDEN)) {
      expect.fail(`${shown(GOLDEN)} is missing: write it with \`npm run golden:update\`, review it and commit it`);
    }
    const expected = readFileSync(GOLDEN, 'utf8');
    const same = actual === expected;
    if (!same) writeFileSync(CHANGED, actual);
    expect(same, same ? '' : differs(expected)).toBe(true);
  });
});
