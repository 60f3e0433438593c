// Search speed and weight as a reader meets them: headless Chromium over loopback, a fresh
// browser context (empty cache) per round, against
//   arshif  the site's own search page and normalised index (an `arshif build` of the corpus);
//   stock   stock Pagefind 1.6 (default configuration, Arabic stemmer) over the same built
//           pages, searched through Pagefind's default UI (its only change: no 300 ms typing
//           debounce, which would otherwise be timed as search).
// Per round and query: the FIRST query on a freshly loaded search page (bytes and requests of
// everything search needs up to its whole first batch of results shown: scripts, WebAssembly,
// index, result data; the page's HTML, CSS and fonts are not counted), then a query with a NEW
// word on the same page, then the first query REPEATED (nothing left to fetch). Times run from
// submitting the query, measured inside the page, to its first results being shown (both
// engines show each result as its text arrives) and to the whole first batch being shown.
//
// Usage: npx tsx scripts/bench-search.ts SITE_DIR [--rounds N] [--json] [--requests]
//   --requests  also list each request of the first round's first query (path, bytes on the wire)
//   SITE_DIR  a built archive, e.g. from `npm run arshif -- build --config corpus.json`
// The stock bundle is built once into SITE_DIR/../<name>.stock-pagefind and reused.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { launchBrowser } from '../tests/support/browser.ts';
import { writeStockIndex } from './lib/stock-index.ts';
import { median } from './lib/stats.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { rounds: { type: 'string', default: '5' }, json: { type: 'boolean', default: false }, requests: { type: 'boolean', default: false } },
});
const siteDir = resolve(positionals[0] ?? '');
if (!positionals[0] || !existsSync(join(siteDir, 'pagefind', 'pagefind-entry.json'))) {
  console.error('usage: npx tsx scripts/bench-search.ts SITE_DIR [--rounds N] [--json]  (SITE_DIR: a built archive)');
  process.exit(2);
}
const rounds = Number(values.rounds);

// [first query, new word]: everyday words of the corpus at different frequencies.
const QUERIES: [string, string][] = [
  ['الرياض', 'الأمطار'],
  ['وزارة الصحة', 'كورونا'],
  ['إيران', 'الحوثيين'],
  ['النفط', 'الطلاب'],
  ['مكافحة الإرهاب', 'جدة'],
];

// --- the stock bundle ---------------------------------------------------------------------
const stockDir = join(dirname(siteDir), `${basename(siteDir)}.stock-pagefind`);
if (!existsSync(join(stockDir, 'pagefind-entry.json')) || statSync(join(stockDir, 'pagefind-entry.json')).mtimeMs < statSync(join(siteDir, 'pagefind', 'pagefind-entry.json')).mtimeMs) {
  console.error(`building the stock Pagefind bundle into ${stockDir} …`);
  const started = performance.now();
  const pages = await writeStockIndex(siteDir, stockDir);
  await pagefind.close();
  console.error(`  ${pages} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const STOCK_PAGE = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>بحث</title>
<link href="/stock/pagefind/pagefind-ui.css" rel="stylesheet"><script src="/stock/pagefind/pagefind-ui.js"></script></head>
<body><div id="search"></div><script>new PagefindUI({ element: '#search', bundlePath: '/stock/pagefind/', debounceTimeoutMs: 0 });</script></body></html>`;

// --- a static server that compresses text as any static host does -------------------------
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
const gzipped = new Map<string, Buffer>();
function fileUnder(root: string, path: string): string | undefined {
  const candidate = normalize(join(root, decodeURIComponent(path)));
  if (!candidate.startsWith(root + sep)) return undefined;
  const file = existsSync(candidate) && statSync(candidate).isDirectory() ? join(candidate, 'index.html') : candidate;
  return existsSync(file) ? file : undefined;
}
// Every response as [path, bytes written to the socket for it], for meter().
const served: [string, number][] = [];
const written = new WeakMap<object, number>();
const shellPath = (path: string): boolean => path === '/search/' || path === '/stock/' || (path.endsWith('.css') && !path.includes('pagefind')) || path.endsWith('.woff2') || path.endsWith('.svg') || path === '/favicon.ico';
const server: Server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const socket = res.socket!;
  res.on('finish', () => {
    const before = written.get(socket) ?? 0;
    written.set(socket, socket.bytesWritten);
    served.push([path, socket.bytesWritten - before]);
  });
  if (path === '/stock/') return void res.writeHead(200, { 'content-type': TYPES['.html']! }).end(STOCK_PAGE);
  const file = path.startsWith('/stock/pagefind/') ? fileUnder(stockDir, path.slice('/stock/pagefind'.length)) : fileUnder(siteDir, path);
  if (!file) return void res.writeHead(404).end();
  const type = TYPES[extname(file)];
  // Pagefind's data files are gzip inside already, and WebAssembly barely compresses.
  if (type && type !== 'font/woff2' && /gzip/.test(String(req.headers['accept-encoding']))) {
    let body = gzipped.get(file);
    if (!body) gzipped.set(file, (body = gzipSync(readFileSync(file), { level: 6 })));
    return void res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip' }).end(body);
  }
  res.writeHead(200, { 'content-type': type ?? (file.endsWith('.wasm') || file.includes('wasm.') ? 'application/wasm' : 'application/octet-stream') }).end(readFileSync(file));
});
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

