/** Folds case, accents, ligatures and punctuation so that `Marcq-en-Barœul` matches `MARCQ EN BAROEUL`. */
export function normalizeKey(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/**
 * French words that carry no meaning in a column header: « Date de sortie », « Date sortie » and
 * « DATE_DE_LA_SORTIE » name the same column. Accents are folded first (à → a).
 */
const HEADER_STOP_WORDS = new Set(['a', 'au', 'aux', 'd', 'dans', 'de', 'des', 'du', 'en', 'et', 'l', 'la', 'le', 'les', 'par', 'pour', 'sur', 'un', 'une']);

/** A note in round or square brackets: « Sexe (H/F) », « Montant [€] », « Né(e) le ». */
const BRACKETED = /\([^()]*\)|\[[^[\]]*\]/g;

/**
 * Folds a column header as `normalizeKey` does, then drops the French stop words: what two
 * headers must share to name the same column. A note in brackets is dropped first (« RSA (O/N) »
 * is « RSA ») unless nothing else is left. A header made of stop words alone keeps them.
 */
export function foldHeader(value: string): string {
  const bare = value.includes('(') || value.includes('[') ? normalizeKey(value.replace(BRACKETED, ' ')) : '';
  const key = bare !== '' ? bare : normalizeKey(value);
  const words = key.split('_').filter((word) => !HEADER_STOP_WORDS.has(word));
  return words.length === 0 ? key : words.join('_');
}
