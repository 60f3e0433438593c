// The whole-pipeline build benchmark (issue 6): Arshif end to end on the SaudiNewsNet corpus,
// against a plain baseline over the same records, each measured from outside as child processes.
//   arshif    `node scripts/arshif.mjs build` (the command as users run it, compiled: the
//             compiling is done before the first run): ingest -> records -> render -> search index,
//             into a fresh work_dir and out_dir (so no record manifest and no render cache).
//   baseline  stock Eleventy 3 (lib/baseline.eleventy.config.mjs: markdown-it, one minimal RTL
//             layout) over a copy of the records Arshif wrote, then the stock Pagefind CLI over
//             its output. It has no ingest: it starts from Arshif's records.
// Before each cold run the file system is synced and, as root, the page cache emptied (settle).
// Per run: wall time per stage, peak RSS of each process tree (the Node process and everything
// it starts: the Pagefind binary, esbuild), pages, pages per second and output size. Runs
// alternate which side goes first, so neither always meets a warmer machine. Then medians,
// the ratios arshif/baseline and a Markdown table for docs/BENCHMARKS.md.
//
// Usage: npx tsx scripts/bench-build.ts [--runs 3] [--articles N | --scale N] [--work DIR] [--json out.json] [--incremental [--rounds N]]
//   --articles N  only the corpus's first N rows (its files in name order), for quick checks
//   --scale N     the corpus replicated to N rows (distinct ids and dates), Arshif alone
//   --work DIR    where the runs build (default: a temporary folder, removed at the end);
//                 a given folder keeps the last run's sites and records
//   --json FILE   every run's figures and the medians, as JSON
//   --incremental then, in the last run's built archive, rebuild with nothing changed (the first
//                 rebuild after a cold build, which fills the spare output tree), then add one
//                 article, edit it and delete it (--rounds N: that cycle N times, medians),
//                 timing each rebuild and checking the page and the search index follow;
//                 then the same cycles while `arshif build --watch` runs on the archive
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statfsSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { corpusFiles } from './lib/corpus.ts';
import { median } from './lib/stats.ts';
import { indexKeys } from '../src/search/normalize.ts';
import { SENTINEL } from '../src/search/pagefind-keys.ts';
import { readIndex } from '../src/search/read-index.ts';
import { compileIfStale } from './lib/compile.mjs';

const REPO = join(import.meta.dirname, '..');
const CORPUS = join(REPO, '..', 'shared', 'corpus', 'saudinewsnet');
const BASELINE_CONFIG = join(import.meta.dirname, 'lib', 'baseline.eleventy.config.mjs');
const require = createRequire(import.meta.url);
// The Eleventy CLI and the Pagefind binary themselves, not their npx wrappers: a wrapper is
// one more Node process whose memory would be counted against the baseline.
const ELEVENTY_CLI = join(dirname(require.resolve('@11ty/eleventy')), '..', 'cmd.cjs');
// The binary Pagefind's npm wrapper and its Node API (Arshif's indexer) both run.
const PAGEFIND_BIN = require.resolve(`@pagefind/${process.platform}-${arch()}/bin/pagefind_extended`);
const POLL_MS = 200;
// The command compiles itself when its sources changed: done here, so no timed run includes it.
await compileIfStale();
// /proc/<pid>/stat counts RSS in pages of the kernel's size.
const PAGE_SIZE = Number(execFileSync('getconf', ['PAGESIZE'], { encoding: 'utf8' }));

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    articles: { type: 'string' },
    work: { type: 'string' },
    json: { type: 'string' },
    incremental: { type: 'boolean', default: false },
    rounds: { type: 'string', default: '1' },
    scale: { type: 'string' },
  },
});
const runs = Number(values.runs);
const rounds = Number(values.rounds);
// --runs 0 --incremental --work DIR: the rebuilds alone, in the archive an earlier run left in DIR.
const rebuildOnly = runs === 0 && values.incremental && values.work !== undefined;
const articles = values.articles === undefined ? undefined : Number(values.articles);
const scale = values.scale === undefined ? undefined : Number(values.scale);
if (!Number.isInteger(runs) || (runs < 1 && !rebuildOnly) || !Number.isInteger(rounds) || rounds < 1 || (articles !== undefined && (!Number.isInteger(articles) || articles < 1)) || (scale !== undefined && (!Number.isInteger(scale) || scale < 1 || articles !== undefined))) {
  console.error('usage: npx tsx scripts/bench-build.ts [--runs 3 | --runs 0 (rebuilds only, with --incremental and --work)] [--articles N | --scale N] [--work DIR] [--json out.json] [--incremental [--rounds N]]');
  process.exit(2);
}

