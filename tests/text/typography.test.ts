import { describe, expect, it } from 'vitest';
import { frenchTypography } from '../../src/text/typography.js';
import { typesetHtml } from '../../src/render/typeset-html.js';

const N = '\u202f';
const prose = (text: string) => frenchTypography(text, { spaceBeforeColon: true });

describe('French typography of a text', () => {
  it('puts one narrow no-break space before « : », « ; », « ! », « ? » and « % », replacing a plain or no-break one', () => {
    expect(prose('Source : Insee ; voir ! Vraiment ? 45 %')).toBe(`Source${N}: Insee${N}; voir${N}! Vraiment${N}? 45${N}%`);
    expect(prose('Source\u00a0: Insee')).toBe(`Source${N}: Insee`);
    expect(prose('Opérateurs  :\n  liste')).toBe(`Opérateurs${N}:\n  liste`);
  });

  it('adds the space where none was typed', () => {
    expect(prose('Objectif: 50%; atteint?! Oui!')).toBe(`Objectif${N}: 50${N}%${N}; atteint${N}?! Oui${N}!`);
    expect(prose('(vouliez-vous dire « print »?)')).toBe(`(vouliez-vous dire «${N}print${N}»${N}?)`);
  });

  it('keeps a currency on the line of its amount', () => {
    expect(prose('950 € et 10,2 k€, en €')).toBe(`950${N}€ et 10,2${N}k€, en €`);
  });

  it('spaces the inside of guillemets', () => {
    expect(prose('«Emploi»')).toBe(`«${N}Emploi${N}»`);
    expect(prose('« Emploi »')).toBe(`«${N}Emploi${N}»`);
  });

  it('writes the apostrophe ’ between letters', () => {
    expect(prose("l'emploi, aujourd'hui, L'Isle-d'Abeau")).toBe('l’emploi, aujourd’hui, L’Isle-d’Abeau');
  });

  it('leaves times, URLs, addresses, a lone mark and a stray quote alone', () => {
    for (const text of ['à 10:30', 'https://alpes.example/page?id=3', 'mailto:contact@alpes.fr', 'taux (%)', "'cité'", '« < 5 »'.slice(2, 5)]) {
      expect(prose(text)).toBe(text);
    }
  });

  it('is idempotent', () => {
    const once = prose("Erreur: l'année « 2023 » ? 45 % ; fin!");
    expect(prose(once)).toBe(once);
  });

  it('for the command line, keeps `fichier:ligne: colonne:` and what a message quotes as typed', () => {
    const terminal = (text: string) => frenchTypography(text, { keepQuoted: true });
    expect(terminal("participants.csv:12: sexe: « l'Isle » n'est pas admise : corrigez")).toBe(
      `participants.csv:12: sexe: «${N}l'Isle${N}» n’est pas admise${N}: corrigez`,
    );
    expect(terminal("Fichiers écrits :\n  /home/d'artagnan/out/rapport.pdf")).toBe(`Fichiers écrits${N}:\n  /home/d'artagnan/out/rapport.pdf`);
  });
});

describe('French typography of a rendered page', () => {
  it('changes the text and the attributes read as text (title, alt, aria-label) only, never tags, other attributes, styles, scripts or code', () => {
    const html =
      `<p title="Note : l'emploi" data-x="a:b">Note : l&#x27;emploi <a href="https://x.fr/?a=1">lien</a></p>` +
      `<style>a::after { content: "l'x : y"; }</style><script>var a = 'x' ? 1 : 2;</script><code>plie.exits : l'x</code>`;
    expect(typesetHtml(html)).toBe(
      `<p title="Note${N}: l’emploi" data-x="a:b">Note${N}: l’emploi <a href="https://x.fr/?a=1">lien</a></p>` +
        `<style>a::after { content: "l'x : y"; }</style><script>var a = 'x' ? 1 : 2;</script><code>plie.exits : l'x</code>`,
    );
  });

  it('reads across inline elements, not across blocks', () => {
    expect(typesetHtml('<p><b>45</b>%</p>')).toBe(`<p><b>45</b>${N}%</p>`);
    expect(typesetHtml('<p>Total <b>:</b> 3</p>')).toBe(`<p>Total${N}<b>:</b> 3</p>`);
    expect(typesetHtml('<p><a href="#d">12 opérations</a>: 3</p>')).toBe(`<p><a href="#d">12 opérations</a>${N}: 3</p>`);
    expect(typesetHtml('<td>Total</td><td>: 3</td>')).toBe('<td>Total</td><td>: 3</td>');
    expect(typesetHtml('<p>Total <b> :</b> 3</p>')).toBe(`<p>Total${N}<b>:</b> 3</p>`);
    expect(typesetHtml('<p>«</p><p>x</p>')).toBe('<p>«</p><p>x</p>');
  });

  it('reads entities as their character and writes untouched bytes back as they were', () => {
    expect(typesetHtml('<p>«&nbsp;&lt;&nbsp;5&nbsp;» &amp; l&#39;x</p>')).toBe(`<p>«${N}&lt;&nbsp;5${N}» &amp; l’x</p>`);
    const untouched = '<p class="a">Déjà typé\u202f: rien à faire — 1\u202f234</p><!-- l\'x : y -->';
    expect(typesetHtml(untouched)).toBe(untouched);
  });
});
