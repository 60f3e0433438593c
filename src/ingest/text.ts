// Bytes -> clean text that keeps what the reader sees: decoding and invisible-character
// hygiene only. Words are never rewritten; the sha256 of the original bytes is kept elsewhere.

import { decodeBytes } from './encoding.ts';

export type Decoded = { ok: true; text: string; notes: string[] } | { ok: false; reason: string };

/**
 * `keepSpacing` is for structured (.md) input: YAML and Markdown indentation is syntax, so
 * leading and repeated spaces are kept there; raw text gets them collapsed and trimmed.
 */
export function decodeText(bytes: Uint8Array, options: { keepSpacing?: boolean } = {}): Decoded {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return decoded;
  const notes = [...decoded.notes];
  if (decoded.text.includes('\r')) notes.push('converted CRLF/CR line endings to LF');
  const cleaned = cleanText(decoded.text, options);
  if (cleaned.trim() === '') return { ok: false, reason: 'file has no visible text' };
  return { ok: true, text: cleaned, notes };
}

// Zero-width characters and bidi controls carry no meaning in published Arabic prose but
// break search and line layout. ZWNJ (U+200C) is kept: Persian names in Arabic text use it.
const INVISIBLE = /[\u200B\u200D\u2060\uFEFF\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C\u00AD]/g;
// Arabic presentation forms (legacy encodings, PDF copy-paste) become the plain letters.
const PRESENTATION_FORMS = /[\uFB50-\uFDFF\uFE70-\uFEFE]+/g;

export function cleanText(text: string, { keepSpacing = false }: { keepSpacing?: boolean } = {}): string {
  const clean = text
    .replace(/\r\n?/g, '\n')
    .replace(PRESENTATION_FORMS, (run) => run.normalize('NFKC'))
    .normalize('NFC')
    .replace(INVISIBLE, '');
  if (keepSpacing) return clean;
  return clean
    .replace(/[ \t\u00A0\u3000]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n');
}

/** Non-empty lines: the raw article shape is one paragraph a line. */
export const paragraphsOf = (text: string): string[] => text.split('\n').filter((line) => line !== '');

/** Words as a reader counts them: runs containing a letter or a digit. */
export const countWords = (text: string): number => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
