export type Encoding = 'utf-8' | 'windows-1252';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const cp1252 = new TextDecoder('windows-1252');

/**
 * Exports come from Windows tools as often as not: a file that is not valid UTF-8 is read as
 * Windows-1252, which decodes every byte, so detection never fails.
 */
export function decodeText(bytes: Uint8Array, declared: Encoding | 'auto' = 'auto'): { text: string; encoding: Encoding } {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  if (declared === 'windows-1252') return { text: cp1252.decode(body), encoding: declared };
  if (declared === 'utf-8' || hasBom) return { text: new TextDecoder('utf-8').decode(body), encoding: 'utf-8' };
  try {
    return { text: utf8.decode(body), encoding: 'utf-8' };
  } catch {
    return { text: cp1252.decode(body), encoding: 'windows-1252' };
  }
}
