// Page weight of a built archive: what a reader downloads for an article page (HTML and CSS,
// gzipped as any static host serves them) and, separately, the fonts. Builds the seed plus a
// corpus sample. Usage: npx tsx scripts/page-weight.ts [articles=1000]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildCorpusSite } from '../tests/support/site.ts';

const count = Number(process.argv[2] ?? 1000);
const site = await buildCorpusSite(count);
try {
  const dir = site.siteDir;
  const gz = (file: string): number => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
  const articles = readdirSync(join(dir, 'articles')).map((id) => `articles/${id}/index.html`);
  const sizes = articles.map((f) => ({ raw: statSync(join(dir, f)).size, gz: gz(f) })).sort((a, b) => a.gz - b.gz);
  const pick = (q: number) => sizes[Math.min(sizes.length - 1, Math.floor(q * sizes.length))]!;
  const css = gz('assets/style.css');
  const fonts = readdirSync(join(dir, 'assets', 'fonts')).map((f) => ({ f, size: statSync(join(dir, 'assets', 'fonts', f)).size }));
  const kb = (n: number) => (n / 1024).toFixed(1);
  console.log(`article pages: ${articles.length} (seed + ${count} corpus articles)`);
  console.log(`| | HTML gzip | HTML raw | + CSS gzip (${kb(css)} KB) |`);
  console.log('| --- | ---: | ---: | ---: |');
  for (const [label, q] of [['median', 0.5], ['90th percentile', 0.9], ['largest', 1]] as const) {
    const s = pick(q);
    console.log(`| ${label} | ${kb(s.gz)} KB | ${kb(s.raw)} KB | **${kb(s.gz + css)} KB** |`);
  }
  console.log(`fonts (woff2, loaded only for the Arabic text that uses them): ${fonts.map((x) => `${x.f} ${kb(x.size)} KB`).join(', ')}; total ${kb(fonts.reduce((n, x) => n + x.size, 0))} KB`);
  console.log(`JavaScript on article pages: ${readFileSync(join(dir, articles[0]!), 'utf8').includes('<script src') ? 'yes' : 'none'}`);
} finally {
  site.remove();
}
