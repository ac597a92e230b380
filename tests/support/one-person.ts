import type { Dataset } from '../../src/dataset/load.js';
import { participant, step } from './build.js';
import { rowsOf } from './rows.js';
import { aid, event, jeune, mlData, proposal, scheme, situation } from './ml.js';

/**
 * A 2023 dataset of one PLIE participant with one step and, with `aidAmount`, one jeune with one
 * event, proposal, situation, scheme and aid of that amount (Allocation CEJ/GJ): counts of 0 and 1.
 */
export function onePersonDataset(aidAmount?: number): Dataset {
  const p = participant({ date_entree: '2023-02-01', rsa: true });
  const j = jeune({ date_premier_accueil: '2023-02-01' });
  return {
    year: 2023,
    current: {
      year: 2023,
      source: { demonstration: false },
      plie: { participants: rowsOf('participants.csv', [p]), steps: rowsOf('etapes.csv', [step(p)]) },
      ...(aidAmount !== undefined && {
        ml: mlData({
          jeunes: [j],
          evenements: [event(j)],
          propositions: [proposal(j)],
          situations: [situation(j)],
          dispositifs: [scheme(j)],
          aides: [aid(j, { fonds: 'Allocation CEJ/GJ', montant: aidAmount })],
        }),
      }),
    },
    history: [],
    warnings: [],
    historyWarnings: [],
    notices: [],
  };
}
