// Finds the publication date stated in Arabic news prose ("صباح اليوم، الثلاثاء 11 من نيسان").
// Pure: everything is derived from the arguments; date arithmetic uses UTC only so the
// machine's time zone never matters.

export interface DateFound {
  found: true;
  date: string; // 'YYYY-MM-DD'
  text: string; // exact substring of the input that was matched
  offset: number; // input.slice(offset, offset + text.length) === text
  yearInferred: boolean;
  warnings: string[];
}
export interface DateNotFound {
  found: false;
  reason: string;
}
export type DateInference = DateFound | DateNotFound;

const LETTER = '[\\u0621-\\u064A\\u0671-\\u06D3]';
const NOT_AFTER_LETTER = `(?<!${LETTER})`;
const NOT_BEFORE_LETTER = `(?!${LETTER})`;
const S = '[^\\S\\r\\n]'; // horizontal whitespace: a date never spans lines

// Patterns are written against the normalized text (see normalize): bare alef, ي for ى.
// Index = month number - 1.
const MONTHS: string[][] = [
  [`كانون${S}+(?:ال)?ثاني`, 'يناير'],
  ['شباط', 'فبراير'],
  ['اذار', 'مارس'],
  ['نيسان', 'ابريل'],
  ['ايار', 'مايو'],
  ['حزيران', 'يونيو', 'يونيه'],
  ['تموز', 'يوليو', 'يوليه'],
  ['اب', 'اغسطس'],
  ['ايلول', 'سبتمبر'],
  [`تشرين${S}+(?:ال)?اول`, 'اكتوبر'],
  [`تشرين${S}+(?:ال)?ثاني`, 'نوفمبر'],
  [`كانون${S}+(?:ال)?اول`, 'ديسمبر'],
];
// Index = getUTCDay().
const WEEKDAYS = ['الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمع[ةه]', 'السبت'];
const WEEKDAY_AR = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
const WEEKDAY_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const MONTH = `(?:${MONTHS.flat().join('|')})${NOT_BEFORE_LETTER}`;
// "نيسان/أبريل", "أبريل / نيسان", "نيسان (أبريل)"
const MONTH_GROUP = `(${MONTH})(?:${S}*/${S}*(${MONTH})|${S}*\\(${S}*(${MONTH})${S}*\\))?`;
// Optional weekday lede: "الثلاثاء، " / "الثلاثاء الموافق "
const WEEKDAY_PREFIX = `(?:${NOT_AFTER_LETTER}(${WEEKDAYS.join('|')})${NOT_BEFORE_LETTER}${S}*[,،]?${S}*(?:الموافق${S}+)?)?`;
const YEAR_SUFFIX = `(?:${S}+(?:(?:من${S}+)?(?:عام|سنة|العام)${S}+)?(\\d{4})(?!\\d)(?:${S}?م${NOT_BEFORE_LETTER})?)?`;

// Groups: 1 weekday, 2 day, 3 month, 4/5 second month, 6 year
const WORDED = new RegExp(
  `${WEEKDAY_PREFIX}(?<!\\d)(\\d{1,2})${S}*(?:من${S}+)?(?:شهر${S}+)?${MONTH_GROUP}${YEAR_SUFFIX}`,
  'g',
);
// Groups: 1 weekday, 2 day, 3 separator, 4 month, 5 year (day/month/year as Arabic news writes it)
const NUMERIC_DMY = new RegExp(`${WEEKDAY_PREFIX}(?<![\\d/-])(\\d{1,2})([/-])(\\d{1,2})\\3(\\d{4})(?![\\d/-])`, 'g');
// Groups: 1 weekday, 2 year, 3 separator, 4 month, 5 day
const NUMERIC_YMD = new RegExp(`${WEEKDAY_PREFIX}(?<![\\d/-])(\\d{4})([/-])(\\d{1,2})\\3(\\d{1,2})(?![\\d/-])`, 'g');

interface Candidate {
  start: number; // in normalized text
  end: number;
  day: number;
  month: number;
  year?: number;
  weekday?: number;
  warnings: string[];
}

/** Strips harakat/tatweel/bidi marks and unifies alef, ya and digits, remembering where each char came from. */
function normalize(text: string): { norm: string; map: number[] } {
  let norm = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640 || c === 0x200e || c === 0x200f || c === 0x061c) continue;
    let out = text[i]!;
    if (c === 0x0622 || c === 0x0623 || c === 0x0625 || c === 0x0671) out = 'ا';
    else if (c === 0x0649) out = 'ي';
    else if (c >= 0x0660 && c <= 0x0669) out = String(c - 0x0660);
    else if (c >= 0x06f0 && c <= 0x06f9) out = String(c - 0x06f0);
    norm += out;
    map.push(i);
  }
  return { norm, map };
}

function monthNumber(name: string): number {
  const i = MONTHS.findIndex((alts) => alts.some((a) => new RegExp(`^(?:${a})$`).test(name)));
  if (i < 0) throw new Error(`unreachable: unknown month ${name}`);
  return i + 1;
}

