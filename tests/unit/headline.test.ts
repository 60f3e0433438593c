import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headlineFromLede, summaryFromLede } from '../../src/ingest/headline.ts';

const SEED_LEDE =
  'استهدف هجوم صاروخي قاعدة التحالف الدولي في موقع حقل “كونيكو للغاز”، شمال شرقي سوريا، دون أنباء عن أضرار، لترد قوات التحالف بقصف المواقع التي انطلق منها الهجوم.';

test('clauses accumulate while the headline stays within 90 characters', () => {
  // clause 1 (66) + clause 2 = 83 characters; adding "دون أنباء عن أضرار" would pass 90.
  assert.equal(headlineFromLede(SEED_LEDE), 'استهدف هجوم صاروخي قاعدة التحالف الدولي في موقع حقل “كونيكو للغاز”، شمال شرقي سوريا');
  const a = 'ك'.repeat(40);
  assert.equal(headlineFromLede(`${a}، ${'م'.repeat(48)}، ذيل`), `${a}، ${'م'.repeat(48)}`); // exactly 90: kept
  assert.equal(headlineFromLede(`${a}، ${'م'.repeat(49)}، ذيل`), a); // 91: stops before it
  assert.equal(headlineFromLede('أ، ب, ج'), 'أ، ب, ج', 'each comma stays as written');
});

test('commas inside quotes, guillemets and brackets do not split clauses', () => {
  assert.equal(headlineFromLede('قال الوزير “نعم، سنرد، وبقوة” في مؤتمر صحفي، اليوم.'), 'قال الوزير “نعم، سنرد، وبقوة” في مؤتمر صحفي، اليوم');
  const long = 'أكد المتحدث «أن القوات، التي انتشرت في المنطقة، ستبقى» وأن الانسحاب غير مطروح';
  assert.equal(headlineFromLede(`${long}، وأضاف أن المفاوضات مستمرة مع الأطراف المعنية كلها`), long);
  assert.equal(headlineFromLede('قالت القيادة (سينتكوم، في بيان) إن الهجوم فشل، دون تفاصيل'), 'قالت القيادة (سينتكوم، في بيان) إن الهجوم فشل، دون تفاصيل');
});

test('a first clause over 90 characters is cut at a word, with an ellipsis', () => {
  const lede =
    'اجتمع وزراء خارجية الدول العربية في العاصمة الأردنية عمان لبحث التطورات الأخيرة في المنطقة والتنسيق المشترك بشأن الأزمة، وقالوا.';
  const headline = headlineFromLede(lede);
  assert.equal(headline, 'اجتمع وزراء خارجية الدول العربية في العاصمة الأردنية عمان لبحث التطورات الأخيرة في المنطقة…');
  assert.ok(headline.length <= 91);
  // No space in reach: a hard cut at 90.
  assert.equal(headlineFromLede('ب'.repeat(120)), `${'ب'.repeat(90)}…`);
});

test('only the first sentence; a question or exclamation keeps its mark', () => {
  assert.equal(headlineFromLede('أعلنت وزارة الدفاع. وأضافت الوزارة أن القصف استمر.'), 'أعلنت وزارة الدفاع');
  assert.equal(headlineFromLede('ارتفع سعر البرميل إلى 3.5 دولار، اليوم. وقال'), 'ارتفع سعر البرميل إلى 3.5 دولار، اليوم');
  assert.equal(headlineFromLede('هل انتهت الحرب في سوريا؟ سؤال يطرحه كثيرون'), 'هل انتهت الحرب في سوريا؟');
  assert.equal(headlineFromLede('الحرب انتهت! قال المتحدث'), 'الحرب انتهت!');
  assert.equal(headlineFromLede('بلا نقطة في آخرها'), 'بلا نقطة في آخرها');
});

test('summary is the whole lede, cut at a word past 300 characters', () => {
  assert.equal(summaryFromLede(`  ${SEED_LEDE} `), SEED_LEDE);
  const long = 'كلمة '.repeat(80).trim(); // 399 characters
  const summary = summaryFromLede(long);
  assert.equal(summary, `${'كلمة '.repeat(60).trim()}…`);
  assert.ok(long.startsWith(summary.slice(0, -1)));
});
