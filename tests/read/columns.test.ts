import { describe, expect, it } from 'vitest';
import { absentColumnIssue, mapHeaders, namesRequiredColumns } from '../../src/read/columns.js';
import type { ColumnSpec } from '../../src/schemas/export.js';
import { resolveConfig } from '../../src/config/load.js';
import { allExports } from '../../src/schemas/all-exports.js';
import { foldHeader, normalizeKey } from '../../src/text/fold.js';

const specs: ColumnSpec[] = [
  { name: 'identifiant', aliases: ['id_participant'], required: true },
  { name: 'commune', aliases: ['commune_residence', 'ville'], required: false },
  { name: 'categorie_sortie', aliases: ['type_sortie'], required: false },
  { name: 'date_sortie', aliases: ['sortie'], required: false },
  { name: 'date_debut', aliases: ['date'], required: false },
  { name: 'date_fin', aliases: ['date'], required: false },
];
const errors = (headers: string[], extra?: Record<string, string[]>) =>
  mapHeaders('f.csv', headers, specs, extra)
    .issues.filter((i) => i.severity === 'error')
    .map((i) => (i.column === undefined ? i.message : `${i.column}: ${i.message}`));

describe('foldHeader', () => {
  it('folds case, accents, punctuation and French stop words, where normalizeKey keeps the words', () => {
    expect(foldHeader('Type de sortie')).toBe('type_sortie');
    expect(foldHeader('Commune de résidence')).toBe('commune_residence');
    expect(foldHeader("DATE D'ENTRÉE DANS LE PLIE")).toBe('date_entree_plie');
    expect(foldHeader('Date à laquelle')).toBe('date_laquelle');
    expect(foldHeader('Nombre d’heures par semaine')).toBe('nombre_heures_semaine');
    // A header made of stop words alone is kept as it is.
    expect(foldHeader('Le')).toBe('le');
    // A note in brackets is dropped, unless nothing else is left.
    expect(foldHeader('Sexe (H/F)')).toBe('sexe');
    expect(foldHeader('Quartier prioritaire (QPV)')).toBe('quartier_prioritaire');
    expect(foldHeader('Montant [€]')).toBe('montant');
    expect(foldHeader('Né(e) le')).toBe(foldHeader('ne_le'));
    expect(foldHeader('(vide)')).toBe('vide');
    expect(normalizeKey('Commune de résidence')).toBe('commune_de_residence');
  });

  it('leaves no two columns of one export with the same folded name or alias', () => {
    for (const definition of allExports(resolveConfig())) {
      const owner = new Map<string, string>();
      for (const spec of definition.specs) {
        for (const name of [spec.name, ...spec.aliases]) {
          const previous = owner.get(foldHeader(name));
          expect(previous === undefined || previous === spec.name, `${definition.file}: ${name} (${spec.name}, ${previous})`).toBe(true);
          owner.set(foldHeader(name), spec.name);
        }
      }
    }
  });
});

describe('mapHeaders', () => {
  it('finds columns through their aliases once stop words are folded', () => {
    const { map, issues } = mapHeaders(
      'f.csv',
      ['Identifiant', 'Commune de résidence', 'Type de sortie', 'Date de sortie', 'Date de début', 'Date de fin'],
      specs,
    );
    expect(issues).toEqual([]);
    expect(map.indexOf).toEqual({ identifiant: 0, commune: 1, categorie_sortie: 2, date_sortie: 3, date_debut: 4, date_fin: 5 });
    expect(map.headerOf.categorie_sortie).toBe('Type de sortie');
  });

  it('reports two headers that could both be one column, rather than take the first', () => {
    expect(errors(['identifiant', 'Commune de résidence', 'Ville'])).toEqual([
      'deux en-têtes peuvent être la colonne « commune » : « Commune de résidence » (colonne 2) et « Ville » (colonne 3) ; gardez-en un, ou nommez le bon dans columnAliases (configuration)',
    ]);
  });

  it('lets a column’s own name written exactly, then the configuration’s aliases, then its own name folded win over built-in aliases', () => {
    expect(errors(['identifiant', 'commune', 'Ville'])).toEqual([]);
    expect(mapHeaders('f.csv', ['identifiant', 'Commune', 'Ville'], specs)).toMatchObject({
      issues: [{ severity: 'warning' }],
      map: { indexOf: { commune: 1 } },
    });
    expect(
      mapHeaders('f.csv', ['identifiant', 'Code INSEE', 'Commune'], [...specs.slice(0, 1), { name: 'commune', aliases: ['code_insee'], required: false }]).map
        .indexOf.commune,
    ).toBe(2);
    expect(mapHeaders('f.csv', ['Ville', 'Commune'], specs, { commune: ['Ville'] }).map.indexOf.commune).toBe(0);
    const { map, issues } = mapHeaders('f.csv', ['identifiant', 'Commune de résidence', 'Ville'], specs, { commune: ['Ville'] });
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(map.indexOf.commune).toBe(2);
  });

  it('proposes a header holding all of a column’s words, after a header near by spelling', () => {
    const entry: ColumnSpec[] = [{ name: 'date_entree', aliases: [], required: true }];
    expect(mapHeaders('f.csv', ['Date d’entrée du parcours'], entry).issues[0]!.message).toContain('(en-tête proche : « Date d’entrée du parcours »)');
    expect(mapHeaders('f.csv', ['Date d’entrée du parcours', 'Date d’entée'], entry).issues[0]!.message).toContain('(en-tête proche : « Date d’entée »)');
    // Some of the words are not enough.
    expect(mapHeaders('f.csv', ['Date de naissance du jeune'], entry).issues[0]!.message).not.toContain('en-tête proche');
  });

  it('reports one header that could be two columns', () => {
    expect(errors(['identifiant', 'Date'])).toEqual([
      'Date: cet en-tête peut être la colonne « date_debut » ou « date_fin » ; renommez-le, ou nommez-le dans columnAliases (configuration)',
    ]);
  });

  it('reports a duplicated header only when a column reads it', () => {
    expect(errors(['identifiant', 'Commentaire', 'commentaire'])).toEqual([]);
    expect(errors(['identifiant', 'Date de sortie', 'date sortie'])).toEqual(['Date de sortie: en-tête en double (colonnes 2 et 3)']);
  });

  it('says when a header line is not cut by any known separator', () => {
    expect(errors(['identifiant|commune|date_sortie'])).toEqual([
      'une seule colonne lue dans la ligne d’en-têtes (« identifiant|commune|date_sortie ») : aucun séparateur reconnu (essayés : point-virgule, virgule, tabulation) ; ce fichier semble séparé par « | » : enregistrez-le en CSV séparé par des points-virgules',
    ]);
    expect(errors(['identifiant commune date_sortie'])[0]).toMatch(
      /^une seule colonne lue .* aucun séparateur reconnu \(essayés : point-virgule, virgule, tabulation\) : /,
    );
  });

  it('names the nearest header of an absent optional column, in the warning and for rows that need it', () => {
    const { map, issues } = mapHeaders('f.csv', ['identifiant', 'Catégorie de sortei', 'Date de sortie', 'Nom'], specs);
    expect(issues).toEqual([
      {
        severity: 'warning',
        file: 'f.csv',
        line: 1,
        message:
          'colonnes absentes, lues vides : commune, categorie_sortie (en-tête proche : « Catégorie de sortei »), date_debut, date_fin ; en-têtes non reconnus : Catégorie de sortei, Nom (voir columnAliases dans la configuration)',
      },
    ]);
    expect(absentColumnIssue(map, 'categorie_sortie', 3, 'participant sorti sans catégorie de sortie')).toEqual({
      severity: 'error',
      file: 'f.csv',
      line: 1,
      message:
        'colonne « categorie_sortie » absente, alors que des lignes la demandent, dès la ligne 3 (participant sorti sans catégorie de sortie) ; en-tête proche : « Catégorie de sortei »',
    });
  });

  it('tells a header row from a title line above it', () => {
    expect(namesRequiredColumns(['Export des participants du 12/01/2024'], specs)).toBe(false);
    expect(namesRequiredColumns(['Id participant', 'Nom'], specs)).toBe(true);
  });
});