// --- measuring a process tree -------------------------------------------------------------

/** Resident memory, in bytes, of `root` and all its descendants now (from /proc). */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited while we looked
    }
    // Fields after the command name, which may itself hold spaces and parentheses:
    // state ppid … with rss the 22nd of them (field 24 of proc(5)).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const pid = Number(entry);
    const ppid = Number(fields[1]);
    rss.set(pid, Number(fields[21]) * PAGE_SIZE);
    children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  let total = 0;
  for (const pending = [root]; pending.length; ) {
    const pid = pending.pop()!;
    total += rss.get(pid) ?? 0;
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}

interface Measured {
  ms: number;
  /** The largest sum of the tree's RSS seen, sampled every POLL_MS (pages shared between processes count in each). */
  peakBytes: number;
  stdout: string;
  stderr: string;
  code: number | null;
  /** [ms since start, tree RSS in bytes], every POLL_MS. */
  timeline: [number, number][];
}

/**
 * Before a timed cold run: the earlier runs' deletions and writes flushed (`sync`) and, where
 * this process may (as root), the kernel's page cache emptied. Measured here: with the cache
 * full of earlier runs' sites, the same cold build spent 60-67 s in the kernel instead of
 * 17-19 s (reclaiming pages for every file written) and took 113-117 s instead of 87-96 s; the
 * baseline meets the same. Returns whether the cache was emptied.
 */
function settle(): boolean {
  execFileSync('sync');
  try {
    writeFileSync('/proc/sys/vm/drop_caches', '3');
    return true;
  } catch {
    return false; // not root: flushed only
  }
}
let cachesDropped = false;

/** Runs a command to its end: wall time from spawn to exit, peak RSS of its process tree, output. */
function measure(command: string, args: string[], cwd: string): Promise<Measured> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    let peakBytes = 0;
    const timeline: [number, number][] = [];
    const sample = (): void => {
      if (child.pid === undefined) return;
      const rss = treeRss(child.pid);
      timeline.push([performance.now() - started, rss]);
      peakBytes = Math.max(peakBytes, rss);
    };
    const poll = setInterval(sample, POLL_MS);
    sample();
    child.on('error', (error) => (clearInterval(poll), fail(error)));
    child.on('close', (code) => {
      clearInterval(poll);
      done({ ms: Math.round(performance.now() - started), peakBytes, stdout, stderr, code, timeline });
    });
  });
}

/** An error that shows what the failed command printed last. */
function failed(what: string, run: Measured): Error {
  return new Error(`${what} (exit code ${run.code}):\n${(run.stdout + run.stderr).slice(-3000)}`);
}

/** Bytes (apparent sizes) and number of the files under `dir`. */
function outputSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

/** Reads every file under `path` (or the file itself), so it is in the page cache. */
function readTree(path: string): void {
  if (!statSync(path).isDirectory()) return void readFileSync(path);
  for (const entry of readdirSync(path, { withFileTypes: true, recursive: true })) if (entry.isFile()) readFileSync(join(entry.parentPath, entry.name));
}

// --- the input ------------------------------------------------------------------------------

