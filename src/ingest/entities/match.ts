// Arabic-aware tokenising, folding and phrase matching shared by the entity finders
// (places, organisations, tags) and meant for reuse by search normalisation.
// JavaScript's \b treats Arabic letters as non-word characters, so words are found with
// Unicode classes instead.

export interface Token {
  /** The word as written, harakat and tatweel included. */
  surface: string;
  /** fold(surface): the key every comparison uses. */
  folded: string;
  /** UTF-16 offsets of surface in the text. */
  start: number;
  end: number;
  /** Cache of cliticReadings(folded), filled on first use by readingsOf. */
  readings?: string[];
}

// A word is a run of letters, combining marks (harakat) and digits; tatweel (U+0640) is a
// letter modifier. The class is tabulated for the scripts below U+3000 (Arabic, Latin, …):
// table look-ups are several times faster than a Unicode-property regex over a whole article.
const WORD_RE = /^[\p{L}\p{M}\p{N}]$/u;
const TABLE_END = 0x3000;
const WORD_CHAR = new Uint8Array(TABLE_END);
for (let c = 0; c < TABLE_END; c++) if (WORD_RE.test(String.fromCharCode(c))) WORD_CHAR[c] = 1;

/** Length (1 or 2 UTF-16 units) of the word character at i, or 0. */
function wordCharLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < TABLE_END) return WORD_CHAR[c]!;
  const cp = text.codePointAt(i)!;
  const n = cp > 0xffff ? 2 : 1;
  return WORD_RE.test(String.fromCodePoint(cp)) ? n : 0;
}

let last: { text: string; tokens: readonly Token[] } | undefined;

/**
 * Words of the text with their offsets. The last article's result is kept, since the entity
 * finders run one after another on the same text; callers must not mutate it.
 */
export function tokenize(text: string): readonly Token[] {
  if (last?.text !== text) last = { text, tokens: splitWords(text) };
  return last.tokens;
}

function splitWords(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    let n = wordCharLength(text, i);
    if (n === 0) {
      i++;
      continue;
    }
    const start = i;
    while (n > 0) {
      i += n;
      n = i < text.length ? wordCharLength(text, i) : 0;
    }
    const surface = text.slice(start, i);
    tokens.push({ surface, folded: fold(surface), start, end: i });
  }
  return tokens;
}

// Spellings that writers use interchangeably: hamza on/under alef and madda -> bare alef,
// alef maqsura -> ya, ta marbuta -> ha, Persian kaf/ya -> Arabic; Arabic-Indic digits -> ASCII.
// Harakat, Quranic marks, superscript alef and tatweel are dropped (-1 in the table).
const ARABIC_FOLD = new Int32Array(0x100).map((_, i) => 0x600 + i);
const setFold = (from: string, to: string) => (ARABIC_FOLD[from.charCodeAt(0) - 0x600] = to === '' ? -1 : to.charCodeAt(0));
for (const c of 'أإآٱ') setFold(c, 'ا');
for (const [from, to] of [['ى', 'ي'], ['ی', 'ي'], ['ة', 'ه'], ['ک', 'ك'], ['ـ', '']]) setFold(from!, to!);
for (let d = 0; d < 10; d++) {
  ARABIC_FOLD[0x60 + d] = 0x30 + d;
  ARABIC_FOLD[0xf0 + d] = 0x30 + d;
}
for (const [a, b] of [[0x610, 0x61a], [0x64b, 0x65f], [0x670, 0x670], [0x6d6, 0x6ed]] as const) {
  for (let c = a; c <= b; c++) ARABIC_FOLD[c - 0x600] = -1;
}

/** Comparison form of a word or phrase: same length as plain(s); Latin letters lower-cased. */
export function fold(s: string): string {
  let out = '';
  let from = 0; // start of the run not yet copied to out
  let other = false; // non-ASCII, non-Arabic characters: left to toLowerCase
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let f = c;
    if (c >= 0x600 && c < 0x700) f = ARABIC_FOLD[c - 0x600]!;
    else if (c >= 65 && c <= 90) f = c + 32;
    else if (c >= 0x80) other = true;
    if (f !== c) {
      out += s.slice(from, i) + (f === -1 ? '' : String.fromCharCode(f));
      from = i + 1;
    }
  }
  const folded = from === 0 ? s : out + s.slice(from);
  return other ? folded.toLowerCase() : folded;
}

