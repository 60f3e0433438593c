// Shows calendar dates to Arabic readers. Pure and time-zone independent: dates are built
// with Date.UTC and read back with UTC getters (and timeZone 'UTC' in Intl).

export type Digits = 'latn' | 'arab';
export type MonthNames = 'levantine' | 'egyptian' | 'both';
export interface DateStyle {
  digits: Digits;
  months: MonthNames;
}

// Index = getUTCDay()
const WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
const LEVANTINE = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
const EGYPTIAN = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];

// Created once: constructing Intl formatters is comparatively expensive.
const HIJRI = new Intl.DateTimeFormat('ar-SA-u-ca-islamic-umalqura', {
  timeZone: 'UTC',
  numberingSystem: 'latn', // we apply the requested digits ourselves
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

export function toDigits(s: string, digits: Digits): string {
  return digits === 'arab' ? s.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d))) : s;
}

/** Parses a strict 'YYYY-MM-DD' calendar date into a UTC Date, rejecting e.g. 2023-02-30. */
function parseIso(iso: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    date.setUTCFullYear(y); // Date.UTC maps years 0-99 to 1900-1999
    if (date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d) return date;
  }
  throw new Error(`invalid date '${iso}', expected an existing calendar date as YYYY-MM-DD`);
}

function monthName(month: number, names: MonthNames): string {
  const lev = LEVANTINE[month - 1];
  const egy = EGYPTIAN[month - 1];
  if (lev === undefined || egy === undefined) throw new Error(`invalid month ${month}, expected 1-12`);
  return names === 'levantine' ? lev : names === 'egyptian' ? egy : `${lev}/${egy}`;
}

/** 'الثلاثاء 11 نيسان 2023' */
export function formatArabicDate(iso: string, style: DateStyle): string {
  const d = parseIso(iso);
  const text = `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${monthName(d.getUTCMonth() + 1, style.months)} ${d.getUTCFullYear()}`;
  return toDigits(text, style.digits);
}

/** 'نيسان 2023' */
export function formatArabicMonth(year: number, month: number, style: DateStyle): string {
  if (!Number.isInteger(year)) throw new Error(`invalid year ${year}`);
  if (!Number.isInteger(month)) throw new Error(`invalid month ${month}, expected 1-12`);
  return toDigits(`${monthName(month, style.months)} ${year}`, style.digits);
}

/** Umm al-Qura date, e.g. 2023-04-11 → '20 رمضان 1444 هـ' */
export function formatHijriDate(iso: string, style: Pick<DateStyle, 'digits'>): string {
  const parts = HIJRI.formatToParts(parseIso(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => {
    const value = parts.find((p) => p.type === type)?.value;
    if (value === undefined) throw new Error(`Intl gave no ${type} for Hijri date of ${iso}`);
    return value;
  };
  return toDigits(`${part('day')} ${part('month')} ${part('year')} هـ`, style.digits);
}
