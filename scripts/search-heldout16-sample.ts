// Draws the SIXTEENTH held-out search-quality sample from the shared SaudiNewsNet corpus,
// deterministically, and writes it (rows exactly as in the corpus) to
// tests/search-quality/heldout16/corpus/saudinewsnet-heldout16.json.
// Its suite (tests/search-quality/heldout16/queries.json) was written blind, like the fifteen other
// held-out ones: this sample is DISJOINT from the URLs of the in-sample file and of every earlier
// held-out sample (writeHeldOutSample, scripts/lib/corpus.ts, excludes them and checks it).
// Articles of 600-3,000 characters with a title, ordered by the SHA-1 of "heldout16:" + URL; for
// each spelling, morphology or precision case the queries exercise (other words than the fifteen
// other suites'), the first article that contains it, then the first others up to SIZE.
// Usage: npx tsx scripts/search-heldout16-sample.ts [corpus dir]
import { join } from 'node:path';
import { unicodeRegExp as re, WORD_END as A, WORD_START as B, writeHeldOutSample } from './lib/corpus.ts';

const REPO = join(import.meta.dirname, '..');
const corpus = process.argv[2] ?? join(REPO, '..', 'shared', 'corpus', 'saudinewsnet');

// [what the articles must contain, how many]
const CASES: [RegExp, number][] = [
  [re(`${B}(و|ب|ل)?الحوطه${A}`), 1], // ه for ة in the text (a town, الحوطه; المسافه in a poem; المصرفيه)
  [re(`${B}(و|ب|ل)?(ال)?مسافه${A}`), 1],
  [re(`${B}(و|ب|ل)?(ال)?مصرفيه${A}`), 1],
  [re(`${B}(و|ب|ل)?غيابة${A}`), 1], // ة written for the pronoun ه (غيابة, his absence; مفادة)
  [re(`${B}(و|ب|ل)?مفادة${A}`), 1],
  [re(`${B}(و|ب|ل)?(ال)?جنائى${A}`), 1], // ى written for ي in nisbas (الجنائى, الفورى; الفرنسى, البحرى; الصناعى; جوى)
  [re(`${B}(و|ب|ل)?(ال)?فرنسى${A}`), 1],
  [re(`${B}(و|ب|ل)?(ال)?صناعى${A}`), 1],
  [re(`${B}(و|ب|ل)?جوى${A}`), 1],
  [re(`${B}(و|ف)?تمتلىء${A}`), 1], // the hamza written ىء (تمتلىء)
  [re(`${B}(و|ب|ل)?(ال)?تمريـ+ر${A}`), 1], // tatweel inside words (التمريـــر; الآســــــيوي; الجــديــد; الشهـير)
  [re(`${B}(و|ب|ل)?(ال)?آســ+يوي${A}`), 1],
  [re(`${B}(و|ب|ل)?(ال)?جــديــد${A}`), 1],
  [re(`${B}(و|ب|ل)?(ال)?شهـير${A}`), 1],
  [re(`${B}لِحادثة${A}`), 1], // harakat inside words (لِحادثة, بِحُرّية; شخصَيْن, a dual)
  [re(`${B}شخصَيْن${A}`), 1],
  [/٣٥٣٥٦٥/u, 1], // Arabic-Indic digits
  [/١٧٢٠٨/u, 1],
  [/١٢٧٥/u, 1],
  [/Avis/u, 1], // Latin words
  [/BRICS/u, 1],
  [/IMTEC/u, 1],
  [/Knock/u, 1],
  [/Venture/u, 1],
  [/Bahia/u, 1],
];

writeHeldOutSample(16, CASES, corpus);
