// Arabic search normalisation: ONE module, used at index time (Node) and, bundled with
// esbuild, at query time (browser), so a word typed in the search box and the same word in
// an article always get the same key. Pure and dependency-free (no Node APIs; its only
// import is the word lists beside it, lexicon.ts).
//
// Three layers, each applied to one word (tokenize() says what a word is):
//   1. spelling (normalizeChars): what a reader does not see as a different word — harakat
//      and tatweel go; hamza seats (أ إ آ ٱ -> ا, ؤ -> و, ئ -> ي, ئو -> وو so مسئول = مسؤول),
//      ى -> ي, ة -> ه, Persian/Urdu letter forms, Arabic-Indic digits -> 0-9, Latin lower case
//      without accents.
//   2. the canonical key (normalizeWord), the one key a query word is looked up by: the
//      definite article with what is fused to it (ال، وال، فال، بال، كال، لل، ولل، وبال…)
//      removed (the article is a plain ا: ألوان and إلى have none), the sound-plural suffixes
//      (ات، ون، ين) removed, then the word tables of lexicon.ts: broken plurals (صواريخ ->
//      صاروخ) and loanword spellings (أميركا = أمريكا). ة is kept: الشرطة (police) is not شرط
//      (condition). Two homographs the letter rules would join have keys of their own: the
//      preposition على (and عليه…) is not the name علي, and الأحد, الاثنين (weekdays) are not
//      the numerals أحد, اثنين.
//   3. the index keys (indexKeys): the canonical key plus the readings that are only
//      *possible*: a bare proclitic و ف ب ل, or ك before 4+ letters (لإيران, وإيران, لمواقع,
//      كمنطقة — but وزير is a word too), a pronoun or dual ending (مسؤوليتها, صاروخان — but
//      سلمان is a name), ة or ات read as the other (مسؤولية ~ مسؤوليات), a masculine under a
//      feminine (مسؤولة -> مسؤول), an accusative alef (صاروخا), أل read as an article (a
//      query typed without hamza: المانيا). The index stores every reading at the word's
//      position and a query asks for one key, so an ambiguous reading costs no recall and only
//      costs precision when a query is exactly a spurious reading (the query «زير» finds وزير).
// Not handled: verb morphology (prefixes ي ت ن س, suffixes وا تم), roots and derivations
// (on purpose: اتفاقية is not اتفاق), and words of the same spelling (مبني built / مبنى).
//
// Word length guards below are in letters of the spelling-normalised word.
import { BROKEN_PLURALS, CONSTRUCT_PLURALS, FEMININE_ORDINALS, SAME_WORDS, SPELLING_VARIANTS } from './lexicon.ts';

/** One word of the original text: its surface form and UTF-16 offsets [start, end). */
export interface Token {
  surface: string;
  start: number;
  end: number;
}

// ---------------------------------------------------------------------------------------
// Tokenising. A word is a maximal run of Arabic letters (with their marks and tatweel), of
// digits, or of other letters and digits (Latin "F16", "covid"). An Arabic run and a digit
// run touching each other are two words ("11مارس" -> 11, مارس). Everything else (spaces,
// punctuation, quotes, ZWNJ) separates words. A run of marks or tatweel alone is no word.

const OTHER = 0;
const ARABIC = 1;
const DIGIT = 2;
const LETTER = 3;
const MARK = 4;

const LETTER_RE = /\p{L}/u;
const MARK_RE = /\p{M}/u;
const DIGIT_RE = /\p{Nd}/u;

function isArabicBlock(cp: number): boolean {
  return (
    (cp >= 0x0600 && cp <= 0x06ff) ||
    (cp >= 0x0750 && cp <= 0x077f) ||
    (cp >= 0x0870 && cp <= 0x08ff) ||
    (cp >= 0xfb50 && cp <= 0xfdff) ||
    (cp >= 0xfe70 && cp <= 0xfeff)
  );
}

function kindOf(cp: number): number {
  if (cp < 0x80) {
    if ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a)) return LETTER;
    if (cp >= 0x30 && cp <= 0x39) return DIGIT;
    return OTHER;
  }
  if (cp >= 0x0621 && cp <= 0x065f) return ARABIC; // letters, tatweel, harakat: the common case
  if (cp >= 0x0660 && cp <= 0x0669) return DIGIT;
  // The rest by Unicode property: the character made only here, past the common cases.
  const ch = String.fromCodePoint(cp);
  if (DIGIT_RE.test(ch)) return DIGIT;
  if (MARK_RE.test(ch)) return isArabicBlock(cp) ? ARABIC : MARK;
  if (LETTER_RE.test(ch)) return isArabicBlock(cp) ? ARABIC : LETTER;
  return OTHER;
}

const NOT_A_WORD = /^[\u0640\p{M}]*$/u;

