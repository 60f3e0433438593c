// Draws the SIXTH held-out search-quality sample from the shared SaudiNewsNet corpus,
// deterministically, and writes it (rows exactly as in the corpus) to
// tests/search-quality/heldout6/corpus/saudinewsnet-heldout6.json.
// Its suite (tests/search-quality/heldout6/queries.json) was written blind, like the five other
// held-out ones: this sample is DISJOINT from the URLs of the in-sample file
// tests/search-quality/corpus/saudinewsnet-sample.json, of the first held-out file
// tests/search-quality/heldout/corpus/saudinewsnet-heldout.json, of the second one
// tests/search-quality/heldout2/corpus/saudinewsnet-heldout2.json, of the third one
// tests/search-quality/heldout3/corpus/saudinewsnet-heldout3.json, of the fourth one
// tests/search-quality/heldout4/corpus/saudinewsnet-heldout4.json and of the fifth one
// tests/search-quality/heldout5/corpus/saudinewsnet-heldout5.json.
// Articles of 600-3,000 characters with a title, ordered by the SHA-1 of "heldout6:" + URL; for
// each spelling, morphology or precision case the queries exercise (other words than the six
// other suites'), the first article that contains it, then the first others up to SIZE.
// Usage: npx tsx scripts/search-heldout6-sample.ts [corpus dir]
import { join } from 'node:path';
import { unicodeRegExp as re, WORD_END as A, WORD_START as B, writeHeldOutSample } from './lib/corpus.ts';

const REPO = join(import.meta.dirname, '..');
const corpus = process.argv[2] ?? join(REPO, '..', 'shared', 'corpus', 'saudinewsnet');

// [what the articles must contain, how many]
const CASES: [RegExp, number][] = [
  [re(`${B}(و|ب|ل)?الاولى${A}`), 1], // hamza: الأولى written without it (and ى/ي: أولى, أول)
  [re(`${B}(و|ب|ل|ف)?شئ${A}`), 1], // hamza: شيء written شئ
  [re(`${B}(و|ب|ل)?الطواريء${A}`), 1], // hamza on its ي seat written يء: الطوارئ
  [re(`${B}(و|ب|ل)?مائة${A}`), 1], // مائة and مئة, two spellings of one word
  [re(`${B}(و|ب|ل)?مئة${A}`), 1],
  [re(`${B}(و|ب|ل)?التاشيرة${A}`), 1], // hamza: التأشيرة without it
  [re(`${B}(و|ب|ل)?ابرام${A}`), 1], // hamza: إبرام without it
  [re(`${B}(و|ب|ل)?الصفقه${A}`), 1], // ه for ة
  [re(`${B}(و|ب|ل)?الثوره${A}`), 1],
  [re(`${B}لثورتي${A}`), 1], // ثورة in the dual, with a clitic
  [re(`${B}(و|ب|ل)?نينوى${A}`), 1], // ى in a name (نينوي typed)
  [re(`${B}(و|ب|ل)?العيسى${A}`), 1], // ى in a family name, next to the given name عيسى
  [re(`${B}(و|ف)?تلقى${A}`), 1], // تلقى (received), next to تلقي (receiving)
  [re(`${B}كأحد${A}`), 1], // أحد, the masculine of إحدى, with a clitic
  [/[٠-٩]/u, 3], // Arabic-Indic digits
  [/[A-Za-z]{4,}/u, 2], // Latin words
  [re('[\\u0621-\\u064a]\\u0640+[\\u0621-\\u064a]'), 1], // tatweel inside a word
  [re(`${B}(و|ب|ل|ال)*[أا]يدي${A}`), 1], // broken plurals
  [re(`${B}(و|ب|ل|ال)*مبادئ${A}`), 1],
  [re(`${B}(و|ب|ل|ال)*مصارف${A}`), 1],
  [re(`${B}(و|ب|ل|ال)*مفقودين${A}`), 1], // a sound plural
  [re(`${B}(و|ب|ل)مأرب${A}`), 1], // clitics before a bare name
  [re(`${B}(و|ب|ل)دبي${A}`), 1],
  [re(`${B}(وال|بال|لل)دوحة${A}`), 1],
  [re(`${B}(و|ب|ل)يوجين${A}`), 1],
  [re(`${B}(و|ب|ل)?[اإ]نكلترا${A}`), 1], // انكلترا, the other spelling of انجلترا
  [re(`${B}(و|ب|ل)?الانجليزي${A}`), 1], // the nisba, next to the name
  [/حالة الطوار/u, 1], // phrases
  [/الضوء الأخضر/u, 1],
  [/وتسليط الضوء/u, 1],
  [/ذات البين/u, 1],
];

writeHeldOutSample(6, CASES, corpus);
