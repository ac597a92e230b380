/**
 * Proposals of one year: job offers, trainings, health or housing referrals… Themes are exact
 * quotas; international mobility is proposed to a set number of jeunes, among them those who left
 * abroad that year.
 */
import { endOfYear, startOfYear } from '../dates.js';
import { quotaList, splitByShares, type Rng } from '../random.js';
import { weightedPicker } from './events.js';
import type { Jeune, Proposal } from './model.js';
import { workingDay } from './periods.js';
import { OTHER_PROPOSAL_THEMES, type ProposalsPlan } from './plan.js';

const DETAILS: Record<string, readonly string[]> = {
  Emploi: ["Offre d'emploi", 'Mise en relation employeur', 'Candidature spontanée accompagnée', 'Job dating', 'Offre intérim'],
  Formation: ['Formation qualifiante', 'Formation pré-qualifiante', 'Remise à niveau', 'Permis B', 'Retour en formation initiale'],
  'Projet professionnel': ['Immersion en entreprise', 'Bilan de compétences', 'Enquête métier'],
  'Accès aux droits': ['Complémentaire santé solidaire', 'Ouverture de droits CAF', 'Carte Vitale'],
  Mobilité: ['Aide au permis', 'Abonnement transports', 'Location de scooter'],
  Logement: ['Foyer de jeunes travailleurs', 'Aide Loca-Pass', 'Demande de logement social'],
  Santé: ['Bilan de santé', 'Rendez-vous psychologue', 'Consultation CPAM'],
  'Loisirs, sport, culture': ['Pass Culture', 'Sortie culturelle', 'Licence sportive'],
  Citoyenneté: ['Service civique', 'Bénévolat', 'Journée défense et citoyenneté'],
  'Mobilité internationale': ['Stage Erasmus+', 'Service civique international', 'Réunion Erasmus+'],
};

export function buildProposals(
  rng: Rng,
  year: number,
  plan: ProposalsPlan,
  contacted: readonly Jeune[],
  accompanied: ReadonlySet<Jeune>,
  leftAbroad: readonly Jeune[],
): Proposal[] {
  const proposals: Proposal[] = [];
  const propose = (jeune: Jeune, theme: string) => {
    const date = workingDay(rng, Math.max(startOfYear(year), jeune.firstReception), endOfYear(year));
    proposals.push({ jeune, date, theme, detail: rng.pick(DETAILS[theme]!) });
  };

  const mobility = [...leftAbroad];
  const others = rng.shuffle(contacted.filter((jeune) => accompanied.has(jeune) && !leftAbroad.includes(jeune)));
  mobility.push(...others.slice(0, plan.mobiliteJeunes - mobility.length));
  for (const jeune of mobility) propose(jeune, 'Mobilité internationale');
  for (let i = 0; i < plan.mobiliteExtra; i++) propose(rng.pick(mobility), 'Mobilité internationale');

  const rest = plan.total - plan.emploi - mobility.length - plan.mobiliteExtra;
  const themes = rng.shuffle([...quotaList([['Emploi', plan.emploi]]), ...quotaList(splitByShares(rest, OTHER_PROPOSAL_THEMES))]);
  const pick = weightedPicker(rng, contacted, (jeune) => (accompanied.has(jeune) ? 3 : 1));
  for (const theme of themes) propose(pick(), theme);
  return proposals;
}