/** The words of `text`, in order, with their offsets: word i here is position i in the index. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let start = -1;
  let run = OTHER;
  const close = (end: number): void => {
    if (start >= 0) {
      const surface = text.slice(start, end);
      if (!NOT_A_WORD.test(surface)) tokens.push({ surface, start, end });
    }
    start = -1;
    run = OTHER;
  };
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const kind = kindOf(cp);
    if (kind === OTHER) {
      close(i);
    } else if (start < 0) {
      start = i;
      run = kind === MARK ? LETTER : kind;
    } else if (kind === MARK) {
      // a combining mark stays with the letter before it
    } else if (run === ARABIC ? kind !== ARABIC : kind === ARABIC) {
      close(i);
      start = i;
      run = kind;
    } else if (run === DIGIT && kind === LETTER) {
      run = LETTER; // "11am", "3D": Latin letters and digits stay one word
    }
    i += width;
  }
  close(text.length);
  return tokens;
}

// ---------------------------------------------------------------------------------------
// Layer 1: spelling.

const CHAR_MAP: Record<string, string> = {
  'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ؤ': 'و', 'ئ': 'ي', 'ى': 'ي', 'ة': 'ه',
  // Persian and Urdu letter forms typed on other keyboards, and loanword letters.
  'ی': 'ي', 'ې': 'ي', 'ے': 'ي', 'ک': 'ك', 'گ': 'ك', 'ە': 'ه', 'ۀ': 'ه', 'ہ': 'ه', 'ھ': 'ه',
  'ڤ': 'ف', 'پ': 'ب', 'چ': 'ج', 'ژ': 'ز',
};
const CHAR_RE = new RegExp(`[${Object.keys(CHAR_MAP).join('')}]`, 'g');
// Harakat, shadda, sukun, superscript alef, Quranic marks, tatweel.
const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
const TANWEEN_FATH = '\u064b';
const ALEF_HAMZA = /[أإآ]/g;

/**
 * Spelling as normalizeChars() gives it, but with أ إ آ still there: the article is a plain
 * ا (hamzat wasl), so ألوان and إلى have none, whatever their normalised spelling says.
 * Same length as the normalised form (the alef mapping is one letter for one letter).
 */
function spellKeepingHamzaAlef(word: string): string {
  let s = word.normalize('NFKC').toLowerCase();
  s = s.replace(ARABIC_MARKS, '');
  s = s.replace(/ئو/g, 'وو'); // ئ before و is the other seat of ؤ (مسئول = مسؤول, شئون = شؤون)
  // So is ء on the line before و, inside a word (الدءوب = الدؤوب, جاءوا = جاؤوا).
  s = s.replace(/(?<=.)ءو/g, 'وو');
  // A final hamza after ا takes its case's seat before a pronoun (أبناؤه, أبنائه, أبناءه: his
  // sons): one form, ء. Not before ي, a nisba's (ثنائي, غذائي), nor مائه (مائة, a hundred).
  if (!/^(?:[وفبلك]|ال)*مائه$/.test(s)) s = s.replace(SEAT_BEFORE_PRONOUN, 'ء');
  // A final hamza after ي is written on the line (سيء، بطيء، شيء) or on its own seat (سيئ،
  // بطيئ، شئ), with the ي or without it: one form, ئ without the ي before it. Only at the end:
  // inside a word (هيئة, بيئة) dropping it would meet other words (هيأته).
  s = s.replace(/(?<=.)ي+ئ$/, 'ئ');
  s = s.replace(CHAR_RE, (c) => CHAR_MAP[c]!);
  s = s.replace(/[\u0660-\u0669]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0x0660 + 48));
  s = s.replace(/[\u06f0-\u06f9]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0x06f0 + 48));
  // Latin (and any other) accents; NFD would split أ into ا + hamza, so protect it.
  if (/[^\u0000-\u007f\u0600-\u06ff]/.test(s)) s = s.replace(/[^أإآ]+/g, (run) => run.normalize('NFD').replace(/\p{M}/gu, ''));
  s = s.replace(/[^\p{L}\p{N}]/gu, '');
  // A hamza on the line after ي at the end is the same word as with ئ or none: شيء، شئ، شىء,
  // also with the ي doubled (السييء).
  if (s.length > 2 && s.endsWith('يء')) s = s.replace(/ي+ء$/, 'ي');
  return s;
}

/**
 * The spelling-normalised form of one word: letters and digits only, no marks, one form per
 * letter that readers treat as the same (hamza seats, ى/ي, ة/ه), digits 0-9, Latin lower case
 * without accents. Empty when the word has no letter or digit.
 */
export function normalizeChars(word: string): string {
  return spellKeepingHamzaAlef(word).replace(ALEF_HAMZA, 'ا');
}

const ARABIC_WORD = /^[\u0621-\u064a]+$/;

// ---------------------------------------------------------------------------------------
// Layer 2: the canonical key.

/**
 * Words that begin with ال but have no article (normalised spelling), for when hamza is not
 * written; with them, the tables' words in أل typed with a bare ا (القاب is ألقاب, not ال + قاب).
 */
const NO_ARTICLE = new Set([
  'الله', 'اللهم', 'الذي', 'التي', 'الذين', 'اللذين', 'اللذان', 'اللتين', 'اللتان', 'اللاتي', 'اللواتي',
  'اللايي', 'الا', 'الي', 'اليه', 'اليها', 'اليهم', 'اليهما', 'اليك', 'اليكم', 'الينا', 'الان',
  'الفا', 'الفي', 'الاف', 'الفين', 'الفان',
  ...[BROKEN_PLURALS, SPELLING_VARIANTS, SAME_WORDS, FEMININE_ORDINALS].flatMap((table) => table.flat().filter((w) => w.startsWith('أل')).map((w) => `ا${w.slice(1)}`)),
]);

/** Words whose ending looks like a plural suffix but belongs to the word (normalised spelling). */
const NO_SUFFIX = new Set([
  'بحرين', // البحرين is not a plural of بحر
  'مليون', // nor مليون of ملي (مليء, full, without its hamza)
  'عشرين', 'عشرون', 'ثلاثين', 'ثلاثون', 'اربعين', 'اربعون', 'خمسين', 'خمسون', 'ستين', 'ستون',
  'سبعين', 'سبعون', 'ثمانين', 'ثمانون', 'تسعين', 'تسعون',
  // Names and nouns in ان that are no duals, whose stem is another word: سليمان is not سليم,
  // طالبان (the Taliban) not طالب, مهرجان (festival) not مهرج (clown), طيران not طير (birds).
  'سليمان', 'طالبان', 'مهرجان', 'طيران',
]);

