// Draws the SEVENTH held-out search-quality sample from the shared SaudiNewsNet corpus,
// deterministically, and writes it (rows exactly as in the corpus) to
// tests/search-quality/heldout7/corpus/saudinewsnet-heldout7.json.
// Its suite (tests/search-quality/heldout7/queries.json) was written blind, like the six other
// held-out ones: this sample is DISJOINT from the URLs of the in-sample file
// tests/search-quality/corpus/saudinewsnet-sample.json, of the first held-out file
// tests/search-quality/heldout/corpus/saudinewsnet-heldout.json, of the second one
// tests/search-quality/heldout2/corpus/saudinewsnet-heldout2.json, of the third one
// tests/search-quality/heldout3/corpus/saudinewsnet-heldout3.json, of the fourth one
// tests/search-quality/heldout4/corpus/saudinewsnet-heldout4.json, of the fifth one
// tests/search-quality/heldout5/corpus/saudinewsnet-heldout5.json and of the sixth one
// tests/search-quality/heldout6/corpus/saudinewsnet-heldout6.json.
// Articles of 600-3,000 characters with a title, ordered by the SHA-1 of "heldout7:" + URL; for
// each spelling, morphology or precision case the queries exercise (other words than the seven
// other suites'), the first article that contains it, then the first others up to SIZE.
// Usage: npx tsx scripts/search-heldout7-sample.ts [corpus dir]
import { join } from 'node:path';
import { unicodeRegExp as re, WORD_END as A, WORD_START as B, writeHeldOutSample } from './lib/corpus.ts';

const REPO = join(import.meta.dirname, '..');
const corpus = process.argv[2] ?? join(REPO, '..', 'shared', 'corpus', 'saudinewsnet');

// [what the articles must contain, how many]
const CASES: [RegExp, number][] = [
  [re(`${B}(و|ب|ل)?انشاء${A}`), 1], // hamza: إنشاء written without it
  [re(`${B}(و|ب|ل|ف)?الان${A}`), 1], // madda: الآن written without it
  [re(`${B}(و|ب|ل)?المنشات${A}`), 1], // madda: المنشآت written without it (and منشأة)
  [re(`${B}(و|ب|ل)?القران${A}`), 1], // القِران (the wedding), a homograph of القرآن without madda
  [re(`${B}(و|ب)روية${A}`), 1], // رَوِيّة (deliberation), a homograph of رؤية without hamza
  [re(`${B}(و|ب|ل)?المسانده${A}`), 1], // ه for ة in the text
  [re(`${B}(و|ب|ل)?الصغرى${A}`), 1], // the feminine elative and its masculine
  [re(`${B}(و|ب|ل)?الاصغر${A}`), 1],
  [re(`${B}(و|ب|ل)?فوضى${A}`), 1], // ى (فوضي, منتدي typed)
  [re(`${B}(و|ب|ل)?منتدى${A}`), 1],
  [re(`${B}(و|ب|ل)?مرسى${A}`), 1], // مرسى (a marina), next to the name مرسي
  [re(`${B}(و|ب|ل)?منى${A}`), 1], // منى (the place), next to مني (from me)
  [re(`${B}(وال|بال|لل)جزائر${A}`), 1], // clitics before names
  [re(`${B}(و|ب|ل)نيجيريا${A}`), 1],
  [re(`${B}(و|ب|ل)هولندا${A}`), 1],
  [re(`${B}(و|ب|ل)(ا|إ)سطنبول${A}`), 1],
  [re(`${B}(و|ب|ل)حلب${A}`), 1],
  [/[٠-٩]/u, 3], // Arabic-Indic digits
  [/[A-Za-z]{4,}/u, 2], // Latin words
  [re('[\\u0621-\\u064a]\\u0640+[\\u0621-\\u064a]'), 1], // tatweel inside a word
  [re(`${B}(و|ب|ل|ال)*[أا]ئمة${A}`), 1], // broken plurals
  [re(`${B}(و|ب|ل|ال)*[أا]عباء${A}`), 1],
  [re(`${B}(و|ب|ل|ال)*ضرائب${A}`), 1],
  [re(`${B}(و|ب|ل|ال)*نازحين${A}`), 1], // sound plurals
  [re(`${B}(و|ب|ل|ال)*مشاهدين${A}`), 1],
  [/المسيل للدموع/u, 1], // phrases
  [/الضفة الغربية/u, 1],
  [re(`${B}(و|ب|ل)?مرسي${A}`), 1], // the name, next to مرسى
  [re(`${B}(و|ب|ل|ف)?مني${A}`), 1], // مني (from me), next to منى
  [re(`${B}(و|ب|ل)?(ال)?رؤية${A}`), 1], // رؤية, next to روية
  [re(`${B}(و|ب|ل)?الهولندي${A}`), 1], // the nisba, next to the name
];

writeHeldOutSample(7, CASES, corpus);
