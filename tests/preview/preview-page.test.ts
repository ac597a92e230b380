import { describe, expect, it } from 'vitest';
import { previewPage } from '../../src/preview/pages.js';
import { warningChanges } from '../../src/preview/warnings.js';
import type { DataIssue } from '../../src/errors.js';

const warning: DataIssue = { severity: 'warning', file: 'data/2023/jeunes.csv', message: '4 jeune(s) sans commune' };
const POLICY = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'">`;

describe('the report as the preview serves it', () => {
  it('has the warnings bar first in its body, the script last, and no policy of its own', () => {
    const report = `<!doctype html><html><head>${POLICY}<title>R</title></head><body class="report">\n<main>x</main>\n</body></html>`;
    const page = previewPage(report, warningChanges(undefined, [warning]), 7);
    const bar = page.indexOf('<style>');
    const script = page.indexOf('<script>');
    expect(page).not.toContain('Content-Security-Policy');
    expect(page.slice(0, bar)).toBe('<!doctype html><html><head><title>⚠ 1 – R</title></head><body class="report">\n');
    expect(page.slice(page.indexOf('</details>') + '</details>'.length, script)).toBe('\n<main>x</main>\n');
    expect(page.slice(page.indexOf('</script>'))).toBe('</script></body></html>');
    expect(page).toContain("dataset.previewBuild = '7'");
  });

  it('puts them first and last in a page without a body tag, and leaves the page as it is otherwise', () => {
    const page = previewPage('<p>x</p>', warningChanges(undefined, [warning]));
    expect(page.startsWith('<style>')).toBe(true);
    expect(page.indexOf('<p>x</p><script>')).toBeGreaterThan(0);
    expect(page.endsWith('</script>')).toBe(true);
    const plain = previewPage('<html><body><p>y</p></body></html>', warningChanges(undefined, []));
    expect(plain.replace(/<script>[\s\S]*<\/script>/, '')).toBe('<html><body>\n<p>y</p></body></html>');
  });
});
