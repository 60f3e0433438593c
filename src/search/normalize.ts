// Arabic search normalisation: ONE module, used at index time (Node) and, bundled with
// esbuild, at query time (browser), so a word typed in the search box and the same word in
// an article always get the same key. Pure and dependency-free: no Node APIs, no imports
// other than the small data table beside it.
//
// Three layers, each applied to one word (see tokenize() for what a word is):
//   1. spelling (normalizeChars): what a reader does not see as a different word — harakat,
//      tatweel, hamza seats (أ إ آ ٱ -> ا, ؤ -> و, ئ -> ي, مسئول = مسؤول), ى -> ي, ة -> ه,
//      Persian/Urdu letter forms, Arabic-Indic digits -> 0-9, Latin case and accents.
//   2. the canonical key (normalizeWord), the one key a query word gets: the definite article
//      and the clitics fused to it (ال، وال، فال، بال، كال، لل، ولل، وبال…) and the
//      inflection suffixes that are safe to remove (ة، ات، ون، ين), then the broken-plural
//      table (صواريخ -> صاروخ).
//   3. the index keys (indexKeys): the canonical key plus the readings that are only
//      *possible* — a bare prefix و ف ب ل ك (لإيران, وإيران, لمواقع; but وزير is also a
//      word), pronoun and dual suffixes (مسؤوليتها, صاروخان; but سلمان is a name), an
//      accusative alef (صاروخا). The index stores every reading at the word's position, the
//      query asks for one, so an ambiguous reading costs no recall and only rarely precision
//      (a query has to be exactly the spurious reading, e.g. «زير» finding وزير).
import { BROKEN_PLURALS } from './broken-plurals.ts';

/** One word of the original text: its surface form and UTF-16 offsets [start, end). */
export interface Token {
  surface: string;
  start: number;
  end: number;
}

// ---------------------------------------------------------------------------------------
// Tokenising. A word is a maximal run of Arabic letters (with their marks and tatweel), of
// digits, or of other letters and digits (Latin "F16", "covid"). An Arabic run and a digit
// run touching each other are two words ("11مارس" -> 11, مارس), so digits are always their
// own words. Everything else (spaces, punctuation, quotes, ZWNJ) separates words. Runs that
// normalise to nothing (a lone tatweel or mark) are not words.

const enum Kind {
  Other = 0,
  Arabic = 1,
  Digit = 2,
  Letter = 3,
  Mark = 4,
}

const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const DIGIT = /\p{Nd}/u;

function isArabicBlock(cp: number): boolean {
  return (
    (cp >= 0x0600 && cp <= 0x06ff) ||
    (cp >= 0x0750 && cp <= 0x077f) ||
    (cp >= 0x0870 && cp <= 0x08ff) ||
    (cp >= 0xfb50 && cp <= 0xfdff) ||
    (cp >= 0xfe70 && cp <= 0xfeff)
  );
}

function kindOf(ch: string): Kind {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x80) {
    if ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a)) return Kind.Letter;
    if (cp >= 0x30 && cp <= 0x39) return Kind.Digit;
    return Kind.Other;
  }
  if (DIGIT.test(ch)) return Kind.Digit;
  if (MARK.test(ch)) return isArabicBlock(cp) ? Kind.Arabic : Kind.Mark;
  if (LETTER.test(ch)) return isArabicBlock(cp) ? Kind.Arabic : Kind.Letter;
  return Kind.Other;
}

/** The words of `text`, in order, with their offsets: positions in the index are indices into this list. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let start = -1;
  let runKind = Kind.Other;
  const close = (end: number): void => {
    if (start >= 0) {
      const surface = text.slice(start, end);
      if (normalizeChars(surface) !== '') tokens.push({ surface, start, end });
    }
    start = -1;
    runKind = Kind.Other;
  };
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const kind = kindOf(ch);
    if (kind === Kind.Other) {
      close(i);
    } else if (start < 0) {
      start = i;
      runKind = kind === Kind.Mark ? Kind.Letter : kind;
    } else if (kind === Kind.Mark) {
      // a combining mark stays with the letter before it
    } else if (runKind === Kind.Arabic) {
      if (kind !== Kind.Arabic) {
        close(i);
        start = i;
        runKind = kind;
      }
    } else if (kind === Kind.Arabic) {
      close(i);
      start = i;
      runKind = kind;
    } else if (runKind === Kind.Digit && kind === Kind.Letter) {
      runKind = Kind.Letter; // "11am", "3D": Latin letters and digits stay one word
    }
    i += ch.length;
  }
  close(text.length);
  return tokens;
}

// ---------------------------------------------------------------------------------------
// Layer 1: spelling.

const CHAR_MAP: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ؤ': 'و', 'ئ': 'ي', 'ى': 'ي', 'ة': 'ه',
  // Persian and Urdu letter forms typed on other keyboards, and loanword letters.
  'ی': 'ي', 'ې': 'ي', 'ے': 'ي', 'ک': 'ك', 'گ': 'ك', 'ە': 'ه', 'ۀ': 'ه', 'ہ': 'ه', 'ھ': 'ه',
  'ڤ': 'ف', 'پ': 'ب', 'چ': 'ج', 'ژ': 'ز',
};
const CHAR_RE = new RegExp(`[${Object.keys(CHAR_MAP).join('')}]`, 'g');
// Harakat, shadda, sukun, superscript alef, Quranic marks, tatweel.
const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
const TANWEEN_FATH = '\u064b';

/**
 * The spelling-normalised form of one word: letters and digits only, no marks, one form per
 * letter that readers treat as the same (hamza seats, ى/ي, ة/ه), digits 0-9, Latin lower case
 * without accents. Empty when the word has no letter or digit.
 */
