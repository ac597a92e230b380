import { beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { loadDataset, type Dataset } from '../../src/dataset/load.js';
import { sectionIds } from '../../src/sections/index.js';
import { renderHtml } from '../../src/render/html.js';
import { computeReport, reportView } from '../../src/report.js';

describe('every value reaching the HTML is escaped', () => {
  let html: string;
  beforeAll(async () => {
    const base = defaultConfig;
    const communes = (base.territory.communes ?? []).map((c, i) =>
      i === 0 && typeof c !== 'string' ? { ...c, name: '<b onmouseover="alert(1)">La Madeleine</b>' } : c,
    );
    const config = resolveConfig({ territory: { communes } });
    const dataset: Dataset = await loadDataset({ sectionIds, year: 2023, dataDir: 'fixtures/2023', config });
    const contenu = dataset.current.contenu!;
    contenu.texts['plie-sorties'] =
      'Texte <script>alert("texte")</script> et <img src=x onerror="alert(2)"> fin, [un lien piégé](javascript:alert(3)) et [le site](https://www.emploi-mno.fr).';
    const computed = computeReport(dataset, config);
    html = await renderHtml({ ...reportView(dataset, computed, config), methodology: true });
  }, 60_000);

  it('prints markup in a commune name as text', () => {
    expect(html).not.toContain('<b onmouseover');
    expect(html).toContain('&lt;b onmouseover&#x3D;&quot;alert(1)&quot;&gt;La Madeleine&lt;/b&gt;');
  });

  it('prints markup in a declared paragraph as text, never as HTML', () => {
    expect(html).not.toContain('<script>alert("texte")</script>');
    expect(html).not.toMatch(/<img src=x/);
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('un lien piégé');
    expect(html).toContain('<a href="https://www.emploi-mno.fr">le site</a>');
  });

  it('carries a policy that forbids scripts and any fetch, should markup ever get through', () => {
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'">`,
    );
    expect(html).not.toMatch(/<script/i);
  });
});
