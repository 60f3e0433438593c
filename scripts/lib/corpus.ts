// The shared SaudiNewsNet corpus as the scripts read it: one gzipped JSON array of rows per
// day file, in file-name order; and the deterministic draw of a judged search-quality sample.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface CorpusRow { source: string; url: string; date_extracted: string; title: string; author: string; content: string }

/** The rows of each day file of `dir`, one file at a time, in file-name order. */
export function* corpusFiles(dir: string): Generator<CorpusRow[]> {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json.gz')).sort()) {
    yield JSON.parse(gunzipSync(readFileSync(join(dir, file))).toString('utf8')) as CorpusRow[];
  }
}

export function corpusRows(dir: string): CorpusRow[] {
  return [...corpusFiles(dir)].flat();
}

/**
 * `size` articles of 600-3,000 characters with a title, in the order of the SHA-1 of
 * `keyPrefix` + URL: first, for each [pattern, count] of `cases`, the first `count` articles
 * whose text matches it, then the first others. Rows whose URL `exclude` holds are left out, and
 * a URL is drawn at most once.
 */
export function drawSample(rows: readonly CorpusRow[], cases: readonly [RegExp, number][], size: number, keyPrefix = '', exclude: ReadonlySet<string> = new Set()): CorpusRow[] {
  const sha1 = (s: string): string => createHash('sha1').update(s).digest('hex');
  const seen = new Set<string>();
  const pool = rows
    .filter((r) => r.title?.trim() && r.content && r.content.length >= 600 && r.content.length <= 3000)
    .filter((r) => !exclude.has(r.url) && !seen.has(r.url) && seen.add(r.url))
    .map((r) => ({ r, key: sha1(keyPrefix + r.url) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((x) => x.r);
  const picked = new Set<CorpusRow>();
  for (const [pattern, count] of cases) {
    let n = 0;
    for (const r of pool) {
      if (n >= count) break;
      if (picked.has(r) || !pattern.test(r.content)) continue;
      picked.add(r);
      n++;
    }
  }
  for (const r of pool) {
    if (picked.size >= size) break;
    picked.add(r);
  }
  return pool.filter((r) => picked.has(r));
}

// For the sample scripts' case patterns: a word boundary against Arabic letters.
/** Not after an Arabic letter: a word start (clitics are spelled out in the pattern). */
export const WORD_START = '(?<![\\u0621-\\u064a])';
/** Not before an Arabic letter: a word end. */
export const WORD_END = '(?![\\u0621-\\u064a])';
export const unicodeRegExp = (source: string): RegExp => new RegExp(source, 'u');

const QUALITY = join(import.meta.dirname, '..', '..', 'tests', 'search-quality');
/** Held-out suite n's name: `heldout` (1), then `heldout<n>`. */
const suiteName = (n: number): string => `heldout${n === 1 ? '' : n}`;
/** Where the search-quality samples are: the in-sample (0), then held-out sample n in its suite's folder. */
const sampleFile = (n: number): string =>
  n === 0 ? join(QUALITY, 'corpus', 'saudinewsnet-sample.json') : join(QUALITY, suiteName(n), 'corpus', `saudinewsnet-${suiteName(n)}.json`);

/**
 * Held-out sample `n`, drawn and written to its suite's corpus folder (rows exactly as in the
 * corpus): `size` articles by drawSample with its suite's salt ("heldout:", "heldout2:"…),
 * disjoint from the in-sample and from every held-out sample drawn before it. Each sample
 * script calls this with its own frozen cases, so a sample is the same whenever it is drawn again.
 */
export function writeHeldOutSample(n: number, cases: readonly [RegExp, number][], corpus: string, size = 40): void {
  const suite = suiteName(n);
  const earlier = Array.from({ length: n }, (_, i) => sampleFile(i));
  const excluded = new Set(earlier.flatMap((file) => (JSON.parse(readFileSync(file, 'utf8')) as CorpusRow[]).map((r) => r.url)));
  const sample = drawSample(corpusRows(corpus), cases, size, `${suite}:`, excluded);
  if (sample.some((r) => excluded.has(r.url))) throw new Error(`${suite} sample overlaps the in-sample or an earlier held-out file`);
  const out = sampleFile(n);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(sample, null, 1)}\n`);
  console.log(`${sample.length} articles, ${Buffer.byteLength(JSON.stringify(sample))} bytes -> ${out}`);
}
