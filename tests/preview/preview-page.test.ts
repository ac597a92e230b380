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

  it('is the report with its policy taken out first, then the bar and script put in, wherever the policy stands', () => {
    // The page as made before it was made in one pass: each step on the page the step before made.
    const stepByStep = (report: string, n: number, build: number) => {
      const script = previewPage('<p></p>', undefined, build).slice('<p></p>'.length);
      const bar = previewPage('<p></p>', warningChanges(undefined, Array(n).fill(warning))).split('<p></p>')[0]!;
      let html = report.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
      if (n > 0) html = html.replace('<title>', `<title>⚠ ${n} – `);
      const end = html.lastIndexOf('</body>');
      html = end === -1 ? html + script : `${html.slice(0, end)}${script}${html.slice(end)}`;
      const body = /<body[^>]*>/.exec(html);
      if (body === null) return bar + html;
      const at = body.index + body[0].length;
      return `${html.slice(0, at)}\n${bar}${html.slice(at)}`;
    };
    const reports = [
      `<html><head>${POLICY}\n<meta name="x">\n<title>R</title></head><body class="r"><p>a</p></body></html>`,
      `<html><head><title>R</title>${POLICY}</head><body><p>a</p></body></html>`,
      `<html><head><meta http-equiv="Content-Security-Policy" content="<body x"></head><body><p>a</p></body></html>`,
      `<html><head><meta http-equiv="Content-Security-Policy" content="</body> <title>"><title>R</title></head><body></body></html>`,
      `<html><head><bo${POLICY}dy><title>R</title></head><p>a</p></body>`,
      `<p>no body ${POLICY} nor end</p>`,
      `<html><body><p>a</p></body>${POLICY}</html>`,
      `<html><head>${POLICY}</head><body class="e"></body></html>`,
    ];
    for (const report of reports)
      for (const n of [0, 2]) expect(previewPage(report, warningChanges(undefined, Array(n).fill(warning)), 3)).toBe(stepByStep(report, n, 3));
  });

  it('is the same made from the page in pieces, wherever the pieces are cut', () => {
    const reports = [
      `<html><head>${POLICY}\n<meta name="x">\n<title>R</title></head><body class="r">\n<main><section>a</section>\n<section>b</section></main>\n</body></html>`,
      `<html><head><title>R</title>${POLICY}</head><body><section>a</section></body></html>`,
      `<html><head>${POLICY}<title>R</title></head><body><section>a</section></body>\n</html><!-- </body> -->`,
      `<p>no body ${POLICY} nor end</p><section>a</section>`,
    ];
    for (const report of reports)
      for (let cut = 0; cut <= report.length; cut++)
        for (const n of [0, 2]) {
          const changes = warningChanges(undefined, Array(n).fill(warning));
          const whole = previewPage(report, changes, 3);
          expect(previewPage([report.slice(0, cut), report.slice(cut)], changes, 3)).toBe(whole);
          const second = report.indexOf('<section', cut);
          if (second !== -1) expect(previewPage([report.slice(0, cut), report.slice(cut, second), report.slice(second)], changes, 3)).toBe(whole);
        }
  });
});
