// Bytes -> text for article files that may not be UTF-8. Legacy Arabic files come as
// Windows-1256 (most common) or ISO-8859-6; Windows "Unicode" files as UTF-16 with a BOM.
// A legacy guess is accepted only when the result reads as Arabic prose: every byte decodes to
// *something* in Windows-1256, so a wrong guess would silently turn a French or Russian file
// into garbage that looks Arabic. Rejecting with a reason is better than mojibake.
// Only decoding happens here; no other cleaning. Linear in the input size.

export type Decoding =
  | { ok: true; text: string; encoding: 'utf-8' | 'windows-1256' | 'iso-8859-6' | 'utf-16le' | 'utf-16be'; notes: string[] }
  | { ok: false; reason: string };

export function decodeBytes(bytes: Uint8Array): Decoding {
  if (bytes.length === 0) return { ok: false, reason: 'file is empty' };

  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (utf16 !== undefined) {
    const text = strictDecode(utf16, bytes); // the decoder drops the BOM
    if (text === undefined) return { ok: false, reason: `starts with a ${utf16.toUpperCase()} byte order mark but is not valid ${utf16.toUpperCase()}` };
    if (text.includes('\0')) return { ok: false, reason: 'file contains NUL characters: binary, not text' };
    return { ok: true, text, encoding: utf16, notes: [`converted from ${utf16.toUpperCase()} to UTF-8 (removed the byte order mark)`] };
  }

  if (bytes.includes(0)) return { ok: false, reason: 'file contains NUL bytes: binary, not text' };

  const utf8 = strictDecode('utf-8', bytes);
  if (utf8 !== undefined) {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    return { ok: true, text: utf8, encoding: 'utf-8', notes: bom ? ['removed a byte order mark'] : [] };
  }

  // Windows-1256 first: it is the common one, and ISO-8859-6 Arabic read as Windows-1256 puts
  // Latin letters (ç, è, é, ê...) inside Arabic words, which looksLikeArabic rejects.
  for (const [encoding, name] of [['windows-1256', 'Windows-1256'], ['iso-8859-6', 'ISO-8859-6']] as const) {
    const text = strictDecode(encoding, bytes);
    if (text !== undefined && looksLikeArabic(text)) {
      return { ok: true, text, encoding, notes: [`converted from ${name} to UTF-8: check the text`] };
    }
  }
  return { ok: false, reason: 'not valid UTF-8 and not recognisable as Windows-1256 or ISO-8859-6 Arabic: save it as UTF-8' };
}

/** The decoded text, or undefined when a byte sequence is invalid (or unmapped) in `encoding`. */
function strictDecode(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

// Letters only Arabic-script words have: U+0621-U+064A, plus the Persian/Urdu letters
// Windows-1256 also encodes (پ چ ژ گ ک ی ...).
const isArabicLetter = (c: number): boolean => (c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3);
const isArabicMark = (c: number): boolean => (c >= 0x064b && c <= 0x065f) || c === 0x0670;
// The only other letters a legacy Arabic decode can produce: ASCII and Latin-1/Extended
// (à â ç è é ... œ ƒ), which is also where the letters of a misread European file land.
const isLatinLetter = (c: number): boolean =>
  (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
const isControl = (c: number): boolean => (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || (c >= 0x7f && c <= 0x9f);

/** Does this (legacy-decoded) text read as Arabic prose rather than a misread other language?
 *  Most letters are Arabic; Arabic and Latin letters don't share words (a misread European
 *  file interleaves them); harakat sit on letters; almost no control characters. */
function looksLikeArabic(text: string): boolean {
  let arabic = 0;
  let latin = 0;
  let controls = 0;
  let strayMarks = 0;
  let arabicWords = 0;
  let mixedWords = 0;
  let wordArabic = false;
  let wordLatin = false;
  let afterArabic = false; // the previous character is an Arabic letter or a mark on one
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x20;
    if (isArabicLetter(c)) {
      arabic++;
      wordArabic = true;
      afterArabic = true;
    } else if (isArabicMark(c)) {
      if (!afterArabic) strayMarks++;
    } else if (isLatinLetter(c)) {
      latin++;
      wordLatin = true;
      afterArabic = false;
    } else {
      if (isControl(c)) controls++;
      if (wordArabic) arabicWords++;
      if (wordArabic && wordLatin) mixedWords++;
      wordArabic = wordLatin = afterArabic = false;
    }
  }
  return (
    arabic >= 2 &&
    arabic >= 0.6 * (arabic + latin) &&
    mixedWords <= 0.02 * arabicWords &&
    strayMarks <= 0.01 * arabic &&
    controls <= text.length / 1000
  );
}
