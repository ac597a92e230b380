/**
 * The by-commune figures that the commune pages (fiches communales, src/render/communes.ts) print,
 * in their order: each declared by its section with `m.byCommune` and `history: true`.
 */
export const COMMUNE_KEYS = {
  mlYoung: 'ml.young.byCommune',
  mlNewRegistrations: 'ml.newRegistrations.byCommune',
  plieParticipants: 'plie.participants.byCommune',
  plieEntries: 'plie.entries.byCommune',
  plieExits: 'plie.exits.positiveByCommune',
  clausePeople: 'mde.clause.peopleByCommune',
  clauseHours: 'mde.clause.hoursByCommune',
  mobilityPeople: 'mde.mobility.peopleByCommune',
} as const;