// Feminine nouns whose form without ة is another word (see NOT_MASCULINE_OF) and whose ات
// plural is theirs: جامعات, مكتبات, رياضات are keyed with ة (جامعة), not as جامع (mosque),
// مكتب (office), الرياض. The masculine's plural is broken (جوامع, مكاتب). Not حمامات, خلافات,
// تجارات (the masculine's), nor مدرسات (female teachers, the feminine of مدرس).
const FEMININE_AT_PLURAL = new Set([
  'رياض', 'جامع', 'مكتب', 'منطق', 'قاعد', 'مدين', 'عاصم', 'امان', 'مكان',
  // From the corpus's ة nouns in 150+ places whose form without ة is a word in 100+ (.scratch
  // list; most are adjectives, whose masculine is the same word): محافظة (governorate) not
  // محافظ (governor), مجموعة not مجموع (total), مؤسسة not مؤسس (founder), منظمة not منظم,
  // بطولة not بطول, مساعدة (aid) not مساعد (assistant), متابعة not متابع, منافسة not منافس,
  // مخالفة not مخالف, محاكمة not محاكم (courts), مقاطعة not مقاطع, كتابة not كتاب, قراءة not
  // قراء, صناعة not صناع, زيادة not زياد, مقابلة not مقابل, واجهة not واجه, عمادة not عماد,
  // عبادة not عباد, عمارة not عمار, محاضرة not محاضر, مصالحة not مصالح, كرامة not كرام,
  // مشاهدة not مشاهد, مراجعة not مراجع, معالجة not معالج, مركبة not مركب.
  'محافظ', 'مجموع', 'موسس', 'منظم', 'بطول', 'مساعد', 'متابع', 'منافس', 'مخالف', 'محاكم', 'مقاطع',
  'كتاب', 'قراء', 'صناع', 'زياد', 'مقابل', 'واجه', 'عماد', 'عباد', 'عمار', 'محاضر', 'مصالح', 'كرام',
  'مشاهد', 'مراجع', 'معالج', 'مركب', 'مشارك',
  // And nouns in ية whose form without ة is an adjective of another sense: عملية (operation)
  // is not عملي (practical), جمعية (association) not جمعي (collective).
  'عملي', 'جمعي',
  // آليات (mechanisms) is آلية's plural, not a plural of آلي (automatic).
  'الي',
  // Two more from the index's secondary keys: طائرة (aircraft) is not طائر (bird), جماعة
  // (group) not جماع.
  'طاير', 'جماع',
]);

