// Draws the FOURTH held-out search-quality sample from the shared SaudiNewsNet corpus,
// deterministically, and writes it (rows exactly as in the corpus) to
// tests/search-quality/heldout4/corpus/saudinewsnet-heldout4.json.
// Its suite (tests/search-quality/heldout4/queries.json) was written blind, like the three other
// held-out ones: this sample is DISJOINT from the URLs of the in-sample file
// tests/search-quality/corpus/saudinewsnet-sample.json, of the first held-out file
// tests/search-quality/heldout/corpus/saudinewsnet-heldout.json, of the second one
// tests/search-quality/heldout2/corpus/saudinewsnet-heldout2.json and of the third one
// tests/search-quality/heldout3/corpus/saudinewsnet-heldout3.json.
// Articles of 600-3,000 characters with a title, ordered by the SHA-1 of "heldout4:" + URL; for
// each spelling, morphology or precision case the queries exercise (other words than the four
// other suites'), the first few articles that contain it, then the first others up to SIZE.
// Usage: npx tsx scripts/search-heldout4-sample.ts [corpus dir]
import { join } from 'node:path';
import { unicodeRegExp as re, WORD_END as A, WORD_START as B, writeHeldOutSample } from './lib/corpus.ts';

const REPO = join(import.meta.dirname, '..');
const corpus = process.argv[2] ?? join(REPO, '..', 'shared', 'corpus', 'saudinewsnet');

// [what the articles must contain, how many]
const CASES: [RegExp, number][] = [
  [re(`${B}(و|ب|ل)?الاسلام${A}`), 1], // hamza: الإسلام written without it
  [re(`${B}(و|ب|ل)?الانتاج${A}`), 1], // hamza: الإنتاج without it
  [re(`${B}(و|ل)?اوباما${A}`), 1], // hamza: أوباما without it
  [re(`${B}(و|ب|ل)?الاسكان${A}`), 1], // hamza: الإسكان without it
  [re(`${B}(و|ب|ل)?الاربعاء${A}`), 1], // hamza: الأربعاء without it
  [re(`${B}(و|ب|ل)?ابها${A}`), 1], // hamza: أبها without it
  [re(`${B}(و|ب|ل)?السياحه${A}`), 1], // ه for ة
  [re(`${B}(و|ب|ل)?المحافظه${A}`), 1],
  [re(`${B}(و|ب|ل)?الداخليه${A}`), 1],
  [re(`${B}(و|ب|ل)?العمليه${A}`), 1],
  [re(`${B}(و|ب|ل)?الدوره${A}`), 1],
  [re(`${B}(و|ب|ل)?العظمي${A}`), 1], // ي for ى: العظمى (greatest), or the adjective العظمي (of bone)
  [re(`${B}(و|ب|ل)?الوسطي${A}`), 1], // الوسطى (middle), or the adjective الوسطي (moderate)
  [re(`${B}(و|ب|ل)?الدعوي${A}`), 1], // الدعوى (lawsuit), or the adjective الدعوي (of preaching)
  [re(`${B}(و|ب|ل)?الاولي${A}`), 1], // الأولى (first), or الأولي (primary)
  [/[٠-٩]/u, 3], // Arabic-Indic digits
  [/[A-Za-z]{4,}/u, 3], // Latin words
  [re('[\\u0621-\\u064a]\\u0640+[\\u0621-\\u064a]'), 1], // tatweel inside a word
  [re(`${B}(و|ب|ل|ال)*مصانع${A}`), 1], // broken plurals
  [re(`${B}(و|ب|ل|ال)*ملاعب${A}`), 1],
  [re(`${B}(و|ب|ل|ال)*[أا]جهز(ة|ه)${A}`), 1],
  [re(`${B}(و|ب|ل|ال)*[أا]موال${A}`), 1],
  [re(`${B}(و|ب|ل)تبوك${A}`), 1], // clitics before a bare name
  [re(`${B}(و|ب|ل)بيروت${A}`), 1],
  [re(`${B}(وال|بال|لل)جبيل${A}`), 1],
  [re(`${B}(و|ب|ل)موسكو${A}`), 1],
  [re(`${B}(و|ب|ل)?المحافظ${A}`), 1], // المحافظ (governor), next to المحافظة (governorate)
  [re(`${B}(و|ب|ل)?البحر${A}`), 1], // البحر (sea), which starts البحرين and البحرية (navy)
  [re(`${B}(و|ب|ل)?(ال)?رئيسي(ة|ه)?${A}`), 1], // الرئيسي (main), which holds the letters of الرئيس
  [re(`${B}(و|ب|ل)?(ال)?مصلي${A}`), 1], // المصلى (prayer hall) written with ي, or المصلي (one who prays)
  [/إطلاق النار/u, 1], // phrases
  [/الصرف الصحي/u, 1],
  [/التواصل الاجتماعي/u, 1],
];

writeHeldOutSample(4, CASES, corpus);
