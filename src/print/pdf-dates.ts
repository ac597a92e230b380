/** `D:20231231000000+00'00'`: a PDF date, always 23 characters. */
const pdfDate = (date: Date) => `D:${date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}+00'00'`;

/**
 * Chromium stamps the PDF with the time it was printed; the report's own date is written instead,
 * so that the same inputs give the same bytes. The replacement has the same length, so the
 * cross-reference offsets stay right; a PDF without these dates is returned as it is.
 */
export function pinPdfDates(pdf: Uint8Array, date: Date): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  const stamp = pdfDate(date);
  const pinned = text.replace(/\/(CreationDate|ModDate) \(D:\d{14}[+\-Z][^)]*\)/g, (whole, name: string) => {
    const replacement = `/${name} (${stamp})`;
    return replacement.length === whole.length ? replacement : whole;
  });
  return Buffer.from(pinned, 'latin1');
}
