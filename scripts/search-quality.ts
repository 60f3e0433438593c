// Search quality of the built site, measured as a reader meets it: the sample archive
// (tests/search-quality/corpus/ plus the seed article) is built with the real pipeline, served
// on loopback, and every case of tests/search-quality/queries.json is typed into Pagefind's
// JavaScript API in headless Chromium. Prints recall and precision per kind and overall,
// against the judged document sets, for
//   stock       the site as `npm run build` makes it (Pagefind's own Arabic stemming), and
//   normalised  the same pages indexed over src/search/normalize.ts keys
//               (src/search/normalized-index.ts), searched with src/search/query.ts as bundled
//               for the browser (src/search/bundle.ts).
// Also: bytes and times of a first query, fragment sizes, and a check that every excerpt of
// the normalised mode is the published text.
//
// Usage: npx tsx scripts/search-quality.ts [--mode stock|normalised|both] [--verbose] [--json out.json] [--keep]
//        [--update-expected]  (recompute each case's `expected` from its accepted forms and save it)
//        [--suite DIR]  a suite folder with queries.json and corpus/ (default tests/search-quality;
//                       tests/search-quality/heldout is the held-out set, written blind)
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import * as pagefind from 'pagefind';
import { loadConfig } from '../src/config.ts';
import { runBuild } from '../src/build.ts';
import { serveDir } from '../src/serve.ts';
import { extractPages, writeNormalisedIndex } from '../src/search/normalized-index.ts';
import { bundleSearchModule } from '../src/search/bundle.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { writeStockIndex } from './lib/stock-index.ts';
import { judge, type QualityCase } from '../tests/search-quality/judge.ts';

const REPO = join(import.meta.dirname, '..');
const SEED = join(REPO, 'seeds', '000_8db493ebabbc4d35.txt');

const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(name);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const SUITE = option('--suite') ? resolve(option('--suite')!) : join(REPO, 'tests', 'search-quality');
const modes = (option('--mode') ?? 'both') === 'both' ? ['stock', 'normalised'] : [option('--mode')!];
for (const m of modes) if (m !== 'stock' && m !== 'normalised') throw new Error(`unknown mode ${m}`);

interface Suite {
  rule: string;
  cases: QualityCase[];
}
const suite = JSON.parse(readFileSync(join(SUITE, 'queries.json'), 'utf8')) as Suite;

// ---------------------------------------------------------------------------------------
// Build the sample once; the normalised site is a copy with its own Pagefind bundle.

const work = mkdtempSync(join(tmpdir(), 'arshif-search-quality-'));
const inputs = join(work, 'in');
mkdirSync(inputs);
for (const f of readdirSync(join(SUITE, 'corpus')).filter((n) => n.endsWith('.json'))) cpSync(join(SUITE, 'corpus', f), join(inputs, f));
// The seed belongs to the main suite's documents only; the held-out suite is its 40 articles.
if (!option('--suite')) cpSync(SEED, join(inputs, '000_8db493ebabbc4d35.txt'));
writeFileSync(join(work, 'config.json'), JSON.stringify({ inputs: ['in'], reference_date: '2026-11-23', out_dir: 'site', work_dir: 'work' }));
let t0 = performance.now();
const built = await runBuild(loadConfig(work, 'config.json'));
const stockBuildMs = performance.now() - t0;
const stockDir = built.outDir;
console.log(`built ${built.indexed} pages into ${stockDir} in ${(stockBuildMs / 1000).toFixed(1)} s`);

// The build writes the normalised index; the stock baseline is Pagefind's own index (its
// Arabic stemming, prefix matching) over the very same pages.
if (modes.includes('stock')) {
  rmSync(join(stockDir, 'pagefind'), { recursive: true, force: true });
  await writeStockIndex(stockDir, join(stockDir, 'pagefind'));
}