/** The corpus folder, or a JSON array of its first `n` rows (same row shape) written into `work`. */
function corpusInput(work: string, n: number | undefined): string {
  if (n === undefined) return CORPUS;
  const rows: unknown[] = [];
  for (const file of corpusFiles(CORPUS)) {
    if (rows.length >= n) break;
    rows.push(...file);
  }
  const subset = join(work, `corpus-first-${n}.json`);
  writeFileSync(subset, JSON.stringify(rows.slice(0, n)));
  return subset;
}

/**
 * The corpus replicated to `n` rows, as one JSON file per copy in `work`: copy k (from 0) moves
 * every date k years on and gives each outlet and URL a copy suffix, so ids and dates are
 * distinct and no copy is a duplicate of another within an outlet (copies across outlets, like
 * wire stories, are kept).
 */
function scaledInput(work: string, n: number): string {
  const rows = [...corpusFiles(CORPUS)].flat();
  const dir = join(work, `corpus-scaled-${n}`);
  mkdirSync(dir, { recursive: true });
  for (let copy = 0; copy * rows.length < n; copy++) {
    const take = rows.slice(0, Math.min(rows.length, n - copy * rows.length));
    const moved = take.map((row) => ({
      ...row,
      source: copy === 0 ? row.source : `${row.source}-copy${copy}`,
      url: copy === 0 ? row.url : `${row.url}#copy${copy}`,
      date_extracted: row.date_extracted.replace(/^(\d{4})/, (year) => String(Number(year) + copy)),
    }));
    writeFileSync(join(dir, `copy-${copy}.json`), JSON.stringify(moved));
  }
  return dir;
}

// --- the two sides ---------------------------------------------------------------------------

interface ArshifRun {
  total_ms: number;
  ingest_ms: number;
  render_ms: number;
  index_ms: number;
  peak_bytes: number;
  ingest_peak_bytes: number;
  render_peak_bytes: number;
  index_peak_bytes: number;
  records: number;
  pages: number;
  indexed: number;
  out_bytes: number;
  out_files: number;
}

interface BaselineRun {
  total_ms: number;
  eleventy_ms: number;
  pagefind_ms: number;
  /** The larger of the two steps' peaks: they run one after the other. */
  peak_bytes: number;
  eleventy_peak_bytes: number;
  pagefind_peak_bytes: number;
  pages: number;
  indexed: number;
  out_bytes: number;
  out_files: number;
}

/** The peak of `timeline` within [from, to) ms. */
const peakWithin = (timeline: readonly [number, number][], from: number, to: number): number => Math.max(0, ...timeline.filter(([t]) => t >= from && t < to).map(([, rss]) => rss));

/**
 * An Arshif build of `inputs` in `dir`: dir/work (records, cache) and dir/site. Cold (`fresh`:
 * `dir` emptied first) or a rebuild over what an earlier build left there.
 */