export function normalizeChars(word: string): string {
  let s = word.normalize('NFKC').toLowerCase();
  s = s.replace(ARABIC_MARKS, '');
  // ئ before و is the other seat of ؤ (مسئول = مسؤول, شئون = شؤون).
  s = s.replace(/ئو/g, 'وو');
  s = s.replace(CHAR_RE, (c) => CHAR_MAP[c]!);
  s = s.replace(/[\u0660-\u0669]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0x0660 + 48));
  s = s.replace(/[\u06f0-\u06f9]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0x06f0 + 48));
  // Latin (and any other) accents; Arabic hamza marks were handled above.
  s = s.normalize('NFD').replace(/\p{M}/gu, '');
  s = s.replace(/[^\p{L}\p{N}]/gu, '');
  // A hamza on the line after ي at the end is the same word as with ئ or none: شيء، شئ، شىء.
  if (s.length > 2 && s.endsWith('يء')) s = s.slice(0, -1);
  return s;
}

const ARABIC_WORD = /^[\u0621-\u064a]+$/;

// ---------------------------------------------------------------------------------------
// Layer 2: the canonical key.

/** Words that begin with ال but have no article, kept whole (normalised spelling). */
const NO_ARTICLE = new Set([
  'الله', 'اللهم', 'الذي', 'التي', 'الذين', 'اللذين', 'اللذان', 'اللتين', 'اللتان', 'اللاتي', 'اللواتي',
  'اللايي', 'الا', 'الي', 'اليه', 'اليها', 'اليهم', 'اليهما', 'اليك', 'اليكم', 'الينا', 'الان', 'الف',
  'الفا', 'الفي', 'الاف', 'الفين', 'الفان',
]);

/** Words whose ending looks like a plural suffix but is part of the word (normalised spelling). */
const NO_SUFFIX = new Set([
  'بحرين', // البحرين is not a plural of بحر
  'عشرين', 'عشرون', 'ثلاثين', 'ثلاثون', 'اربعين', 'اربعون', 'خمسين', 'خمسون', 'ستين', 'ستون',
  'سبعين', 'سبعون', 'ثمانين', 'ثمانون', 'تسعين', 'تسعون',
]);

