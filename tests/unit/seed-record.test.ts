// The seed article end to end through ingest: every field of its record, then the whole
// record text as a reviewed snapshot (tests/fixtures/seed/record.md; UPDATE=1 rewrites it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ingestRaw } from '../../src/ingest/raw.ts';
import { recordText } from '../../src/records/write.ts';
import { renderMarkdown } from '../../src/markdown/processor.ts';
import type { Article } from '../../src/schema/article.ts';

const SEED_URL = new URL('../../seeds/000_8db493ebabbc4d35.txt', import.meta.url);
const SNAPSHOT = fileURLToPath(new URL('../fixtures/seed/record.md', import.meta.url));
const BYTES = readFileSync(SEED_URL);

function ingestSeed(): Article {
  const result = ingestRaw(
    { file: 'seeds/000_8db493ebabbc4d35.txt', key: '000_8db493ebabbc4d35.txt', bytes: BYTES },
    { reference: '2026-11-23' },
  );
  assert.deepEqual(result.problems, []);
  assert.ok(result.article);
  return result.article;
}

test('seed record: identity, headline and provenance', () => {
  const { meta } = ingestSeed();
  assert.equal(meta.id, '000-8db493ebabbc4d35');
  assert.equal(meta.url, 'articles/000-8db493ebabbc4d35/');
  assert.equal(meta.title, 'استهدف هجوم صاروخي قاعدة التحالف الدولي في موقع حقل “كونيكو للغاز”، شمال شرقي سوريا');
  assert.equal(meta.title_source, 'lede');
  assert.equal(meta.source.sha256, createHash('sha256').update(BYTES).digest('hex'));
  assert.equal(meta.source.file, 'seeds/000_8db493ebabbc4d35.txt');
  assert.equal(meta.lang, 'ar');
  assert.ok(meta.word_count > 300, `word_count ${meta.word_count}`);
  assert.deepEqual(meta.warnings, []);
});

test('seed record: date from the prose, with its evidence pointing into the body', () => {
  const { meta, body } = ingestSeed();
  assert.equal(meta.date, '2023-04-11');
  const { offset, ...rest } = meta.date_source as Extract<typeof meta.date_source, { kind: 'text' }>;
  assert.deepEqual(rest, { kind: 'text', text: 'الثلاثاء 11 من نيسان', year_inferred: true, reference: '2026-11-23' });
  assert.equal(body.slice(offset, offset + rest.text.length), 'الثلاثاء 11 من نيسان');
  assert.equal(offset, body.indexOf('الثلاثاء 11 من نيسان'));
});

test('seed record: 13 body paragraphs, the 2 "اقرأ أيضًا" lines moved to related', () => {
  // 15 lines in the file (the last has no newline): 2 are related links, 13 are the story.
  const { meta, body } = ingestSeed();
  const html = renderMarkdown(body);
  assert.equal(html.match(/<p>/g)?.length, 13);
  assert.deepEqual(meta.related, [
    { text: '“المقاومة الشعبية”.. خيار إيراني يغطّيه الأسد لإزعاج التحالف شمال شرقي سوريا' },
    { text: 'بين إيران وأمريكا.. ما تداعيات التصعيد العسكري في سوريا' },
  ]);
  assert.doesNotMatch(body, /اقرأ أيضًا/);
  assert.ok(body.startsWith(meta.summary), 'the lede opens the body and is the summary');
  assert.ok(body.trimEnd().endsWith('ردت إسرائيل عليه بقصف متكرر لمواقع عسكرية جنوبي سوريا.'));
});

test('seed record text matches the reviewed snapshot', () => {
  const text = recordText(ingestSeed());
  if (process.env.UPDATE === '1' || !existsSync(SNAPSHOT)) {
    const existed = existsSync(SNAPSHOT);
    writeFileSync(SNAPSHOT, text);
    if (!existed) assert.fail(`wrote a new snapshot ${SNAPSHOT}: review it by eye, then run the test again`);
    return;
  }
  assert.equal(text, readFileSync(SNAPSHOT, 'utf8'), 'record changed: if intended, review and rerun with UPDATE=1');
});