// The article with what can be fused before it: conjunction و/ف, then preposition ب/ك/ل
// (ل + ال is written لل). Longest first.
const ARTICLE_GROUPS = ['وبال', 'وكال', 'فبال', 'فكال', 'ولل', 'فلل', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال'];
// Bare proclitics (no article): conjunction, preposition, or both, with the least letters
// that must follow. ك (as, like) only before 4: it rarely comes before a bare noun (كمنطقة)
// but begins very many words whose remainders are other common words (كانت -> انت, كامل -> امل).
const BARE_CLITICS: ReadonlyArray<readonly [clitic: string, minRest: number]> = [
  ['وب', 3], ['ول', 3], ['وك', 4], ['فب', 3], ['فل', 3], ['فك', 4], ['و', 3], ['ف', 3], ['ب', 3], ['ل', 3], ['ك', 4],
];
// Common words whose first letter is their own, though it looks like a bare proclitic, and
// whose remainder is another common word (normalised spelling): not indexed under that word.
// Without this, كرة (ball) found every فكرة (idea), طاقة (energy) every بطاقة (card), يصل
// (arrives) every فيصل, تحت (under) every فتحت (opened), العلا every فعلا (indeed). Chosen
// by hand from the SaudiNewsNet words in 150+ places whose remainder is in 80+, and from the
// keys the corpus's pages get only as a secondary reading (.scratch lists of candidates: most
// are true clitics, وقال, بشكل, بنسبة).
const NOT_CLITIC = new Set([
  'فيصل', 'لجنه', 'لجان', 'فكره', 'بطاقه', 'بطاقات', 'فعاليه', 'فعاليات', 'وجهه', 'وجهات', 'بنيه',
  'فنيه', 'فعلا', 'فعليا', 'فتحت', 'فرقه', 'ورقه', 'بحيره', 'فداء', 'لسان', 'وسايل', 'وحده', 'وجود',
  'وعود', 'وسام', 'وادي', 'ولايه', 'وحدات', 'واصل', 'بلديه',
]);
// Not بعيد (far): read in its sentences, it is as often ب + عيد (بعيد الفطر, 424 of the
// corpus's 928). Of the entries read so (بطاقة, بنية, لسان, فتحت, واصل, وحدة, وعود), each is
// mostly a word of its own; بطاقة is ب + طاقة in about 40 of 477 (بطاقة إنتاجية, with a capacity).
const PRONOUN_SUFFIXES = ['هما', 'كما', 'هم', 'هن', 'ها', 'كم', 'كن', 'نا'];
// A final hamza's seat after ا before a pronoun (spellKeepingHamzaAlef): the pronouns with ه
// and ك, not نا (كائنا is كائن + the accusative alef).
const SEAT_BEFORE_PRONOUN = new RegExp(`(?<=..ا)[ئؤ](?=(?:${['ه', 'ك', ...PRONOUN_SUFFIXES.filter((p) => p !== 'نا')].join('|')})$)`);

/**
 * How many letters of article (and clitics fused to it) `s` begins with, or 0. The canonical
 * rule leaves at least 2 letters after a plain ال and 3 after a longer group (so بالغة and
 * والده stay whole); the index also tries 2 after a longer group (والحج).
 */
function articleLength(s: string, kept: string, minRestAfterGroup: number): number {
  if (NO_ARTICLE.has(s)) return 0;
  for (const group of ARTICLE_GROUPS) {
    if (!kept.startsWith(group)) continue;
    const rest = s.slice(group.length);
    const min = group === 'ال' ? 2 : minRestAfterGroup;
    if (rest.length >= min) return group.length;
    if (group === 'ال') return 0;
  }
  return 0;
}

/**
 * The canonical rule for endings: a sound plural suffix removed (ون، ين: stem of 3+; ات: stem
 * of 3+, or of 2 with ة put back, since short ات plurals are of ة nouns: غارات -> غارة, مرات -> مرة).
 */
function suffixCanonical(s: string): string {
  if (NO_SUFFIX.has(s) || NO_ARTICLE.has(s)) return s;
  if (s.endsWith('ات') && s.length >= 4) {
    const stem = s.slice(0, -2);
    return stem.length <= 3 || FEMININE_AT_PLURAL.has(stem) ? `${stem}ه` : stem;
  }
  if (s.length >= 5 && (s.endsWith('ون') || s.endsWith('ين')) && !afterAlef(s)) {
    // الدولتين, اللغتين: the dual of a noun in ة, written ت before the ending, keyed as that
    // noun (a dual query finds the singular). Nouns whose own last letter is ت (وقتين) lose
    // their singular to this; they are far fewer than the ة nouns.
    return s.endsWith('تين') ? `${s.slice(0, -3)}ه` : s.slice(0, -2);
  }
  // الدولتان: the same dual in the nominative, but for the names and nouns in ستان
  // (باكستان, بستان), which are no duals.
  if (s.length >= 5 && s.endsWith('تان') && !s.endsWith('ستان')) return `${s.slice(0, -3)}ه`;
  return s;
}

/**
 * A final ين/ون after ا is never a sound plural or dual ending (those never follow an alef) but
 * the word's own letters: كمائن (ambushes), خزائن, تباين, تعاون. Read as an ending, كمائن became
 * كما (as, like) and was found on nearly every page.
 */
const afterAlef = (s: string): boolean => s.at(-3) === 'ا';

/**
 * A stem's key by the word tables. The feminine ordinals map only a word's own stem, not a
 * reading derived from it: الأولية (preliminary) also reads as the masculine أولي, which must
 * not become أول.
 */
function plural(s: string, derived = false): string {
  return WORD_KEYS.get(s) ?? (derived ? undefined : ORDINAL_KEYS.get(s)) ?? s;
}

/**
 * The key of a stem without its plural ending (suffixCanonical), then through the tables; but
 * a sound plural's stem is a singular, not a broken plural: المشاهدين (viewers) is مشاهد, not
 * مشهد (مشاهد, scenes), unless the table lists the sound plural itself (محامين, مصلين).
 */
function keyOf(stem: string, derived = false): string {
  const base = suffixCanonical(stem);
  return isSoundPluralStem(stem, base) ? base : plural(base, derived);
}

/** `base` is `stem` (suffixCanonical) without a sound plural's ين or ون, and not a sound plural the table lists. */
const isSoundPluralStem = (stem: string, base: string): boolean => base === stem.slice(0, -2) && /(?:ين|ون)$/.test(stem) && !SOUND_PLURAL_KEYS.has(base);

/** A loanword's other spelling rewritten to the preferred one (أميركي -> أمريكي). */
function respell(stem: string): string {
  for (const [variant, preferred] of VARIANT_PREFIXES) if (stem.startsWith(variant)) return preferred + stem.slice(variant.length);
  return stem;
}

// Two weekdays whose names without the article are numerals: الأحد (Sunday) is not أحد (one,
// anyone: أحد أبرز…), الاثنين (Monday) not اثنين (two). With the article they keep it in their key.
const DAYS_NOT_NUMERALS = new Set(['احد', 'اثنين']);

// The initial hamza's seat tells two words apart where the word has the shape of a form IV
// masdar, إفعال (إعداد, إنفاق, إعلام) or إفالة (إدارة, إقامة, إصابات), or of إمام: spelled with
// أ the same letters are another word, a plural (أعداد, أنفاق, أعلام), a verb (أدار, أقام,
// أصاب) or a preposition (أمام), and a reader who types the hamza means one of them. Shapes
// on the folded stem, its suffixes (ة ات) and an attached pronoun allowed; names and
// loanwords whose seat varies (إسبانيا/أسبانيا, إبريل/أبريل, إفريقيا) have other shapes, and
// so do nisbas: no أفعالي is another word, and writers put أخصائي as إخصائي too.
const MASDAR_ENDING = '(?:ات|ه|ت|ا)?'; // ا: the accusative (اتصالا)
const PRONOUN_END = `(?:${['ه', ...PRONOUN_SUFFIXES].join('|')})?`;
const MASDAR_SHAPE = new RegExp(`^ا(?:[^ا]{2}ا[^ا]|[^ا]ا[^ا])${MASDAR_ENDING}${PRONOUN_END}$`);
// The mark of such a key, in place of its first letter: ة, which no folded key holds (it is
// folded to ه). Not إ itself: Pagefind splits it into ا and a combining hamza, which it drops.
const SEAT = 'ة';

/**
 * How the initial hamza of a stem of that shape is written: 'explicit' (إ: keyed apart, as
 * SEAT + the rest, never through the plural table, which lists أفعال plurals), 'open' (a bare ا:
 * either word, so keyed both ways) or undefined (written أ or آ, another shape, or no alef).
 * `keptStem` has the hamza alef kept (spellKeepingHamzaAlef), `stem` is its folded form.
 */
function seatOf(keptStem: string, stem: string): 'explicit' | 'open' | undefined {
  if (!MASDAR_SHAPE.test(stem)) return undefined;
  return keptStem.startsWith('إ') ? 'explicit' : keptStem.startsWith('ا') ? 'open' : undefined;
}

/** A reading's key for an initial إ (see seatOf), SEAT for the ا every reading of such a stem begins with. */
const seatKey = (reading: string): string => SEAT + suffixCanonical(reading).slice(1);

// آلي (automatic), آلية, آليات: with the madda folded to ا their keys are those of إلى, إليه
// (الي, اليه), in nearly every page, and a search for الآلي found them all. Written with آ, they
// are keyed apart, SEAT for the آ (as for an explicit إ); typed with a bare ا they stay إلى.
const MADDA_APART = new Set(['الا', 'الي', 'اليه', 'اليها', 'اليهم', 'اليهما', 'اليك', 'اليكم', 'الينا']);
const maddaApart = (keptStem: string, key: string): string => (keptStem.startsWith('آ') && MADDA_APART.has(key) ? SEAT + key.slice(1) : key);

function canonical(s: string, kept: string, hadTanweenFath: boolean): string {
  const article = articleLength(s, kept, 3);
  if (article > 0 && DAYS_NOT_NUMERALS.has(s.slice(article))) return `ال${s.slice(article)}`;
  let stem = respell(s.slice(article));
  // صاروخاً: the alef of an indefinite accusative, when the tanween says so.
  if (hadTanweenFath && stem.length >= 4 && stem.endsWith('ا')) stem = stem.slice(0, -1);
  if (seatOf(kept.slice(article), s.slice(article)) === 'explicit') return seatKey(stem);
  return maddaApart(kept.slice(article), keyOf(stem));
}

/**
 * A word with its hamza inside typed on the other seat, ئ for ؤ or ؤ for ئ (التسائل for التساؤل,
 * تفائل for تفاؤل), harakat dropped: a misplaced seat is a common misspelling, and the seats fold
 * to different letters (ي, و). Undefined for a word with neither inside it, or where the swap
 * does not change its key (مسئول is already مسؤول).
 */
export function swapHamzaSeats(word: string): string | undefined {
  const bare = word.normalize('NFKC').replace(ARABIC_MARKS, '');
  if (!/[ؤئ]./.test(bare)) return undefined;
  const swapped = bare.replace(/[ؤئ](?=.)/g, (seat) => (seat === 'ؤ' ? 'ئ' : 'ؤ'));
  return normalizeWord(swapped) === normalizeWord(word) ? undefined : swapped;
}

/**
 * The other key a query word may mean: for a stem of the masdar shape written with a bare ا
 * (اعداد: إعداد or أعداد), its إ key beside the canonical one. The search looks up both.
 */
export function seatAlternative(word: string): string | undefined {
  const kept = spellKeepingHamzaAlef(word);
  const s = kept.replace(ALEF_HAMZA, 'ا');
  if (!ARABIC_WORD.test(s) || isAla(word)) return undefined;
  const article = articleLength(s, kept, 3);
  if (seatOf(kept.slice(article), s.slice(article)) !== 'open') return undefined;
  const key = seatKey(respell(s.slice(article)));
  return key === normalizeWord(word) ? undefined : key;
}

// The preposition على, alone or with a pronoun (عليه، عليها، علينا…), after و or ف: ى/ي folding
// would make it the name علي (Ali), a word news text is full of, and the pronoun forms are
// written with ي anyway. They get a key of their own, with ى kept (no other key has one).
const ALA = /^[وف]?(?:على|علي(?:ه|ها|هم|هما|هن|ك|كم|كما|كن|نا))$/;
const ALA_KEY = 'على';
/** The keys of those homographs: a word keyed so has no other reading. */
const OWN_KEYS = new Set([ALA_KEY, ...[...DAYS_NOT_NUMERALS].map((day) => `ال${day}`)]);
const isAla = (word: string): boolean => ALA.test(word.normalize('NFKC').replace(ARABIC_MARKS, ''));

/**
 * A memo of at most twice `limit` words that keeps the words in use: when the recent half is
 * full it becomes the older half, and a word found there moves back. An index worker meets
 * about 350,000 distinct words over its shards; a memo cleared whenever full (as this one was)
 * computed the keys of every common word again after each clearing.
 */
class WordMemo<T> {
  private recent = new Map<string, T>();
  private older = new Map<string, T>();
  constructor(private readonly limit: number) {}
  get(word: string): T | undefined {
    const value = this.recent.get(word);
    if (value !== undefined) return value;
    const old = this.older.get(word);
    if (old !== undefined) this.set(word, old);
    return old;
  }
  set(word: string, value: T): T {
    if (this.recent.size >= this.limit) {
      this.older = this.recent;
      this.recent = new Map();
    }
    this.recent.set(word, value);
    return value;
  }
}
const wordCache = new WordMemo<string>(100_000);
const keysCache = new WordMemo<string[]>(100_000);

/**
 * The key of one word: what a query word is looked up by, and the first of the keys the same
 * word is indexed under. Non-Arabic words (Latin, digits) are only spelling-normalised.
 */
export function normalizeWord(word: string): string {
  const cached = wordCache.get(word);
  if (cached !== undefined) return cached;
  if (isAla(word)) return wordCache.set(word, ALA_KEY);
  const kept = spellKeepingHamzaAlef(word);
  const s = kept.replace(ALEF_HAMZA, 'ا');
  return wordCache.set(word, ARABIC_WORD.test(s) ? canonical(s, kept, word.includes(TANWEEN_FATH)) : s);
}

// ---------------------------------------------------------------------------------------
// Layer 3: every key a word is indexed under.

// Feminine nouns whose form without ة is another common word, not their masculine: الرياضة
// (sport) is not الرياض (Riyadh), جامعة not جامع (mosque), مكتبة not مكتب, مدرسة not مدرس,
// منطقة not منطق, قاعدة not قاعد, مدينة not مدين, عاصمة not the name عاصم, حمامة not حمام,
// السلامة (safety) not السلام (peace), التجارة (trade) not التجار (merchants), الخلافة
// (caliphate) not الخلاف (disagreement), الأمانة (secretariat) not الأمان (safety), المكانة
// (standing) not المكان (place).
// From the same list, nouns whose ات plural is not theirs or rare (قوائم, طرق, دقائق):
// قائمة (list) not قائم, سياحة not سياح (tourists), سيطرة not the verb سيطر, دقيقة (minute) not
// دقيق (flour), استفادة not استفاد, طريقة not طريق (road), معارضة not معارض, مقدمة not مقدم,
// ظاهرة not ظاهر, واقعة not واقع (reality), مراقبة not مراقب, the name ربيعة not ربيع, سيولة
// (liquidity) not سيول (floods), بريدة (the city) not بريد (mail), رابطة not رابط, عقيدة not
// عقيد (colonel), قبيلة not قبيل, جلالة not جلال, الحديدة not حديد (iron), غرامة not غرام,
// موقعة not موقع, مركزة not مركز, طائفة not الطائف, المجمعة not مجمع, حراسة not حراس, مبالغة
// not مبالغ (amounts); قضية (a case) not قضي, the ي spelling of قضى (spent, decided); رؤية
// not روى (narrated), بقية not بقي, كلية (college) not كلي, ولاية (state) not ولاء (loyalty),
// البنية (structure) not بني (the tribes' بني), معرفة (knowledge) not معرف (an identifier).
const NOT_MASCULINE_OF = new Set([
  'مدرس', 'حمام', 'سلام', 'تجار', 'خلاف', ...FEMININE_AT_PLURAL,
  'قايم', 'سياح', 'سيطر', 'دقيق', 'استفاد', 'طريق', 'معارض', 'مقدم', 'ظاهر', 'واقع', 'مراقب', 'ربيع',
  'سيول', 'بريد', 'رابط', 'عقيد', 'قبيل', 'جلال', 'حديد', 'غرام', 'موقع', 'مركز', 'طايف', 'مجمع',
  'حراس', 'مبالغ', 'قضي', 'روي', 'بقي', 'كلي', 'ولاي', 'بني', 'معرف',
]);
// Nouns in اة whose ات plural turns the alef into ي (مباراة -> مباريات, متوفاة -> متوفيات),
// read under that plural's key; not where that key is another common word: معاناة (suffering)
// would read as معاني (meanings).
const NOT_IN_AT_PLURAL = new Set(['معاناه']);

/**
 * A word before an attached pronoun that ends in ي or و: a sound plural or a dual in construct,
 * which drops its ن (مواطنيها, دائنوها, لاعبيه, والديه): read it without that letter too, and a
 * ت left before it as ة (ابنتيه, نسختيها). Only from 5 letters: أبوها, كرسيها, ناديه keep theirs.
 */
function constructReadings(base: string): string[] {
  if (base.length < 5 || !/[يو]$/.test(base)) return [];
  const one = base.slice(0, -1);
  return one.endsWith('ت') ? [one, `${one.slice(0, -1)}ه`] : [one];
}

/** A base that ends in اي or او, as before a pronoun (أسمائهم, زملاؤه), read with its final ء. */
const finalHamza = (base: string): string[] => (base.length >= 4 && /ا[يو]$/.test(base) ? [`${base.slice(0, -1)}ء`] : []);

/**
 * The readings of a stem's ending, itself first. `afterPreposition`: the stem followed a bare
 * ب, ل or ك (alone or after و/ف), so its case is genitive and a final alef is its own.
 * `pronounHa`: the word was written with a final ه and no article, so that ه is the pronoun.
 */
function endingReadings(stem: string, afterPreposition: boolean, pronounHa: boolean): string[] {
  const out = [stem];
  if (NO_SUFFIX.has(stem) || NO_ARTICLE.has(stem)) return out;
  // Without an attached pronoun (مسؤولياتهم -> مسؤوليات), whose ة is written ت (مسؤوليتها).
  const bases = [stem];
  for (const suffix of PRONOUN_SUFFIXES) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= 3) {
      const base = stem.slice(0, -suffix.length);
      bases.push(base);
      if (base.length >= 3 && base.endsWith('ت')) bases.push(`${base.slice(0, -1)}ه`);
      break;
    }
  }
  // The pronoun ك alone is read only after a ة written ت (هويتك, حياتك, قدراتك): on other words
  // a final ك is mostly the word's own (هناك, مبارك, مشترك). Words in تك that are not this are
  // few and foreign (أرابتك, أتليتك), and gain only an unused key.
  if (bases.length === 1 && stem.length >= 5 && stem.endsWith('تك')) {
    const base = stem.slice(0, -1);
    bases.push(base, `${base.slice(0, -1)}ه`);
  }
  out.push(...bases.slice(1));
  // أسمائهم, أعضائها: before a pronoun a final hamza sits on ي, or on و in the nominative
  // (زملاؤها, أعضاؤه); read it as the word's own ء.
  if (bases.length > 1) out.push(...finalHamza(bases[1]!));
  if (bases.length > 1) out.push(...constructReadings(bases[1]!));
  // مفتشو الوكالة, مقاتلو التنظيم: a participle's sound plural in construct, with no pronoun,
  // ends in و. Only a participle's shape (م, then not ا: not the names ماريو, ماركو, whose
  // readings would be ماري, مارك), 5 letters and more; the ي of the other case is left alone, as
  // it is a nisba's as often (مصري is not مصر).
  if (bases.length === 1 && stem.length >= 5 && stem.startsWith('م') && stem[1] !== 'ا' && stem.endsWith('و')) out.push(stem.slice(0, -1));
  // With ي, only the participles listed (lexicon.ts, CONSTRUCT_PLURALS): مراقبي, مسؤولي.
  if (bases.length === 1 && CONSTRUCT_STEMS.has(stem)) out.push(stem.slice(0, -1));
  for (const base of bases) {
    // مباراة ~ مباريات (5+ letters: short اة nouns are mostly plurals themselves: قضاة, دعاة).
    if (base.length >= 5 && base.endsWith('اه') && !NOT_IN_AT_PLURAL.has(base)) out.push(`${base.slice(0, -2)}يات`);
    for (const dual of ['ان', 'ين']) {
      // dual: صاروخان, قاعدتان, قاعدتين (the canonical rule leaves the ت of تين). In ان, from a
      // stem of 4 letters: three letters and ان are mostly a name or a masdar, whose stem is
      // another common word (سلمان: سلم, عدنان: عدن, شعبان: شعب, عمران: عمر, دوران: دور, فقدان:
      // فقد, ألمان: ألم), and the corpus's few such duals (طرفان, شخصان) have their ين form too.
      if (base.length >= (dual === 'ان' ? 6 : 5) && base.endsWith(dual) && !afterAlef(base)) {
        const one = base.slice(0, -2);
        out.push(one);
        if (one.endsWith('ت')) out.push(`${one.slice(0, -1)}ه`);
      }
    }
    if (base.length >= 4 && base.endsWith('ات')) {
      const one = base.slice(0, -2);
      if (!FEMININE_AT_PLURAL.has(one)) out.push(one); // مسؤوليات ~ مسؤولي
      out.push(`${one}ه`); // ~ مسؤولية
    }
    if (base.endsWith('ه')) {
      // A masculine under a feminine (مسؤولة -> مسؤول, إيرانية -> إيراني), or a pronoun ه
      // (موقعه). Not for short stems, where it is mostly another word (الشرطة/شرط, العامة/عام),
      // unless the word was written with ه: then it is the pronoun (نوعه -> نوع, حقه -> حق).
      const masculine = base.slice(0, -1);
      const pronoun = pronounHa && base === stem;
      const min = pronoun ? 2 : 4;
      // The lists say which ة nouns are not their masculine; a pronoun ه is on the word itself
      // (كتابه, his book; موقعه, its site).
      const other = NOT_MASCULINE_OF.has(masculine) && !pronoun;
      if (!other && (masculine.length >= min || (masculine.length >= 3 && masculine.endsWith('ي')))) out.push(masculine);
      if (masculine.length >= Math.max(min, 3) && masculine.endsWith('ت')) out.push(`${masculine.slice(0, -1)}ه`); // قاعدته, خطته
      if (pronoun) out.push(...constructReadings(masculine)); // مواطنيه, مساعدوه
      // شركائه, زملاؤه: before the pronoun a final hamza sits on ي or و, as with the others above.
      if (!other) out.push(...finalHamza(masculine));
    }
  }
  // صاروخا: an accusative alef (not after a pronoun ها, nor after a preposition, which takes the
  // genitive: كاميرا is not ك + اميرا; after و or ف it may be: ويتيما is و + يتيما);
  // after ن it may be either: قانونا is قانون, or قانو + نا.
  if ((bases.length === 1 || stem.endsWith('نا')) && !afterPreposition && stem.length >= 4 && stem.endsWith('ا') && !NAMES_IN_YA.has(stem)) out.push(stem.slice(0, -1));
  return out;
}

