import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inferDateFromText, type DateFound, type DateInference } from '../../src/ingest/dates.ts';

const REF = '2026-11-23';

// Lede lines of seeds/000_8db493ebabbc4d35.txt, copied so the test does not depend on the seed file.
const SEED = [
  'استهدف هجوم صاروخي قاعدة التحالف الدولي في موقع حقل “كونيكو للغاز”، شمال شرقي سوريا، دون أنباء عن أضرار، لترد قوات التحالف بقصف المواقع التي انطلق منها الهجوم.',
  'وقالت القيادة المركزية الأمريكية (سينتكوم)، عبر “تويتر” صباح اليوم، الثلاثاء 11 من نيسان، إن الهجوم الذي وصفته بـ”غير الفعال” لم يخلّف أي خسائر ولم يسفر عن إصابات أو أضرار في القاعدة أو ممتلكات التحالف.',
  'وغالبًا ما يسبق هذا النوع من الاستهدافات، قصف إسرائيلي على مناطق يسيطر عليها النظام في سوريا، أحدثها غارات وقذائف طالت مواقع جنوبي سوريا، ما أعلن عنه المتحدث باسم الدفاع الإسرائيلي أفيخاي أدرعي عبر “تويتر”، في 9 من نيسان الحالي.',
].join('\n');

/** Asserts a date was found, checks the offset/text invariant, and returns it. */
function found(input: string, reference = REF): DateFound {
  const r: DateInference = inferDateFromText(input, reference);
  assert.equal(r.found, true, `expected a date in ${JSON.stringify(input)}: ${JSON.stringify(r)}`);
  if (!r.found) throw new Error('unreachable');
  assert.equal(input.slice(r.offset, r.offset + r.text.length), r.text);
  return r;
}

function notFound(input: string, reference = REF): string {
  const r = inferDateFromText(input, reference);
  assert.equal(r.found, false, `expected no date in ${JSON.stringify(input)}: ${JSON.stringify(r)}`);
  if (r.found) throw new Error('unreachable');
  return r.reason;
}

test('seed lede: weekday date wins, year inferred from the weekday', () => {
  // 11 April is a Tuesday in 2017 and 2023.
  const r = found(SEED, '2026-11-23');
  assert.deepEqual(
    { date: r.date, text: r.text, yearInferred: r.yearInferred, warnings: r.warnings },
    { date: '2023-04-11', text: 'الثلاثاء 11 من نيسان', yearInferred: true, warnings: [] },
  );
  assert.equal(r.offset, SEED.indexOf('الثلاثاء 11 من نيسان'));
  assert.equal(found(SEED, '2023-04-11').date, '2023-04-11'); // reference day itself is allowed
  assert.equal(found(SEED, '2023-04-10').date, '2017-04-11'); // one day earlier: back to the previous Tuesday 11 April
});

test('every Levantine month name and spelling variant', () => {
  const months: [string, number][] = [
    ['كانون الثاني', 1], ['شباط', 2], ['آذار', 3], ['اذار', 3], ['نيسان', 4], ['أيار', 5], ['ايار', 5],
    ['حزيران', 6], ['تموز', 7], ['آب', 8], ['اب', 8], ['أيلول', 9], ['ايلول', 9],
    ['تشرين الأول', 10], ['تشرين الاول', 10], ['تشرين الثاني', 11], ['كانون الأول', 12], ['كانون الاول', 12],
  ];
  for (const [name, month] of months) {
    const r = found(`نُشر في 5 من ${name} 2020 بحسب الوكالة`);
    assert.equal(r.date, `2020-${String(month).padStart(2, '0')}-05`, name);
    assert.equal(r.text, `5 من ${name} 2020`, name);
    assert.equal(r.yearInferred, false);
  }
});