// --- measuring ------------------------------------------------------------------------------
interface Engine {
  name: 'arshif' | 'stock';
  url: string;
  /** In the page: submit `q`, resolve with [ms until its first results are shown, ms until its whole first batch is] (TIMED). */
  timeQuery: (q: string) => string;
}

// Both run inside the page, and resolve with [ms until the first results are shown, ms until
// the whole first batch is] (Arshif: ten results, each shown as its text arrives; stock: its
// five, likewise).
const TIMED = `window.timed = (t0, shown, complete) => new Promise((ok) => {
  let first;
  const check = () => {
    if (first === undefined && shown()) first = performance.now() - t0;
    if (first !== undefined && complete()) { observer.disconnect(); ok([first, performance.now() - t0]); return true; }
    return false;
  };
  const observer = new MutationObserver(check);
  observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  const frame = () => check() || requestAnimationFrame(frame);
  frame();
});`;
const arshif: Engine = {
  name: 'arshif',
  url: `${origin}/search/`,
  timeQuery: (q) => `(async () => {
    const input = document.getElementById('q'), status = document.getElementById('search-status'), list = document.getElementById('search-results');
    const q = ${JSON.stringify(q)};
    const shown = () => list.children.length > 0 && status.textContent.includes('«' + q + '»');
    const complete = () => shown() && list.getAttribute('aria-busy') === 'false';
    input.value = q;
    const t0 = performance.now();
    input.form.requestSubmit();
    return await timed(t0, shown, complete);
  })()`,
};
const stock: Engine = {
  name: 'stock',
  url: `${origin}/stock/`,
  timeQuery: (q) => `(async () => {
    const input = document.querySelector('.pagefind-ui__search-input');
    const q = ${JSON.stringify(q)};
    const shown = () => { const m = document.querySelector('.pagefind-ui__message'); return document.querySelector('.pagefind-ui__result-link') && m && m.textContent.includes(q); };
    const complete = () => shown() && [...document.querySelectorAll('.pagefind-ui__result')].every((r) => r.querySelector('.pagefind-ui__result-link'));
    input.value = q;
    const t0 = performance.now();
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return await timed(t0, shown, complete);
  })()`,
};

/**
 * Bytes on the wire (status line, headers and body, as the server wrote them) of search's own
 * requests, not the page shell's. Counted at the server, so requests from Pagefind's web worker
 * count in full (the browser's own per-request sizes report a worker's script as a few bytes).
 */
function meter(): { take: () => Promise<{ bytes: number; requests: number; list: [string, number][] }> } {
  return {
    take: async () => {
      const list = served.splice(0).filter(([path]) => !shellPath(path));
      return { bytes: list.reduce((a, [, b]) => a + b, 0), requests: list.length, list };
    },
  };
}

interface Sample { engine: string; first_ms: number; first_all_ms: number; first_bytes: number; first_requests: number; first_after_bytes: number; new_ms: number; new_all_ms: number; new_bytes: number; new_requests: number; repeat_ms: number; repeat_bytes: number }

