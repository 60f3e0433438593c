// Draws the EIGHTEENTH held-out search-quality sample from the shared SaudiNewsNet corpus,
// deterministically, and writes it (rows exactly as in the corpus) to
// tests/search-quality/heldout18/corpus/saudinewsnet-heldout18.json.
// Its suite (tests/search-quality/heldout18/queries.json) was written blind, like the seventeen other
// held-out ones: this sample is DISJOINT from the URLs of the in-sample file and of every earlier
// held-out sample (writeHeldOutSample, scripts/lib/corpus.ts, excludes them and checks it).
// Articles of 600-3,000 characters with a title, ordered by the SHA-1 of "heldout18:" + URL; for
// each spelling, morphology or precision case the queries exercise (other words than the seventeen
// other suites'), the first article that contains it, then the first others up to SIZE.
// Usage: npx tsx scripts/search-heldout18-sample.ts [corpus dir]
import { join } from 'node:path';
import { unicodeRegExp as re, WORD_END as A, WORD_START as B, writeHeldOutSample } from './lib/corpus.ts';

const REPO = join(import.meta.dirname, '..');
const corpus = process.argv[2] ?? join(REPO, '..', 'shared', 'corpus', 'saudinewsnet');

// [what the articles must contain, how many]
const CASES: [RegExp, number][] = [
  [re(`${B}(و|ب|ل)?الجهه${A}`), 1], // ه for ة in the text (الجهه; المقدمه; العلاقه; السلامه; الطفوله; مستقره; غرامه)
  [re(`${B}(و|ب|ل)?المقدمه${A}`), 1],
  [re(`${B}(و|ب|ل)?العلاقه${A}`), 1],
  [re(`${B}(و|ب|ل)?السلامه${A}`), 1],
  [re(`${B}(و|ب|ل)?الطفوله${A}`), 1],
  [re(`${B}مستقره${A}`), 1],
  [re(`${B}غرامه${A}`), 1],
  [re(`${B}(و|ب|ل)?(ال)?عسكرى${A}`), 1], // ى written for ي (العسكرى; الحقيقى; يحتوى; ينبغى)
  [re(`${B}(و|ب|ل)?(ال)?حقيقى${A}`), 1],
  [re(`${B}يحتوى${A}`), 1],
  [re(`${B}ينبغى${A}`), 1],
  [re(`${B}(و|ب|ل)?(ال)?جمهـوريين${A}`), 1], // tatweel inside words (الجمهـوريين; تعاقـــدات; كـارتر; التدريبـات)
  [re(`${B}تعاقـــدات${A}`), 1],
  [re(`${B}كـارتر${A}`), 1],
  [re(`${B}(و|ب|ل)?(ال)?تدريبـات${A}`), 1],
  [re(`${B}(و|ب|ل)?(ال)?مطوَّرة${A}`), 1], // harakat inside words (المطوَّرة; صنّاع; مكوّنات; روّاد; التطرّف)
  [re(`${B}صنّاع${A}`), 1],
  [re(`${B}مكوّنات${A}`), 1],
  [re(`${B}روّاد${A}`), 1],
  [re(`${B}(و|ب|ل)?(ال)?تطرّف${A}`), 1],
  [/(?<![٠-٩])٩٩٧(?![٠-٩])/u, 1], // Arabic-Indic digits
  [/(?<![٠-٩])٧٢٠(?![٠-٩])/u, 1],
  [/(?<![٠-٩])١٥٤٩(?![٠-٩])/u, 1],
  [/(?<![٠-٩])٢٩٨٦(?![٠-٩])/u, 1],
  [/HAMMERTOSS/u, 1], // Latin words
  [/HTC/u, 1],
  [/Titanic/u, 1],
  [/SocialBakers/u, 1],
  [/Alexa/u, 1],
];

writeHeldOutSample(18, CASES, corpus);