test('every Egyptian/Gulf month name and spelling variant', () => {
  const months: [string, number][] = [
    ['يناير', 1], ['فبراير', 2], ['مارس', 3], ['أبريل', 4], ['إبريل', 4], ['ابريل', 4], ['مايو', 5],
    ['يونيو', 6], ['يونيه', 6], ['يوليو', 7], ['يوليه', 7], ['أغسطس', 8], ['اغسطس', 8], ['إغسطس', 8],
    ['سبتمبر', 9], ['أكتوبر', 10], ['اكتوبر', 10], ['نوفمبر', 11], ['ديسمبر', 12],
  ];
  for (const [name, month] of months) {
    const r = found(`وذلك يوم 17 ${name} 2021.`);
    assert.equal(r.date, `2021-${String(month).padStart(2, '0')}-17`, name);
    assert.equal(r.text, `17 ${name} 2021`, name);
  }
});

test('combined month forms: the match covers the whole form', () => {
  const cases: [string, string, string][] = [
    ['في 11 نيسان/أبريل 2023 أعلن', '11 نيسان/أبريل 2023', '2023-04-11'],
    ['في 11 أبريل/نيسان 2023 أعلن', '11 أبريل/نيسان 2023', '2023-04-11'],
    ['في 11 نيسان (أبريل) 2023 أعلن', '11 نيسان (أبريل) 2023', '2023-04-11'],
    ['في 3 آذار/ مارس 2022 أعلن', '3 آذار/ مارس 2022', '2022-03-03'],
    ['في 3 آذار / مارس 2022 أعلن', '3 آذار / مارس 2022', '2022-03-03'],
    ['في 1 تشرين الأول/أكتوبر 2019', '1 تشرين الأول/أكتوبر 2019', '2019-10-01'],
    ['في 25 كانون الأول (ديسمبر)، قال', '25 كانون الأول (ديسمبر)', '2025-12-25'],
  ];
  for (const [input, text, date] of cases) {
    const r = found(input);
    assert.equal(r.text, text);
    assert.equal(r.date, date);
  }
});

test('combined form whose two names disagree keeps the first and warns', () => {
  const r = found('في 11 نيسان/مايو 2023');
  assert.equal(r.date, '2023-04-11');
  assert.equal(r.warnings.length, 1);
  assert.match(r.warnings[0]!, /disagree/);
});

test('Arabic-Indic and Persian digits', () => {
  assert.equal(found('الثلاثاء ١١ من نيسان').date, '2023-04-11');
  assert.equal(found('الثلاثاء ۱۱ من نيسان').date, '2023-04-11');
  const r = found('في ١١ نيسان ٢٠٢٣');
  assert.equal(r.text, '١١ نيسان ٢٠٢٣');
  assert.equal(r.date, '2023-04-11');
});

test('with and without weekday and "من"', () => {
  // No weekday: latest 11 April not after the reference.
  assert.deepEqual(pick(found('في 11 نيسان الجاري')), { date: '2026-04-11', text: '11 نيسان', yearInferred: true });
  assert.deepEqual(pick(found('في 11 من نيسان الجاري')), { date: '2026-04-11', text: '11 من نيسان', yearInferred: true });
  assert.equal(found('في 11 نيسان', '2026-03-01').date, '2025-04-11');
  assert.equal(found('في 23 تشرين الثاني', REF).date, '2026-11-23');
  assert.equal(found('في 24 تشرين الثاني', REF).date, '2025-11-24');
  // Weekday forms: Wednesday 11 April → 2018, Monday 11 April → 2022 (both spellings of الاثنين).
  assert.deepEqual(pick(found('الأربعاء 11 نيسان')), { date: '2018-04-11', text: 'الأربعاء 11 نيسان', yearInferred: true });
  assert.equal(found('الاربعاء، 11 نيسان').text, 'الاربعاء، 11 نيسان');
  assert.equal(found('الاثنين 11 نيسان').date, '2022-04-11');
  assert.equal(found('الإثنين 11 من نيسان').date, '2022-04-11');
  assert.equal(found('السبت ,11 نيسان').date, '2026-04-11');
  assert.equal(found('الأحد 11 نيسان').date, '2021-04-11');
  assert.equal(found('الخميس 11 نيسان').date, '2024-04-11');
  assert.equal(found('الجمعة 11 نيسان').date, '2025-04-11');
  assert.equal(found('يوم الثلاثاء الموافق 11 نيسان').text, 'الثلاثاء الموافق 11 نيسان');
});