async function buildArshif(dir: string, inputs: string[], fresh: boolean): Promise<ArshifRun> {
  if (fresh) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (fresh) {
    cachesDropped = settle();
    for (const input of inputs) readTree(input); // the input in the cache, as the baseline's records are
  }
  const config = join(dir, 'config.json');
  // As the earlier whole-corpus builds were configured: a base_url, so feeds and sitemaps are built too.
  writeFileSync(config, JSON.stringify({ inputs, reference_date: '2026-11-23', work_dir: join(dir, 'work'), out_dir: join(dir, 'site'), base_url: 'https://archive.example.org/' }));
  const run = await measure(process.execPath, ['scripts/arshif.mjs', 'build', '--config', config], REPO);
  // Rejected inputs (rows with no text) make the build exit 1 with the site built, so success
  // is the summary line, not the exit code.
  const line = /^build: (\d+) pages, (\d+) indexed for search, in [\d.]+ s \((.*)\) -> /m.exec(run.stdout);
  if (!line) throw failed('arshif build printed no summary', run);
  const stages = Object.fromEntries([...line[3]!.matchAll(/(\w+) ([\d.]+) s/g)].map((m) => [m[1]!, Number(m[2]) * 1000]));
  const records = Number(/(\d+) records written/.exec(run.stdout)?.[1] ?? NaN);
  const { bytes, files } = outputSize(join(dir, 'site'));
  // Stage windows from the CLI's own timings, the start-up before the first: approximate to a
  // sample or two, enough to tell which stage holds the peak.
  const ingestAt = run.ms - (stages.ingest ?? 0) - (stages.render ?? 0) - (stages.index ?? 0);
  const renderAt = ingestAt + (stages.ingest ?? 0);
  const indexAt = renderAt + (stages.render ?? 0);
  return {
    total_ms: run.ms,
    ingest_ms: stages.ingest ?? NaN,
    render_ms: stages.render ?? NaN,
    index_ms: stages.index ?? NaN,
    peak_bytes: run.peakBytes,
    ingest_peak_bytes: peakWithin(run.timeline, 0, renderAt),
    render_peak_bytes: peakWithin(run.timeline, renderAt, indexAt),
    index_peak_bytes: peakWithin(run.timeline, indexAt, Infinity),
    records,
    pages: Number(line[1]),
    indexed: Number(line[2]),
    out_bytes: bytes,
    out_files: files,
  };
}

/** Eleventy then stock Pagefind in `dir` (emptied first) over a copy of Arshif's records. */
async function runBaseline(dir: string, records: string): Promise<BaselineRun> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cachesDropped = settle();
  cpSync(records, join(dir, 'records'), { recursive: true }); // not timed: the input, as Arshif's corpus is
  // Run inside `dir`, so no .gitignore or eleventy.config.* of the repository applies.
  const eleventy = await measure(process.execPath, [ELEVENTY_CLI, `--config=${BASELINE_CONFIG}`, '--input=records', '--output=site', '--quiet'], dir);
  const wrote = /Wrote (\d+) files?/.exec(eleventy.stdout);
  if (eleventy.code !== 0 || !wrote) throw failed('baseline Eleventy failed', eleventy);
  const pagefind = await measure(PAGEFIND_BIN, ['--site', 'site'], dir);
  const indexed = /Indexed (\d+) pages?/.exec(pagefind.stdout);
  if (pagefind.code !== 0 || !indexed) throw failed('baseline Pagefind failed', pagefind);
  const { bytes, files } = outputSize(join(dir, 'site'));
  return {
    total_ms: eleventy.ms + pagefind.ms,
    eleventy_ms: eleventy.ms,
    pagefind_ms: pagefind.ms,
    peak_bytes: Math.max(eleventy.peakBytes, pagefind.peakBytes),
    eleventy_peak_bytes: eleventy.peakBytes,
    pagefind_peak_bytes: pagefind.peakBytes,
    pages: Number(wrote[1]),
    indexed: Number(indexed[1]),
    out_bytes: bytes,
    out_files: files,
  };
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const size = (bytes: number): string => (!Number.isFinite(bytes) ? '(not run)' : bytes >= 2 ** 30 ? `${(bytes / 2 ** 30).toFixed(2)} GB` : `${Math.round(bytes / 2 ** 20)} MB`);

// --- incremental mode -----------------------------------------------------------------------

const EXTRA_ID = 'bench-incremental';
const ADDED = 'زنجبيلستان';
const EDITED = 'قرطبيلونة';
const article = (place: string): string =>
  `أعلنت هيئة الأرصاد يوم الثلاثاء 11 من آب 2015 أن منطقة ${place} شهدت أمطارا غزيرة وسيولا في عدد من الأودية.\n` +
  'وقال المتحدث باسم الهيئة إن الفرق الميدانية تتابع الوضع على مدار الساعة، ودعا السكان إلى الابتعاد عن مجاري السيول.\n';

