import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { duplicateKeys } from '../../src/json/duplicate-keys.js';
import { loadConfig, resolveConfig } from '../../src/config/load.js';

describe('configuration', () => {
  it('ships the ALPES defaults: 10 communes in report order, 2 QPV, seniors at 50, objective 50 %', () => {
    const config = resolveConfig();
    expect(config.territory.communes.map((c) => c.name)).toEqual([
      'La Madeleine',
      'Lambersart',
      'Lompret',
      'Marcq-en-Barœul',
      'Marquette-lez-Lille',
      'Pérenchies',
      'Quesnoy-sur-Deûle',
      'Saint-André-lez-Lille',
      'Verlinghem',
      'Wambrechies',
    ]);
    expect(config.territory.qpvLists[0]!.neighbourhoods.map((q) => q.name)).toEqual(['La Briqueterie', 'Pacot-Vandracq']);
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
  it('rejects unknown settings rather than ignoring them, at every level, with the nearest known key', () => {
    expect(() => resolveConfig({ plie: { senior_age: 55 } }, 'alpes.json')).toThrow(
      'alpes.json: plie.senior_age: paramètre inconnu (vouliez-vous dire « seniorAge » ?)',
    );
    expect(() => resolveConfig({ methodologie: { pdf: false } }, 'alpes.json')).toThrow(
      'alpes.json: methodologie: paramètre inconnu (vouliez-vous dire « methodology » ?)',
    );
    expect(() => resolveConfig({ printt: { timeoutSeconds: 60 } }, 'alpes.json')).toThrow(
      'alpes.json: printt: paramètre inconnu (vouliez-vous dire « print » ?)',
    );
    expect(() => resolveConfig({ territory: { communes: [{ name: 'Lompret', insee: '59356', alaises: ['L'] }], qpv: [] } }, 'alpes.json')).toThrow(
      'alpes.json: territory.communes[0].alaises: paramètre inconnu (vouliez-vous dire « aliases » ?)',
    );
  });

  it('lists the keys of the level when none is near', () => {
    expect(() => resolveConfig({ couleurs: {} }, 'alpes.json')).toThrow(
      /alpes\.json: couleurs: paramètre inconnu \(paramètres possibles ici : association, territory, plie, /,
    );
  });

  it('keeps a __proto__ key a key: refused as unknown, never a prototype', () => {
    expect(() => resolveConfig(JSON.parse('{ "__proto__": { "outputDir": "ailleurs" } }'), 'alpes.json')).toThrow('alpes.json: __proto__: paramètre inconnu');
    expect(() => resolveConfig(JSON.parse('{ "plie": { "__proto__": { "seniorAge": 60 } } }'), 'alpes.json')).toThrow(
      'alpes.json: plie.__proto__: paramètre inconnu',
    );
    expect(({} as Record<string, unknown>).outputDir).toBeUndefined();
  });

  it('rejects aliases for an unknown file or column', () => {
    expect(() => resolveConfig({ columnAliases: { 'participant.csv': { date_sortie: ['Fin'] } } }, 'alpes.json')).toThrow(
      'alpes.json: columnAliases.participant.csv: fichier inconnu (vouliez-vous dire « participants.csv » ?)',
    );
    expect(() => resolveConfig({ columnAliases: { 'inconnu.csv': {} } }, 'alpes.json')).toThrow(
      /columnAliases\.inconnu\.csv: fichier inconnu \(fichiers : participants\.csv, etapes\.csv, jeunes\.csv/,
    );
    expect(() => resolveConfig({ columnAliases: { 'etapes.csv': { date_fni: ['x'] } } }, 'alpes.json')).toThrow(
      /columnAliases\.etapes\.csv\.date_fni: colonne inconnue/,
    );
  });
});

describe('settings that would merge silently', () => {
  const territory = (communes: unknown[], qpv: unknown[] = []) => ({ territory: { communes, qpv } });

  it('refuses two communes of the same name once case and accents are folded, naming both', () => {
    expect(() =>
      resolveConfig(
        territory([
          { name: 'Pérenchies', insee: '59457' },
          { name: 'PERENCHIES', insee: '59458' },
        ]),
        'alpes.json',
      ),
    ).toThrow(
      'alpes.json: territory.communes[1].name: « PERENCHIES » désigne déjà la commune « Pérenchies » (territory.communes[0].name ; casse, accents et ponctuation ignorés) : leurs chiffres seraient confondus',
    );
  });

  it('refuses a name equal to another commune’s alias, and an alias shared by two communes', () => {
    expect(() =>
      resolveConfig(
        territory([
          { name: 'Marcq-en-Barœul', insee: '59378', aliases: ['Marcq'] },
          { name: 'Marcq', insee: '59379' },
        ]),
        'alpes.json',
      ),
    ).toThrow(
      'alpes.json: territory.communes[1].name: « Marcq » désigne déjà la commune « Marcq-en-Barœul » (territory.communes[0].aliases[0]) : leurs chiffres seraient confondus',
    );
    expect(() =>
      resolveConfig(
        territory([
          { name: 'A', insee: '59001', aliases: ['St-X'] },
          { name: 'B', insee: '59002', aliases: ['st x'] },
        ]),
        'alpes.json',
      ),
    ).toThrow(
      'alpes.json: territory.communes[1].aliases[0]: « st x » désigne déjà la commune « A » (territory.communes[0].aliases[0] ; casse, accents et ponctuation ignorés)',
    );
  });

  it('accepts an alias that repeats its own commune’s name', () => {
    expect(resolveConfig(territory([{ name: 'Lompret', insee: '59356', aliases: ['LOMPRET'] }])).territory.communes).toHaveLength(1);
  });

  it('refuses duplicated QPVs, a QPV outside the territory, duplicated exit categories and reasons', () => {
    expect(() =>
      resolveConfig(
        territory(
          [{ name: 'Lompret', insee: '59356' }],
          [
            { name: 'Bourg', insee: '59356' },
            { name: 'bourg', insee: '59356' },
          ],
        ),
        'alpes.json',
      ),
    ).toThrow('alpes.json: territory.qpv[1]: « bourg » désigne déjà le quartier « Bourg »');
    expect(() => resolveConfig(territory([{ name: 'Lompret', insee: '59356' }], [{ name: 'Bourg', insee: '59999' }]), 'alpes.json')).toThrow(
      'alpes.json: territory.qpv[0].insee: le quartier « Bourg » est dans la commune 59999, qui n’est pas une commune de territory.communes',
    );
    expect(() => resolveConfig({ plie: { exitCategories: ['Emploi', 'Formation', 'Légitime', 'legitime'] } }, 'alpes.json')).toThrow(
      'alpes.json: plie.exitCategories[3]: « legitime » désigne déjà la catégorie « Légitime »',
    );
    expect(() => resolveConfig({ plie: { legitimateExitReasons: ['Santé', 'SANTE'] } }, 'alpes.json')).toThrow(
      'alpes.json: plie.legitimateExitReasons[1]: « SANTE » désigne déjà le motif « Santé »',
    );
  });

  it('refuses a header given to two columns in columnAliases', () => {
    expect(() => resolveConfig({ columnAliases: { 'participants.csv': { identifiant: ['N° dossier'], commune: ['n° dossier'] } } }, 'alpes.json')).toThrow(
      'alpes.json: columnAliases.participants.csv.commune[0]: l’en-tête « n° dossier » désigne déjà la colonne identifiant',
    );
  });
});

describe('configuration text', () => {
  it('refuses control characters anywhere, with the setting’s path', () => {
    expect(() => resolveConfig({ association: { name: 'ALPES\r' } }, 'alpes.json')).toThrow(
      'alpes.json: association.name: caractère de contrôle invisible <U+000D> (retour chariot) en position 6 : retirez-le',
    );
    expect(() => resolveConfig({ territory: { communes: [{ name: 'Lompret', insee: '59356', aliases: ['Lom\u0000pret'] }], qpv: [] } }, 'alpes.json')).toThrow(
      'alpes.json: territory.communes[0].aliases[0]: caractère de contrôle invisible <U+0000> (caractère nul)',
    );
    expect(() => resolveConfig({ association: { website: 'www.\u202eexemple.fr' } }, 'alpes.json')).toThrow(
      'alpes.json: association.website: caractère de contrôle invisible <U+202E> (forçage droite à gauche)',
    );
  });

  it('trims texts and refuses blank ones and names with no letter', () => {
    expect(resolveConfig({ association: { name: '  ALPES ' } }).association.name).toBe('ALPES');
    expect(() => resolveConfig({ association: { name: '   ' } }, 'alpes.json')).toThrow('alpes.json: association.name: texte vide');
    expect(() => resolveConfig({ plie: { legitimateExitReasons: ['Santé', '--'] } }, 'alpes.json')).toThrow(
      'alpes.json: plie.legitimateExitReasons[1]: nom sans lettre ni chiffre',
    );
  });

  it('says a proportion is expected for the objective', () => {
    expect(() => resolveConfig({ plie: { positiveExitObjective: 50 } }, 'alpes.json')).toThrow(
      'alpes.json: plie.positiveExitObjective: une proportion entre 0 et 1 est attendue (0,5 pour 50 %)',
    );
  });
});

describe('the configuration file', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'alpes-config-'));

  it('must be a JSON object', () => {
    expect(() => resolveConfig([{ plie: {} }], 'alpes.json')).toThrow('alpes.json: un objet JSON { … } est attendu, le fichier contient une liste [ … ]');
    expect(() => resolveConfig(null, 'alpes.json')).toThrow('le fichier contient null');
  });

  it('is refused empty, not UTF-8, or when it is a folder', async () => {
    const folder = dir();
    writeFileSync(join(folder, 'vide.json'), ' \n');
    await expect(loadConfig(join(folder, 'vide.json'))).rejects.toThrow('vide.json : le fichier de configuration est vide (au minimum : {})');
    writeFileSync(join(folder, 'latin1.json'), Buffer.from('{\n "association": { "name": "Pérenchies" } }', 'latin1'));
    await expect(loadConfig(join(folder, 'latin1.json'))).rejects.toThrow('latin1.json : ligne 2 : le fichier n’est pas un texte UTF-8 valide');
    await expect(loadConfig(folder)).rejects.toThrow(`Fichier de configuration illisible : ${folder} : un dossier se trouve à la place du fichier attendu`);
  });
});

describe('the encoding', () => {
  it('is read case-insensitively, with its usual synonyms, Latin-1 as Windows-1252', () => {
    const cases = {
      'UTF-8': 'utf-8',
      utf8: 'utf-8',
      ' Utf_8 ': 'utf-8',
      latin1: 'windows-1252',
      'ISO-8859-1': 'windows-1252',
      cp1252: 'windows-1252',
      windows1252: 'windows-1252',
      'Windows-1252': 'windows-1252',
      AUTO: 'auto',
    };
    for (const [given, meant] of Object.entries(cases)) expect(resolveConfig({ encoding: given }).encoding, given).toBe(meant);
  });
});

describe('keys starting with _ or $', () => {
  it('are comments, ignored at every level; __proto__ is not one', () => {
    const config = resolveConfig({
      $schema: 'x',
      _comment: 'y',
      plie: { _note: 'z', seniorAge: 50 },
      columnAliases: { _voir: 'w', 'participants.csv': { _c: 'v' } },
    });
    expect(config.plie.seniorAge).toBe(50);
    expect(config.columnAliases).toEqual({ 'participants.csv': {} });
    expect(JSON.stringify(config)).not.toMatch(/_note|_comment|\$schema|_voir/);
    expect(() => resolveConfig(JSON.parse('{ "__proto__": { "outputDir": "x" } }'), 'alpes.json')).toThrow('alpes.json: __proto__: paramètre inconnu');
  });
});

describe('a value outside a closed list', () => {
  it('is named with the nearest admitted value', () => {
    expect(() => resolveConfig({ encoding: 'utf-9' }, 'alpes.json')).toThrow(
      'alpes.json: encoding: valeur « utf-9 » non admise (vouliez-vous dire « utf-8 » ?) (valeurs : auto, utf-8, windows-1252)',
    );
    expect(() => resolveConfig({ reading: { threads: 'tous' } }, 'alpes.json')).toThrow(
      'alpes.json: reading.threads: "auto" ou un nombre entier de 1 à 16 attendu',
    );
  });
});

describe('a key written twice in one object', () => {
  it('is found with its line, in any object, and only within the same object', () => {
    expect(duplicateKeys('{\n  "plie": { "seniorAge": 55 },\n  "outputDir": "x",\n  "plie": { "topSectors": 3 }\n}')).toEqual([
      { key: 'plie', line: 4, first: 2 },
    ]);
    expect(duplicateKeys('{ "territory": { "communes": [ { "name": "A", "name": "B" } ] } }')).toEqual([{ key: 'name', line: 1, first: 1 }]);
    expect(duplicateKeys('{ "a": { "x": 1 }, "b": { "x": 1 }, "c": [ { "x": "\\"x\\":" }, { "x": 2 } ] }')).toEqual([]);
    expect(duplicateKeys('{ "a" : 1,\n  "a"\n : 2 }')).toEqual([{ key: 'a', line: 2, first: 1 }]);
  });

  it('is refused in a configuration file rather than losing the first block', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'alpes-config-')), 'alpes.json');
    writeFileSync(file, '{\n  "plie": { "seniorAge": 55 },\n  "plie": { "topSectors": 3 }\n}');
    await expect(loadConfig(file)).rejects.toThrow(
      'alpes.json : ligne 3 : « plie » est écrit deux fois dans le même objet (seule la dernière valeur serait lue : réunissez-les)',
    );
  });
});

describe('settings that contradict each other', () => {
  it('refuses the legitimate category among the positive ones, no offer at all, and names both communes of an INSEE code', () => {
    expect(() => resolveConfig({ plie: { positiveExitCategories: ['Emploi', 'Légitime'] } }, 'alpes.json')).toThrow(
      'alpes.json: plie.positiveExitCategories: la catégorie des sorties légitimes « Légitime » ne peut pas compter aussi comme sortie positive',
    );
    expect(() => resolveConfig({ offers: { plie: false, ml: false, mde: false } }, 'alpes.json')).toThrow('alpes.json: offers: aucune offre active');
    expect(() =>
      resolveConfig(
        {
          territory: {
            communes: [
              { name: 'A', insee: '59001' },
              { name: 'B', insee: '59001' },
            ],
            qpv: [],
          },
        },
        'alpes.json',
      ),
    ).toThrow('alpes.json: territory.communes[1].insee: code INSEE 59001 en double : déjà celui de « A » (territory.communes[0])');
  });
});
