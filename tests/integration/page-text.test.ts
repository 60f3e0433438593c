// The index's page reader on a real build: corpus articles, the seed, and Markdown written to
// use every block and inline form the pipeline renders. Every article page must read exactly as
// Pagefind reads it, or be left to Pagefind; nearly all are read by the reader, and the pages
// left to Pagefind are still in the index. (The whole corpus: scripts/check-page-text.ts.)
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { readPageText } from '../../src/search/page-text.ts';
import { extractTexts, pagefindUrl } from '../../src/search/shard-index.ts';
import { buildSite, corpusSample, REPO, type BuiltSite } from '../support/site.ts';

const MARKUP = `---
title: "معرض الصيغ: عناوين وقوائم واقتباسات"
date: 2023-04-11
tags: [اختبار]
---
فقرة أولى فيها **تأكيد** و*ميل* و[رابط](https://example.org/a?b=1&c=2) و\`رمز < و & \`.

## عنوان فرعي

- بند أول
- بند ثانٍ فيه iPhone 6 وكلمة\u200cمتصلة

1. مرقّم
2. ثانٍ

> اقتباس من المصدر: "نص" و'نص'.

\`\`\`
سطر   برمجي
  ثانٍ
\`\`\`

سطر ينتهي بفاصل  
وسطر بعده، وعلامات &copy; &amp; < > و١١/11 وـ تطويل.

---

### عنوان ثالث ###

نص فيه <script>alert(1)</script> و{{ x }} ووسم <b>غامق</b>.
`;

const IMAGE = `---
title: صورة بعد العنوان
date: 2023-04-12
---
فقرة قبل الصورة عن السيول في وادي حنيفة.

![صورة السيول](https://example.org/flood.jpg)
`;

let built: BuiltSite;
let input: string;

before(async () => {
  input = mkdtempSync(join(tmpdir(), 'arshif-page-text-'));
  const archive = join(input, 'archive');
  mkdirSync(archive);
  writeFileSync(join(archive, 'sample.json'), JSON.stringify(corpusSample(150)));
  writeFileSync(join(archive, 'markup.md'), MARKUP);
  writeFileSync(join(archive, 'image.md'), IMAGE);
  built = await buildSite([archive, join(REPO, 'seeds'), join(REPO, 'tests', 'fixtures', 'site', 'editorial.md'), join(REPO, 'tests', 'fixtures', 'site', 'aleppo-market.txt')]);
});

after(async () => {
  built?.remove();
  if (input) rmSync(input, { recursive: true, force: true });
  await pagefind.close();
});

test('every article page reads exactly as Pagefind reads it, or is left to Pagefind', { timeout: 120_000 }, async () => {
  const files = readdirSync(join(built.siteDir, 'articles')).map((id) => ({ sourcePath: `articles/${id}/index.html`, html: readFileSync(join(built.siteDir, 'articles', id, 'index.html'), 'utf8') }));
  const theirs = new Map((await extractTexts(files)).map((text) => [text.url, text]));
  const unsure: string[] = [];
  for (const file of files) {
    const url = pagefindUrl(file.sourcePath);
    const ours = readPageText(file.html, url);
    if (ours === undefined) unsure.push(url);
    else assert.deepEqual(ours, theirs.get(url), url);
  }
  assert.ok(files.length >= 140, `${files.length} article pages`);
  assert.ok(!unsure.includes('/articles/markup/'), 'the Markdown forms are all read by the reader');
  assert.ok(unsure.includes('/articles/image/'), 'an image after the title is left to Pagefind');
  assert.ok(unsure.length <= files.length * 0.05, `${unsure.length} of ${files.length} left to Pagefind`);
});

test('the build read the pages with the reader and Pagefind, and indexed every one', () => {
  const articles = readdirSync(join(built.siteDir, 'articles')).length;
  assert.equal(built.summary.indexed, articles);
  assert.equal(built.summary.indexRead.reader + built.summary.indexRead.pagefind, articles);
  assert.ok(built.summary.indexRead.pagefind >= 1 && built.summary.indexRead.pagefind <= articles * 0.05, JSON.stringify(built.summary.indexRead));
});
