/**
 * Fictional names. The report never prints them; they are here so that tests can prove it.
 * Accented names exercise the Windows-1252 encoding.
 */
import type { Rng } from './random.js';

const LAST_NAMES = [
  'LEFÈVRE', 'DUBOIS', 'CARON', 'DELATTRE', 'VANDAMME', 'DESCAMPS', 'LEMAÎTRE', 'DUCROCQ', 'WATTIEZ',
  'DUPONT', 'MERCIER', 'FONTAINE', 'LECOMTE', 'CARPENTIER', 'BONNEL', 'HENNEBELLE', 'VASSEUR',
  'DELCOURT', 'LAMBERT', 'ROUSSEAU', 'GARNIER', 'BENALI', 'HADDAD', 'DIALLO', 'MENDES', 'KOWALSKI',
  'NOWAK', 'DA SILVA', 'CŒURET', 'DELEPLANQUE', 'BRÉBION', 'FRANÇOIS', 'MOREL', 'LEROUGE', 'PLANCKE',
  'DEBRABANT', 'TRAORÉ', 'BOUAZIZ', 'MARTINEZ', 'LECLERCQ', 'DEGRAVE', 'VERHAEGHE', 'N\'DIAYE',
  'PÉTILLON', 'DEWAELE', 'SAÏDI', 'GOSSELIN', 'COUSIN', 'DUQUESNE', 'HOCHART',
];

const FIRST_NAMES = {
  F: [
    'Hélène', 'Gaëlle', 'Anaïs', 'Cécile', 'Zoé', 'Mélanie', 'Léa', 'Sandrine', 'Nadia', 'Aurélie',
    'Sophie', 'Karima', 'Émilie', 'Fatou', 'Christelle', 'Valérie', 'Nathalie', 'Inès', 'Maëlys',
    'Brigitte', 'Séverine', 'Yasmina', 'Laëtitia', 'Françoise', 'Noémie', 'Jessica', 'Élodie', 'Amina',
  ],
  H: [
    'Loïc', 'Jérôme', 'François', 'Benoît', 'Raphaël', 'Théo', 'Noël', 'Karim', 'Sébastien', 'Mickaël',
    'Olivier', 'Mamadou', 'Grégory', 'Cédric', 'Youssef', 'Frédéric', 'Stéphane', 'Hervé', 'Jean-Marc',
    'Thierry', 'Kévin', 'Rachid', 'Dylan', 'Joël', 'Mathéo', 'Pascal', 'Anthony', 'Bruno',
  ],
} as const;

export function fictionalName(rng: Rng, sex: 'F' | 'H'): { lastName: string; firstName: string } {
  return { lastName: rng.pick(LAST_NAMES), firstName: rng.pick(FIRST_NAMES[sex]) };
}
