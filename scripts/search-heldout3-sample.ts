// Draws the THIRD held-out search-quality sample from the shared SaudiNewsNet corpus,
// deterministically, and writes it (rows exactly as in the corpus) to
// tests/search-quality/heldout3/corpus/saudinewsnet-heldout3.json.
// Its suite (tests/search-quality/heldout3/queries.json) was written blind, like the two other
// held-out ones: this sample is DISJOINT from the URLs of the in-sample file
// tests/search-quality/corpus/saudinewsnet-sample.json, of the first held-out file
// tests/search-quality/heldout/corpus/saudinewsnet-heldout.json and of the second one
// tests/search-quality/heldout2/corpus/saudinewsnet-heldout2.json.
// Articles of 600-3,000 characters with a title, ordered by the SHA-1 of "heldout3:" + URL; for
// each spelling, morphology or precision case the queries exercise (other words than the three
// other suites'), the first few articles that contain it, then the first others up to SIZE.
// Usage: npx tsx scripts/search-heldout3-sample.ts [corpus dir]
import { join } from 'node:path';
import { unicodeRegExp as re, WORD_END as A, WORD_START as B, writeHeldOutSample } from './lib/corpus.ts';

const REPO = join(import.meta.dirname, '..');
const corpus = process.argv[2] ?? join(REPO, '..', 'shared', 'corpus', 'saudinewsnet');

// [what the articles must contain, how many]
const CASES: [RegExp, number][] = [
  [re(`${B}(و|ب|ل|ف)?(ال)?اسر(ة|ه)${A}`), 1], // hamza: أسرة written without it
  [re(`${B}(و|ب|ل|ف)?اسبانيا${A}`), 1], // hamza: إسبانيا without it
  [re(`${B}(و|ب|ل|ف)?ايطاليا${A}`), 1], // hamza: إيطاليا without it
  [re(`${B}(و|ب|ل|ف)?افريقيا${A}`), 1], // hamza: أفريقيا without it
  [re(`${B}(و|ب|ل)?الاسهم${A}`), 1], // hamza: الأسهم (shares) without it
  [re(`${B}(و|ب|ل)?الانترنت${A}`), 1], // hamza: الإنترنت without it
  [re(`${B}(و|ب)?الازم(ة|ه)${A}`), 1], // hamza: الأزمة without it
  [re(`${B}(و|ب|ل)?الحياه${A}`), 1], // ه for ة
  [re(`${B}(و|ب|ل)?المرحله${A}`), 1],
  [re(`${B}(و|ب|ل)?الحمله${A}`), 1],
  [re(`${B}(و|ب|ل)?البلديه${A}`), 1],
  [re(`${B}(و|ب|ل)?الجمعه${A}`), 1],
  [re(`${B}(و|ب|ل)?(ال)?[أا]قصي${A}`), 1], // ي for ى
  [re(`${B}(و|ب|ل)?(ال)?[أا]ضحي${A}`), 1],
  [re(`${B}(و|ف)?التقي${A}`), 1],
  [re(`${B}(و|ب|ل)?(ال)?موسيقي${A}`), 1], // also the adjective (musical, musician)
  [re(`${B}(و|ب|ل)?(ال)?قري${A}`), 1], // and a broken plural (قرية)
  [/[٠-٩]/u, 3], // Arabic-Indic digits
  [/[A-Za-z]{4,}/u, 3], // Latin words
  [re('[\\u0621-\\u064a]\\u0640+[\\u0621-\\u064a]'), 1], // tatweel inside a word
  [re(`${B}(و|ب|ل|ال)*[أا]سلح(ة|ه)${A}`), 1], // broken plurals
  [re(`${B}(و|ب|ل|ال)*قضايا${A}`), 1],
  [re(`${B}(و|ب|ل|ال)*حدائق${A}`), 1],
  [re(`${B}(و|ب|ل|ال)*[أا]شجار${A}`), 1],
  [re(`${B}(بال|وال|لل)يابان${A}`), 1], // clitics before a bare name
  [re(`${B}(و|ب|ل)قطر${A}`), 1],
  [re(`${B}(و|ب|ل)(جازان|جيزان)${A}`), 1],
  [re(`${B}(وال|بال|لل)هند${A}`), 1],
  [re(`${B}(و|ب|ل|ال)*جمعي(ة|ه)${A}`), 1], // الجمعية (society), near الجمعة (Friday)
  [re(`${B}(و|ب|ل)?(ال)?هندس(ة|ه)${A}`), 1], // الهندسة (engineering), which starts like الهند
  [re(`${B}(و|ب|ل)?(ال)?قطار${A}`), 1], // قطار (train), which holds the letters of قطر
  [re(`${B}(و|ل|ب)?الأسري${A}`), 1], // familial, or الأسرى (prisoners) written with ي
  [/عيد الفطر/u, 1], // phrases
  [/البيت الأبيض/u, 1],
  [/درجات الحرارة/u, 1],
];

writeHeldOutSample(3, CASES, corpus);
