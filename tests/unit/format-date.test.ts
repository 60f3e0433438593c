import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatArabicDate, formatArabicMonth, formatHijriDate, toDigits, type DateStyle } from '../../src/site/format-date.ts';

const LEV: DateStyle = { digits: 'latn', months: 'levantine' };
const EGY: DateStyle = { digits: 'latn', months: 'egyptian' };
const BOTH: DateStyle = { digits: 'latn', months: 'both' };

test('formatArabicDate in every style', () => {
  assert.equal(formatArabicDate('2023-04-11', LEV), 'الثلاثاء 11 نيسان 2023');
  assert.equal(formatArabicDate('2023-04-11', EGY), 'الثلاثاء 11 أبريل 2023');
  assert.equal(formatArabicDate('2023-04-11', BOTH), 'الثلاثاء 11 نيسان/أبريل 2023');
  assert.equal(formatArabicDate('2023-04-11', { ...LEV, digits: 'arab' }), 'الثلاثاء ١١ نيسان ٢٠٢٣');
  assert.equal(formatArabicDate('2023-04-01', LEV), 'السبت 1 نيسان 2023'); // no leading zero
});

test('weekday names over one week (2023-04-09 was a Sunday)', () => {
  const names = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
  names.forEach((name, i) => {
    assert.equal(formatArabicDate(`2023-04-${String(9 + i).padStart(2, '0')}`, LEV), `${name} ${9 + i} نيسان 2023`);
  });
});

test('formatArabicMonth: all twelve months in both naming traditions', () => {
  const lev = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
  const egy = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
  for (let m = 1; m <= 12; m++) {
    assert.equal(formatArabicMonth(2023, m, LEV), `${lev[m - 1]} 2023`);
    assert.equal(formatArabicMonth(2023, m, EGY), `${egy[m - 1]} 2023`);
    assert.equal(formatArabicMonth(2023, m, BOTH), `${lev[m - 1]}/${egy[m - 1]} 2023`);
  }
  assert.equal(formatArabicMonth(2023, 4, { digits: 'arab', months: 'levantine' }), 'نيسان ٢٠٢٣');
  assert.equal(formatArabicDate('2023-12-25', EGY), 'الاثنين 25 ديسمبر 2023');
});

test('formatArabicMonth rejects months outside 1-12', () => {
  assert.throws(() => formatArabicMonth(2023, 0, LEV), /invalid month/);
  assert.throws(() => formatArabicMonth(2023, 13, LEV), /invalid month/);
  assert.throws(() => formatArabicMonth(2023, 1.5, LEV), /invalid month/);
});

test('formatHijriDate (Umm al-Qura)', () => {
  assert.equal(formatHijriDate('2023-04-11', { digits: 'latn' }), '20 رمضان 1444 هـ');
  assert.equal(formatHijriDate('2023-04-11', { digits: 'arab' }), '٢٠ رمضان ١٤٤٤ هـ');
  assert.equal(formatHijriDate('2023-04-21', { digits: 'latn' }), '1 شوال 1444 هـ'); // Eid al-Fitr 1444
  assert.equal(formatHijriDate('2023-07-19', { digits: 'latn' }), '1 محرم 1445 هـ'); // Hijri new year 1445
  assert.equal(formatHijriDate('2024-06-16', { digits: 'latn' }), '10 ذو الحجة 1445 هـ'); // Eid al-Adha 1445
});

test('invalid iso strings throw a clear error', () => {
  for (const bad of ['2023-02-30', '2023-13-01', '2023-00-10', '2023-4-11', '11/4/2023', '', '2023-04-11T00:00:00Z']) {
    assert.throws(() => formatArabicDate(bad, LEV), /invalid date/, bad);
    assert.throws(() => formatHijriDate(bad, { digits: 'latn' }), /invalid date/, bad);
  }
  assert.equal(formatArabicDate('2024-02-29', LEV), 'الخميس 29 شباط 2024'); // leap day is valid
});

test('toDigits', () => {
  assert.equal(toDigits('0123456789', 'arab'), '٠١٢٣٤٥٦٧٨٩');
  assert.equal(toDigits('نيسان 2023', 'latn'), 'نيسان 2023');
  assert.equal(toDigits('', 'arab'), '');
});

test('output does not depend on the process time zone', () => {
  const saved = process.env.TZ;
  try {
    for (const tz of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Damascus']) {
      process.env.TZ = tz;
      assert.equal(formatArabicDate('2023-04-11', LEV), 'الثلاثاء 11 نيسان 2023', tz);
      assert.equal(formatHijriDate('2023-04-11', { digits: 'latn' }), '20 رمضان 1444 هـ', tz);
    }
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
});