// Names in يا (and a few nouns), whose form without the alef is their nisba, which is not the
// name (سوريا is not السوري): no accusative alef to read off them, though رئيسيا and حاليا keep
// theirs. On the whole corpus, a search for السوري (784 pages with it) also returned 665 with
// only سوريا, for التركي 490 with only تركيا, for الألماني 366, for الروسي 360. Normalised spelling.
const NAMES_IN_YA = new Set([
  'سوريا', 'تركيا', 'روسيا', 'ليبيا', 'بريطانيا', 'المانيا', 'مانيا', 'ايطاليا', 'استراليا', 'اسبانيا',
  'نيجيريا', 'اثيوبيا', 'اندونيسيا', 'ماليزيا', 'كينيا', 'كوريا', 'كولومبيا', 'ارمينيا', 'جورجيا',
  'رومانيا', 'بلغاريا', 'صربيا', 'كرواتيا', 'البانيا', 'اسيا', 'افريقيا', 'تنزانيا', 'موريتانيا', 'بوليفيا',
  // Nouns of the same make: جغرافيا (geography) is not الجغرافي (geographic).
  'جغرافيا', 'تكنولوجيا', 'بيولوجيا', 'ايديولوجيا', 'ايدولوجيا', 'فوتوغرافيا',
]);

