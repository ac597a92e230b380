import { describe, expect, it } from 'vitest';
import { destinationPages } from '../../src/print/page-map.js';

const pdf = (body: string) => new TextEncoder().encode(`%PDF-1.4\n${body}`);

describe('destinationPages', () => {
  it('maps each named destination to its page, through a nested page tree and past streams', () => {
    const text = [
      '1 0 obj\n<</Length 12>> stream\n<< 7 0 obj >>\nendstream\nendobj',
      '2 0 obj\n<</Type /Page /Parent 10 0 R /Resources <</Font <</F1 3 0 R>>>>>>\nendobj',
      '4 0 obj\n<</Type /Page /Parent 10 0 R>>\nendobj',
      '5 0 obj\n<</Type /Page /Parent 11 0 R>>\nendobj',
      '10 0 obj\n<</Type /Pages /Count 2 /Kids [2 0 R 4 0 R] /Parent 12 0 R>>\nendobj',
      '11 0 obj\n<</Type /Pages /Count 1 /Kids [5 0 R] /Parent 12 0 R>>\nendobj',
      '12 0 obj\n<</Type /Pages /Count 3 /Kids [10 0 R 11 0 R]>>\nendobj',
      '13 0 obj\n<</plie-sorties [5 0 R /XYZ 0 841 0]\n/ml-public [4 0 R /XYZ 0 300 0]\n/caf#C3#A9 [2 0 R /XYZ 0 1 0]>>\nendobj',
      '14 0 obj\n<</Type /Catalog\n/Pages 12 0 R\n/Dests 13 0 R>>\nendobj',
    ].join('\n');
    expect(Object.fromEntries(destinationPages(pdf(text)))).toEqual({ 'plie-sorties': 3, 'ml-public': 2, 'cafÃ©': 1 });
  });

  it('gives an empty map for a PDF it cannot read, so the contents print without numbers', () => {
    expect(destinationPages(pdf('1 0 obj\n<</Type /Catalog>>\nendobj')).size).toBe(0);
  });
});
