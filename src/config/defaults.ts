import type { ConfigInput } from './schema.js';

/** ALPES's own settings; a `--config` file overrides any part of them. */
export const defaultConfig: ConfigInput = {
  association: {
    name: 'ALPES',
    fullName: "Alliance pour l'emploi et la solidarité",
    territoryName: 'Métropole Nord-Ouest',
    website: 'www.emploi-mno.fr',
    colors: { primary: '#1d3f72', mde: '#e07b00', plie: '#7a3e9d', ml: '#00897b', text: '#222222' },
  },
  territory: {
    communes: [
      { name: 'La Madeleine', insee: '59368' },
      { name: 'Lambersart', insee: '59328' },
      { name: 'Lompret', insee: '59356' },
      { name: 'Marcq-en-Barœul', insee: '59378', aliases: ['Marcq'] },
      { name: 'Marquette-lez-Lille', insee: '59386', aliases: ['Marquette'] },
      { name: 'Pérenchies', insee: '59457' },
      { name: 'Quesnoy-sur-Deûle', insee: '59482', aliases: ['Quesnoy'] },
      { name: 'Saint-André-lez-Lille', insee: '59527', aliases: ['St-André-lez-Lille', 'Saint-André', 'St-André'] },
      { name: 'Verlinghem', insee: '59611' },
      { name: 'Wambrechies', insee: '59636' },
    ],
    // ALPES's neighbourhoods of the 2015 list, in force until the reform of 1 January 2024; the 2024 list is not
    // declared here (a report of 2024 asks for it), and a configuration setting `qpv` or `qpvLists` replaces it.
    qpv: [],
    qpvLists: [
      {
        from: '2015-01-01',
        until: '2023-12-31',
        neighbourhoods: [
          { name: 'La Briqueterie', insee: '59378' },
          { name: 'Pacot-Vandracq', insee: '59328' },
        ],
      },
    ],
  },
  plie: {
    seniorAge: 50,
    positiveExitObjective: 0.5,
    exitCategories: ['Emploi', 'Formation', "Création d'entreprise", 'Légitime', 'Réorientation', 'Rupture'],
    positiveExitCategories: ['Emploi', 'Formation', "Création d'entreprise"],
    legitimateExitCategory: 'Légitime',
    legitimateExitReasons: ['Santé', 'Emploi probable / sans justificatif', 'Déménagement', 'Retraite', 'Décès', 'Congé maternité / parental'],
    // The PLIE network's stricter rule: only administrative exits are neutralised.
    strictLegitimateExitReasons: ['Déménagement', 'Retraite', 'Décès'],
    // The PLIE network's guide: a job of 6 months or more (interim added up), a business creation, a qualifying training.
    positiveExitEvidence: {
      employmentCategories: ['Emploi', "Création d'entreprise"],
      trainingCategories: ['Formation'],
      employmentStepKinds: ['Emploi'],
      trainingStepKinds: ['Formation'],
      permanentContracts: ['CDI'],
      fixedTermContracts: ['CDD', 'Contrat aidé'],
      interimContracts: ['Intérim'],
      businessCreations: ["Création d'entreprise"],
      qualifyingTrainings: ['Qualifiante'],
      minMonths: 6,
      interimLookbackMonths: 12,
      aroundExitDays: 31,
    },
    socialSupportSubtype: 'Accompagnement social',
    drivingLicenceSubtype: 'Permis de conduire',
    topSectors: 5,
    // An adult job seeker; younger or older, a year was mistyped.
    entryAges: { min: 16, max: 75 },
  },
  // 16 to 25 by law, a little less for a minor met early, a little more for a disabled young person.
  ml: {
    firstReceptionAges: { min: 14, max: 30 },
    // The national definition of durable employment; a CDD without end date counts once it has lasted 6 months at 31/12.
    durableEmployment: { permanentSubtypes: ['CDI'], fixedTermSubtypes: ['CDD'], minMonths: 6, withoutEndDate: 'lastedAtYearEnd' },
    // ALPES counts the jeunes met in an individual interview; the regional network also counts a workshop or an information session.
    youngAccompanied: { printed: 'interviews', collectiveEventTypes: ['Atelier', 'Information collective'] },
    ageBands: [16, 18, 22, 26],
    // ALPES's health partners, by the intervenant of their events and as the labels name them; null leaves a partner's figure out.
    health: {
      cpam: { intervenant: 'CPAM', name: 'la CPAM' },
      checkUp: { intervenant: 'Institut Pasteur', name: 'l’Institut Pasteur' },
      psychologist: { intervenant: 'Psychologue', name: 'la psychologue' },
      // The health actions (ALPES's convention with the ARS): workshops of theme « Santé ».
      workshops: { eventTypes: ['Atelier'], themes: ['Santé'] },
    },
  },
  offers: { plie: true, ml: true, mde: true },
  // Every section printed; `{ "<section id>": false }` leaves one out.
  sections: {},
  methodology: { pdf: true },
  // A page per commune of the territory in the report; under 5 people a count shows as « < 5 ».
  communes: { pdf: true, smallCount: 5 },
  print: { timeoutSeconds: 120 },
  reading: { threads: 'auto' },
  outputDir: 'out',
  encoding: 'auto',
  columnAliases: {},
};
