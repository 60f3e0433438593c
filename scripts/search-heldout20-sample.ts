// Draws the TWENTIETH held-out search-quality sample from the shared SaudiNewsNet corpus,
// deterministically, and writes it (rows exactly as in the corpus) to
// tests/search-quality/heldout20/corpus/saudinewsnet-heldout20.json.
// Its suite (tests/search-quality/heldout20/queries.json) was written blind, like the nineteen other
// held-out ones: this sample is DISJOINT from the URLs of the in-sample file and of every earlier
// held-out sample (writeHeldOutSample, scripts/lib/corpus.ts, excludes them and checks it).
// Articles of 600-3,000 characters with a title, ordered by the SHA-1 of "heldout20:" + URL; for
// each spelling, morphology or precision case the queries exercise (other words than the nineteen
// other suites'), the first article that contains it, then the first others up to SIZE.
// Usage: npx tsx scripts/search-heldout20-sample.ts [corpus dir]
import { join } from 'node:path';
import { unicodeRegExp as re, WORD_END as A, WORD_START as B, writeHeldOutSample } from './lib/corpus.ts';

const REPO = join(import.meta.dirname, '..');
const corpus = process.argv[2] ?? join(REPO, '..', 'shared', 'corpus', 'saudinewsnet');

// [what the articles must contain, how many]
const CASES: [RegExp, number][] = [
  [re(`${B}(و|ب|ل)?القوه${A}`), 1], // ه for ة in the text (القوه; سرعه; حادثه; فرصه; المغامره; خطوره; مظله)
  [re(`${B}(و|ب|ل)?سرعه${A}`), 1],
  [re(`${B}(و|ب|ل)?(ال)?حادثه${A}`), 1],
  [re(`${B}(و|ب|ل)?(ال)?فرصه${A}`), 1],
  [re(`${B}(و|ب|ل)?(ال)?مغامره${A}`), 1],
  [re(`${B}(و|ب|ل)?(ال)?خطوره${A}`), 1],
  [re(`${B}(و|ب|ل)?(ال)?مظله${A}`), 1],
  [re(`${B}(و|ب|ل)?(ال)?إرهابى${A}`), 1], // ى written for ي (الإرهابى; الحارثى; المالى; الشرعى; البرازيلى)
  [re(`${B}(و|ب|ل)?الحارثى${A}`), 1],
  [re(`${B}(و|ب|ل)?المالى${A}`), 1],
  [re(`${B}(و|ب|ل)?الشرعى${A}`), 1],
  [re(`${B}(و|ب|ل)?(ال)?برازيلى${A}`), 1],
  [re(`${B}(و|ب|ل)?(ال)?توزيـع${A}`), 1], // tatweel inside words (التوزيـع; يهـودي; الـــقـــحــطـــانــــــي; الــصّــرّاف; والشعبيـــة)
  [re(`${B}(و|ب|ل)?(ال)?يهـود${A}`), 1],
  [re(`${B}(و|ب|ل)?الـ+قـ+حـ+طـ+ا?نـ+ي${A}`), 1],
  [re(`${B}(و|ب|ل)?(ال)?ـ*صّـ+رّاف${A}`), 1],
  [re(`${B}(و|ب|ل)?(ال)?شعبيـ+ة${A}`), 1],
  [re(`${B}(و|ب|ل)?(ال)?بريطانيّة${A}`), 1], // harakat inside words (بريطانيّة; الثمانينيّات; المعرّفات; المتحرّشين; النحّالين)
  [re(`${B}(و|ب|ل)?(ال)?ثمانينيّات${A}`), 1],
  [re(`${B}(و|ب|ل)?(ال)?معرّفات${A}`), 1],
  [re(`${B}(و|ب|ل)?(ال)?متحرّشين${A}`), 1],
  [re(`${B}(و|ب|ل)?(ال)?نحّالين${A}`), 1],
  [/(?<![٠-٩])٤٦٥(?![٠-٩])/u, 1], // Arabic-Indic digits
  [/(?<![٠-٩])٥٥٤(?![٠-٩])/u, 1],
  [/(?<![٠-٩])١٨٩٥(?![٠-٩])/u, 1],
  [/(?<![٠-٩])٧٤٨(?![٠-٩])/u, 1],
  [/(?<![٠-٩])١٣٤٩(?![٠-٩])/u, 1],
  [/ZeroFOX/u, 1], // Latin words
  [/Suffragette/u, 1],
  [/Cygnus/u, 1],
  [/Stagefright/u, 1],
  [/FATF/u, 1],
];

writeHeldOutSample(20, CASES, corpus);
