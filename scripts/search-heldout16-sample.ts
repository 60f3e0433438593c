// Draws the SIXTEENTH held-out search-quality sample from the shared SaudiNewsNet corpus,
// deterministically, and writes it (rows exactly as in the corpus) to
// tests/search-quality/heldout16/corpus/saudinewsnet-heldout16.json.
// Its suite (tests/search-quality/heldout16/queries.json) was written blind, like the fifteen other
// held-out ones: this sample is DISJOINT from the URLs of the in-sample file
// tests/search-quality/corpus/saudinewsnet-sample.json, of the first held-out file
// tests/search-quality/heldout/corpus/saudinewsnet-heldout.json, of the second one
// tests/search-quality/heldout2/corpus/saudinewsnet-heldout2.json, of the third one
// tests/search-quality/heldout3/corpus/saudinewsnet-heldout3.json, of the fourth one
// tests/search-quality/heldout4/corpus/saudinewsnet-heldout4.json, of the fifth one
// tests/search-quality/heldout5/corpus/saudinewsnet-heldout5.json, of the sixth one
// tests/search-quality/heldout6/corpus/saudinewsnet-heldout6.json, of the seventh one
// tests/search-quality/heldout7/corpus/saudinewsnet-heldout7.json, of the eighth one
// tests/search-quality/heldout8/corpus/saudinewsnet-heldout8.json, of the ninth one
// tests/search-quality/heldout9/corpus/saudinewsnet-heldout9.json, of the tenth one
// tests/search-quality/heldout10/corpus/saudinewsnet-heldout10.json, of the eleventh one
// tests/search-quality/heldout11/corpus/saudinewsnet-heldout11.json, of the twelfth one
// tests/search-quality/heldout12/corpus/saudinewsnet-heldout12.json, of the thirteenth one
// tests/search-quality/heldout13/corpus/saudinewsnet-heldout13.json, of the fourteenth one
// tests/search-quality/heldout14/corpus/saudinewsnet-heldout14.json and of the fifteenth one
// tests/search-quality/heldout15/corpus/saudinewsnet-heldout15.json.
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