describe('RowValidator and an absent optional column', () => {
  it('says once, before the rows’ own errors, that rows need the column, instead of an error on each row', async () => {
    const { RowValidator } = await import('../../src/read/row-validator.js');
    const { participantsExport } = await import('../../src/schemas/participants.js');
    const definition = participantsExport(resolveConfig());
    const headers = ['identifiant', 'sexe', 'date_naissance', 'date_entree', 'date_sortie', 'categorie_sortie', 'Motif sortei', 'niveau_qualification'];
    const { map } = mapHeaders('p.csv', headers, definition.specs);
    const validator = new RowValidator(definition, map, []);
    validator.add(['P1', 'F', '01/01/1980', '01/02/2022', '', '', 'x', '3'], 2);
    validator.add(['P2', 'X', '01/01/1980', '01/02/2022', '15/06/2023', 'Légitime', 'Santé', '3'], 3);
    validator.add(['P3', 'H', '01/01/1980', '01/02/2022', '15/06/2023', 'Légitime', 'Santé', '3'], 4);
    expect(validator.issues.map((i) => `${i.line}: ${i.column ?? ''}: ${i.message}`)).toEqual([
      '1: : colonne « motif_sortie » absente, alors que des lignes la demandent, dès la ligne 3 (sortie légitime : motif «  » non reconnu (Santé, Emploi probable / sans justificatif, Déménagement, Retraite, Décès, Congé maternité / parental)) ; en-tête proche : « Motif sortei »',
      "3: sexe: « X » n'est pas une valeur admise (F, H)",
    ]);
  });

  it('says a header that must be present though its cells may be empty absent once, first, with the file’s headers and the nearest', async () => {
    const { participantsExport } = await import('../../src/schemas/participants.js');
    const definition = participantsExport(resolveConfig());
    const headers = ['identifiant', 'sexe', 'date_naissance', 'date_entree', 'Date de clôture', 'Issue du parcours', 'Raison', 'niveau_qualification'];
    const { issues } = mapHeaders('p.csv', headers, definition.specs);
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringMatching(
        /^colonne obligatoire « date_sortie » absente \(ses cellules peuvent être vides, pas son en-tête : des indicateurs en sont calculés\) ; en-têtes acceptés : date_sortie, date_de_sortie, sortie, date_sortie_plie, date_fin_parcours ; en-têtes du fichier : « identifiant », /,
      ),
      expect.stringMatching(/^colonne obligatoire « categorie_sortie » absente \(ses cellules peuvent être vides, pas son en-tête/),
    ]);
    expect(issues.every((i) => i.severity === 'error' && i.line === 1)).toBe(true);
    const near = mapHeaders(
      'p.csv',
      headers.map((h) => (h === 'Date de clôture' ? 'Date de sortei' : h)),
      definition.specs,
    ).issues[0]!.message;
    expect(near).toContain(
      'absente (ses cellules peuvent être vides, pas son en-tête : des indicateurs en sont calculés ; en-tête proche : « Date de sortei »)',
    );
  });
});
