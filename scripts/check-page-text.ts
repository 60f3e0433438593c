// Checks the TypeScript page reader (src/search/page-text.ts) against Pagefind itself on every
// article page of a built site: each page must read the same (text, meta, filters) or be left
// to Pagefind (undefined). Prints the counts and the first differences; exits 1 on any.
//   npx tsx scripts/check-page-text.ts <site dir> [--limit N]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import * as pagefind from 'pagefind';
import { readPageText } from '../src/search/page-text.ts';
import { extractTexts, pagefindUrl } from '../src/search/shard-index.ts';

const [siteDir, ...rest] = process.argv.slice(2);
if (!siteDir) throw new Error('usage: check-page-text.ts <site dir> [--limit N]');
const limitAt = rest.indexOf('--limit');
const limit = limitAt >= 0 ? Number(rest[limitAt + 1]) : Infinity;

const files = readdirSync(join(siteDir, 'articles')).slice(0, limit).map((id) => `articles/${id}/index.html`);
const BATCH = 2000;
let same = 0;
let unsure = 0;
const different: string[] = [];
let oursMs = 0;
for (let b = 0; b < files.length; b += BATCH) {
  const batch = files.slice(b, b + BATCH).map((sourcePath) => ({ sourcePath, html: readFileSync(join(siteDir, sourcePath), 'utf8') }));
  const theirs = new Map((await extractTexts(batch)).map((t) => [t.url, t]));
  for (const file of batch) {
    const url = pagefindUrl(file.sourcePath);
    const started = performance.now();
    const ours = readPageText(file.html, url);
    oursMs += performance.now() - started;
    if (ours === undefined) unsure++;
    else if (isDeepStrictEqual(ours, theirs.get(url))) same++;
    else different.push(file.sourcePath);
  }
  process.stderr.write(`\r${Math.min(b + BATCH, files.length)} / ${files.length}`);
}
await pagefind.close();
console.log(`\npages ${files.length}: same ${same}, left to Pagefind ${unsure}, different ${different.length}; reader ${(oursMs / files.length).toFixed(3)} ms/page`);
for (const path of different.slice(0, 3)) {
  const html = readFileSync(join(siteDir, path), 'utf8');
  const [theirs] = await extractTexts([{ sourcePath: path, html }]);
  console.log(path, '\n ours  ', JSON.stringify(readPageText(html, pagefindUrl(path))), '\n theirs', JSON.stringify(theirs));
}
await pagefind.close();
process.exit(different.length > 0 ? 1 : 0);