test('29 February without a year lands on a leap year', () => {
  assert.equal(found('في 29 شباط').date, '2024-02-29');
  assert.equal(found('الجمعة 29 شباط').date, '2008-02-29'); // 2008-02-29 was a Friday
});

test('weekday that fits no year within 28 years falls back to the latest date and warns', () => {
  // Reference in 1805: a Thursday 29 February only in 1776 / 1816 / ..., none in 1777-1805.
  const r = found('الخميس 29 شباط', '1805-06-01');
  assert.equal(r.date, '1804-02-29');
  assert.equal(r.warnings.length, 1);
  assert.match(r.warnings[0]!, /ignored the weekday/);
});

test('explicit year: Western and Arabic-Indic, with م, عام, سنة', () => {
  const cases: [string, string][] = [
    ['في 11 نيسان 2023', '11 نيسان 2023'],
    ['في ١١ نيسان ٢٠٢٣م', '١١ نيسان ٢٠٢٣م'],
    ['في 11 نيسان 2023 م، قال', '11 نيسان 2023 م'],
    ['في 11 نيسان عام 2023', '11 نيسان عام 2023'],
    ['في 11 نيسان من عام 2023', '11 نيسان من عام 2023'],
    ['في ١١ نيسان سنة ٢٠٢٣', '١١ نيسان سنة ٢٠٢٣'],
  ];
  for (const [input, text] of cases) {
    assert.deepEqual(pick(found(input)), { date: '2023-04-11', text, yearInferred: false }, input);
  }
  // "م" belonging to the next word is not swallowed.
  assert.equal(found('في 11 نيسان 2023 مساء').text, '11 نيسان 2023');
  // Explicit year even before the reference: no inference.
  assert.equal(found('الثلاثاء 11 نيسان 2023', '2023-04-11').warnings.length, 0);
});

test('numeric forms: day/month/year and ISO', () => {
  assert.deepEqual(pick(found('بتاريخ 11/4/2023')), { date: '2023-04-11', text: '11/4/2023', yearInferred: false });
  assert.equal(found('بتاريخ 1/12/2022').date, '2022-12-01'); // day first, not month first
  assert.equal(found('بتاريخ ١١/٤/٢٠٢٣').date, '2023-04-11');
  assert.equal(found('بتاريخ 11-04-2023').date, '2023-04-11');
  assert.deepEqual(pick(found('نُشر في 2023-04-11')), { date: '2023-04-11', text: '2023-04-11', yearInferred: false });
  assert.equal(found('الثلاثاء 11/4/2023').text, 'الثلاثاء 11/4/2023');
  notFound('بتاريخ 31/2/2023'); // 31 February
  notFound('بتاريخ 11/13/2023'); // month 13
});

test('weekday that contradicts an explicit date: keep the date, warn', () => {
  const r = found('الأربعاء 11 نيسان 2023');
  assert.equal(r.date, '2023-04-11');
  assert.equal(r.text, 'الأربعاء 11 نيسان 2023');
  assert.deepEqual(r.warnings, ['weekday الأربعاء contradicts 2023-04-11 (a Tuesday); kept the stated date']);
  assert.deepEqual(found('الأربعاء 12/4/2023').warnings, []);
});

test('explicit date after the reference is kept with a warning', () => {
  const r = found('في 1 كانون الثاني 2027', REF);
  assert.equal(r.date, '2027-01-01');
  assert.deepEqual(r.warnings, ['date 2027-01-01 is after the reference date 2026-11-23']);
});

test('no date at all', () => {
  assert.equal(notFound('قصف إسرائيلي على مناطق يسيطر عليها النظام في سوريا.'), 'no date stated in the text');
  assert.equal(notFound(''), 'no date stated in the text');
  assert.equal(notFound('قُتل 11 شخصًا في نيسان'), 'no date stated in the text'); // month without a day
  // Hijri month names are not Gregorian months.
  assert.equal(notFound('في 15 شوال 1436هـ'), 'no date stated in the text');
  assert.equal(notFound('في 15 شوال 1436 هـ و1 رمضان و3 محرم'), 'no date stated in the text');
});

