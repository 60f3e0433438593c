// Draws the NINTH held-out search-quality sample from the shared SaudiNewsNet corpus,
// deterministically, and writes it (rows exactly as in the corpus) to
// tests/search-quality/heldout9/corpus/saudinewsnet-heldout9.json.
// Its suite (tests/search-quality/heldout9/queries.json) was written blind, like the eight other
// held-out ones: this sample is DISJOINT from the URLs of the in-sample file
// tests/search-quality/corpus/saudinewsnet-sample.json, of the first held-out file
// tests/search-quality/heldout/corpus/saudinewsnet-heldout.json, of the second one
// tests/search-quality/heldout2/corpus/saudinewsnet-heldout2.json, of the third one
// tests/search-quality/heldout3/corpus/saudinewsnet-heldout3.json, of the fourth one
// tests/search-quality/heldout4/corpus/saudinewsnet-heldout4.json, of the fifth one
// tests/search-quality/heldout5/corpus/saudinewsnet-heldout5.json, of the sixth one
// tests/search-quality/heldout6/corpus/saudinewsnet-heldout6.json, of the seventh one
// tests/search-quality/heldout7/corpus/saudinewsnet-heldout7.json and of the eighth one
// tests/search-quality/heldout8/corpus/saudinewsnet-heldout8.json.
// Articles of 600-3,000 characters with a title, ordered by the SHA-1 of "heldout9:" + URL; for
// each spelling, morphology or precision case the queries exercise (other words than the nine
// other suites'), the first article that contains it, then the first others up to SIZE.
// Usage: npx tsx scripts/search-heldout9-sample.ts [corpus dir]
import { join } from 'node:path';
import { unicodeRegExp as re, WORD_END as A, WORD_START as B, writeHeldOutSample } from './lib/corpus.ts';

const REPO = join(import.meta.dirname, '..');
const corpus = process.argv[2] ?? join(REPO, '..', 'shared', 'corpus', 'saudinewsnet');

// [what the articles must contain, how many]
const CASES: [RegExp, number][] = [
  [re(`${B}(و|ب|ل)?(ال)?ايواء${A}`), 1], // hamza: إيواء written without it
  [re(`${B}(و|ب|ل)?(ال)?اماكن${A}`), 1], // hamza: أماكن written without it
  [re(`${B}(و|ب|ل)?(ال)?بطئ${A}`), 1], // hamza on another seat: بطيء written بطئ
  [re(`${B}(و|ب|ل)?(ال)?بطيء${A}`), 1],
  [re(`${B}(و|ب|ل)?العمره${A}`), 1], // ه for ة in the text (بلديه العمره الفرعيه)
  [re(`${B}(و|ب|ل)?(ال)?تغطيه${A}`), 1], // (التغطيه, النخبه, العملاقه)
  [re(`${B}(و|ب|ل)?أخري${A}`), 1], // ي for ى in the text: أخرى written أخري
  [re(`${B}(و|ب|ل)?(ال)?ماضى${A}`), 1], // ى for ي in the text: الماضي written الماضى
  [re(`${B}(و|ب|ل)?(ال)?أنفاق${A}`), 1], // أنفاق (tunnels), next to إنفاق (spending), which differs by the hamza's seat
  [re(`${B}(و|ب|ل)?(ال)?إنفاق${A}`), 1],
  [re(`${B}(و|ب|ل)?(ال)?أعداد${A}`), 1], // أعداد (numbers), next to إعداد (preparing)
  [re(`${B}(و|ب|ل)?(ال)?إعداد${A}`), 1],
  [re(`${B}(و|ب|ل)أثينا${A}`), 1], // clitics before names
  [re(`${B}(وال|بال|لل)سويد${A}`), 1],
  [re(`${B}(وال|بال|لل)ظهران${A}`), 1],
  [re(`${B}(و|ب|ل)إندونيسيا${A}`), 1],
  [re(`${B}(وال|بال|لل)جوف${A}`), 1],
  [re(`${B}(و|ب|ل)?السويدي${A}`), 1], // the nisba, next to the name
  [/[٠-٩]/u, 3], // Arabic-Indic digits
  [/[A-Za-z]{4,}/u, 3], // Latin words
  [re('[\\u0621-\\u064a]\\u0640+[\\u0621-\\u064a]'), 1], // tatweel inside a word
  [re(`${B}(و|ب|ل|ال)*قذائف${A}`), 1], // broken plurals
  [re(`${B}(و|ب|ل|ال)*ألغام${A}`), 1],
  [re(`${B}(و|ب|ل|ال)*سدود${A}`), 1],
  [re(`${B}(و|ب|ل|ال)*عواصف${A}`), 1],
  [re(`${B}(و|ب|ل|ال)*متطوعين${A}`), 1], // sound plurals
  [re(`${B}(و|ب|ل|ال)*مستهلكين${A}`), 1],
];

writeHeldOutSample(9, CASES, corpus);
