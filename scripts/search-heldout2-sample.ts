// Draws the SECOND held-out search-quality sample from the shared SaudiNewsNet corpus,
// deterministically, and writes it (rows exactly as in the corpus) to
// tests/search-quality/heldout2/corpus/saudinewsnet-heldout2.json.
// Its suite (tests/search-quality/heldout2/queries.json) was written blind, like the first
// held-out one: this sample is DISJOINT from the URLs of the in-sample file
// tests/search-quality/corpus/saudinewsnet-sample.json and of the first held-out file
// tests/search-quality/heldout/corpus/saudinewsnet-heldout.json.
// Articles of 600-3,000 characters with a title, ordered by the SHA-1 of "heldout2:" + URL; for
// each spelling, morphology or precision case the queries exercise (other words than both other
// suites'), the first few articles that contain it, then the first others up to SIZE.
// Usage: npx tsx scripts/search-heldout2-sample.ts [corpus dir]
import { join } from 'node:path';
import { unicodeRegExp as re, WORD_END as A, WORD_START as B, writeHeldOutSample } from './lib/corpus.ts';

const REPO = join(import.meta.dirname, '..');
const corpus = process.argv[2] ?? join(REPO, '..', 'shared', 'corpus', 'saudinewsnet');

// [what the articles must contain, how many]
const CASES: [RegExp, number][] = [
  [re(`${B}(و|ب|ل|ف)?الارهاب${A}`), 1], // hamza: الإرهاب written without it
  [re(`${B}(و|ب|ل|ف)?(ال)?اسبوع`), 1], // hamza: أسبوع without it
  [re(`${B}(و|ب|ل|ف)?اوروبا${A}`), 1], // hamza: أوروبا without it
  [re(`${B}(و|ب|ل|ف)?الاف${A}`), 1], // madda: آلاف without it
  [re(`${B}(و|ب|ل|ف)?(ال)?امطار${A}`), 1], // hamza: أمطار without it
  [re(`${B}(و|ب|ل|ف)?الكره${A}`), 2], // ه for ة
  [re(`${B}(و|ب|ل|ف)?العاصمه${A}`), 1],
  [re(`${B}(و|ب|ل|ف)?اللجنه${A}`), 1],
  [re(`${B}(و|ب|ل|ف)?الساعه${A}`), 1],
  [re(`${B}(و|ب|ل)?الأولي${A}`), 1], // ي for ى
  [re(`${B}(ال)?مرمي${A}`), 1],
  [re(`${B}(ال)?وسطي${A}`), 1],
  [re(`${B}(ال)?عيسي${A}`), 1],
  [re(`${B}يحيي${A}`), 1], // also a verb (يُحيي), a homograph of the name
  [/[٠-٩]/u, 3], // Arabic-Indic digits
  [/[A-Za-z]{4,}/u, 3], // Latin words
  [re('[\\u0621-\\u064a]\\u0640+[\\u0621-\\u064a]'), 1], // tatweel inside a word
  [/مدارس/u, 1], // broken plurals
  [/مصانع/u, 1],
  [re(`${B}(و|ب|ل|ال)*أمراض`), 1],
  [re(`${B}(و|ب|ل|ال)*طلاب${A}`), 1],
  [re(`${B}(و|ب|ل)بريطانيا${A}`), 1], // clitics before a bare name
  [re(`${B}(بال|وال|لل)كويت${A}`), 1],
  [re(`${B}(و|ب|ل)تونس${A}`), 1],
  [re(`${B}الحماس${A}`), 1], // enthusiasm, a homograph of (ال)حماس the movement
  [/خادم الحرمين الشريفين/u, 1], // phrases
  [/الشرق الأوسط/u, 1],
  [/المسجد الحرام/u, 1],
  [/مجلس الوزراء/u, 1],
  [re(`${B}(و|ب|ل)?الحج${A}`), 1], // a short word that is also inside others (الحجز, الحجم)
  [re(`${B}(و|ب|ل)?عمر${A}`), 1], // a name, also عُمر (age)
];

writeHeldOutSample(2, CASES, corpus);
