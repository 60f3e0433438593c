import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { detectPreset, mapRow, parseDataset, sectionFromTitle, sectionFromUrl, PRESETS } from '../../src/ingest/dataset.ts';
import { datelineOf, datelineOfLede, isCreditLine, tidyCredit } from '../../src/ingest/byline.ts';
import { dayOf } from '../../src/ingest/compose.ts';

const rows = [{ content: 'نص', source: 'okaz', url: 'http://x/1', date_extracted: '2015-08-01 10:00:00', title: 'ع', author: '' }];

test('datasets: JSON array, JSON Lines and gzip; syntax errors name the line', () => {
  assert.equal(parseDataset('a.json', Buffer.from(JSON.stringify(rows))).rows.length, 1);
  assert.equal(parseDataset('a.json.gz', gzipSync(JSON.stringify(rows))).rows.length, 1);
  const jsonl = parseDataset('a.jsonl', Buffer.from(`${JSON.stringify(rows[0])}\n{broken\n\n${JSON.stringify(rows[0])}\n`));
  assert.deepEqual(jsonl.rows.map((r) => r.row), [1, 4]);
  assert.deepEqual(jsonl.problems.map((p) => [p.line, p.message.startsWith('not valid JSON')]), [[2, true]]);
  const broken = parseDataset('b.json', Buffer.from('[\n{"a": 1},\n{"a": }\n]'));
  assert.equal(broken.rows.length, 0);
  assert.equal(broken.problems[0]?.line, 3);
  assert.match(parseDataset('c.json', Buffer.from('{"a":1}')).problems[0]!.message, /must be an array/);
  assert.match(parseDataset('d.json.gz', Buffer.from([0x1f, 0x8b, 1, 2, 3])).problems[0]!.message, /gzip data is corrupt/);
});

test('mapping: the preset is detected by its keys; each field is checked', () => {
  assert.equal(detectPreset(rows[0]), 'saudinewsnet');
  assert.equal(detectPreset({ content: 'x' }), undefined);
  const { mapped } = mapRow({ ...rows[0], author: '  واس  ' }, PRESETS.saudinewsnet!.mapping);
  assert.deepEqual(mapped, { body: 'نص', title: 'ع', date: { value: '2015-08-01 10:00:00', field: 'date_extracted' }, author: { value: 'واس', field: 'author' }, url: 'http://x/1', outlet: 'okaz' });
  assert.deepEqual(mapRow({ text: ['x'] }, { body: 'text' }).problems, [{ field: 'text', message: 'expected text, got an array' }]);
  assert.deepEqual(mapRow({ text: '  ' }, { body: 'text' }).problems, [{ field: 'text', message: 'no article text (missing or empty)' }]);
  assert.deepEqual(mapRow({ text: 'x', kw: 'أ، ب,ج' }, { body: 'text', tags: 'kw' }).mapped?.tags, ['أ', 'ب', 'ج']);
});

test('sections from URL paths and wire title prefixes', () => {
  assert.equal(sectionFromUrl('http://www.3alyoum.com/sports/a/x/'), 'رياضة');
  assert.equal(sectionFromUrl('http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=1'), 'سياسة');
  assert.equal(sectionFromUrl('http://www.alriyadh.com/1066713'), undefined);
  assert.equal(sectionFromTitle('اقتصادي / تراجع أسعار النفط', PRESETS.saudinewsnet!.titlePrefixSections!), 'اقتصاد');
  assert.equal(sectionFromTitle('تراجع / أسعار', PRESETS.saudinewsnet!.titlePrefixSections!), undefined);
});

test('credits: tidy, recognise a credit line, find the dateline', () => {
  assert.equal(tidyCredit('&nbsp;واس (جدة)'), 'واس (جدة)');
  assert.equal(tidyCredit('بواسطة : عمرو عاطف'), 'عمرو عاطف');
  assert.equal(tidyCredit('الجزيرة - وسيلة الحلبي:'), 'الجزيرة - وسيلة الحلبي');
  assert.ok(isCreditLine('نايف عبدالله – عين اليوم'));
  assert.ok(isCreditLine('لندن: رنيم حنوش'));
  assert.ok(!isCreditLine('فوزية الحربي'));
  assert.ok(!isCreditLine('قال إن الهجوم – الذي وقع أمس – فشل في تحقيق أهدافه كلها تماماً'));
  assert.ok(!isCreditLine('نيويورك 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس'));
  assert.equal(datelineOf('لندن: رنيم حنوش'), 'لندن');
  assert.equal(datelineOfLede('بريدة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس'), 'بريدة');
  assert.equal(datelineOfLede('قال المتحدث 25 مرة'), undefined);
});

test('a dataset date keeps the calendar day as written', () => {
  assert.equal(dayOf('2015-07-21 02:51:32'), '2015-07-21');
  assert.equal(dayOf('2023-04-11T01:00:00+03:00'), '2023-04-11');
  assert.equal(dayOf('Tuesday, 11 August 2015'), undefined);
});
