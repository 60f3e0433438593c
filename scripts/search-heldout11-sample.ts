// Draws the ELEVENTH held-out search-quality sample from the shared SaudiNewsNet corpus,
// deterministically, and writes it (rows exactly as in the corpus) to
// tests/search-quality/heldout11/corpus/saudinewsnet-heldout11.json.
// Its suite (tests/search-quality/heldout11/queries.json) was written blind, like the ten other
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
// tests/search-quality/heldout9/corpus/saudinewsnet-heldout9.json and of the tenth one
// tests/search-quality/heldout10/corpus/saudinewsnet-heldout10.json.
// Articles of 600-3,000 characters with a title, ordered by the SHA-1 of "heldout11:" + URL; for
// each spelling, morphology or precision case the queries exercise (other words than the eleven
// other suites'), the first article that contains it, then the first others up to SIZE.
// Usage: npx tsx scripts/search-heldout11-sample.ts [corpus dir]
import { join } from 'node:path';
import { unicodeRegExp as re, WORD_END as A, WORD_START as B, writeHeldOutSample } from './lib/corpus.ts';

const REPO = join(import.meta.dirname, '..');
const corpus = process.argv[2] ?? join(REPO, '..', 'shared', 'corpus', 'saudinewsnet');

// [what the articles must contain, how many]
const CASES: [RegExp, number][] = [
  [re(`${B}(و|ب|ل)?(ال)?خاطىء${A}`), 1], // hamza on another seat: خاطئ written خاطىء
  [re(`${B}(و|ب|ل)?التغطيه${A}`), 1], // ه for ة in the text (التغطيه, الحديثه)
  [re(`${B}(و|ب|ل)?أشعه${A}`), 1], // (أشعه, سكنيه, حكوميه)
  [re(`${B}(و|ب|ل)?(ال)?فتوى${A}`), 1], // the standard ى (الفتوى, المنفى), which a reader types ي
  [re(`${B}(و|ب|ل)?(ال)?منفى${A}`), 1],
  [re(`${B}(و|ب|ل)?كيرى${A}`), 1], // ى written for ي in the text (كيرى, سيرجى; الأكاديمى, المدرسى)
  [re(`${B}(و|ب|ل)?الأكاديمى${A}`), 1],
  [re(`${B}(و|ب|ل)عرعر${A}`), 1], // clitics before names
  [re(`${B}(و|ب|ل)جنيف${A}`), 1],
  [re(`${B}(و|ب|ل)أملج${A}`), 1],
  [re(`${B}(و|ب|ل)كراتشي${A}`), 1],
  [re(`${B}(و|ب|ل)?البوسنة${A}`), 1], // the name, next to the nisba (البوسني, البوسنية)
  [re(`${B}(و|ب|ل)?البوسني${A}`), 1],
  [re(`${B}(و|ب|ل)?البوسنية${A}`), 1],
  [/[٠-٩]/u, 3], // Arabic-Indic digits
  [/[A-Za-z]{4,}/u, 3], // Latin words
  [re('[\\u0621-\\u064a]\\u0640+[\\u0621-\\u064a]'), 1], // tatweel after a letter (the range includes the tatweel itself)
  [re(`${B}(و|ب|ل|ال)*جثامين${A}`), 1], // broken plurals
  [re(`${B}(و|ب|ل|ال)*أرامل${A}`), 1],
  [re(`${B}(و|ب|ل|ال)*براميل${A}`), 1],
  [re(`${B}(و|ب|ل|ال)*زوارق${A}`), 1],
  [re(`${B}(و|ب|ل|ال)*مروحيتين${A}`), 1], // duals of nouns in ة (مروحية, ركبة)
  [re(`${B}(و|ب|ل|ال)*الركبتين${A}`), 1],
  [re(`${B}(و|ب|ل|ال)*مسعفين${A}`), 1], // sound plurals
  [re(`${B}(و|ب|ل|ال)*مهربين${A}`), 1],
];

writeHeldOutSample(11, CASES, corpus);
