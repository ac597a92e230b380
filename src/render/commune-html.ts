import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config/schema.js';
import type { IndicatorsJson } from '../measure/indicator.js';
import type { CommunesModel } from './communes.js';
import { fontFaceCss, FONT_FAMILY, withoutDataUrls } from './fonts.js';
import { createHandlebars, strictTemplate, TEMPLATES_DIR } from './handlebars.js';
import { typesetHtml } from './typeset-html.js';

/** What a commune's own PDF needs: the commune pages' model and the report's identity. */
export interface CommunePagesView {
  year: number;
  config: Config;
  demonstration: boolean;
  communes: CommunesModel;
  indicators: IndicatorsJson;
}

/**
 * Each commune's page as a self-contained HTML page of its own (`--format communes`): the same
 * partial as the report's appendix, under its own title and footer, fonts inlined.
 */
export async function renderCommunePages(view: CommunePagesView, templatesDir = TEMPLATES_DIR): Promise<{ slug: string; html: string }[]> {
  const hb = createHandlebars(templatesDir);
  const layout = strictTemplate(hb, readFileSync(join(templatesDir, 'commune.hbs'), 'utf8'));
  const css = readFileSync(join(templatesDir, 'report.css'), 'utf8');
  const stylesSlot = '/* font-faces */';
  return Promise.all(
    view.communes.pages.map(async (page) => {
      const html = typesetHtml(
        layout({
          year: view.year,
          demonstration: view.demonstration,
          indicators: view.indicators,
          methodology: false,
          association: view.config.association,
          colours: view.config.association.colors,
          fontFamily: FONT_FAMILY,
          styles: `${stylesSlot}\n${css}`,
          threshold: view.communes.threshold,
          page,
        }),
      );
      const fonts = await fontFaceCss(withoutDataUrls(html));
      return { slug: page.slug, html: html.replace(stylesSlot, () => fonts) };
    }),
  );
}
