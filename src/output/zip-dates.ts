/**
 * A workbook is a zip archive whose every entry carries the time it was packed: the same figures
 * would give other bytes each second. This sets every entry's date, in its local header and in the
 * central directory, to one given day (the report's 31 December, as the PDF is dated).
 */
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** The day in MS-DOS's format (the zip's), at midnight. */
function dosDate(day: Date): number {
  return ((day.getUTCFullYear() - 1980) << 9) | ((day.getUTCMonth() + 1) << 5) | day.getUTCDate();
}

export function setZipDates(zip: Uint8Array, day: Date): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  // The end record is the last 22 bytes, unless an archive comment (at most 65 535 bytes) follows it.
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff) && end < 0; at--) if (view.getUint32(at, true) === END_OF_DIRECTORY) end = at;
  if (end < 0) throw new Error('archive zip sans fin de répertoire');
  const count = view.getUint16(end + 10, true);
  const date = dosDate(day);
  let at = view.getUint32(end + 16, true);
  for (let n = 0; n < count; n++) {
    if (view.getUint32(at, true) !== DIRECTORY_ENTRY) throw new Error(`archive zip : entrée ${n} du répertoire illisible`);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== LOCAL_HEADER) throw new Error(`archive zip : en-tête de l’entrée ${n} illisible`);
    for (const [time, dayAt] of [
      [at + 12, at + 14],
      [local + 10, local + 12],
    ] as const) {
      view.setUint16(time, 0, true);
      view.setUint16(dayAt, date, true);
    }
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}