// The judged texts are what Pagefind extracts from the pages (title, body, related links).
const pages = await extractPages(stockDir);
await pagefind.close();
const docs = pages.map((p) => ({ id: idOf(p.url), content: p.content }));
let drift = 0;
for (const c of suite.cases) {
  const expected = judge(c, docs);
  if (expected.join(' ') !== [...c.expected].sort().join(' ')) {
    drift++;
    if (flag('--update-expected')) c.expected = expected;
    else console.warn(`WARNING ${c.id} ${c.query}: the stored expected set differs from the judgement of the built texts: ${expected.join(' ')}`);
  }
}
if (flag('--update-expected')) {
  // After editing the accepted forms of a case: recompute its expected set (then check it by eye).
  writeFileSync(join(SUITE, 'queries.json'), `${JSON.stringify(suite, null, 1)}\n`);
  console.log(`${drift} expected sets updated in ${join(SUITE, 'queries.json')}`);
  drift = 0;
}

const normalDir = join(work, 'site-normalised');
if (modes.includes('normalised')) {
  cpSync(stockDir, normalDir, { recursive: true });
  rmSync(join(normalDir, 'pagefind'), { recursive: true, force: true });
  t0 = performance.now();
  await writeNormalisedIndex(pages, join(normalDir, 'pagefind'));
  await pagefind.close();
  console.log(`normalised index (pass 2 + rewrite) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  writeFileSync(join(normalDir, 'assets', 'arshif-search.js'), await bundleSearchModule());
}

function idOf(url: string): string {
  return decodeURIComponent(url).replace(/^.*\/articles\//, '').replace(/\/.*$/, '');
}

// ---------------------------------------------------------------------------------------
// Run the queries in Chromium.

interface Hit {
  id: string;
  excerpt: string;
  content: string;
}
interface Run {
  mode: string;
  results: Record<string, Hit[]>;
  firstQuery: { ms: number; bytes: number; requests: number; files: string[] };
  laterQueryMs: number[];
}

async function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const { server, url } = await serveDir(dir, { port: 0 });
  return { url, close: () => new Promise<void>((resolve) => (server as Server).close(() => resolve())) };
}

async function runMode(browser: Browser, mode: string): Promise<Run> {
  const dir = mode === 'stock' ? stockDir : normalDir;
  const server = await serve(dir);
  const context = await browser.newContext({ locale: 'ar' });
  const page: Page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // Every response of the page and of Pagefind's web worker, as sent (this server does not
  // compress: pagefind.js and its worker would shrink to about a third with gzip on a real host).
  let bytes = 0;
  let requests = 0;
  const pending: Promise<unknown>[] = [];
  const files: string[] = [];
  context.on('requestfinished', (request) => {
    requests++;
    pending.push(
      request.sizes().then((s) => {
        bytes += s.responseBodySize + s.responseHeadersSize;
        files.push(`${request.url().replace(/^https?:\/\/[^/]+\//, '')} ${s.responseBodySize}`);
      }),
    );
  });
  await page.goto(`${server.url}search/`);
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  bytes = 0;
  requests = 0;
  files.length = 0;
  const queries = suite.cases.map((c) => c.query);
  // The first query on a fresh page: what a reader waits for (engine, index chunks, fragments).
  const first = await page.evaluate(
    async ({ mode, query }) => {
      const start = performance.now();
      const pf = await import(new URL('../pagefind/pagefind.js', location.href).href);
      await pf.options({ baseUrl: '/', excerptLength: 30 });
      if (mode === 'stock') {
        const s = await pf.search(query);
        await Promise.all(s.results.slice(0, 20).map((r: { data: () => Promise<unknown> }) => r.data()));
      } else {
        const lib = await import(new URL('../assets/arshif-search.js', location.href).href);
        const names = lib.nameKeys(lib.placeNames(document.querySelectorAll<HTMLOptionElement>('select[data-filter="place"] option')));
        const s = await lib.searchArchive(pf, query, { length: 30, names });
        await Promise.all(s.results.slice(0, 20).map((r: { data: () => Promise<unknown> }) => r.data()));
      }
      return performance.now() - start;
    },
    { mode, query: queries[0]! },
  );
  await page.waitForTimeout(200);
  await Promise.all(pending);
  const firstQuery = { ms: Math.round(first), bytes, requests, files: [...files] };
  const out = (await page.evaluate(
    async ({ mode, queries }) => {
      const pf = await import(new URL('../pagefind/pagefind.js', location.href).href);
      const lib = mode === 'stock' ? null : await import(new URL('../assets/arshif-search.js', location.href).href);
      // The archive's places, as the search page reads them from its place filter.
      const names = lib?.nameKeys(lib.placeNames(document.querySelectorAll<HTMLOptionElement>('select[data-filter="place"] option')));
      const results: Record<string, { url: string; excerpt: string; content: string }[]> = {};
      const times: number[] = [];
      for (const q of queries) {
        const start = performance.now();
        const s = lib ? await lib.searchArchive(pf, q, { length: 30, names }) : await pf.search(q);
        const data = await Promise.all(s.results.map((r: { data: () => Promise<{ url: string; excerpt: string; content: string }> }) => r.data()));
        times.push(performance.now() - start);
        results[q] = data.map((d: { url: string; excerpt: string; content: string }) => ({ url: d.url, excerpt: d.excerpt, content: d.content }));
      }
      return { results, times };
    },
    { mode, queries },
  )) as { results: Record<string, { url: string; excerpt: string; content: string }[]>; times: number[] };
  await context.close();
  await server.close();
  if (errors.length) throw new Error(`${mode}: script errors in the page: ${errors.join('; ')}`);
  const results: Record<string, Hit[]> = {};
  for (const [q, list] of Object.entries(out.results)) results[q] = list.map((d) => ({ id: idOf(d.url), excerpt: d.excerpt, content: d.content }));
  return { mode, results, firstQuery, laterQueryMs: out.times.slice(1) };
}