/** The surface without harakat and tatweel: same length as fold(s), so offsets carry over. */
export function plain(s: string): string {
  return s.replace(/[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g, '');
}

/** Folded words of a phrase, as the tokenizer would see them. */
export const foldWords = (phrase: string): string[] => splitWords(phrase).map((t) => t.folded);

/** cliticReadings of a token's folded form, computed once per token. */
export const readingsOf = (token: Token): string[] => (token.readings ??= cliticReadings(token.folded));

const CONJUNCTIONS = ['', 'و', 'ف'];
/** First letters of every clitic that cliticReadings strips. */
export const CLITIC_LETTERS = 'وفبلك';
const PREPOSITIONS = ['', 'ب', 'ل', 'ك'];

/**
 * Readings of a folded word with attached clitics removed: the word itself first, then
 * conjunction (و، ف) and/or preposition (ب، ل، ك) stripped. The article ال is never
 * stripped here, so "السوري" can never read as "سوري"; ل + ال is written لل, so "للسعودية"
 * also reads as "السعودية" and "للاذقية" as "اللاذقية". Remainders shorter than two letters
 * are not offered.
 */
export function cliticReadings(word: string): string[] {
  const out = [word];
  for (const c of CONJUNCTIONS) {
    if (c && !word.startsWith(c)) continue;
    for (const p of PREPOSITIONS) {
      const prefix = c + p;
      if (!prefix || !word.startsWith(prefix) || word.length - prefix.length < 2) continue;
      const rest = word.slice(prefix.length);
      out.push(rest);
      if (p === 'ل' && rest.startsWith('ل')) out.push('ا' + rest, 'ال' + rest);
    }
  }
  return out;
}

export interface PhraseMatch<T> {
  value: T;
  /** Token indices, end exclusive. */
  start: number;
  end: number;
  /** True when the first token matched as written, with no clitic removed. */
  bare: boolean;
}

interface Phrase<T> {
  words: string[];
  value: T;
  /** Folded word lists; a match overlapped by one of these is rejected. */
  vetoes: string[][];
}

/**
 * Longest-first matcher of multiword names over tokens. Only the first word of a phrase may
 * carry clitics ("وبمدينة" no, "بدير الزور" yes): inner words must match exactly, which is
 * what keeps "السوري" from reading as "سوريا" and "الإيرانية" from reading as "إيران".
 */
export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, Phrase<T>[]>();

  /** @param vetoes phrases (e.g. "صلاة المغرب") that, when they overlap a match, cancel it. */
  add(phrase: string, value: T, vetoes: readonly string[] = []): void {
    const words = foldWords(phrase);
    const first = words[0];
    if (first === undefined) throw new Error(`empty phrase for ${JSON.stringify(value)}`);
    const list = this.byFirst.get(first) ?? [];
    list.push({ words, value, vetoes: vetoes.map(foldWords) });
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(first, list);
  }

  /** The longest phrase starting at token i, if any. */
  matchAt(tokens: readonly Token[], i: number): PhraseMatch<T> | undefined {
    const token = tokens[i];
    if (!token) return undefined;
    // Most words carry no clitic: try the word as written before building its other readings.
    const readings = CLITIC_LETTERS.includes(token.folded[0] ?? '') ? readingsOf(token) : [token.folded];
    for (const reading of readings) {
      const phrases = this.byFirst.get(reading);
      if (!phrases) continue;
      for (const p of phrases) {
        if (!restMatches(tokens, i, p.words)) continue;
        const end = i + p.words.length;
        if (p.vetoes.some((v) => vetoOverlaps(tokens, i, end, v))) continue;
        return { value: p.value, start: i, end, bare: reading === token.folded };
      }
    }
    return undefined;
  }

  /** Non-overlapping matches left to right; `accept` may reject one (the scan then moves on by a token). */
  scan(tokens: readonly Token[], accept: (m: PhraseMatch<T>) => boolean = () => true): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const m = this.matchAt(tokens, i);
      if (m && accept(m)) {
        found.push(m);
        i = m.end;
      } else i++;
    }
    return found;
  }
}

function restMatches(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let k = 1; k < words.length; k++) if (tokens[i + k]?.folded !== words[k]) return false;
  return true;
}

/** Does the veto phrase occur at a position overlapping tokens [start, end)? Its first word may carry clitics. */
function vetoOverlaps(tokens: readonly Token[], start: number, end: number, veto: readonly string[]): boolean {
  const first = veto[0];
  if (first === undefined) return false;
  for (let s = Math.max(0, start - veto.length + 1); s < end; s++) {
    const t = tokens[s];
    if (t && readingsOf(t).includes(first) && restMatches(tokens, s, veto)) return true;
  }
  return false;
}

/** Distinct values in order of first appearance, at most `max`. */
export function firstDistinct<T>(values: Iterable<T>, max: number): T[] {
  const out: T[] = [];
  for (const v of values) {
    if (out.length >= max) break;
    if (!out.includes(v)) out.push(v);
  }
  return out;
}