/**
 * Every key `word` is indexed under, the canonical key (normalizeWord) first, no duplicates.
 * The others are the readings with a bare proclitic removed (rest of 3+ letters), with a
 * longer article group removed from a 2-letter rest, and with the endings of endingReadings()
 * removed, each then put through the canonical ending rule and the broken-plural table.
 */
export function indexKeys(word: string): string[] {
  const cached = keysCache.get(word);
  if (cached !== undefined) return cached;
  const kept = spellKeepingHamzaAlef(word);
  const s = kept.replace(ALEF_HAMZA, 'ا');
  if (!ARABIC_WORD.test(s)) return keysCache.set(word, s === '' ? [] : [s]);
  const canonicalKey = normalizeWord(word);
  if (OWN_KEYS.has(canonicalKey)) return keysCache.set(word, [canonicalKey]);
  // Written with ه, not ة, and without the article: the ending can only be the pronoun (نوعه،
  // حقه، خطته; الخطه is الخطة typed with ه).
  const pronounHa = /ه$/.test(word.replace(ARABIC_MARKS, ''));
  const keys = new Set<string>([canonicalKey]);
  const stems: [stem: string, afterPreposition: boolean, pronoun: boolean][] = [];
  const article = articleLength(s, kept, 3);
  if (article > 0) {
    stems.push([s.slice(article), false, false]); // an article never comes with a pronoun
    // للجنة, للبنان: ل before a word that begins with ل is written the same as ل + ال.
    // Not before a hamza alef: للأزمات is ل + الأزمات, never ل + لأزمات.
    if (s.slice(0, article).endsWith('لل') && s.length - article >= 2 && !/^[أإآ]/.test(kept.slice(article))) stems.push([s.slice(article - 1), true, pronounHa]);
  } else {
    stems.push([s, false, pronounHa]);
    const loose = articleLength(s, kept, 2);
    if (loose > 0) stems.push([s.slice(loose), false, false]);
    // ألمانيا written without its hamza reads as ال + مانيا: index that reading too.
    if (kept.startsWith('أل') && s.length >= 4) stems.push([s.slice(2), false, false]);
    if (!NO_ARTICLE.has(s) && !NOT_CLITIC.has(s)) {
      for (const [clitic, minRest] of BARE_CLITICS) {
        if (kept.startsWith(clitic) && s.length - clitic.length >= minRest) {
          // والله -> الله, والحج -> الحج -> حج: what follows the clitic may have its own article.
          const rest = s.slice(clitic.length);
          const restArticle = articleLength(rest, kept.slice(clitic.length), 2);
          stems.push([rest.slice(restArticle), clitic !== 'و' && clitic !== 'ف', pronounHa && restArticle === 0]);
        }
      }
    }
  }
  for (const [stem, afterPreposition, pronoun] of stems) {
    // Every stem is an ending of s, so its kept spelling is the same ending of kept.
    const keptStem = kept.slice(s.length - stem.length);
    const seat = seatOf(keptStem, stem);
    const add = (key: string): void => void keys.add(maddaApart(keptStem, key));
    endingReadings(respell(stem), afterPreposition, pronoun).forEach((reading, i) => {
      if (seat !== 'explicit') {
        // keyOf's key, and a plural the table maps also as it is, for a sound plural's stem that
        // has its letters (المشاهد, the viewer, for المشاهدين; the table reads it as مشهد's plural).
        const own = suffixCanonical(reading);
        if (isSoundPluralStem(reading, own)) add(own);
        else {
          const mapped = plural(own, i > 0);
          add(mapped);
          if (mapped !== own) add(own);
        }
      }
      if (seat !== undefined && reading.startsWith('ا')) keys.add(seatKey(reading));
    });
  }
  return keysCache.set(word, [...keys]);
}

