// Draws the NINETEENTH held-out search-quality sample from the shared SaudiNewsNet corpus,
// deterministically, and writes it (rows exactly as in the corpus) to
// tests/search-quality/heldout19/corpus/saudinewsnet-heldout19.json.
// Its suite (tests/search-quality/heldout19/queries.json) was written blind, like the eighteen other
// held-out ones: this sample is DISJOINT from the URLs of the in-sample file and of every earlier
// held-out sample (writeHeldOutSample, scripts/lib/corpus.ts, excludes them and checks it).
// Articles of 600-3,000 characters with a title, ordered by the SHA-1 of "heldout19:" + URL; for
// each spelling, morphology or precision case the queries exercise (other words than the eighteen
// other suites'), the first article that contains it, then the first others up to SIZE.
// Usage: npx tsx scripts/search-heldout19-sample.ts [corpus dir]
import { join } from 'node:path';
import { unicodeRegExp as re, WORD_END as A, WORD_START as B, writeHeldOutSample } from './lib/corpus.ts';

const REPO = join(import.meta.dirname, '..');
const corpus = process.argv[2] ?? join(REPO, '..', 'shared', 'corpus', 'saudinewsnet');

// [what the articles must contain, how many]
const CASES: [RegExp, number][] = [
  [re(`${B}(و|ب|ل)?فرقه${A}`), 1], // ه for ة in the text (فرقه; الدرجه; مقارنه; جماعه; بوابه; كفاءه; حراسه المرمى)
  [re(`${B}(و|ب|ل)?الدرجه${A}`), 1],
  [re(`${B}(و|ب)?مقارنه${A}`), 1],
  [re(`${B}(و|ب|ل)?جماعه${A}`), 1],
  [re(`${B}(و|ب|ل)?(ال)?بوابه${A}`), 1],
  [re(`${B}(و|ب|ل)?(ال)?كفاءه${A}`), 1],
  [re(`${B}(و|ب|ل)?حراسه المرمى`), 1],
  [re(`${B}(و|ب|ل)?الرى${A}`), 1], // ى written for ي (الرى; يعانى; السكرى; الآلى; يؤدى)
  [re(`${B}يعانى${A}`), 1],
  [re(`${B}(و|ب|ل)?(ال)?سكرى${A}`), 1],
  [re(`${B}(و|ب|ل)?الآلى${A}`), 1],
  [re(`${B}يؤدى${A}`), 1],
  [re(`${B}(و|ب|ل)?(ال)?جهـود${A}`), 1], // tatweel inside words (الجهـود; الأرصـاد; الجـــدول; الجايروكوبتـر)
  [re(`${B}(و|ب|ل)?الأرصـاد${A}`), 1],
  [re(`${B}(و|ب|ل)?(ال)?جـــدول${A}`), 1],
  [re(`${B}(و|ب|ل)?(ال)?جايروكوبتـر${A}`), 1],
  [re(`${B}(و|ب|ل)?(ال)?رحّالة${A}`), 1], // harakat inside words (الرحّالة; المجلّة; تلوُّث; المكمّلات; المدرّس)
  [re(`${B}(و|ب|ل)?(ال)?مجلّة${A}`), 1],
  [re(`${B}(و|ب|ل)?(ال)?تلوُّث${A}`), 1],
  [re(`${B}(و|ب|ل)?(ال)?مكمّلات${A}`), 1],
  [re(`${B}(و|ب|ل)?(ال)?مدرّس${A}`), 1],
  [/(?<![٠-٩])١٥٥٠(?![٠-٩])/u, 1], // Arabic-Indic digits
  [/(?<![٠-٩])٢٠٥٠(?![٠-٩])/u, 1],
  [/(?<![٠-٩])١١١٠(?![٠-٩])/u, 1],
  [/(?<![٠-٩])٢٨٦٨(?![٠-٩])/u, 1],
  [/OnePlus/u, 1], // Latin words
  [/NCAP/u, 1],
  [/Lollapalooza/u, 1],
  [/Kepler/u, 1],
  [/Lancet/u, 1],
];

writeHeldOutSample(19, CASES, corpus);
