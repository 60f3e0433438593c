// Draws the SEVENTEENTH held-out search-quality sample from the shared SaudiNewsNet corpus,
// deterministically, and writes it (rows exactly as in the corpus) to
// tests/search-quality/heldout17/corpus/saudinewsnet-heldout17.json.
// Its suite (tests/search-quality/heldout17/queries.json) was written blind, like the sixteen other
// held-out ones: this sample is DISJOINT from the URLs of the in-sample file and of every earlier
// held-out sample (writeHeldOutSample, scripts/lib/corpus.ts, excludes them and checks it).
// Articles of 600-3,000 characters with a title, ordered by the SHA-1 of "heldout17:" + URL; for
// each spelling, morphology or precision case the queries exercise (other words than the sixteen
// other suites'), the first article that contains it, then the first others up to SIZE.
// Usage: npx tsx scripts/search-heldout17-sample.ts [corpus dir]
import { join } from 'node:path';
import { unicodeRegExp as re, WORD_END as A, WORD_START as B, writeHeldOutSample } from './lib/corpus.ts';

const REPO = join(import.meta.dirname, '..');
const corpus = process.argv[2] ?? join(REPO, '..', 'shared', 'corpus', 'saudinewsnet');

// [what the articles must contain, how many]
const CASES: [RegExp, number][] = [
  [re(`${B}(و|ب|ل)?الأنظمه${A}`), 1], // ه for ة in the text (الأنظمه; الشخصيه; مطمئنه; نصيحه, in a poem; متقدمه; المنظمه; ظاهره)
  [re(`${B}(و|ب|ل)?(ال)?شخصيه${A}`), 1],
  [re(`${B}مطمئنه${A}`), 1],
  [re(`${B}نصيحه${A}`), 1],
  [re(`${B}متقدمه${A}`), 1],
  [re(`${B}(و|ب|ل)?(ال)?منظمه${A}`), 1],
  [re(`${B}ظاهره${A}`), 1],
  [re(`${B}(و|ب|ل)?(ال)?إجمالى${A}`), 1], // ى written for ي (الإجمالى; الإقليمى; تأتى; صافى)
  [re(`${B}(و|ب|ل)?(ال)?إقليمى${A}`), 1],
  [re(`${B}تأتى${A}`), 1],
  [re(`${B}صافى${A}`), 1],
  [re(`${B}(و|ب|ل)?(ال)?ـتزلج${A}`), 1], // tatweel inside words (والـتزلج; الصعــوبـات; الدبلـومات; الــشـمـري)
  [re(`${B}(ال)?صعــوبـات${A}`), 1],
  [re(`${B}(ال)?دبلـومات${A}`), 1],
  [re(`${B}(ال)?ــشـمـري${A}`), 1],
  [re(`${B}مزوّرة${A}`), 1], // harakat inside words (مزوّرة; اللّؤلؤ; سبّاقة; العُمانيين; المُدّخرات)
  [re(`${B}(ال)?لّؤلؤ${A}`), 1],
  [re(`${B}سبّاقة${A}`), 1],
  [re(`${B}(ال)?عُمانيين${A}`), 1],
  [re(`${B}(ال)?مُدّخرات${A}`), 1],
  [/١١٤٠٠/u, 1], // Arabic-Indic digits
  [/٤٧٦/u, 1],
  [/٣٣٠٣/u, 1],
  [/OHSAS/u, 1], // Latin words
  [/Motorola/u, 1],
  [/GlobalWebIndex/u, 1],
  [/PlayStation/u, 1],
  [/SAUDIA/u, 1],
];

writeHeldOutSample(17, CASES, corpus);
