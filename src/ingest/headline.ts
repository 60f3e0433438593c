// Raw articles arrive without a headline. Newswire ledes open with the news itself, so the
// headline is the lede's first sentence, cut back to whole comma clauses that fit a headline.

const MAX_HEADLINE = 90; // characters: the length of a long print headline
const SENTENCE_END = /[.!؟?](?=\s|$)/u;
const QUOTE_PAIRS: Record<string, string> = { '“': '”', '«': '»', '"': '"', '(': ')' };

/** Split at Arabic/Latin commas that are not inside quotes or brackets. */
function clauses(sentence: string): string[] {
  const parts: string[] = [];
  let closing: string[] = [];
  let start = 0;
  for (let i = 0; i < sentence.length; i++) {
    const ch = sentence[i]!;
    if (closing.length && ch === closing[closing.length - 1]) closing = closing.slice(0, -1);
    else if (QUOTE_PAIRS[ch]) closing = [...closing, QUOTE_PAIRS[ch]];
    else if ((ch === '،' || ch === ',') && closing.length === 0) {
      parts.push(sentence.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(sentence.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
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
  const parts = clauses(sentence);
  let headline = parts[0] ?? sentence;
  for (const part of parts.slice(1)) {
    const next = `${headline}، ${part}`;
    if (next.length > MAX_HEADLINE) break;
    headline = next;
  }
  return cutAtWord(headline, MAX_HEADLINE);
}

const MAX_SUMMARY = 300;

/** The lede is the summary a newsroom writes; very long ledes are cut at a word. */
export const summaryFromLede = (lede: string): string => cutAtWord(lede.trim(), MAX_SUMMARY);