/** How many pages the built search index (its delta applied) lists for `word` (its first key), read from the index files. */
function indexedPages(site: string, word: string): number {
  return readIndex(join(site, 'pagefind')).urlsOf(indexKeys(word)[0]! + SENTINEL).length;
}

interface IncrementalRun extends ArshifRun {
  change: 'none' | 'add' | 'edit' | 'delete';
  /** The change is in the site: the article page and the search index agree with it. */
  verified: boolean;
}

interface Change {
  change: 'add' | 'edit' | 'delete';
  /** Makes the change on disk. */
  apply: () => void;
  /** The site follows it: the article page and the search index (read back from its files). */
  check: () => boolean;
}

/** The changes both rebuild modes time, in the archive in `dir`: one article added, edited, deleted, `rounds` times. */
function changeCycles(dir: string): Change[] {
  const file = join(dir, 'extra', `${EXTRA_ID}.txt`);
  const page = join(dir, 'site', 'articles', EXTRA_ID, 'index.html');
  const cycle: Change[] = [
    { change: 'add', apply: () => writeFileSync(file, article(ADDED)), check: () => existsSync(page) && indexedPages(join(dir, 'site'), ADDED) === 1 },
    { change: 'edit', apply: () => writeFileSync(file, article(EDITED)), check: () => readFileSync(page, 'utf8').includes(EDITED) && indexedPages(join(dir, 'site'), EDITED) === 1 && indexedPages(join(dir, 'site'), ADDED) === 0 },
    { change: 'delete', apply: () => rmSync(file), check: () => !existsSync(page) && indexedPages(join(dir, 'site'), EDITED) === 0 },
  ];
  return Array.from({ length: rounds }, () => cycle).flat();
}

/** In the archive built in `dir` from `input`: add one article, edit it, delete it, rebuilding after each. */
async function incremental(dir: string, input: string): Promise<IncrementalRun[]> {
  const extra = join(dir, 'extra');
  mkdirSync(extra, { recursive: true });
  const file = join(extra, `${EXTRA_ID}.txt`);
  const page = join(dir, 'site', 'articles', EXTRA_ID, 'index.html');
  const steps = [{ change: 'none' as const, apply: () => rmSync(file, { force: true }), check: () => !existsSync(page) }, ...changeCycles(dir)];
  const out: IncrementalRun[] = [];
  for (const step of steps) {
    step.apply();
    const r = await buildArshif(dir, [input, extra], false);
    out.push({ ...r, change: step.change, verified: step.check() });
    console.error(`incremental ${step.change}: ${seconds(r.total_ms)} (ingest ${seconds(r.ingest_ms)}, render ${seconds(r.render_ms)}, index ${seconds(r.index_ms)}), peak RSS ${size(r.peak_bytes)}, verified ${out.at(-1)!.verified}`);
  }
  return out;
}

interface WatchRun {
  change: Change['change'];
  /** From the change on disk to the build's summary line: the debounce, the build, its commit. */
  ms: number;
  /** RSS of the watching process tree after the build. */
  rss_bytes: number;
  verified: boolean;
}

/**
 * The same changes, made while `arshif build --watch` runs on the archive: the process keeps its
 * ingest outcomes and render worker between builds (src/watch.ts), so start-up and reading the
 * caches back are not in a rebuild.
 */
