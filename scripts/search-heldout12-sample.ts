// Draws the TWELFTH held-out search-quality sample from the shared SaudiNewsNet corpus,
// deterministically, and writes it (rows exactly as in the corpus) to
// tests/search-quality/heldout12/corpus/saudinewsnet-heldout12.json.
// Its suite (tests/search-quality/heldout12/queries.json) was written blind, like the eleven other
// held-out ones: this sample is DISJOINT from the URLs of the in-sample file
// tests/search-quality/corpus/saudinewsnet-sample.json, of the first held-out file
// tests/search-quality/heldout/corpus/saudinewsnet-heldout.json, of the second one
// tests/search-quality/heldout2/corpus/saudinewsnet-heldout2.json, of the third one
// tests/search-quality/heldout3/corpus/saudinewsnet-heldout3.json, of the fourth one
// tests/search-quality/heldout4/corpus/saudinewsnet-heldout4.json, of the fifth one
// tests/search-quality/heldout5/corpus/saudinewsnet-heldout5.json, of the sixth one
// tests/search-quality/heldout6/corpus/saudinewsnet-heldout6.json, of the seventh one
// tests/search-quality/heldout7/corpus/saudinewsnet-heldout7.json, of the eighth one
// tests/search-quality/heldout8/corpus/saudinewsnet-heldout8.json, of the ninth one
// tests/search-quality/heldout9/corpus/saudinewsnet-heldout9.json, of the tenth one
// tests/search-quality/heldout10/corpus/saudinewsnet-heldout10.json and of the eleventh one
// tests/search-quality/heldout11/corpus/saudinewsnet-heldout11.json.
// Articles of 600-3,000 characters with a title, ordered by the SHA-1 of "heldout12:" + URL; for
// each spelling, morphology or precision case the queries exercise (other words than the twelve
// other suites'), the first article that contains it, then the first others up to SIZE.
// Usage: npx tsx scripts/search-heldout12-sample.ts [corpus dir]
import { join } from 'node:path';
import { unicodeRegExp as re, WORD_END as A, WORD_START as B, writeHeldOutSample } from './lib/corpus.ts';

const REPO = join(import.meta.dirname, '..');
const corpus = process.argv[2] ?? join(REPO, '..', 'shared', 'corpus', 'saudinewsnet');

// [what the articles must contain, how many]
const CASES: [RegExp, number][] = [
  [re(`${B}(و|ب|ل)?(ال)?ملاجىء${A}`), 1], // hamza on another seat: ملاجئ written ملاجىء
  [re(`${B}(و|ب|ل)?المورخ${A}`), 1], // the hamza's seat dropped: المؤرخ written المورخ
  [re(`${B}(و|ب|ل)?(ال)?إناره${A}`), 1], // ه for ة in the text (الإناره, الصيانه)
  [re(`${B}(و|ب|ل)?الجناه${A}`), 1], // (الجناه, العصابه, سياره, الأفريقيه)
  [re(`${B}(ال)?سيلفى${A}`), 1], // ى written for ي in the text (السيلفى, لاهاى; الشاى; الكونغولى)
  [re(`${B}(و|ب|ل)?الشاى${A}`), 1],
  [re(`${B}(و|ب|ل)?الكونغولى${A}`), 1],
  [re(`${B}(و|ب|ل)?الموتي${A}`), 1], // ي written for ى in the text (الموتي)
  [re(`${B}(و|ب|ل)سكاكا${A}`), 1], // clitics before names
  [re(`${B}(وال|بال|لل)قنفذة${A}`), 1],
  [re(`${B}(و|ب|ل)رابغ${A}`), 1],
  [re(`${B}(و|ب|ل)ضباء${A}`), 1],
  [re(`${B}(و|ب|ل)برلين${A}`), 1],
  [re(`${B}(و|ب|ل)?فلسطين${A}`), 1], // names, next to their nisba (الفلسطيني; الكونغولي)
  [re(`${B}(و|ب|ل)?الفلسطيني${A}`), 1],
  [re(`${B}(و|ب|ل)?الكونغو${A}`), 1],
  [re(`${B}(و|ب|ل)?الخرج${A}`), 1], // a name that shares letters with common words (الخارج, خرج)
  [re(`${B}(و|ب|ل)?(ال)?عملة${A}`), 1], // a ة/ه homograph pair: عملة (currency), عمله (his work)
  [re(`${B}عمله${A}`), 1],
  [/[٠-٩]/u, 3], // Arabic-Indic digits
  [/[A-Za-z]{4,}/u, 3], // Latin words
  [re('[\\u0621-\\u063f\\u0641-\\u064a]\\u0640+[\\u0621-\\u063f\\u0641-\\u064a]'), 1], // tatweel inside a word (the letter ranges leave the tatweel out)
  [re(`${B}(و|ب|ل|ال)*أرصفة${A}`), 1], // broken plurals
  [re(`${B}(و|ب|ل|ال)*ذخائر${A}`), 1],
  [re(`${B}(و|ب|ل|ال)*أوسمة${A}`), 1],
  [re(`${B}(و|ب|ل|ال)*ذئاب${A}`), 1],
  [re(`${B}(و|ب|ل|ال)*قنبلتين${A}`), 1], // duals of nouns in ة (قنبلة, محطة)
  [re(`${B}(و|ب|ل|ال)*محطتين${A}`), 1],
  [re(`${B}(و|ب|ل|ال)*المتسوقين${A}`), 1], // sound plurals
  [re(`${B}(و|ب|ل|ال)*المتقاعدين${A}`), 1],
];

writeHeldOutSample(12, CASES, corpus);
