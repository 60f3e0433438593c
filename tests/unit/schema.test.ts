import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleMeta } from '../../src/schema/article.ts';
import { formatProblem, hasErrors, problemsFromZod, type Problem } from '../../src/schema/problems.ts';

const VALID = {
  id: 'story',
  url: 'articles/story/',
  title: 'عنوان',
  title_source: 'given',
  date: '2023-04-11',
  date_source: { kind: 'given', field: 'date' },
  summary: '',
  source: { file: 'in/story.md', sha256: 'a'.repeat(64) },
  lang: 'ar',
  word_count: 1,
};

/** The messages of the issues articleMeta finds in VALID changed by `patch`, as `field: message`. */
function issues(patch: Record<string, unknown>): string[] {
  const result = articleMeta.safeParse({ ...VALID, ...patch });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

test('a valid meta gets its defaults', () => {
  const meta = articleMeta.parse(VALID);
  assert.deepEqual([meta.places, meta.organisations, meta.tags, meta.related, meta.warnings], [[], [], [], [], []]);
  assert.equal(meta.extra, undefined);
});

test('ids are lower-case ASCII URL segments', () => {
  for (const id of ['a', '0', '000-8db493ebabbc4d35', 'a-b-c', 'x'.repeat(64)]) assert.deepEqual(issues({ id }), [], id);
  for (const id of ['../x', 'A b', 'Story', 'a/b', '-a', 'a-', '', 'خبر', 'a.b', 'x'.repeat(65)]) {
    assert.deepEqual(issues({ id }), ['id: id must be 1-64 characters of a-z, 0-9 and inner hyphens'], id);
  }
});

test('urls are relative paths ending in /', () => {
  for (const url of ['articles/story/', 'a/']) assert.deepEqual(issues({ url }), [], url);
  for (const url of ['articles/../x/', 'articles/story', '/articles/story/', '//evil.example/', 'https://x.y/', 'articles//x/', '/', '']) {
    assert.deepEqual(issues({ url }), ['url: url must be a relative path of a-z, 0-9, - and / ending in /'], url);
  }
});

test('date and date_source agree: unknown exactly when there is no date', () => {
  const mismatch = 'date_source: date_source must be "unknown" exactly when date is null';
  assert.deepEqual(issues({ date: null, date_source: { kind: 'given', field: 'date' } }), [mismatch]);
  assert.deepEqual(issues({ date_source: { kind: 'unknown', reason: 'none' } }), [mismatch]);
  assert.deepEqual(issues({ date: null, date_source: { kind: 'unknown', reason: 'none' } }), []);
  assert.deepEqual(issues({ date: '2023-02-30' }), ['date: not a real calendar date']);
  assert.deepEqual(issues({ date: '11/04/2023' }), ['date: expected a calendar date YYYY-MM-DD']);
});

test('text evidence needs its text, offset and reference day', () => {
  const text = { kind: 'text', text: 'الثلاثاء 11 من نيسان', offset: 229, year_inferred: true, reference: '2026-11-23' };
  assert.deepEqual(issues({ date_source: text }), []);
  assert.equal(issues({ date_source: { ...text, offset: -1 } }).length, 1);
  assert.deepEqual(issues({ date_source: { ...text, reference: '2026-02-30' } }), ['date_source.reference: not a real calendar date']);
});

test('unknown keys, empty titles, other languages and bad hashes are rejected', () => {
  assert.equal(issues({ author: 'x' }).length, 1);
  assert.deepEqual(issues({ title: '   ' }), ['title: title is empty']);
  assert.equal(issues({ lang: 'en' }).length, 1);
  assert.deepEqual(issues({ source: { file: 'x', sha256: 'XYZ' } }), ['source.sha256: expected a hex sha256']);
});

test('formatProblem: one line, severity, file:line, field', () => {
  const p: Problem = { severity: 'error', file: 'seeds/x.md', line: 4, field: 'date', message: 'not a real calendar date' };
  assert.equal(formatProblem(p), 'error seeds/x.md:4 date: not a real calendar date');
  assert.equal(formatProblem({ severity: 'warning', file: 'seeds/x.txt', message: 'removed a byte order mark' }), 'warning seeds/x.txt removed a byte order mark');
  assert.equal(formatProblem({ severity: 'error', file: 'seeds/x.md', field: 'id', message: 'bad' }), 'error seeds/x.md id: bad');
  assert.equal(formatProblem({ severity: 'error', file: 'seeds/x.md', line: 2, message: 'bad' }), 'error seeds/x.md:2 bad');
});

test('problemsFromZod: one problem per issue, with the line of the top-level key', () => {
  const result = articleMeta.safeParse({ ...VALID, id: 'A b', source: { file: 'x', sha256: 'no' } });
  assert.ok(!result.success);
  const lines: Record<string, number> = { id: 2, source: 7 };
  assert.deepEqual(problemsFromZod('in/x.md', result.error, (field) => lines[field]), [
    { severity: 'error', file: 'in/x.md', field: 'id', line: 2, message: 'id must be 1-64 characters of a-z, 0-9 and inner hyphens' },
    { severity: 'error', file: 'in/x.md', field: 'source.sha256', line: 7, message: 'expected a hex sha256' },
  ]);
  assert.equal(hasErrors([{ severity: 'warning', file: 'x', message: 'w' }]), false);
  assert.equal(hasErrors([{ severity: 'warning', file: 'x', message: 'w' }, { severity: 'error', file: 'x', message: 'e' }]), true);
});
