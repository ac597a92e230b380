/**
 * The Maison de l'Emploi's employer relations log (`relations-employeurs.csv`) and the job offers it
 * published (`offres.csv`), 2023. Exact quotas, dealt by its own PRNG.
 */
import { formatDay } from '../dates.js';
import { encodeUtf8WithBom, toCsv } from '../encoding.js';
import type { Rng } from '../random.js';
import { compareText, MDE_YEAR, weekdays } from './common.js';

const KINDS = ['Boulangerie', 'Transports', 'Garage', 'Cabinet', 'Hôtel', 'Restaurant', 'Atelier', 'Pharmacie', 'Supermarché', 'Association'];
const NAMES = [
  'Delattre',
  'Vanhove',
  'Lemaire',
  'Dubrulle',
  'Vandewalle',
  'Leclercq',
  'Masquelier',
  'Decottignies',
  'Lefebvre',
  'Deruelle',
  'Vermeulen',
  'Carpentier',
  'Dhalluin',
  'Lesage',
  'Desmet',
  'Wattel',
  'Lecomte',
  'Catteau',
  'Delannoy',
  'Pollet',
  'Verhaeghe',
  'Descamps',
  'Dumortier',
  'Lepers',
  'Vandamme',
  'Duquesne',
  'Cuvelier',
  'Bourgois',
  'Delepaut',
  'Hennion',
  'Vanacker',
  'Lagache',
  'Deleplanque',
  'Ryckebusch',
  'Plouvier',
  'Seynave',
  'Tiberghien',
  'Wallart',
  'Bonte',
  'Cousin',
];
const TERRITORY = ['Lambersart', 'La Madeleine', 'Marcq-en-Barœul', 'Saint-André-lez-Lille', 'Wambrechies', 'Marquette-lez-Lille'];
const ELSEWHERE = ['Lille', 'Roubaix', 'Tourcoing', "Villeneuve-d'Ascq", 'Seclin', 'Armentières'];
const JOBS = ['Préparateur de commandes', 'Vendeur', 'Agent d’entretien', 'Aide à domicile', 'Cariste', 'Serveur', 'Employé administratif', 'Magasinier'];

export function buildEmployerFiles(rng: Rng): { 'relations-employeurs.csv': Buffer; 'offres.csv': Buffer } {
  const days = weekdays(MDE_YEAR);
  const date = () => formatDay(rng.pick(days));
  const employers = rng.shuffle(NAMES.flatMap((name) => KINDS.map((kind) => `${kind} ${name}`))).slice(0, 380);
  const informed = employers.slice(0, 364);
  const rows: string[][] = [];
  // Every informed employer once, some twice (a second visit is still one employer).
  for (const employer of informed) rows.push([date(), employer, 'Sensibilisation', '']);
  for (const employer of rng.sample(informed, 40)) rows.push([date(), employer, 'Sensibilisation', '']);
  for (let i = 0; i < 130; i++) rows.push([date(), rng.pick(employers), 'Contrat en alternance', i < 116 ? 'Apprentissage' : 'Professionnalisation']);
  for (let i = 0; i < 14; i++) rows.push([date(), rng.pick(employers), 'PEC', '']);
  for (let i = 0; i < 8; i++) rows.push([date(), rng.pick(employers), 'CIE', '']);
  for (let i = 0; i < 12; i++) rows.push([date(), rng.pick(employers), 'Parrainage', `Parrain ${String(i + 1).padStart(2, '0')}`]);
  rows.sort((a, b) => compareText(a[0]!.split('/').reverse().join(''), b[0]!.split('/').reverse().join('')) || compareText(a[1]!, b[1]!));

  const offers: string[][] = [];
  for (let i = 0; i < 381; i++) {
    const commune = i < 70 ? rng.pick(TERRITORY) : rng.pick(ELSEWHERE);
    const contract = i % 381 < 253 ? 'CDI' : rng.pick(['CDD', 'Intérim', 'Alternance']);
    offers.push([date(), rng.pick(JOBS), commune, contract]);
  }
  const shuffled = rng.shuffle(offers).sort((a, b) => compareText(a[0]!.split('/').reverse().join(''), b[0]!.split('/').reverse().join('')));
  return {
    'relations-employeurs.csv': encodeUtf8WithBom(toCsv(['date', 'employeur', 'action', 'detail'], rows)),
    'offres.csv': encodeUtf8WithBom(toCsv(['date', 'intitule', 'commune', 'type_contrat'], shuffled)),
  };
}
