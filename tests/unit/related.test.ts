import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitRelated } from '../../src/ingest/related.ts';

test('"اقرأ أيضًا" lines in every common spelling move to related, without the prefix', () => {
  const { body, related } = splitRelated([
    'الفقرة الأولى.',
    'اقرأ أيضًا: “المقاومة الشعبية”.. خيار إيراني',
    'اقرأ أيضا: عنوان ثان',
    'إقرأ أيضاً: عنوان ثالث',
    'اقرأ أيضًا : عنوان رابع',
    'قرأ ايضا:عنوان خامس',
    'الفقرة الأخيرة.',
  ]);
  assert.deepEqual(body, ['الفقرة الأولى.', 'الفقرة الأخيرة.']);
  assert.deepEqual(
    related.map((r) => r.text),
    ['“المقاومة الشعبية”.. خيار إيراني', 'عنوان ثان', 'عنوان ثالث', 'عنوان رابع', 'عنوان خامس'],
  );
});

test('lines that only look like it stay in the body', () => {
  const paragraphs = [
    'اقرأ أيضًا:', // nothing to link to
    'اقرأ أيضًا:   ',
    'اقرأ أيضًا عنوان بلا نقطتين',
    'قال المحرر: اقرأ أيضًا: هذا ليس رابطًا',
    'اقرأ التقرير أيضًا: ليس الصيغة نفسها',
  ];
  assert.deepEqual(splitRelated(paragraphs), { body: paragraphs, related: [] });
});