test('Hijri date followed by its Gregorian equivalent', () => {
  const r = found('الخميس 15 شوال 1436 هـ الموافق 30 تموز 2015 م');
  assert.deepEqual(pick(r), { date: '2015-07-30', text: '30 تموز 2015 م', yearInferred: false });
});

test('invalid days are ignored', () => {
  assert.match(notFound('في 32 نيسان'), /32 نيسان/);
  notFound('في 31 شباط');
  notFound('في 0 نيسان');
  notFound('في 29 شباط 2023'); // 2023 is not a leap year
  assert.equal(found('في 29 شباط 2024').date, '2024-02-29');
  assert.deepEqual(pick(found('في 31 نيسان ثم في 30 نيسان')), { date: '2026-04-30', text: '30 نيسان', yearInferred: true });
});

test('month names inside other words are not months', () => {
  notFound('فاز فريق 10 مايوركا');
  notFound('حضر 5 آباء و3 أبناء');
  notFound('بين 4 أيارين');
  const input = 'فاز 10 مايوركا، ثم في 3 مايو 2024';
  const r = found(input);
  assert.equal(r.text, '3 مايو 2024');
  assert.equal(r.offset, input.indexOf('3 مايو'));
  assert.equal(found('في 5 آب 2020').date, '2020-08-05'); // the real month still matches
});

test('absurd explicit years make the match not a date', () => {
  assert.match(notFound('في 11 نيسان 1436'), /1436/);
  notFound('في 11 نيسان 2028'); // more than a year after the reference
  assert.equal(found('في 11 نيسان 2027').date, '2027-04-11'); // reference year + 1 is still allowed
  assert.equal(found('في 11 نيسان 1436، ثم في 9 آذار 2020').date, '2020-03-09');
  notFound('بتاريخ 11/4/1750');
});

test('choosing among several dates', () => {
  // A weekday beats an earlier date without one.
  assert.equal(found('في 9 من نيسان، ثم صباح الثلاثاء 11 من نيسان').text, 'الثلاثاء 11 من نيسان');
  // A weekday beats an earlier explicit year.
  assert.equal(found('في 3 آذار 2020، ثم الثلاثاء 11 من نيسان').text, 'الثلاثاء 11 من نيسان');
  // Without weekdays, an explicit year beats an earlier date without one.
  assert.equal(found('في 9 من نيسان، ثم في 3 آذار 2023').text, '3 آذار 2023');
  // Otherwise the first date.
  assert.equal(found('في 9 من نيسان، ثم في 3 آذار').text, '9 من نيسان');
  // Among weekday dates, the first.
  assert.equal(found('الأحد 9 نيسان، ثم الثلاثاء 11 نيسان').date, '2023-04-09');
});

test('harakat, tatweel and bidi marks are tolerated; offset/text stay exact', () => {
  const input = 'صباحَ اليومِ، الثُّلاثاءَ 11 مِنْ نيـسانَ، قال';
  const r = found(input);
  assert.equal(r.date, '2023-04-11');
  assert.equal(r.text, 'الثُّلاثاءَ 11 مِنْ نيـسانَ');
  assert.equal(r.offset, input.indexOf('الثُّلاثاءَ'));
  assert.equal(found('في \u200F11 نيسان 2023').date, '2023-04-11');
});

test('offset/text invariant over many inputs', () => {
  const inputs = [SEED, 'أ'.repeat(50) + ' في ١١ من آذار (مارس) ٢٠٢٣ م', 'x\n\nالجمعة، 7 كانون الأول', '\u{1F4F0} خبر: 2023-04-11'];
  for (const input of inputs) {
    const r = found(input);
    assert.equal(input.slice(r.offset, r.offset + r.text.length), r.text);
    assert.ok(r.text.length > 0);
  }
});

test('dates never span lines', () => {
  notFound('في 11\nنيسان');
});

test('invalid reference throws', () => {
  assert.throws(() => inferDateFromText('في 11 نيسان', '2026-02-30'), /invalid reference/);
  assert.throws(() => inferDateFromText('في 11 نيسان', '23/11/2026'), /invalid reference/);
});

function pick(r: DateFound): { date: string; text: string; yearInferred: boolean } {
  return { date: r.date, text: r.text, yearInferred: r.yearInferred };
}