// ---------------------------------------------------------------------------------------
// Scores.

interface Tally {
  cases: number;
  expected: number;
  returned: number;
  found: number;
  recallSum: number;
  precisionSum: number;
}
const empty = (): Tally => ({ cases: 0, expected: 0, returned: 0, found: 0, recallSum: 0, precisionSum: 0 });

function score(run: Run): { byKind: Map<string, Tally>; all: Tally; misses: string[] } {
  const byKind = new Map<string, Tally>();
  const all = empty();
  const misses: string[] = [];
  for (const c of suite.cases) {
    const got = new Set(run.results[c.query]!.map((h) => h.id));
    const want = new Set(c.expected);
    const found = [...got].filter((id) => want.has(id)).length;
    const recall = want.size === 0 ? 1 : found / want.size;
    const precision = got.size === 0 ? (want.size === 0 ? 1 : 1) : found / got.size;
    for (const t of [all, byKind.get(c.kind) ?? byKind.set(c.kind, empty()).get(c.kind)!]) {
      t.cases++;
      t.expected += want.size;
      t.returned += got.size;
      t.found += found;
      t.recallSum += recall;
      t.precisionSum += precision;
    }
    const missing = [...want].filter((id) => !got.has(id));
    const extra = [...got].filter((id) => !want.has(id));
    if (missing.length || extra.length) misses.push(`${c.id} ${c.kind} «${c.query}»: ${found}/${want.size} found${missing.length ? `, missed ${missing.join(' ')}` : ''}${extra.length ? `, wrong ${extra.join(' ')}` : ''}`);
  }
  return { byKind, all, misses };
}

const pct = (n: number, d: number): string => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

function fragmentStats(dir: string): { files: number; bytes: number; largest: number } {
  const fragmentDir = join(dir, 'pagefind', 'fragment');
  // Fragments sit in fragment/ (stock) or under the build's token in it (normalised, compact-meta.ts).
  const sizes = readdirSync(fragmentDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.pf_fragment')).map((f) => statSync(join(fragmentDir, f)).size);
  return { files: sizes.length, bytes: sizes.reduce((a, b) => a + b, 0), largest: Math.max(...sizes) };
}
function dirBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? dirBytes(path) : statSync(path).size;
  }
  return total;
}

/** Each excerpt, without its marks and entities, must be a piece of the published text, and each mark a whole word of it. */
function excerptFidelity(run: Run): { excerpts: number; faithful: number; marks: number; bad: string[] } {
  let excerpts = 0;
  let faithful = 0;
  let marks = 0;
  const bad: string[] = [];
  const unescape = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  for (const [q, hits] of Object.entries(run.results)) {
    for (const h of hits) {
      excerpts++;
      const plain = unescape(h.excerpt.replace(/<\/?mark>/g, ''));
      const marked = [...h.excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => unescape(m[1]!));
      marks += marked.length;
      const wordsOk = marked.every((m) => /^[\p{L}\p{M}\p{N}]+$/u.test(m));
      if (h.content.includes(plain) && wordsOk) faithful++;
      else if (bad.length < 5) bad.push(`«${q}» ${h.id}: ${h.excerpt.slice(0, 120)}`);
    }
  }
  return { excerpts, faithful, marks, bad };
}

