import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, resolveConfig } from '../../src/config/load.js';

describe('configuration', () => {
  it('ships the ALPES defaults: 10 communes in report order, 2 QPV, seniors at 50, objective 50 %', () => {
    const config = resolveConfig();
    expect(config.territory.communes.map((c) => c.name)).toEqual([
      'La Madeleine', 'Lambersart', 'Lompret', 'Marcq-en-Barœul', 'Marquette-lez-Lille', 'Pérenchies',
      'Quesnoy-sur-Deûle', 'Saint-André-lez-Lille', 'Verlinghem', 'Wambrechies',
    ]);
    expect(config.territory.qpv.map((q) => q.name)).toEqual(['La Briqueterie', 'Pacot-Vandracq']);
    expect(config.plie.seniorAge).toBe(50);
    expect(config.plie.positiveExitObjective).toBe(0.5);
  });

  it('merges a file over the defaults, objects key by key', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'alpes-config-')), 'alpes.json');
    writeFileSync(file, JSON.stringify({ plie: { seniorAge: 55 }, outputDir: 'rapports' }));
    const config = await loadConfig(file);
    expect(config.plie.seniorAge).toBe(55);
    expect(config.plie.positiveExitObjective).toBe(0.5);
    expect(config.outputDir).toBe('rapports');
  });

  it('names the faulty setting, in French', () => {
    expect(() => resolveConfig({ plie: { positiveExitCategories: ['Emploi', 'CDI'] } }, 'alpes.json')).toThrow(
      'alpes.json: plie.exitCategories: la catégorie de sortie « CDI » doit figurer dans exitCategories',
    );
    expect(() => resolveConfig({ association: { colors: { primary: 'bleu' } } }, 'alpes.json')).toThrow(
      'alpes.json: association.colors.primary: couleur attendue au format #rrggbb',
    );
  });

  it('reports unreadable JSON and a missing file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'alpes-config-')), 'alpes.json');
    writeFileSync(file, '{ plie: ');
    await expect(loadConfig(file)).rejects.toMatchObject({ code: 'CONFIG_INVALID' });
    await expect(loadConfig('/nonexistent.json')).rejects.toMatchObject({ code: 'CONFIG_NOT_FOUND' });
  });
});

describe('configuration type errors', () => {
  it('are in French', () => {
    expect(() => resolveConfig({ plie: { seniorAge: 'cinquante' } }, 'alpes.json')).toThrow(/alpes\.json: plie\.seniorAge: Entrée invalide : nombre attendu/);
  });
});

describe('configuration typos', () => {
  it('rejects unknown settings rather than ignoring them', () => {
    expect(() => resolveConfig({ plie: { senior_age: 55 } }, 'alpes.json')).toThrow(/alpes\.json: plie: .*senior_age/);
  });

  it('rejects aliases for an unknown file or column', () => {
    expect(() => resolveConfig({ columnAliases: { 'participant.csv': { date_sortie: ['Fin'] } } }, 'alpes.json')).toThrow(
      /alpes\.json: columnAliases\.participant\.csv: fichier inconnu \(fichiers : participants\.csv, etapes\.csv, jeunes\.csv/,
    );
    expect(() => resolveConfig({ columnAliases: { 'etapes.csv': { date_fni: ['x'] } } }, 'alpes.json')).toThrow(/columnAliases\.etapes\.csv\.date_fni: colonne inconnue/);
  });
});
