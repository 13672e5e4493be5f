// Turns the bytes of standard input into text, whatever wrote them: UTF-8 with or without a
// BOM, UTF-16 LE or BE with or without a BOM (Windows PowerShell 5.1's `>` writes UTF-16 LE
// with a BOM; `Out-File -Encoding BigEndianUnicode` BE), and junk. Invalid bytes become
// U+FFFD; nothing here throws.

/** The encodings recognised. */
export type InputEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

// How much of the start the guess looks at, and how many of its 2-byte units must have a NUL
// high byte: text in a Latin script written as UTF-16 has one in nearly every unit.
const SNIFF_BYTES = 4096;
const NUL_SHARE = 0.3;

/** The encoding of `bytes`: by BOM, else UTF-16 when NUL bytes fall on one side of the pairs. */
export function detectEncoding(bytes: Uint8Array): { encoding: InputEncoding; bomLength: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  const pairs = Math.floor(Math.min(bytes.length, SNIFF_BYTES) / 2);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenNul++;
    if (bytes[2 * i + 1] === 0) oddNul++;
  }
  // Binary junk has NULs on both sides; UTF-16 text on one side only.
  if (pairs > 0 && oddNul >= pairs * NUL_SHARE && evenNul < oddNul / 4) return { encoding: 'utf-16le', bomLength: 0 };
  if (pairs > 0 && evenNul >= pairs * NUL_SHARE && oddNul < evenNul / 4) return { encoding: 'utf-16be', bomLength: 0 };
  return { encoding: 'utf-8', bomLength: 0 };
}

/** The text in `bytes`, decoded as detectEncoding says. */
export function decodeInput(bytes: Uint8Array): string {
  const { encoding, bomLength } = detectEncoding(bytes);
  let body = bytes.subarray(bomLength);
  if (encoding === 'utf-16be') {
    // Swap to little-endian: TextDecoder's 'utf-16be' needs full ICU, which not every Node has.
    const swapped = new Uint8Array(body.length - (body.length % 2));
    for (let i = 0; i + 1 < body.length; i += 2) {
      swapped[i] = body[i + 1]!;
      swapped[i + 1] = body[i]!;
    }
    body = swapped;
  }
  // ignoreBOM: the BOM was taken off above; a U+FEFF further in is left for the reader to skip.
  return new TextDecoder(encoding === 'utf-8' ? 'utf-8' : 'utf-16le', { ignoreBOM: true }).decode(body);
}
