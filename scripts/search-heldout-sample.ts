// Draws the HELD-OUT search-quality sample from the shared SaudiNewsNet corpus, deterministically,
// and writes it (rows exactly as in the corpus) to
// tests/search-quality/heldout/corpus/saudinewsnet-heldout.json.
// The held-out suite (tests/search-quality/heldout/queries.json) was written blind, on documents
// none of the normalisation rules were tuned on: this sample is DISJOINT from the URLs of the
// in-sample file tests/search-quality/corpus/saudinewsnet-sample.json.
// Articles of 600-3,000 characters with a title, ordered by the SHA-1 of "heldout:" + URL (another
// order than the in-sample draw's); for each spelling, morphology or precision case the held-out
// queries exercise (other words than the in-sample suite's), the first few articles that contain
// it, then the first others up to SIZE.
// Usage: npx tsx scripts/search-heldout-sample.ts [corpus dir]
import { join } from 'node:path';
import { unicodeRegExp as re, WORD_END as A, WORD_START as B, writeHeldOutSample } from './lib/corpus.ts';

const REPO = join(import.meta.dirname, '..');
const corpus = process.argv[2] ?? join(REPO, '..', 'shared', 'corpus', 'saudinewsnet');

// [what the articles must contain, how many]
const CASES: [RegExp, number][] = [
  [re(`${B}(و|ب|ل|ف)?(ال)?اسعار`), 2], // hamza: أسعار written without it; broken plural of سعر
  [re(`${B}(و|ب|ل|ف)?الاردن${A}`), 1], // hamza: الأردن without it
  [re(`${B}(و|ب|ل|ف)?الامارات${A}`), 1], // hamza: الإمارات without it
  [re(`${B}(و|ب|ل|ف)?القران${A}`), 1], // madda: القرآن without it
  [re(`الشركه${A}`), 2], // ه for ة
  [re(`الصحه${A}`), 1],
  [re(`${B}هيئه${A}`), 1],
  [re(`السعوديه${A}`), 1],
  [re(`مستوي${A}`), 2], // ي for ى
  [re(`${B}مصطفي${A}`), 1],
  [re(`${B}(ال)?ملتقي${A}`), 1],
  [re(`مجلس الشوري${A}`), 1],
  [re(`${B}و?موسي${A}`), 1],
  [/[٠-٩]/u, 3], // Arabic-Indic digits
  [/[A-Za-z]{4,}/u, 3], // Latin words
  [re('[\\u0621-\\u064a]\\u0640+[\\u0621-\\u064a]'), 1], // tatweel inside a word
  [/شوارع/u, 1], // broken plurals
  [/منازل/u, 1],
  [/جوائز/u, 1],
  [re(`${B}(ال|وال|لل)?[أا]ندية`), 1],
  [re(`${B}(و|ل)روسيا${A}`), 1], // clitics before a bare name
  [/بروسيا دورتموند/u, 1], // a homograph of بروسيا "in Russia" (Borussia)
  [re(`${B}(و|ب|ل)فرنسا${A}`), 1],
  [re(`${B}(بال|وال|لل)صين${A}`), 1],
  [/مجلس الشورى/u, 1], // phrases
  [/كأس العالم/u, 1],
  [/الأمم المتحدة/u, 1],
  [/ولي العهد/u, 1],
  [re(`${B}(و|ب|ل)?قطر${A}`), 1], // a short name that is also inside other words
];

writeHeldOutSample(1, CASES, corpus);