async function watched(dir: string): Promise<WatchRun[]> {
  rmSync(join(dir, 'extra', `${EXTRA_ID}.txt`), { force: true });
  const child = spawn(process.execPath, ['scripts/arshif.mjs', 'build', '--watch', '--config', join(dir, 'config.json')], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
  let builds = 0;
  let waiting: (() => void) | undefined;
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    for (const line of stdout.split('\n').slice(0, -1)) if (line.startsWith('build:')) builds++, waiting?.();
    stdout = stdout.slice(stdout.lastIndexOf('\n') + 1);
  });
  child.stderr.resume();
  const nextBuild = (after: number): Promise<void> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('arshif build --watch printed no build within 10 minutes')), 600_000);
      waiting = () => {
        if (builds > after) clearTimeout(timer), resolve();
      };
      waiting();
    });
  const out: WatchRun[] = [];
  try {
    await nextBuild(0); // the first build: nothing changed
    for (const step of changeCycles(dir)) {
      const before = builds;
      const started = performance.now();
      step.apply();
      await nextBuild(before);
      const ms = performance.now() - started;
      out.push({ change: step.change, ms, rss_bytes: treeRss(child.pid!), verified: step.check() });
      console.error(`watch ${step.change}: ${seconds(ms)}, RSS ${size(out.at(-1)!.rss_bytes)}, verified ${out.at(-1)!.verified}`);
      await sleep(1000); // no change while the last build's files settle
    }
  } finally {
    child.kill();
  }
  return out;
}

// --- the runs ---------------------------------------------------------------------------------

const work = values.work ? resolve(values.work) : mkdtempSync(join(tmpdir(), 'arshif-bench-build-'));
mkdirSync(work, { recursive: true });
// Free space where the runs write, reported with the machine: an ext4 file system near full
// allocates slowly, and once made the render stage several seconds slower (session 17).
const { bavail, bsize } = statfsSync(work);
const diskFree = bavail * bsize;
if (diskFree < 20 * 2 ** 30) console.warn(`warning: ${(diskFree / 2 ** 30).toFixed(1)} GB free on the disk of ${work}: a nearly full file system slows the writes these runs time`);
const ours: ArshifRun[] = [];
const theirs: BaselineRun[] = [];
let changes: IncrementalRun[] = [];
let watchChanges: WatchRun[] = [];
try {
  const input = rebuildOnly ? (JSON.parse(readFileSync(join(work, 'arshif', 'config.json'), 'utf8')) as { inputs: string[] }).inputs[0]! : scale === undefined ? corpusInput(work, articles) : scaledInput(work, scale);
  for (let run = 1; run <= runs; run++) {
    // Odd runs: Arshif first; even runs: the baseline first, over the records of the previous
    // run's Arshif build (the same records: ingest is deterministic for a fixed reference_date).
    // At scale, Arshif alone: stock Pagefind needs over 10 GB at 50k pages (issue 6).
    for (const side of scale !== undefined ? ['arshif'] : run % 2 === 1 ? ['arshif', 'baseline'] : ['baseline', 'arshif']) {
      if (side === 'arshif') {
        const r = await buildArshif(join(work, 'arshif'), [input], true);
        ours.push(r);
        console.error(`run ${run}/${runs} arshif: ${seconds(r.total_ms)} (ingest ${seconds(r.ingest_ms)}, render ${seconds(r.render_ms)}, index ${seconds(r.index_ms)}), peak RSS ${size(r.peak_bytes)}, ${r.pages} pages`);
      } else {
        const r = await runBaseline(join(work, 'baseline'), join(work, 'arshif', 'work', 'records'));
        theirs.push(r);
        console.error(`run ${run}/${runs} baseline: ${seconds(r.total_ms)} (eleventy ${seconds(r.eleventy_ms)}, pagefind ${seconds(r.pagefind_ms)}), peak RSS ${size(r.peak_bytes)}, ${r.pages} pages`);
      }
    }
  }
  // The last run's Arshif build is a built archive: change it one article at a time.
  if (values.incremental) {
    changes = await incremental(join(work, 'arshif'), input);
    watchChanges = await watched(join(work, 'arshif'));
  }
} finally {
  if (!values.work) rmSync(work, { recursive: true, force: true });
}

// --- the report -------------------------------------------------------------------------------

