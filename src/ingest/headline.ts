// Raw articles arrive without a headline. Newswire ledes open with the news itself, so the
// headline is the lede's first sentence, cut back to whole comma clauses that fit a headline.

import { inferDateFromText } from './dates.ts';

const MAX_HEADLINE = 90; // characters: the length of a long print headline
const SENTENCE_END = /[.!؟?](?=\s|$)/u;
const QUOTE_PAIRS: Record<string, string> = { '“': '”', '«': '»', '"': '"', '(': ')' };

/** Positions of Arabic/Latin commas that are not inside quotes or brackets. */
function clauseEnds(sentence: string): number[] {
  const ends: number[] = [];
  let closing: string[] = [];
  for (let i = 0; i < sentence.length; i++) {
    const ch = sentence[i]!;
    if (closing.length && ch === closing[closing.length - 1]) closing = closing.slice(0, -1);
    else if (QUOTE_PAIRS[ch]) closing = [...closing, QUOTE_PAIRS[ch]];
    else if ((ch === '،' || ch === ',') && closing.length === 0) ends.push(i);
  }
  return [...ends, sentence.length];
}

function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : text.slice(0, max)).trim()}…`;
}

// Words that may stand beside a date in a parenthetical date clause: "، صباح اليوم الأحد 5 آذار، ".
const DATE_FILLER = /(?:^|\s)(?:اليوم|أمس|يوم|صباح|مساء|ظهر|فجر|الموافق|في|من)(?=\s|$)/gu;

/** "الأحد 5 آذار/مارس 2023" standing alone between commas: when the news happened, not what. */
function isDateClause(clause: string): boolean {
  const found = inferDateFromText(clause, '9999-12-31');
  return found.found && clause.replace(found.text, ' ').replace(DATE_FILLER, ' ').replace(/[\s،,]/g, '') === '';
}

/**
 * A credit run into the lede ("سبق- القاهرة: أقامت …", "محمد البقمي- سبق: أكدت …") belongs
 * to the byline, not the headline.
 */
const LEADING_CREDIT = /^[^.،,:؛«»“”"]{2,40}[-–—ـ]\s*[^.،,:؛«»“”"]{2,30}:\s*/u;

export function headlineFromLede(lede: string): string {
  const text = lede.replace(LEADING_CREDIT, '');
  // The first sentence; a question or exclamation keeps its mark (only a full stop is dropped).
  const end = SENTENCE_END.exec(text);
  let sentence = (end ? text.slice(0, end.index + (end[0] === '.' ? 0 : 1)) : text).trim();
  // Parenthetical date clauses go, with the commas around them.
  const ends = clauseEnds(sentence);
  for (let i = ends.length - 1; i >= 1; i--) {
    const start = ends[i - 1]!;
    if (isDateClause(sentence.slice(start + 1, ends[i]))) {
      const after = i < ends.length - 1 ? ' ' : '';
      sentence = `${sentence.slice(0, start).trimEnd()}${after}${sentence.slice(ends[i]! + 1).trimStart()}`.trim();
    }
  }
  // The longest run of whole clauses that fits, as written (its own commas and spacing).
  const prefixes = clauseEnds(sentence).map((end) => sentence.slice(0, end).trim()).filter(Boolean);
  const fitting = prefixes.filter((prefix) => prefix.length <= MAX_HEADLINE);
  const headline = fitting[fitting.length - 1] ?? prefixes[0] ?? sentence;
  return cutAtWord(headline, MAX_HEADLINE);
}

const MAX_SUMMARY = 300;

/** The lede is the summary a newsroom writes; very long ledes are cut at a word. */
export const summaryFromLede = (lede: string): string => cutAtWord(lede.replace(LEADING_CREDIT, '').trim(), MAX_SUMMARY);
