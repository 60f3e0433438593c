// Raw articles arrive without a headline. Newswire ledes open with the news itself, so the
// headline is the lede's first sentence, cut back to whole comma clauses that fit a headline.

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

export function headlineFromLede(lede: string): string {
  // The first sentence; a question or exclamation keeps its mark (only a full stop is dropped).
  const end = SENTENCE_END.exec(lede);
  const sentence = (end ? lede.slice(0, end.index + (end[0] === '.' ? 0 : 1)) : lede).trim();
  // The longest run of whole clauses that fits, as written (its own commas and spacing).
  const prefixes = clauseEnds(sentence).map((end) => sentence.slice(0, end).trim()).filter(Boolean);
  const fitting = prefixes.filter((prefix) => prefix.length <= MAX_HEADLINE);
  const headline = fitting[fitting.length - 1] ?? prefixes[0] ?? sentence;
  return cutAtWord(headline, MAX_HEADLINE);
}

const MAX_SUMMARY = 300;

/** The lede is the summary a newsroom writes; very long ledes are cut at a word. */
export const summaryFromLede = (lede: string): string => cutAtWord(lede.trim(), MAX_SUMMARY);
