// Draws the THIRTEENTH held-out search-quality sample from the shared SaudiNewsNet corpus,
// deterministically, and writes it (rows exactly as in the corpus) to
// tests/search-quality/heldout13/corpus/saudinewsnet-heldout13.json.
// Its suite (tests/search-quality/heldout13/queries.json) was written blind, like the twelve other
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
// tests/search-quality/heldout11/corpus/saudinewsnet-heldout11.json and of the twelfth one
// tests/search-quality/heldout12/corpus/saudinewsnet-heldout12.json.
// Articles of 600-3,000 characters with a title, ordered by the SHA-1 of "heldout13:" + URL; for
// each spelling, morphology or precision case the queries exercise (other words than the twelve
// other suites'), the first article that contains it, then the first others up to SIZE.
// Usage: npx tsx scripts/search-heldout13-sample.ts [corpus dir]
import { join } from 'node:path';
import { unicodeRegExp as re, WORD_END as A, WORD_START as B, writeHeldOutSample } from './lib/corpus.ts';

const REPO = join(import.meta.dirname, '..');
const corpus = process.argv[2] ?? join(REPO, '..', 'shared', 'corpus', 'saudinewsnet');

// [what the articles must contain, how many]
const CASES: [RegExp, number][] = [
  [re(`${B}(و|ب|ل)?(ال)?مراجعه${A}`), 1], // ه for ة in the text (مراجعه, وسهوله, بمنطقه, خدمه)
  [re(`${B}(و|ب|ل)?(ال)?جيولوجيه${A}`), 1], // (الجيولوجيه, الإنسانيه)
  [re(`${B}(و|ب|ل)?(ال)?فواكة${A}`), 1], // ة written for ه in the text (الفواكة, حفظة)
  [re(`${B}(و|ب|ل)?(ال)?موقت(ا|ة)?${A}`), 1], // the hamza's seat dropped: مؤقتا written موقتا
  [re(`${B}(و|ب|ل)?(ال)?إخصائي${A}`), 1], // the hamza under the alef: أخصائي written إخصائي
  [re(`${B}(و|ب|ل)?(ال)?بلجيكى${A}`), 1], // ى written for ي in the text (البلجيكى, الطبى; الديموقراطى, الأميركى)
  [re(`${B}(و|ب|ل)?(ال)?ديموقراطى${A}`), 1],
  [re(`${B}(و|ب|ل)?الرشاوي${A}`), 1], // ي written for ى in the text (الرشاوي)
  [re(`${B}(و|ب|ل)رفحاء${A}`), 1], // clitics before names
  [re(`${B}(وال|بال)دوادمي${A}`), 1],
  [re(`${B}(و|ب)بقيق${A}`), 1],
  [re(`${B}(وال|بال)درعية${A}`), 1],
  [re(`${B}(و|ب|ل)جاكرتا${A}`), 1],
  [re(`${B}(و|ب|ل)?رفح${A}`), 1], // a name that shares its letters with another (رفح, رفحاء)
  [re(`${B}(و|ب|ل)?(ال)?تركمانية${A}`), 1], // a nisba and a name (التركمانية, تركمانستان)
  [re(`${B}(و|ب|ل)?تركمانستان${A}`), 1],
  [re(`${B}(و|ب|ل)?(ال)?وجهة${A}`), 1], // a ة/ه homograph pair: وجهة (a direction), وجهه (his face)
  [re(`${B}وجهه${A}`), 1],
  [/[٠-٩]/u, 3], // Arabic-Indic digits
  [/[A-Za-z]{4,}/u, 4], // Latin words
  [re('[\\u0621-\\u063f\\u0641-\\u064a]\\u0640+[\\u0621-\\u063f\\u0641-\\u064a]'), 1], // tatweel inside a word (the letter ranges leave the tatweel out)
  [re(`${B}صـافـولا${A}`), 1], // tatweel inside a name
  [re(`${B}(و|ب|ل|ال)*خنادق${A}`), 1], // broken plurals
  [re(`${B}(و|ب|ل|ال)*أضرحة${A}`), 1],
  [re(`${B}(و|ب|ل|ال)*كنائس${A}`), 1],
  [re(`${B}(و|ب|ل|ال)*أقنعة${A}`), 1],
  [re(`${B}(و|ب|ل|ال)*مقبرت(ين|ان)${A}`), 1], // duals of nouns in ة (مقبرة, رصاصة)
  [re(`${B}(و|ب|ل|ال)*رصاصت(ين|ان)${A}`), 1],
  [re(`${B}(و|ب|ل|ال)*المدخنين${A}`), 1], // sound plurals
  [re(`${B}(و|ب|ل|ال)*المغردين${A}`), 1],
];

writeHeldOutSample(13, CASES, corpus);
