import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../src/measure/section.js';
import { renderChart } from '../../src/render/charts.js';

const spec = (id: string, kind: ChartSpec['kind'], values: number[]): ChartSpec => ({
  id,
  kind,
  title: `Graphique ${id}`,
  indicator: `test.${id}`,
  labels: values.map((_, i) => `Catégorie ${i + 1}`),
  values,
});

/** Width and height from a JPEG's start-of-frame segment. */
function jpegSize(url: string): { width: number; height: number } {
  const bytes = Buffer.from(url.slice(url.indexOf(',') + 1), 'base64');
  for (let i = 2; i < bytes.length;) {
    const marker = bytes[i + 1]!;
    if (marker >= 0xc0 && marker <= 0xc2) return { height: bytes.readUInt16BE(i + 5), width: bytes.readUInt16BE(i + 7) };
    i += 2 + bytes.readUInt16BE(i + 2);
  }
  throw new Error('no frame');
}

describe('renderChart', () => {
  it('draws charts asked for at once one after the other, each at print resolution, whatever the order', async () => {
    const specs = [spec('a', 'bar', [3, 5, 2]), spec('b', 'doughnut', [1, 4]), spec('c', 'horizontalBar', [7, 0, 9, 1])];
    const together = await Promise.all(specs.map((s) => renderChart(s, '#1f6f8b')));
    for (const url of together) {
      expect(url.startsWith('data:image/jpeg;base64,')).toBe(true);
      expect(jpegSize(url)).toEqual({ width: 1080, height: 690 });
    }
    expect(new Set(together).size).toBe(3);
    // The same charts in another colour, asked in the other order, one at a time: drawn alike (same sizes, other bytes).
    const alone: string[] = [];
    for (const s of [...specs].reverse()) alone.unshift(await renderChart(s, '#8b1f6f'));
    expect(alone.map(jpegSize)).toEqual(together.map(jpegSize));
    // A chart asked again is the one already drawn.
    expect(await renderChart(specs[0]!, '#1f6f8b')).toBe(together[0]);
  }, 30_000);
});
