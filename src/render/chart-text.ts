import type { Unit } from '../measure/indicator.js';
import type { ChartSpec } from '../measure/section.js';
import { formatEuros, formatNumber, formatPercent } from './format.js';

/** A chart as its partial prints it: the image, and the same values in words for who cannot see it. */
export interface ChartView {
  src: string;
  title: string;
  /** The figure the caption links to. */
  indicator: string;
  /** What the image shows, values included: the image's alternative text. */
  alt: string;
  /** The data table's value column. */
  header: string;
  /** A doughnut shows parts of a whole: its table also gives each one's share. */
  shares: boolean;
  rows: { label: string; value: string; share: string | null }[];
}

const KIND_NAMES: Record<ChartSpec['kind'], string> = {
  bar: 'Graphique en barres',
  horizontalBar: 'Graphique en barres',
  doughnut: 'Graphique en anneau',
};

/** The value column's heading, from the figure's unit. */
const HEADERS: Record<Unit, string> = {
  people: 'Personnes',
  count: 'Nombre',
  hours: 'Heures',
  euros: 'Montant',
  rate: 'Taux',
  months: 'Mois',
  ratio: 'Rapport',
};

const valueIn = (unit: Unit) => (value: number) =>
  unit === 'euros' ? formatEuros(value) : unit === 'rate' ? formatPercent(value) : unit === 'hours' ? `${formatNumber(value)} h` : formatNumber(value);

/**
 * The words and the table beside a chart's image. No colon nor semicolon in the alternative text:
 * a value follows its label in parentheses, as a reader says it.
 */
export function chartView(spec: ChartSpec, src: string, unit: Unit = 'count'): ChartView {
  const format = valueIn(unit);
  const total = spec.values.reduce((sum, v) => sum + v, 0);
  const shares = spec.kind === 'doughnut' && total > 0;
  const rows = spec.labels.map((label, i) => {
    const value = spec.values[i] ?? 0;
    return { label, value: format(value), share: shares ? formatPercent(value / total) : null };
  });
  const values = rows.map((r) => `${r.label} (${r.value}${r.share === null ? '' : `, ${r.share}`})`).join(', ');
  const alt = `${KIND_NAMES[spec.kind]}, ${spec.title}. ${rows.length === 0 ? 'Aucune valeur' : values}.`;
  return { src, title: spec.title, indicator: spec.indicator, alt, header: HEADERS[unit], shares, rows };
}
