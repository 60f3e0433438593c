// Draws the search-quality sample from the shared SaudiNewsNet corpus, deterministically, and
// writes it (rows exactly as in the corpus) to tests/search-quality/corpus/saudinewsnet-sample.json.
// Articles of 600-3,000 characters with a title, ordered by the SHA-1 of their URL; for each
// spelling or morphology case the query set must exercise, the first few that contain it,
// then the first others up to SIZE. Usage: npx tsx scripts/search-sample.ts [corpus dir]
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusRows, drawSample } from './lib/corpus.ts';

const REPO = join(import.meta.dirname, '..');
const corpus = process.argv[2] ?? join(REPO, '..', 'shared', 'corpus', 'saudinewsnet');
const OUT = join(REPO, 'tests', 'search-quality', 'corpus', 'saudinewsnet-sample.json');
const SIZE = 40;

// [what the articles must contain, how many]
const CASES: [RegExp, number][] = [
  [/ميليشي|مليشي/, 4], // over-stemmed plural; two spellings
  [/صواريخ|صاروخ/, 3], // broken plural
  [/لإيران|لايران/, 3], // ل before a bare word
  [/وإيران|وايران/, 2], // و before a bare word
  [/والتحالف/, 2], // و before ال
  [/المنطقه(?![\u0621-\u064a])/, 2], // ه for ة
  [/الجرحي(?![\u0621-\u064a])/, 1], // ي for ى
  [/قتلي(?![\u0621-\u064a])/, 1],
  [/مسئولي/, 2], // ئ for ؤ
  [/شئون/, 1],
  [/[٠-٩]/, 2], // Arabic-Indic digits
  [/تويتر|[A-Za-z]{4,}/, 2], // Latin words
  [/\u0640/, 1], // tatweel
  [/البحرين/, 2],
  [/الشرطة/, 2],
  [/سلمان/, 1],
  [/مساجد/, 1],
  [/خادم الحرمين الشريفين/, 1], // a phrase
];

const sample = drawSample(corpusRows(corpus), CASES, SIZE);
writeFileSync(OUT, `${JSON.stringify(sample, null, 1)}\n`);
console.log(`${sample.length} articles, ${Buffer.byteLength(JSON.stringify(sample))} bytes -> ${OUT}`);
