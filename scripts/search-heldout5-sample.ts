// Draws the FIFTH held-out search-quality sample from the shared SaudiNewsNet corpus,
// deterministically, and writes it (rows exactly as in the corpus) to
// tests/search-quality/heldout5/corpus/saudinewsnet-heldout5.json.
// Its suite (tests/search-quality/heldout5/queries.json) was written blind, like the four other
// held-out ones: this sample is DISJOINT from the URLs of the in-sample file
// tests/search-quality/corpus/saudinewsnet-sample.json, of the first held-out file
// tests/search-quality/heldout/corpus/saudinewsnet-heldout.json, of the second one
// tests/search-quality/heldout2/corpus/saudinewsnet-heldout2.json, of the third one
// tests/search-quality/heldout3/corpus/saudinewsnet-heldout3.json and of the fourth one
// tests/search-quality/heldout4/corpus/saudinewsnet-heldout4.json.
// Articles of 600-3,000 characters with a title, ordered by the SHA-1 of "heldout5:" + URL; for
// each spelling, morphology or precision case the queries exercise (other words than the five
// other suites'), the first few articles that contain it, then the first others up to SIZE.
// Usage: npx tsx scripts/search-heldout5-sample.ts [corpus dir]
import { join } from 'node:path';
import { unicodeRegExp as re, WORD_END as A, WORD_START as B, writeHeldOutSample } from './lib/corpus.ts';

const REPO = join(import.meta.dirname, '..');
const corpus = process.argv[2] ?? join(REPO, '..', 'shared', 'corpus', 'saudinewsnet');

// [what the articles must contain, how many]
const CASES: [RegExp, number][] = [
  [re(`${B}(و|ب|ل)?الادارة${A}`), 1], // hamza: الإدارة written without it
  [re(`${B}(و|ب|ل)?الاعلان${A}`), 1], // hamza: الإعلان without it
  [re(`${B}(و|ب|ل)?الارض${A}`), 1], // hamza: الأرض without it
  [re(`${B}(و|ب|ل)?الاخبار${A}`), 1], // hamza: الأخبار without it
  [re(`${B}(و|ب|ل)?الامام${A}`), 1], // hamza: الإمام without it
  [re(`${B}(و|ب|ل)?الاحد${A}`), 1], // hamza: الأحد (Sunday) without it, or أحد (one)
  [re(`${B}(و|ب|ل|ال)?شاطيء${A}`), 1], // hamza on its ي seat written شاطيء for شاطئ
  [re(`${B}(و|ب|ل)?العامه${A}`), 1], // ه for ة
  [re(`${B}(و|ب|ل)?الحديثه${A}`), 1],
  [re(`${B}(و|ب|ل)?الخاصه${A}`), 1],
  [re(`${B}(و|ف)?حتي${A}`), 1], // ي for ى: حتى
  [re(`${B}(و|ف)?لدي${A}`), 1], // لدى (at), or ولدي (my son)
  [re(`${B}(و|ف)?تلقي${A}`), 1], // تلقى (received), or تلقي (receiving)
  [re(`${B}(و|ب|ل)?القوي${A}`), 1], // القوى (forces), or the adjective القوي (strong)
  [re(`${B}(و|ب|ل)?المعني${A}`), 1], // المعنى (meaning), or المعني (concerned)
  [/[٠-٩]/u, 3], // Arabic-Indic digits
  [/[A-Za-z]{4,}/u, 3], // Latin words
  [re('[\\u0621-\\u064a]\\u0640+[\\u0621-\\u064a]'), 1], // tatweel inside a word
  [re(`${B}(و|ب|ل|ال)*مصادر${A}`), 1], // broken plurals
  [re(`${B}(و|ب|ل|ال)*ضحايا${A}`), 1],
  [re(`${B}(و|ب|ل|ال)*[أا]شخاص${A}`), 1],
  [re(`${B}(و|ب|ل|ال)*شركاء${A}`), 1],
  [re(`${B}(و|ب|ل|ال)*جماهير${A}`), 1],
  [re(`${B}(و|ب|ل)صنعاء${A}`), 1], // clitics before a bare name
  [re(`${B}(و|ب|ل)تعز${A}`), 1],
  [re(`${B}(و|ب|ل)غزة${A}`), 1],
  [re(`${B}(وال|بال|لل)يونان${A}`), 1],
  [re(`${B}(وال|بال|لل)قطيف${A}`), 1],
  [re(`${B}(وال|بال|لل)خبر${A}`), 1], // الخبر (the city), a homograph of الخبر (the news)
  [re(`${B}(و|ب|ل)?[أا]شهر${A}`), 1], // أشهر (months), a homograph of أشهر (most famous)
  [re(`${B}(و|ب|ل)?الوطن${A}`), 1], // الوطن (homeland), next to the nisba الوطني
  [/القطاع الخاص/u, 1], // phrases
  [/وكالة الأنباء/u, 1],
];

writeHeldOutSample(5, CASES, corpus);