// The article with what can be fused before it: conjunction و/ف, then preposition ب/ك/ل
// (ل + ال is written لل). Longest first.
const ARTICLE_GROUPS = ['وبال', 'وكال', 'فبال', 'فكال', 'ولل', 'فلل', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال'];
// Bare proclitics (no article): conjunction, preposition, or both.
const BARE_CLITICS = ['وب', 'وك', 'ول', 'فب', 'فك', 'فل', 'و', 'ف', 'ب', 'ك', 'ل'];
const PRONOUN_SUFFIXES = ['هما', 'كما', 'هم', 'هن', 'ها', 'كم', 'كن', 'نا'];

/**
 * The definite article (and clitics fused to it) removed, or null when there is none. The
 * canonical rule leaves at least 2 letters after a plain ال and 3 after a longer group (so
 * بالغة and والده stay whole); the index also tries 2 after a longer group (والحج).
 */
function stripArticle(s: string, minRestAfterGroup: number): string | null {
  if (NO_ARTICLE.has(s)) return null;
  for (const group of ARTICLE_GROUPS) {
    if (!s.startsWith(group)) continue;
    const rest = s.slice(group.length);
    const min = group === 'ال' ? 2 : minRestAfterGroup;
    if (rest.length >= min && !NO_ARTICLE.has(rest)) return rest;
    if (group === 'ال') return null;
  }
  return null;
}

/** The inflection suffixes removed by the canonical rule: ات, ون/ين (stem of 3+), ة (as ه, stem of 2+). */
function stripSuffix(s: string): string {
  if (NO_SUFFIX.has(s) || NO_ARTICLE.has(s)) return s;
  if (s.length >= 5 && (s.endsWith('ات') || s.endsWith('ون') || s.endsWith('ين'))) return s.slice(0, -2);
  if (s.length >= 3 && s.endsWith('ه')) return s.slice(0, -1);
  return s;
}

function plural(s: string): string {
  return BROKEN_PLURAL_KEYS.get(s) ?? s;
}

function canonical(s: string, hadTanweenFath: boolean): string {
  let stem = stripArticle(s, 3) ?? s;
  // صاروخاً: the alef of an indefinite accusative, when the tanween says so.
  if (hadTanweenFath && stem.length >= 4 && stem.endsWith('ا')) stem = stem.slice(0, -1);
  return plural(stripSuffix(stem));
}

/**
 * The key of one word: what a query word is looked up by, and the first of the keys the same
 * word is indexed under. Non-Arabic words (Latin, digits) are only spelling-normalised.
 */
export function normalizeWord(word: string): string {
  const s = normalizeChars(word);
  if (!ARABIC_WORD.test(s)) return s;
  return canonical(s, word.includes(TANWEEN_FATH));
}

// ---------------------------------------------------------------------------------------
// Layer 3: every key a word is indexed under.

/** The readings of a stem's ending: itself, without a pronoun or dual suffix, without an accusative alef. */
function suffixReadings(stem: string): string[] {
  const out = [stem];
  const add = (s: string): void => {
    out.push(s);
    // A ة before a suffix is written ت (مسؤوليتها, قاعدتين): also read it as ة.
    if (s.length >= 4 && s.endsWith('ت')) out.push(`${s.slice(0, -1)}ه`);
  };
  for (const suffix of PRONOUN_SUFFIXES) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= 3) {
      add(stem.slice(0, -suffix.length));
      break;
    }
  }
  if (stem.endsWith('ان') && stem.length >= 5) add(stem.slice(0, -2)); // dual: صاروخان
  if ((stem.endsWith('ين') || stem.endsWith('ه')) && stem.length >= 5) {
    // قاعدتين, قاعدته: the canonical rule leaves the ت, read it as ة too.
    const cut = stem.endsWith('ين') ? stem.slice(0, -2) : stem.slice(0, -1);
    if (cut.endsWith('ت')) out.push(`${cut.slice(0, -1)}ه`);
  }
  if (stem.endsWith('ا') && stem.length >= 4) out.push(stem.slice(0, -1)); // صاروخا
  return out;
}

/**
 * Every key `word` is indexed under, the canonical key (normalizeWord) first, no duplicates.
 * The extra keys are the readings with a bare proclitic removed (rest of 3+ letters), with a
 * longer article group removed from a 2-letter rest, and with pronoun/dual/accusative endings
 * removed (see suffixReadings), each then put through the canonical suffix rule and table.
 */
export function indexKeys(word: string): string[] {
  const s = normalizeChars(word);
  if (!ARABIC_WORD.test(s)) return s === '' ? [] : [s];
  const keys = new Set<string>([canonical(s, word.includes(TANWEEN_FATH))]);
  const stems: string[] = [];
  const article = stripArticle(s, 3);
  if (article !== null) {
    stems.push(article);
  } else {
    stems.push(s);
    const loose = stripArticle(s, 2);
    if (loose !== null) stems.push(loose);
    if (!NO_ARTICLE.has(s)) {
      for (const clitic of BARE_CLITICS) {
        // (a clitic before ال is an article group, tried above)
        if (s.startsWith(clitic) && s.length - clitic.length >= 3 && !s.startsWith('ال', clitic.length)) {
          stems.push(s.slice(clitic.length));
          break;
        }
      }
    }
  }
  for (const stem of stems) {
    for (const reading of suffixReadings(stem)) keys.add(plural(stripSuffix(reading)));
  }
  return [...keys];
}

/** The canonical keys of `text`, one per tokenize() word, joined by single spaces. */
export function normalizeText(text: string): string {
  return tokenize(text)
    .map((t) => normalizeWord(t.surface))
    .join(' ');
}

// ---------------------------------------------------------------------------------------
// The broken-plural table, as keys: built once from the surface pairs in broken-plurals.ts
// with the same rules, so the table is written in ordinary spelling and cannot drift from them.

function tableKey(surface: string): string {
  const s = normalizeChars(surface);
  return stripSuffix(stripArticle(s, 3) ?? s);
}

const BROKEN_PLURAL_KEYS: Map<string, string> = new Map(
  BROKEN_PLURALS.map(([pluralForm, singular]) => [tableKey(pluralForm), tableKey(singular)] as const).filter(([p, s]) => p !== s),
);

/** For tests and tools: the table as keys (plural key -> singular key). */
export function brokenPluralKeys(): ReadonlyMap<string, string> {
  return BROKEN_PLURAL_KEYS;
}