const { browser, close } = await launchBrowser();
const runs: Run[] = [];
try {
  for (const mode of modes) runs.push(await runMode(browser, mode));
} finally {
  await close();
}

const kinds = [...new Set(suite.cases.map((c) => c.kind))];
const scored = runs.map((r) => ({ run: r, ...score(r) }));
console.log(`\n${suite.cases.length} queries, ${docs.length} documents${drift ? `, ${drift} stored expectations out of date (see warnings)` : ''}`);
console.log('recall / precision pooled over the queries of a kind (found / expected, found / returned):');
const header = ['kind'.padEnd(14), 'n'.padStart(3), ...scored.flatMap((s) => [`${s.run.mode} R`.padStart(14), `${s.run.mode} P`.padStart(14)])].join(' ');
console.log(header);
for (const kind of [...kinds, 'ALL']) {
  const row = [kind.padEnd(14), String(kind === 'ALL' ? suite.cases.length : suite.cases.filter((c) => c.kind === kind).length).padStart(3)];
  for (const s of scored) {
    const t = kind === 'ALL' ? s.all : s.byKind.get(kind)!;
    row.push(pct(t.found, t.expected).padStart(14), pct(t.found, t.returned).padStart(14));
  }
  console.log(row.join(' '));
}
for (const s of scored) {
  console.log(`${s.run.mode}: mean per-query recall ${pct(s.all.recallSum, s.all.cases)}, mean per-query precision ${pct(s.all.precisionSum, s.all.cases)}; queries with a miss or a wrong page: ${s.misses.length}`);
}

console.log('\ncost:');
for (const s of scored) {
  const dir = s.run.mode === 'stock' ? stockDir : normalDir;
  const f = fragmentStats(dir);
  const later = [...s.run.laterQueryMs].sort((a, b) => a - b);
  console.log(
    `${s.run.mode.padEnd(11)} first query ${s.run.firstQuery.ms} ms, ${(s.run.firstQuery.bytes / 1024).toFixed(1)} KB in ${s.run.firstQuery.requests} requests; ` +
      `later queries median ${later[Math.floor(later.length / 2)]!.toFixed(1)} ms (all results' data loaded); ` +
      `fragments ${f.files} files, ${f.bytes} bytes (mean ${Math.round(f.bytes / f.files)}, largest ${f.largest}); pagefind/ ${(dirBytes(join(dir, 'pagefind')) / 1024).toFixed(1)} KB`,
  );
  if (flag('--verbose')) console.log(`  first query fetched: ${s.run.firstQuery.files.join(', ')}`);
}
const normal = runs.find((r) => r.mode === 'normalised');
if (normal) {
  const fid = excerptFidelity(normal);
  console.log(`\nnormalised excerpts: ${fid.faithful}/${fid.excerpts} are the published text with whole words marked (${fid.marks} marks)`);
  for (const b of fid.bad) console.log(`  not faithful: ${b}`);
}
if (flag('--verbose')) {
  for (const s of scored) {
    console.log(`\n${s.run.mode}: queries with a miss or a wrong page`);
    for (const m of s.misses) console.log(`  ${m}`);
  }
}
const jsonOut = option('--json');
if (jsonOut) {
  writeFileSync(
    jsonOut,
    JSON.stringify(
      scored.map((s) => ({
        mode: s.run.mode,
        all: s.all,
        byKind: Object.fromEntries(s.byKind),
        misses: s.misses,
        firstQuery: s.run.firstQuery,
        results: Object.fromEntries(Object.entries(s.run.results).map(([q, hits]) => [q, hits.map((h) => ({ id: h.id, excerpt: h.excerpt }))])),
      })),
      null,
      1,
    ),
  );
  console.log(`\nresults written to ${jsonOut}`);
}
if (flag('--keep')) console.log(`\nkept ${work}`);
else rmSync(work, { recursive: true, force: true });
