import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { loadDataset } from '../../src/dataset/load.js';
import { sectionIds } from '../../src/sections/index.js';
import { csv, participantRow, PARTICIPANTS_HEADER, stepRow, STEPS_HEADER, writeYear } from '../support/files.js';

const config = resolveConfig();

/** The warnings and notices of a participants file whose rows live in these communes, and each row's commune. */
async function load(communes: string[]) {
  const rows = communes.map((commune, i) => participantRow(`P${i + 1}`, { commune }));
  const dir = await writeYear({ participants: csv(PARTICIPANTS_HEADER, ...rows), etapes: csv(STEPS_HEADER, stepRow('P1')) });
  const dataset = await loadDataset({ sectionIds, year: 2023, dataDir: dir, config });
  return {
    warnings: dataset.warnings.filter((w) => w.column === 'commune').map((w) => w.message),
    notices: dataset.notices.filter((n) => n.includes('résidant')),
    insee: dataset.current.plie!.participants.map((p) => p.commune.insee),
  };
}

describe('commune cells written as codes', () => {
  it('reads the postcode of one commune of the territory as it, without a word', async () => {
    const { warnings, insee } = await load(['59700', '59130', 'Lambersart']);
    expect(insee).toEqual(['59378', '59328', '59328']);
    expect(warnings).toEqual([]);
  });

  it('warns of a postcode two communes of the territory share, naming the rows, and counts them outside', async () => {
    const { warnings, insee } = await load(['59840', 'Lompret', '59840']);
    expect(insee).toEqual([undefined, '59356', undefined]);
    expect(warnings).toEqual([
      '« 59840 » (lignes 2, 4) est le code postal de plusieurs communes (Lompret, Pérenchies, Prémesques) : compté hors territoire plutôt que deviné ; ' +
        'écrivez la commune par son nom ou son code INSEE (ou, si ce code désigne toujours la même commune dans vos exports, ajoutez-le à ses alias, territory.communes)',
    ]);
  });

  it('warns of a neighbour’s INSEE code that is a postcode of the territory too', async () => {
    const { warnings } = await load(['59350']);
    expect(warnings).toEqual([
      expect.stringMatching(/^« 59350 » \(ligne 2\) est le code INSEE de Lille et le code postal de Saint-André-lez-Lille : compté hors territoire/),
    ]);
  });

  it('tells a commune elsewhere by its code as a fact, with its name, and warns of a code of no commune', async () => {
    const { warnings, notices } = await load(['59000', '99999']);
    expect(notices).toEqual([expect.stringMatching(/1 participant résidant hors du territoire \(59000 \(Lille\)\)/)]);
    expect(warnings).toEqual([
      '1 code à cinq chiffres qui n’est ni le code INSEE ni le code postal d’aucune commune, compté hors territoire : « 99999 » (ligne 3) ; ' +
        'la commune s’écrit par son nom ou son code INSEE',
    ]);
  });
});
