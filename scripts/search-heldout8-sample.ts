// Draws the EIGHTH held-out search-quality sample from the shared SaudiNewsNet corpus,
// deterministically, and writes it (rows exactly as in the corpus) to
// tests/search-quality/heldout8/corpus/saudinewsnet-heldout8.json.
// Its suite (tests/search-quality/heldout8/queries.json) was written blind, like the seven other
// held-out ones: this sample is DISJOINT from the URLs of the in-sample file
// tests/search-quality/corpus/saudinewsnet-sample.json, of the first held-out file
// tests/search-quality/heldout/corpus/saudinewsnet-heldout.json, of the second one
// tests/search-quality/heldout2/corpus/saudinewsnet-heldout2.json, of the third one
// tests/search-quality/heldout3/corpus/saudinewsnet-heldout3.json, of the fourth one
// tests/search-quality/heldout4/corpus/saudinewsnet-heldout4.json, of the fifth one
// tests/search-quality/heldout5/corpus/saudinewsnet-heldout5.json, of the sixth one
// tests/search-quality/heldout6/corpus/saudinewsnet-heldout6.json and of the seventh one
// tests/search-quality/heldout7/corpus/saudinewsnet-heldout7.json.
// Articles of 600-3,000 characters with a title, ordered by the SHA-1 of "heldout8:" + URL; for
// each spelling, morphology or precision case the queries exercise (other words than the eight
// other suites'), the first article that contains it, then the first others up to SIZE.
// Usage: npx tsx scripts/search-heldout8-sample.ts [corpus dir]
import { join } from 'node:path';
import { unicodeRegExp as re, WORD_END as A, WORD_START as B, writeHeldOutSample } from './lib/corpus.ts';

const REPO = join(import.meta.dirname, '..');
const corpus = process.argv[2] ?? join(REPO, '..', 'shared', 'corpus', 'saudinewsnet');

// [what the articles must contain, how many]
const CASES: [RegExp, number][] = [
  [re(`${B}(و|ب|ل)?اكثر${A}`), 1], // hamza: أكثر written without it
  [re(`${B}(و|ب|ل)?(ال)?اخطاء${A}`), 1], // hamza: أخطاء written without it
  [re(`${B}(و|ب|ل)?مفاجىء${A}`), 1], // hamza on another seat: مفاجئ written مفاجىء
  [re(`${B}(و|ب|ل)?(ال)?نتايج${A}`), 1], // hamza: نتائج written with ي
  [re(`${B}(و|ب|ل)?(ال)?آية${A}`), 1], // آية (a verse), next to أية (any), which differs by the madda
  [re(`${B}(و|ب|ل)?أية${A}`), 1],
  [re(`${B}(و|ب|ل)?(ال)?قدامي${A}`), 1], // ي for ى: القدامى written القدامي (and قدّامي, in front of me)
  [re(`${B}(و|ب|ل)?(ال)?استضافه${A}`), 1], // ه after a word that could end in ة
  [re(`${B}(و|ب|ل)?(ال)?مقابله${A}`), 1],
  [re(`${B}(و|ب|ل)?(ال)?ثرى${A}`), 1], // ثرى (soil), next to ثري (rich)
  [re(`${B}(و|ب|ل)?(ال)?ثري${A}`), 1],
  [re(`${B}(و|ب|ل)?(ال)?رعاة${A}`), 1], // رعاة (sponsors), next to رعاه (protect him)
  [re(`${B}(و|ب|ل)تايوان${A}`), 1], // clitics before names
  [re(`${B}(و|ب|ل)كينيا${A}`), 1],
  [re(`${B}(وال|بال|لل)صومال${A}`), 1],
  [re(`${B}(وال|بال|لل)برتغال${A}`), 1],
  [re(`${B}(وال|بال|لل)فلبين${A}`), 1],
  [/[٠-٩]/u, 3], // Arabic-Indic digits
  [/[A-Za-z]{4,}/u, 3], // Latin words
  [re('[\\u0621-\\u064a]\\u0640+[\\u0621-\\u064a]'), 1], // tatweel inside a word
  [re(`${B}(و|ب|ل|ال)*أعاصير${A}`), 1], // broken plurals
  [re(`${B}(و|ب|ل|ال)*أيتام${A}`), 1],
  [re(`${B}(و|ب|ل|ال)*عطور${A}`), 1],
  [re(`${B}(و|ب|ل|ال)*قروض${A}`), 1],
  [re(`${B}(و|ب|ل|ال)*متظاهرين${A}`), 1], // sound plurals
  [re(`${B}(و|ب|ل|ال)*مهندسين${A}`), 1],
  [re(`${B}(و|ب|ل)?تميم${A}`), 1], // the name تميم, next to the family name التميمي
  [re(`${B}(و|ب|ل)?التميمي${A}`), 1],
  [re(`${B}(و|ب|ل)?البرتغالي${A}`), 1], // the nisba, next to the name
];

writeHeldOutSample(8, CASES, corpus);
