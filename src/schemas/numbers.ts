/**
 * Numbers as French and plain exports write them, and nothing else (docs/data-format.md, « Nombres ») :
 * `1234`, `1 234` (space, no-break or narrow no-break space between groups of three), `1234,5`,
 * `1 234,5`, `1234.5`, an optional leading minus. `Number()` would also take `1e5`, `0x10`,
 * `Infinity` and read the thousands dot of `1.234` as a decimal point: each is refused here.
 *
 * A hand-written scan: these cells number in the millions, and the common ones (`35`, `151,67`)
 * are read without a regular expression or a copy.
 */

/** Why a cell is not a number; the message is built from the cell only when it is reported. */
export type NumberFault = 'syntax' | 'ambiguous-dot' | 'thousands-dots' | 'mixed-separators' | 'unit' | 'duration' | 'too-long';

const ZERO = 48;
const NINE = 57;
const MINUS = 45;
const MINUS_SIGN = 0x2212;
const isDigit = (c: number) => c >= ZERO && c <= NINE;
const isGroupSeparator = (c: number) => c === 32 || c === 0xa0 || c === 0x202f;

/** Beyond 15 significant digits a double no longer holds every integer: no export count or amount comes near. */
const MAX_DIGITS = 15;

/** Reads a trimmed, non-empty cell: the number, or why it is not one. */
export function parseNumber(cell: string): number | NumberFault {
  const length = cell.length;
  let i = 0;
  const first = cell.charCodeAt(0);
  const negative = first === MINUS || first === MINUS_SIGN;
  if (negative) i = 1;
  // Integer part: digits, possibly in groups of three after a first group of one to three.
  let digits = 0;
  let run = 0;
  let grouped = false;
  for (; i < length; i++) {
    const c = cell.charCodeAt(i);
    if (isDigit(c)) {
      digits++;
      run++;
    } else if (isGroupSeparator(c)) {
      if (run === 0 || (grouped ? run !== 3 : run > 3)) return 'syntax';
      grouped = true;
      run = 0;
    } else break;
  }
  if (run === 0 || (grouped && run !== 3)) return faultOf(cell);
  if (i === length) {
    if (digits > MAX_DIGITS) return 'too-long';
    const n = grouped ? Number(cell.replace(/[\s\u00a0\u202f]/g, '').replace('\u2212', '-')) : first === MINUS_SIGN ? -Number(cell.slice(1)) : Number(cell);
    return n === 0 ? 0 : n;
  }
  // A decimal separator, then digits to the end.
  const separator = cell.charCodeAt(i);
  if (separator !== 44 && separator !== 46) return faultOf(cell);
  const integerEnd = i;
  let decimals = 0;
  for (i++; i < length; i++) {
    if (!isDigit(cell.charCodeAt(i))) return faultOf(cell);
    decimals++;
  }
  if (decimals === 0) return faultOf(cell);
  if (digits + decimals > MAX_DIGITS) return 'too-long';
  // `1.234`: French exports put a dot between thousands, English ones before decimals. A grouped
  // integer part (`1 234.567`) or a lone zero (`0.125`) cannot be read as thousands.
  if (separator === 46 && decimals === 3 && !grouped && !(digits === 1 && cell.charCodeAt(integerEnd - 1) === ZERO)) return 'ambiguous-dot';
  const integer = cell.slice(negative ? 1 : 0, integerEnd);
  const n = Number(`${grouped ? integer.replace(/[\s\u00a0\u202f]/g, '') : integer}.${cell.slice(integerEnd + 1)}`);
  return negative ? -n || 0 : n;
}

/** The precise fault of a cell the scan refused: only refused cells get here. */
function faultOf(cell: string): NumberFault {
  if (/^[-\u2212]?\d{1,3}(\.\d{3})+$/.test(cell)) return cell.indexOf('.') === cell.lastIndexOf('.') ? 'ambiguous-dot' : 'thousands-dots';
  if (/^[-\u2212]?[\d\s\u00a0\u202f]*\d[.,][\d\s\u00a0\u202f]*[.,]\d*$/.test(cell) && cell.includes('.') && cell.includes(',')) return 'mixed-separators';
  if (/^\d+:[0-5]\d$/.test(cell)) return 'duration';
  if (/^[-\u2212]?\d[\d\s\u00a0\u202f.,]*\s*(?:€|eur|euros?|h|heures?|%)$/i.test(cell)) return 'unit';
  return 'syntax';
}

const HOW = '1234, 1 234, 1 234,5 ou 1234.5';

/** The French message for a refused cell. */
export function numberFaultMessage(cell: string, fault: NumberFault, what = 'un nombre'): string {
  switch (fault) {
    case 'ambiguous-dot': {
      const [whole, part] = cell.split('.') as [string, string];
      return (
        `« ${cell} » est ambigu : point des milliers ou point décimal ? Écrivez ` +
        `${whole}${part} pour un nombre entier, ${whole},${part} pour un nombre décimal`
      );
    }
    case 'thousands-dots':
      return `« ${cell} » : le point ne sépare pas les milliers ; écrivez ${cell.replaceAll('.', '')} ou ${cell.replaceAll('.', ' ')}`;
    case 'mixed-separators':
      return `« ${cell} » mêle point et virgule : un seul séparateur décimal, les milliers séparés par une espace (${HOW})`;
    case 'unit':
      return `« ${cell} » : ${what} sans unité est attendu (${HOW})`;
    case 'duration': {
      const [hours, minutes] = cell.split(':').map(Number) as [number, number];
      const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2, useGrouping: false }).format(hours + minutes / 60);
      return `« ${cell} » est une durée en heures:minutes : écrivez-la en heures décimales (${decimal})`;
    }
    case 'too-long':
      return `« ${cell} » : nombre de plus de ${MAX_DIGITS} chiffres`;
    case 'syntax':
      return `« ${cell} » n'est pas ${what} (${HOW} attendu)`;
  }
}
