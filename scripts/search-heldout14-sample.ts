// Draws the FOURTEENTH held-out search-quality sample from the shared SaudiNewsNet corpus,
// deterministically, and writes it (rows exactly as in the corpus) to
// tests/search-quality/heldout14/corpus/saudinewsnet-heldout14.json.
// Its suite (tests/search-quality/heldout14/queries.json) was written blind, like the thirteen other
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
// tests/search-quality/heldout12/corpus/saudinewsnet-heldout12.json and of the thirteenth one
// tests/search-quality/heldout13/corpus/saudinewsnet-heldout13.json.
// Articles of 600-3,000 characters with a title, ordered by the SHA-1 of "heldout14:" + URL; for
// each spelling, morphology or precision case the queries exercise (other words than the thirteen
// other suites'), the first article that contains it, then the first others up to SIZE.
// Usage: npx tsx scripts/search-heldout14-sample.ts [corpus dir]
import { join } from 'node:path';
import { unicodeRegExp as re, WORD_END as A, WORD_START as B, writeHeldOutSample } from './lib/corpus.ts';

const REPO = join(import.meta.dirname, '..');
const corpus = process.argv[2] ?? join(REPO, '..', 'shared', 'corpus', 'saudinewsnet');

// [what the articles must contain, how many]
const CASES: [RegExp, number][] = [
  [re(`${B}(و|ب|ل)?(ال)?تكلفه${A}`), 1], // ه for ة in the text (بتكلفه; also الغذائى, ى for ي)
  [re(`${B}(و|ب|ل)?شبوه${A}`), 1], // ه for ة in a place name (وشبوه; also the name هادي)
  [re(`${B}(و|ب|ل)?(ال)?طمانينه${A}`), 1], // (الطمانينه, الاشاره, العامه, المصاحبه)
  [re(`${B}(و|ب|ل)?(ال)?دكتوراة${A}`), 1], // ة written for ه in the text (دكتوراة)
  [re(`${B}مؤقوت(ة|ه)${A}`), 1], // a hamza the word does not have: موقوتة written مؤقوته
  [re(`${B}(و|ب|ل)?(ال)?فايت${A}`), 1], // the hamza's seat dropped: الفائت written الفايت
  [re(`${B}(و|ب|ل)?نائف${A}`), 1], // a name written with the hamza: نايف written نائف
  [re(`${B}(و|ب|ل)?الاورام${A}`), 1], // the hamza dropped in a broken plural (الاورام next to الأورام)
  [re(`${B}(ال)?ألاف${A}`), 1], // the madda written as a hamza: الآلاف written الألاف
  [re(`${B}(و|ب|ل)?(ال)?أباتشى${A}`), 1], // ى written for ي in the text (الأباتشى; الأردنى, مجدى)
  [re(`${B}(و|ب|ل)?(ال)?أردنى${A}`), 1],
  [re(`${B}(و|ب|ل)?(ال)?حمقي${A}`), 1], // ي written for ى in the text (الحمقي)
  [re(`${B}(و|ب)خيبر${A}`), 1], // clitics before names
  [re(`${B}(و|ب|ل)(ال)?أفلاج${A}`), 1],
  [re(`${B}(بال|وبال|لل)قريات${A}`), 1],
  [re(`${B}هادئ${A}`), 1], // a hamza-seat pair: هادئ (calm), هادي (the name)
  [re(`${B}(و|ل)?غداء${A}`), 1], // a word and the same letters without the hamza: غداء (lunch), غدا (tomorrow)
  [re(`${B}غدا${A}`), 1],
  [re(`${B}عهدة${A}`), 1], // a ة/ه homograph pair: عهدة (custody), عهده (ولي عهده, his heir)
  [re(`${B}(و|ل)?عهده${A}`), 1],
  [/[٠-٩]/u, 3], // Arabic-Indic digits
  [/[A-Za-z]{4,}/u, 4], // Latin words
  [re(`${B}(و|ب|ل)?(ال)?جـبـل${A}`), 1], // tatweel inside words and names (جـبـل, الـخـريـبـة, الـعُـلا)
  [re(`${B}(و|ب|ل)?(ال)?خــوير${A}`), 1], // tatweel inside a name (الخــوير)
  [re(`${B}(و|ب|ل|ال)*جلاميد${A}`), 1], // broken plurals (جلاميد, نيازك)
  [re(`${B}(و|ب|ل|ال)*محاولت(ين|ان)${A}`), 1], // the dual of a noun in ة (محاولتين)
  [re(`${B}(و|ب|ل|ال)*متسابق(ين|ون)${A}`), 1], // sound plurals (المتسابقين, المتنزهين)
  [re(`${B}(و|ب|ل|ال)*متنزه(ين|ون)${A}`), 1],
  [re(`${B}(و|ب|ل)?عذراء${A}`), 1], // a poem's titles and harakat (عذراء, نريدُ, ننامَ)
  [re(`${B}(ف|و|ب|ل)?(ال)?دبيازة${A}`), 1], // names of dishes and apps (الدبيازة, إنستجرام)
];

writeHeldOutSample(14, CASES, corpus);
