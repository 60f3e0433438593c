// Draws the FIFTEENTH held-out search-quality sample from the shared SaudiNewsNet corpus,
// deterministically, and writes it (rows exactly as in the corpus) to
// tests/search-quality/heldout15/corpus/saudinewsnet-heldout15.json.
// Its suite (tests/search-quality/heldout15/queries.json) was written blind, like the fourteen other
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
// tests/search-quality/heldout13/corpus/saudinewsnet-heldout13.json and of the fourteenth one
// tests/search-quality/heldout14/corpus/saudinewsnet-heldout14.json.
// Articles of 600-3,000 characters with a title, ordered by the SHA-1 of "heldout15:" + URL; for
// each spelling, morphology or precision case the queries exercise (other words than the fourteen
// other suites'), the first article that contains it, then the first others up to SIZE.
// Usage: npx tsx scripts/search-heldout15-sample.ts [corpus dir]
import { join } from 'node:path';
import { unicodeRegExp as re, WORD_END as A, WORD_START as B, writeHeldOutSample } from './lib/corpus.ts';

const REPO = join(import.meta.dirname, '..');
const corpus = process.argv[2] ?? join(REPO, '..', 'shared', 'corpus', 'saudinewsnet');

// [what the articles must contain, how many]
const CASES: [RegExp, number][] = [
  [re(`${B}(و|ب|ل)?(ال)?ائتمانيه${A}`), 1], // ه for ة in the text (الائتمانيه; الرأسماليه, اللازمه, المختصه)
  [re(`${B}(و|ب|ل)?هلله${A}`), 1], // ه for ة in a currency word (هلله, halala)
  [re(`${B}(و|ب|ل)?(ال)?ترفية${A}`), 1], // ة written for ه in the text (الترفية; مياة)
  [re(`${B}(و|ب|ل)?سونى${A}`), 1], // ى written for ي in the text (سونى, a name; قياسى, اهالى)
  [re(`${B}(و|ب|ل)?(ال)?قياسى${A}`), 1],
  [re(`${B}(و|ب|ل)?(ا|أ)هالى${A}`), 1],
  [re(`${B}(و|ب|ل)?(ال)?مريء${A}`), 1], // the hamza on the line after ي (المريء), often typed on a seat
  [re(`${B}(و|ب|ل)?إرتفاع${A}`), 1], // a hamza the alef of connection does not have (إرتفاع, إتصالات)
  [re(`${B}(و|ب|ل)?مس\u0640+ي\u0640*ر\u0640*ة${A}`), 1], // tatweel inside words, long runs of it (مســــيرة)
  [re(`${B}(و|ب|ل)?(ال)?تلف\u0640+ريك${A}`), 1], // tatweel inside a word and a name (تلفـريك عسيـر)
  [re(`${B}(و|ب|ل)?(ال)?انج\u0640+از${A}`), 1], // tatweel and the hamza dropped (الانجــــــاز)
  [re(`${B}(و|ب|ل)?مس\u0640+اجلة${A}`), 1], // a poem with tatweel and harakat of its own (مســاجلة, الخرفانِ)
  [re(`${B}(و|ب|ل)?(ال)?\u0640*دّرن${A}`), 1], // harakat and tatweel inside words (والـدّرن, الأَسِـرّة)
  [re(`رِفدةٌ`), 1], // harakat and tanween in a title word (رِفدةٌ, عانيّةٌ)
  [re(`${B}لبُيد${A}`), 1], // a name with a damma (لبُيد)
  [/[٠-٩]{4,}/u, 3], // Arabic-Indic digits
  [/IELTS/u, 1], // Latin words
  [/[Vv]iber/u, 1],
  [/[Cc]annellini/u, 1],
  [/Hwanghae/u, 1],
  [/GSMArena/u, 1],
  [re(`${B}(و|ب|ل)?عارضة${A}`), 1], // clitics before names (بعارضة; أشيقر, بأشيقر; صقلية بإيطاليا)
  [re(`${B}(و|ب|ل)?أشيقر${A}`), 1],
  [re(`${B}(و|ب|ل)?صقلية${A}`), 1],
  [re(`${B}مُ?صححي${A}`), 1], // a sound plural in construct, without its ن (مُصححي أوضاعهم)
  [re(`${B}(و|ب|ل)?(ال)?تمساح(ا)?${A}`), 1], // the accusative alef and a broken plural (تمساحا, التماسيح)
  [re(`${B}(و|ب|ل)?قراصنة${A}`), 1], // broken plurals (قراصنة, الابقار, البدناء, النحفاء)
  [re(`${B}(و|ب|ل|لل)?(ال)?[أا]بقار${A}`), 1],
  [re(`${B}(و|ب|ل)?فريقة${A}`), 1], // ة written for the pronoun ه (فريقة, his team)
  [re(`${B}(ال)?جغرافى${A}`), 1], // ى written for ي in a nisba (الجغرافى)
  [re(`${B}(و|ب|ل)?(ال)?نحفاء${A}`), 1],
];

writeHeldOutSample(15, CASES, corpus);
