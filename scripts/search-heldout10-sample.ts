// Draws the TENTH held-out search-quality sample from the shared SaudiNewsNet corpus,
// deterministically, and writes it (rows exactly as in the corpus) to
// tests/search-quality/heldout10/corpus/saudinewsnet-heldout10.json.
// Its suite (tests/search-quality/heldout10/queries.json) was written blind, like the nine other
// held-out ones: this sample is DISJOINT from the URLs of the in-sample file
// tests/search-quality/corpus/saudinewsnet-sample.json, of the first held-out file
// tests/search-quality/heldout/corpus/saudinewsnet-heldout.json, of the second one
// tests/search-quality/heldout2/corpus/saudinewsnet-heldout2.json, of the third one
// tests/search-quality/heldout3/corpus/saudinewsnet-heldout3.json, of the fourth one
// tests/search-quality/heldout4/corpus/saudinewsnet-heldout4.json, of the fifth one
// tests/search-quality/heldout5/corpus/saudinewsnet-heldout5.json, of the sixth one
// tests/search-quality/heldout6/corpus/saudinewsnet-heldout6.json, of the seventh one
// tests/search-quality/heldout7/corpus/saudinewsnet-heldout7.json, of the eighth one
// tests/search-quality/heldout8/corpus/saudinewsnet-heldout8.json and of the ninth one
// tests/search-quality/heldout9/corpus/saudinewsnet-heldout9.json.
// Articles of 600-3,000 characters with a title, ordered by the SHA-1 of "heldout10:" + URL; for
// each spelling, morphology or precision case the queries exercise (other words than the ten
// other suites'), the first article that contains it, then the first others up to SIZE.
// Usage: npx tsx scripts/search-heldout10-sample.ts [corpus dir]
import { join } from 'node:path';
import { unicodeRegExp as re, WORD_END as A, WORD_START as B, writeHeldOutSample } from './lib/corpus.ts';

const REPO = join(import.meta.dirname, '..');
const corpus = process.argv[2] ?? join(REPO, '..', 'shared', 'corpus', 'saudinewsnet');

// [what the articles must contain, how many]
const CASES: [RegExp, number][] = [
  [re(`${B}(و|ب|ل)?(ال)?اطفاء${A}`), 1], // hamza: إطفاء written without it
  [re(`${B}(و|ب|ل)?(ال)?برئ${A}`), 1], // hamza on another seat: بريء written برئ
  [re(`${B}(و|ب|ل)?اللفته${A}`), 1], // ه for ة in the text (اللفته الكريمه, المنيه)
  [re(`${B}(و|ب|ل)?الدوامه${A}`), 1], // (الحلقه, الدوامه, الكماشه)
  [re(`${B}(و|ب|ل)?(ال)?مجرى${A}`), 1], // the standard ى (مجرى), which a reader types ي
  [re(`${B}(و|ب|ل)?(ال)?أشراف${A}`), 1], // أشراف (nobles), next to إشراف (supervision), which differs by the hamza's seat
  [re(`${B}(و|ب|ل)?(ال)?إشراف${A}`), 1],
  [re(`${B}(و|ب|ل)طوكيو${A}`), 1], // clitics before names
  [re(`${B}(و|ب|ل)بيشة${A}`), 1],
  [re(`${B}(و|ب|ل)كندا${A}`), 1],
  [re(`${B}(و|ب|ل)أنقرة${A}`), 1],
  [re(`${B}(و|ب|ل)?كردستان${A}`), 1], // the name, next to the nisba (الكردستاني)
  [re(`${B}(و|ب|ل)?الكردستاني${A}`), 1],
  [/[٠-٩]/u, 3], // Arabic-Indic digits
  [/[A-Za-z]{4,}/u, 3], // Latin words
  [re('[\\u0621-\\u064a]\\u0640+[\\u0621-\\u064a]'), 1], // tatweel inside a word
  [re(`${B}(و|ب|ل|ال)*ثعابين${A}`), 1], // broken plurals
  [re(`${B}(و|ب|ل|ال)*صقور${A}`), 1],
  [re(`${B}(و|ب|ل|ال)*سيول${A}`), 1],
  [re(`${B}(و|ب|ل|ال)*قضاة${A}`), 1],
  [re(`${B}(و|ب|ل|ال)*فتاتين${A}`), 1], // the dual of a noun in ة (فتاة)
  [re(`${B}(و|ب|ل|ال)*ناشئين${A}`), 1], // sound plurals
  [re(`${B}(و|ب|ل|ال)*مصطافين${A}`), 1],
];

writeHeldOutSample(10, CASES, corpus);