/** The canonical keys of `text`, one per tokenize() word, joined by single spaces. */
export function normalizeText(text: string): string {
  return tokenize(text)
    .map((t) => normalizeWord(t.surface))
    .join(' ');
}

// ---------------------------------------------------------------------------------------
// The broken-plural table as keys, built once from the surface pairs in broken-plurals.ts
// with the same rules, so the table is written in ordinary spelling and cannot drift from them.

/**
 * A table form's key. With `seat`, for the form a table maps to: an initial إ of the masdar
 * shape keeps its seat key (إعصار, إناء: see seatOf), as the word itself is keyed.
 */
function tableKey(surface: string, seat = false): string {
  const kept = spellKeepingHamzaAlef(surface);
  const s = kept.replace(ALEF_HAMZA, 'ا');
  const article = articleLength(s, kept, 3);
  const stem = respell(s.slice(article));
  return seat && seatOf(kept.slice(article), s.slice(article)) === 'explicit' ? seatKey(stem) : suffixCanonical(stem);
}

const VARIANT_PREFIXES: ReadonlyArray<readonly [string, string]> = SPELLING_VARIANTS.map(([v, p]) => [normalizeChars(v), normalizeChars(p)] as const);

const tableKeys = (pairs: ReadonlyArray<readonly [string, string]>): Map<string, string> =>
  new Map(pairs.map(([form, preferred]) => [tableKey(form), tableKey(preferred, true)] as const).filter(([a, b]) => a !== b));
const WORD_KEYS = tableKeys([...BROKEN_PLURALS, ...SAME_WORDS]);
/** The table's sound plurals (محامين, مصلين), as keys: their stems do go through the table. */
const SOUND_PLURAL_KEYS = new Set(BROKEN_PLURALS.filter(([form]) => /(?:ين|ون)$/.test(form)).map(([form]) => tableKey(form)));
const ORDINAL_KEYS = tableKeys(FEMININE_ORDINALS);
/** CONSTRUCT_PLURALS as endingReadings sees its stems: respelled, not yet keys. */
const CONSTRUCT_STEMS = new Set(CONSTRUCT_PLURALS.map((w) => respell(spellKeepingHamzaAlef(w).replace(ALEF_HAMZA, 'ا'))));

/** For tests and tools: the word tables as keys (broken plural or other form -> key it is indexed as). */
export function wordKeyTable(): ReadonlyMap<string, string> {
  return new Map([...ORDINAL_KEYS, ...WORD_KEYS]);
}
