import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ingestRaw, type IngestResult } from '../../src/ingest/raw.ts';
import { ingestStructured } from '../../src/ingest/structured.ts';
import { recordText } from '../../src/records/write.ts';
import type { Article } from '../../src/schema/article.ts';
import type { Problem } from '../../src/schema/problems.ts';

const FILE = 'in/story.md';
const ingest = (text: string): IngestResult =>
  ingestStructured({ file: FILE, key: 'story.md', bytes: Buffer.from(text, 'utf8') }, { reference: '2026-11-23' });

function accepted(text: string): Article & { problems: Problem[] } {
  const result = ingest(text);
  assert.ok(result.article, `expected a record, got ${JSON.stringify(result.problems)}`);
  return { ...result.article, problems: result.problems };
}

function rejected(text: string): Problem[] {
  const result = ingest(text);
  assert.equal(result.article, undefined, 'expected no record');
  assert.ok(result.problems.length > 0);
  return result.problems;
}

test('a full record written by Arshif reads back as the same record', () => {
  const bytes = readFileSync(new URL('../../seeds/000_8db493ebabbc4d35.txt', import.meta.url));
  const seed = ingestRaw({ file: 'seeds/000_8db493ebabbc4d35.txt', key: '000_8db493ebabbc4d35.txt', bytes }, { reference: '2026-11-23' }).article!;
  const again = accepted(recordText(seed));
  assert.deepEqual(again.problems, []);
  assert.deepEqual({ ...again.meta, source: undefined }, { ...seed.meta, source: undefined });
  assert.equal(again.meta.source.file, FILE);
  assert.notEqual(again.meta.source.sha256, seed.meta.source.sha256);
  assert.equal(again.body, seed.body.trim());
});

test('a minimal record: unquoted date stays the calendar day written, in any time zone', () => {
  const zone = process.env.TZ;
  try {
    for (const tz of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
      process.env.TZ = tz;
      const { meta, body, problems } = accepted('---\ntitle: عنوان المقالة\ndate: 2023-04-11\n---\nنص المقالة.\n');
      assert.equal(meta.date, '2023-04-11', tz);
      assert.deepEqual(meta.date_source, { kind: 'given', field: 'date' });
      assert.deepEqual(
        { id: meta.id, url: meta.url, title: meta.title, title_source: meta.title_source, summary: meta.summary, word_count: meta.word_count },
        { id: 'story', url: 'articles/story/', title: 'عنوان المقالة', title_source: 'given', summary: '', word_count: 2 },
      );
      assert.equal(body, 'نص المقالة.');
      assert.deepEqual(problems, []);
    }
  } finally {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  }
});

test('a datetime keeps its own calendar day, and the value as written', () => {
  const { meta } = accepted("---\ntitle: t\ndate: '2023-04-11T01:00:00+03:00'\n---\nنص\n");
  assert.equal(meta.date, '2023-04-11'); // 2023-04-10T22:00Z in UTC: not shifted
  assert.deepEqual(meta.date_source, { kind: 'given', field: 'date', value: '2023-04-11T01:00:00+03:00' });
  assert.equal(accepted('---\ntitle: t\ndate: 2023-04-11T01:00:00+03:00\n---\nنص\n').meta.date, '2023-04-11');
});

test('no date: the record says so', () => {
  const { meta } = accepted('---\ntitle: t\n---\nنص\n');
  assert.equal(meta.date, null);
  assert.deepEqual(meta.date_source, { kind: 'unknown', reason: 'no date in front matter' });
});

test('broken YAML: one error with the file line of the fault', () => {
  assert.deepEqual(rejected('---\ntitle: t\ntitle: u\n---\nنص\n'), [
    { severity: 'error', file: FILE, line: 3, message: 'front matter is not valid YAML: duplicated mapping key' },
  ]);
  assert.deepEqual(rejected('---\ntitle: t\ndate: 2023-04-11\nsummary: a: b\n---\nنص\n'), [
    { severity: 'error', file: FILE, line: 4, message: 'front matter is not valid YAML: bad indentation of a mapping entry' },
  ]);
});

test('no front matter, a list as front matter, or an empty body are errors', () => {
  assert.match(rejected('# عنوان\n\nنص\n')[0]!.message, /^no front matter/);
  assert.deepEqual(rejected('---\n- a\n---\nنص\n'), [{ severity: 'error', file: FILE, line: 2, message: 'front matter must be a mapping of keys to values' }]);
  assert.deepEqual(rejected('---\ntitle: t\n---\n  \n'), [{ severity: 'error', file: FILE, message: 'the article has no body text after the front matter' }]);
});

test('every schema problem is reported at once, naming file, field and line', () => {
  const problems = rejected('---\nsummary: ملخص\ndate: 2023-02-30\n---\nنص\n');
  assert.deepEqual(
    problems.map(({ severity, file, field, line }) => ({ severity, file, field, line })),
    [
      { severity: 'error', file: FILE, field: 'title', line: 1 }, // missing: reported at the opening ---
      { severity: 'error', file: FILE, field: 'date', line: 3 },
    ],
  );
  assert.equal(problems[1]!.message, 'not a real calendar date');
  assert.deepEqual(rejected('---\ntitle: t\nid: ../x\n---\nنص\n').map((p) => [p.field, p.line]), [['id', 3]]);
});

test('unknown keys are kept under extra, with a warning only the first time', () => {
  const { meta, problems } = accepted('---\ntitle: t\nauthor: كاتب\npriority: 0\n---\nنص\n');
  assert.deepEqual(meta.extra, { author: 'كاتب', priority: 0 });
  assert.deepEqual(
    problems.map((p) => `${p.severity} ${p.field}: ${p.message}`),
    ['warning author: unknown front matter key: kept under extra', 'warning priority: unknown front matter key: kept under extra'],
  );
  // The record Arshif writes keeps them under extra: reading it back warns about nothing.
  const again = accepted(recordText({ meta, body: 'نص' }));
  assert.deepEqual(again.meta.extra, { author: 'كاتب', priority: 0 });
  assert.deepEqual(again.problems, []);
});

test('computed fields are Arshif\'s, not the file\'s', () => {
  const { meta } = accepted('---\ntitle: t\nurl: ../../evil/\nword_count: 9999\nlang: en\n---\nثلاث كلمات هنا\n');
  assert.deepEqual([meta.url, meta.word_count, meta.lang], ['articles/story/', 3, 'ar']);
});

test('indentation is syntax in a .md: nested YAML and indented Markdown survive', () => {
  const { meta, body } = accepted('---\ntitle: t\nsource:\n  outlet: عنب بلدي\ntags:\n  - سوريا\n---\nفقرة  أولى\n\n    سطر مزاح\n');
  assert.equal(meta.source.outlet, 'عنب بلدي');
  assert.deepEqual(meta.tags, ['سوريا']);
  assert.deepEqual(meta.extra, undefined);
  assert.equal(body, 'فقرة  أولى\n\n    سطر مزاح');
});