const medians = <T extends object>(samples: T[]): { [K in keyof T]: number } =>
  Object.fromEntries(Object.keys(samples[0]!).map((key) => [key, median(samples.map((s) => s[key as keyof T] as number))])) as { [K in keyof T]: number };
const a = ours.length > 0 ? medians(ours) : (Object.fromEntries(Object.keys(changes[0] ?? {}).map((k) => [k, NaN])) as ReturnType<typeof medians<ArshifRun>>);
const seconds0 = (ms: number): string => (Number.isFinite(ms) ? seconds(ms) : '(not run)');
const b = theirs.length > 0 ? medians(theirs) : (Object.fromEntries(Object.keys({ total_ms: 0, eleventy_ms: 0, pagefind_ms: 0, peak_bytes: 0, eleventy_peak_bytes: 0, pagefind_peak_bytes: 0, pages: 0, indexed: 0, out_bytes: 0, out_files: 0 }).map((k) => [k, NaN])) as ReturnType<typeof medians<BaselineRun>>);
const ratio = { total_wall: a.total_ms / b.total_ms, peak_rss: a.peak_bytes / b.peak_bytes };

const command = `npx tsx scripts/bench-build.ts ${process.argv.slice(2).join(' ')}`.trim();
const machine = { nproc: availableParallelism(), cpu: cpus()[0]?.model ?? 'unknown', memory_bytes: totalmem(), node: process.version, date: new Date().toISOString().slice(0, 10), page_cache_emptied_before_cold_runs: cachesDropped, work_disk_free_bytes_at_start: diskFree };
const inputName =
  scale !== undefined
    ? `\`../shared/corpus/saudinewsnet\` replicated to ${scale.toLocaleString('en')} rows (copy k: dates moved k years on, outlets and URLs suffixed)`
    : articles === undefined
      ? '`../shared/corpus/saudinewsnet` (the whole corpus, 18 gzip JSON files)'
      : `the first ${articles.toLocaleString('en')} rows of \`../shared/corpus/saudinewsnet\` (its files in name order), as one JSON array`;
if (values.json) writeFileSync(values.json, `${JSON.stringify({ command, machine, articles: articles ?? null, scale: scale ?? null, runs, medians: { arshif: a, baseline: b }, ratio, samples: { arshif: ours, baseline: theirs }, incremental: changes, watch: watchChanges }, null, 1)}\n`);