function weekdayNumber(name: string | undefined): number | undefined {
  if (name === undefined) return undefined;
  const i = WEEKDAYS.findIndex((w) => new RegExp(`^(?:${w})$`).test(name));
  return i < 0 ? undefined : i;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function collect(norm: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of norm.matchAll(WORDED)) {
    const month = monthNumber(m[3]!);
    const second = m[4] ?? m[5];
    const warnings: string[] = [];
    if (second !== undefined && monthNumber(second) !== month) {
      warnings.push(`combined month names disagree (${m[3]} / ${second}); used the first`);
    }
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      day: Number(m[2]),
      month,
      year: m[6] === undefined ? undefined : Number(m[6]),
      weekday: weekdayNumber(m[1]),
      warnings,
    });
  }
  for (const m of norm.matchAll(NUMERIC_DMY)) {
    out.push({ start: m.index, end: m.index + m[0].length, day: Number(m[2]), month: Number(m[4]), year: Number(m[5]), weekday: weekdayNumber(m[1]), warnings: [] });
  }
  for (const m of norm.matchAll(NUMERIC_YMD)) {
    out.push({ start: m.index, end: m.index + m[0].length, day: Number(m[5]), month: Number(m[4]), year: Number(m[2]), weekday: weekdayNumber(m[1]), warnings: [] });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Why a candidate is not a date, or undefined when it is plausible. */
function rejection(c: Candidate, refYear: number): string | undefined {
  if (c.month < 1 || c.month > 12) return `month ${c.month} does not exist`;
  if (c.year !== undefined && (c.year < 1800 || c.year > refYear + 1)) return `year ${c.year} is implausible`;
  // Without a year, 29 February is still possible (leap years).
  const maxDay = c.year === undefined ? daysInMonth(2000, c.month) : daysInMonth(c.year, c.month);
  if (c.day < 1 || c.day > maxDay) return `day ${c.day} does not exist in month ${c.month}`;
  return undefined;
}

/** Latest year whose MM-DD is <= reference (and falls on `weekday` if given), searching back `span` years. */
function latestYear(c: Candidate, ref: string, refYear: number, span: number, weekday?: number): number | undefined {
  for (let y = refYear; y >= refYear - span; y--) {
    if (c.day > daysInMonth(y, c.month)) continue;
    if (iso(y, c.month, c.day) > ref) continue;
    if (weekday !== undefined && weekdayOf(y, c.month, c.day) !== weekday) continue;
    return y;
  }
  return undefined;
}

export function inferDateFromText(text: string, reference: string): DateInference {
  const [refYear, refMonth, refDay] = (/^(\d{4})-(\d{2})-(\d{2})$/.exec(reference) ?? []).slice(1).map(Number);
  if (refYear === undefined || !refMonth || refMonth > 12 || !refDay || refDay > daysInMonth(refYear, refMonth)) {
    throw new Error(`invalid reference date '${reference}', expected YYYY-MM-DD`);
  }

  const { norm, map } = normalize(text);
  const all = collect(norm);
  const valid = all.filter((c) => rejection(c, refYear) === undefined);
  const chosen = valid.find((c) => c.weekday !== undefined) ?? valid.find((c) => c.year !== undefined) ?? valid[0];

  const originalSpan = (c: Candidate) => {
    const offset = map[c.start]!;
    let end = map[c.end - 1]! + 1;
    while (end < text.length && /[\u064B-\u065F\u0670]/.test(text[end]!)) end++; // keep the last letter's harakat
    return { offset, text: text.slice(offset, end) };
  };

  if (!chosen) {
    if (all.length === 0) return { found: false, reason: 'no date stated in the text' };
    const skipped = all.map((c) => `'${originalSpan(c).text}' (${rejection(c, refYear)})`);
    return { found: false, reason: `no valid date stated in the text; skipped ${skipped.join(', ')}` };
  }

  const warnings = [...chosen.warnings];
  let year = chosen.year;
  const yearInferred = year === undefined;
  if (year === undefined) {
    if (chosen.weekday !== undefined) {
      // The weekday/day-of-month pattern repeats within 28 years, so that is enough to look back.
      year = latestYear(chosen, reference, refYear, 28, chosen.weekday);
      if (year === undefined) {
        warnings.push(`weekday ${WEEKDAY_AR[chosen.weekday]} matches no year up to ${reference} for day ${chosen.day} of month ${chosen.month}; ignored the weekday`);
      }
    }
    // 400 years covers 29 February; it always succeeds.
    year ??= latestYear(chosen, reference, refYear, 400)!;
  } else {
    const actual = weekdayOf(year, chosen.month, chosen.day);
    if (chosen.weekday !== undefined && chosen.weekday !== actual) {
      warnings.push(`weekday ${WEEKDAY_AR[chosen.weekday]} contradicts ${iso(year, chosen.month, chosen.day)} (a ${WEEKDAY_EN[actual]}); kept the stated date`);
    }
  }

  const date = iso(year, chosen.month, chosen.day);
  if (!yearInferred && date > reference) warnings.push(`date ${date} is after the reference date ${reference}`);
  return { found: true, date, ...originalSpan(chosen), yearInferred, warnings };
}