const { browser, close } = await launchBrowser();
const samples: Sample[] = [];
try {
  for (let round = 0; round < rounds; round++) {
    for (const [first, next] of QUERIES) {
      // Alternate which engine goes first, so neither always meets a warmer machine.
      for (const engine of round % 2 === 0 ? [arshif, stock] : [stock, arshif]) {
        const context = await browser.newContext();
        const page = await context.newPage();
        served.length = 0;
        const meter_ = meter();
        await page.goto(engine.url, { waitUntil: 'load' });
        await page.waitForLoadState('networkidle');
        await page.evaluate(TIMED);
        // Bytes count what finished up to the whole first batch being shown, from page load on
        // (anything a page fetches before the first query is the first query's cost); work a
        // page defers until after that is reported apart.
        const query = async (q: string) => {
          const [ms, all] = (await page.evaluate(engine.timeQuery(q))) as [number, number];
          const wire = await meter_.take();
          await page.waitForLoadState('networkidle');
          await page.waitForTimeout(300);
          return { ms, all, ...wire, after: (await meter_.take()).bytes };
        };
        const f = await query(first);
        if (values.requests && round === 0 && first === QUERIES[0]![0]) {
          console.error(`${engine.name}, first query «${first}»: ${f.bytes} bytes in ${f.requests} requests`);
          for (const [path, bytes] of f.list.sort((a, b) => b[1] - a[1])) console.error(`  ${String(bytes).padStart(8)}  ${path}`);
        }
        const n = await query(next);
        const r = await query(first);
        samples.push({ engine: engine.name, first_ms: f.ms, first_all_ms: f.all, first_bytes: f.bytes, first_requests: f.requests, first_after_bytes: f.after, new_ms: n.ms, new_all_ms: n.all, new_bytes: n.bytes, new_requests: n.requests, repeat_ms: r.ms, repeat_bytes: r.bytes });
        await context.close();
      }
    }
    console.error(`round ${round + 1}/${rounds} done`);
  }
} finally {
  await close();
  server.close();
}

// --- report ---------------------------------------------------------------------------------
type Key = Exclude<keyof Sample, 'engine'>;
const med = (engine: string, key: Key): number => median(samples.filter((s) => s.engine === engine).map((s) => s[key]));
const pages = (dir: string): number => Object.values((JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> }).languages).reduce((n, l) => n + l.page_count, 0);
const kb = (n: number): string => `${(n / 1024).toFixed(0)} KB`;
const ms = (n: number): string => `${n.toFixed(n < 100 ? 1 : 0)} ms`;
const summary = Object.fromEntries(['arshif', 'stock'].map((e) => [e, Object.fromEntries((['first_ms', 'first_all_ms', 'first_bytes', 'first_requests', 'first_after_bytes', 'new_ms', 'new_all_ms', 'new_bytes', 'new_requests', 'repeat_ms', 'repeat_bytes'] as Key[]).map((k) => [k, med(e, k)]))]));
if (values.json) console.log(JSON.stringify({ site: siteDir, pages: { arshif: pages(join(siteDir, 'pagefind')), stock: pages(stockDir) }, rounds, queries: QUERIES, summary, samples }, null, 1));
else {
  console.log(`pages indexed: arshif ${pages(join(siteDir, 'pagefind'))}, stock ${pages(stockDir)}; medians of ${rounds} rounds x ${QUERIES.length} query pairs`);
  console.log('| | first query: time | first query: whole batch | first query: transferred | new word: time | new word: whole batch | new word: transferred | repeated: time |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const e of ['stock', 'arshif']) {
    const s = summary[e]!;
    console.log(`| ${e === 'stock' ? 'stock Pagefind 1.6' : 'Arshif'} | ${ms(s.first_ms!)} | ${ms(s.first_all_ms!)} | ${kb(s.first_bytes!)} in ${s.first_requests} requests | ${ms(s.new_ms!)} | ${ms(s.new_all_ms!)} | ${kb(s.new_bytes!)} | ${ms(s.repeat_ms!)} |`);
  }
  const a = summary.arshif!;
  const s = summary.stock!;
  console.log(`arshif/stock: first ${(a.first_ms! / s.first_ms!).toFixed(2)}x time, ${(a.first_bytes! / s.first_bytes!).toFixed(2)}x bytes; new word ${(a.new_ms! / s.new_ms!).toFixed(2)}x; repeated ${(a.repeat_ms! / s.repeat_ms!).toFixed(2)}x`);
  console.log(`arshif fetches after its first batch is shown: ${kb(a.first_after_bytes!)} median`);
}