const n = (x: number): string => (Number.isFinite(x) ? Math.round(x).toLocaleString('en') : '(not run)');
const all = (samples: { total_ms: number }[]): string => samples.map((s) => (s.total_ms / 1000).toFixed(1)).join(', ');
console.log(`\n\`\`\`sh\n${command}\n\`\`\`\n`);
if (ours.length > 0) {
  console.log(`${machine.date}, nproc ${machine.nproc} (${machine.cpu}), ${(machine.memory_bytes / 2 ** 30).toFixed(1)} GB memory, Node ${machine.node}, ${(diskFree / 2 ** 30).toFixed(0)} GB free on the work folder's disk at the start. Input: ${inputName}: ${n(a.records)} records. Medians of ${runs} cold run${runs > 1 ? 's' : ''} (fresh work and output folders; ${cachesDropped ? 'before each, the file system synced and the page cache emptied, the input then read into it' : 'before each, the file system synced; the page cache stays as it was (not root)'}), the order alternating. Peak RSS: the largest sum over the process tree, sampled every ${POLL_MS} ms. The baseline starts from Arshif's records, so it has no ingest.\n`);
  console.log('| | Arshif | baseline: Eleventy 3 + stock Pagefind | Arshif / baseline |');
  console.log('| --- | ---: | ---: | ---: |');
  console.log(`| ingest (inputs -> records) | ${seconds(a.ingest_ms)} | (none) | |`);
  console.log(`| render | ${seconds(a.render_ms)} | ${seconds0(b.eleventy_ms)} (Eleventy) | |`);
  console.log(`| search index | ${seconds(a.index_ms)} | ${seconds0(b.pagefind_ms)} (Pagefind) | |`);
  console.log(`| **total wall time** | **${seconds(a.total_ms)}** (${all(ours)}) | **${seconds0(b.total_ms)}** (${all(theirs)}) | **${Number.isFinite(ratio.total_wall) ? `${ratio.total_wall.toFixed(2)}×` : '(no baseline)'}** |`);
  console.log(`| **peak RSS** | **${size(a.peak_bytes)}** (ingest ${size(a.ingest_peak_bytes)}, render ${size(a.render_peak_bytes)}, index ${size(a.index_peak_bytes)}) | **${size(b.peak_bytes)}** (Eleventy ${size(b.eleventy_peak_bytes)}, Pagefind ${size(b.pagefind_peak_bytes)}) | **${Number.isFinite(ratio.peak_rss) ? `${ratio.peak_rss.toFixed(2)}×` : '(no baseline)'}** |`);
  console.log(`| pages written | ${n(a.pages)} | ${n(b.pages)} | |`);
  console.log(`| pages per second (total wall time) | ${(a.pages / (a.total_ms / 1000)).toFixed(1)} | ${Number.isFinite(b.pages) ? (b.pages / (b.total_ms / 1000)).toFixed(1) : '(not run)'} | |`);
  console.log(`| pages in the search index | ${n(a.indexed)} | ${n(b.indexed)} | |`);
  console.log(`| output | ${size(a.out_bytes)} in ${n(a.out_files)} files | ${size(b.out_bytes)} in ${n(b.out_files)} files | |`);
  console.log(`\nArshif's total is its process's wall time: the stages plus start-up and the report; the stages are the CLI's own timings.`);
}
if (changes.length > 0) {
  console.log(`\nIncremental (in ${ours.length > 0 ? "the last run's" : 'an earlier run\'s'} built archive): a rebuild with nothing changed${ours.length > 0 ? ' (the first after a cold build)' : ''}, then one article added in a second input folder, then edited, then deleted, each followed by \`arshif build\`${rounds > 1 ? `, that cycle ${rounds} times (medians, every run in brackets)` : ''}; "verified" means the article page and the search index (read back from its files) agree with the change.\n`);
  console.log('| change | total | ingest | render | index | peak RSS | verified |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const change of ['none', 'add', 'edit', 'delete'] as const) {
    const of = changes.filter((c) => c.change === change);
    if (of.length === 0) continue;
    const m = medians(of.map(({ change: _c, verified: _v, ...run }) => run));
    const runsOf = of.length > 1 ? ` (${all(of)})` : '';
    console.log(`| ${change === 'none' ? 'nothing changed' : change} | ${seconds(m.total_ms)}${runsOf} | ${seconds(m.ingest_ms)} | ${seconds(m.render_ms)} | ${seconds(m.index_ms)} | ${size(m.peak_bytes)} | ${of.every((c) => c.verified) ? 'yes' : '**no**'} |`);
  }
}
if (watchChanges.length > 0) {
  console.log(`\nThe same changes while \`arshif build --watch\` runs on the archive (one process building again on each change, its ingest outcomes and render worker kept): time from the change on disk to the build's summary line, debounce included; RSS of the watching process tree after the build.\n`);
  console.log('| change | total | RSS | verified |');
  console.log('| --- | ---: | ---: | --- |');
  for (const change of ['add', 'edit', 'delete'] as const) {
    const of = watchChanges.filter((c) => c.change === change);
    if (of.length === 0) continue;
    console.log(`| ${change} | ${seconds(median(of.map((c) => c.ms)))}${of.length > 1 ? ` (${of.map((c) => (c.ms / 1000).toFixed(1)).join(', ')})` : ''} | ${size(median(of.map((c) => c.rss_bytes)))} | ${of.every((c) => c.verified) ? 'yes' : '**no**'} |`);
  }
}
