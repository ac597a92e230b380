import { defineExport, exportColumns, type Located, type RowOf } from '../export.js';
import { code, date, identifier, optionalCode, optionalEndDate } from '../fields.js';

export const SCHEMES = [
  'CEJ',
  'Garantie Jeunes',
  'PACEA',
  'Parrainage',
  'PPAE',
  'Obligation de formation',
  'Justice',
  'Suivi renforcé TH',
  'Coaching',
] as const;
export type Scheme = (typeof SCHEMES)[number];

const columns = {
  identifiant_jeune: { schema: identifier(), aliases: ['id_jeune', 'numero_jeune', 'n_jeune', 'numero_dossier', 'n_dossier', 'identifiant'], required: true },
  dispositif: {
    schema: code(SCHEMES, {
      "Contrat d'engagement jeune": 'CEJ',
      GJ: 'Garantie Jeunes',
      'Sous main de justice': 'Justice',
      TH: 'Suivi renforcé TH',
      OF: 'Obligation de formation',
    }),
    aliases: ['mesure'],
    required: true,
  },
  date_entree: { schema: date(), aliases: ['entree'], required: true, happened: true },
  date_sortie: { schema: optionalEndDate(), aliases: ['sortie'], headerRequired: true },
  situation_31_12: { schema: optionalCode(['En règle', 'Non en règle'] as const), aliases: ['statut_fin_annee'] },
};

/** Support schemes the young people are in (`dispositifs.csv`). */
export const dispositifsExport = defineExport({ file: 'dispositifs.csv', offers: { ml: 'dispositifs' }, table: true }, () =>
  exportColumns(columns, [
    {
      needs: ['date_entree', 'date_sortie'],
      check: (d) =>
        d.date_sortie !== undefined && d.date_sortie < d.date_entree
          ? { column: 'date_sortie', message: 'la sortie du dispositif précède son entrée' }
          : undefined,
    },
  ]),
);

export type Dispositif = Located<RowOf<typeof columns>>;
