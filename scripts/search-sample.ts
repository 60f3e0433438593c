// Draws the search-quality sample from the shared SaudiNewsNet corpus, deterministically, and
// writes it (rows exactly as in the corpus) to tests/search-quality/corpus/saudinewsnet-sample.json.
// Articles of 600-3,000 characters with a title, ordered by the SHA-1 of their URL; for each
// spelling or morphology case the query set must exercise, the first few that contain it,
// then the first others up to SIZE. Usage: npx tsx scripts/search-sample.ts [corpus dir]
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

interface Row { source: string; url: string; date_extracted: string; title: string; author: string; content: string }

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

const rows: Row[] = [];
for (const f of readdirSync(corpus).filter((n) => n.endsWith('.json.gz')).sort()) {
  rows.push(...(JSON.parse(gunzipSync(readFileSync(join(corpus, f))).toString('utf8')) as Row[]));
}
const sha1 = (s: string): string => createHash('sha1').update(s).digest('hex');
const pool = rows
  .filter((r) => r.title?.trim() && r.content && r.content.length >= 600 && r.content.length <= 3000)
  .map((r) => ({ r, key: sha1(r.url) }))
  .sort((a, b) => (a.key < b.key ? -1 : 1))
  .map((x) => x.r);
const picked = new Set<Row>();
for (const [pattern, count] of CASES) {
  let n = 0;
  for (const r of pool) {
    if (n >= count) break;
    if (picked.has(r) || !pattern.test(r.content)) continue;
    picked.add(r);
    n++;
  }
}
for (const r of pool) {
  if (picked.size >= SIZE) break;
  picked.add(r);
}
const sample = pool.filter((r) => picked.has(r));
writeFileSync(OUT, `${JSON.stringify(sample, null, 1)}\n`);
console.log(`${sample.length} articles, ${Buffer.byteLength(JSON.stringify(sample))} bytes -> ${OUT}`);
