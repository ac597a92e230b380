import { describe, expect, it } from 'vitest';
import { mlDispositifsSection } from '../../src/sections/ml-dispositifs.js';
import { config } from '../support/build.js';
import { event, jeune, mlYear, scheme, situation } from '../support/ml.js';
import { runSection } from '../support/section.js';
import { traceMismatches } from '../support/trace-check.js';

describe('ml-dispositifs', () => {
  const a = jeune({ qpv: true });
  const b = jeune({ date_premier_accueil: '2023-01-05' });
  const c = jeune();
  const { model: m } = runSection(
    mlDispositifsSection,
    config,
    mlYear(2023, {
      jeunes: [a, b, c],
      dispositifs: [
        scheme(a, { dispositif: 'CEJ', date_entree: '2023-03-01', date_sortie: '2023-09-30' }),
        scheme(b, { dispositif: 'Garantie Jeunes', date_entree: '2022-06-01', date_sortie: '2023-05-31' }),
        scheme(b, { dispositif: 'PPAE', date_entree: '2023-02-01' }),
        scheme(c, { dispositif: 'Parrainage', date_entree: '2023-04-01' }),
        scheme(c, { dispositif: 'PACEA', date_entree: '2023-01-10' }),
        scheme(c, { dispositif: 'Justice', date_entree: '2021-01-10' }),
      ],
      evenements: [
        event(a, { date: '2023-02-15' }), // before their CEJ: not a CEJ contact
        event(a, { date: '2023-03-01' }),
        event(a, { date: '2023-09-30', type: 'Atelier', theme: 'CEJ', atelier: 'C1' }),
        event(b, { date: '2023-05-31' }),
      ],
      situations: [
        situation(a, { type: 'Immersion (PMSMP)', date_debut: '2023-04-01', date_fin: '2023-04-14' }),
        situation(b, { type: 'Formation', date_debut: '2023-01-01', date_fin: '2023-03-01' }),
        situation(b, { type: 'Emploi', date_debut: '2023-07-01' }), // after their GJ: not a measure
        situation(c, { type: 'Emploi', date_debut: '2023-05-01' }),
      ],
    }),
  );

  it('counts CEJ and GJ together, their entries in the year and those in QPV', () => {
    expect(m.cej).toMatchObject({ young: 2, entries: 1, entriesQpv: 1 });
  });

  it('counts contacts and measures within the CEJ/GJ periods only, and the share with a solution', () => {
    expect(m.cej.contacts).toBe(3);
    expect(m.cej.contactsPerYoung).toBe(1.5);
    expect(m.cej.measures).toEqual({ situations: 2, young: 2 });
    expect(m.cej.solution).toEqual({ count: 1, share: 0.5 }); // a's only measure is an immersion
    expect(m.cej.workshops).toEqual({ sessions: 1, perMonth: 1 / 12 });
  });

  it('counts PACEA, Parrainage with its solutions, PPAE with the newly registered, and justice', () => {
    expect(m.pacea).toBe(1);
    expect(m.parrainage).toEqual({ entries: 1, solution: { count: 1, share: 1 } });
    expect(m.ppae).toEqual({ entries: 1, newlyRegistered: 1 });
    expect(m.justice).toBe(1);
  });

  it('traces every figure, the monthly workshops included, to the rows that recompute it', () => {
    const [d, e, f] = [jeune({ qpv: true }), jeune({ date_premier_accueil: '2023-02-01' }), jeune()];
    const unknown = jeune(); // in the exports but not in jeunes.csv
    const data = mlYear(2023, {
      jeunes: [d, e, f],
      dispositifs: [
        scheme(d, { dispositif: 'CEJ', date_entree: '2023-01-15', date_sortie: '2023-06-30' }),
        scheme(d, { dispositif: 'Garantie Jeunes', date_entree: '2023-09-01' }), // CEJ and GJ: d counts once
        scheme(e, { dispositif: 'CEJ', date_entree: '2022-03-01', date_sortie: '2023-02-28' }),
        scheme(unknown, { dispositif: 'CEJ', date_entree: '2023-05-01' }),
        scheme(e, { dispositif: 'Parrainage', date_entree: '2023-03-01' }),
        scheme(f, { dispositif: 'Parrainage', date_entree: '2023-04-01' }),
        scheme(e, { dispositif: 'PPAE', date_entree: '2023-02-01' }),
        scheme(f, { dispositif: 'PPAE', date_entree: '2023-03-01' }),
        scheme(unknown, { dispositif: 'PPAE' }),
        scheme(f, { dispositif: 'PACEA', date_entree: '2023-01-10' }),
        scheme(f, { dispositif: 'PACEA', date_entree: '2023-07-10' }),
        scheme(f, { dispositif: 'Justice', date_entree: '2021-01-10' }),
        scheme(e, { dispositif: 'Justice', date_entree: '2020-01-10', date_sortie: '2022-12-31' }),
      ],
      evenements: [
        event(d, { date: '2023-07-15' }), // between their CEJ and their GJ: not a contact
        event(d, { date: '2023-02-01' }),
        event(d, { date: '2023-10-01' }),
        event(e, { date: '2023-01-05' }),
        event(unknown, { date: '2023-06-01' }),
        event(d, { type: 'Atelier', theme: 'CEJ', atelier: 'C1' }),
        event(e, { type: 'Atelier', theme: 'CEJ', atelier: 'C1' }),
        event(d, { type: 'Atelier', theme: 'CEJ', atelier: 'C2' }),
        event(f, { type: 'Atelier', theme: 'Culture', atelier: 'K1' }),
        event(e, { type: 'Atelier', theme: 'Culture' }),
      ],
      situations: [
        situation(d, { type: 'Immersion (PMSMP)', date_debut: '2023-02-01', date_fin: '2023-02-14' }),
        situation(d, { type: 'Emploi', date_debut: '2023-10-01' }),
        situation(e, { type: 'Formation', date_debut: '2023-01-01', date_fin: '2023-02-01' }),
        situation(unknown, { type: 'Emploi', date_debut: '2023-06-01' }),
        situation(e, { type: 'Emploi', date_debut: '2023-05-01' }), // e's Parrainage solution
      ],
    });
    const { model: m, indicators: list, evidence } = runSection(mlDispositifsSection, config, data);
    expect(m.cej).toMatchObject({ young: 3, entries: 1, entriesQpv: 1, contacts: 6, measures: { situations: 4, young: 3 }, solution: { count: 3 } });
    expect(m.ppae).toEqual({ entries: 2, newlyRegistered: 1 });
    const indicators = Object.fromEntries(list.map(({ key, ...rest }) => [key, rest]));
    // Ateliers CEJ / 12 too: its evidence divides the sessions' count by 12.
    expect(traceMismatches(indicators, evidence)).toEqual([]);
  });
});
