// The relevance judgement of the search-quality suite, kept apart from the code under test: a
// case lists, for each query term, the word forms a reader accepts (as they are written in
// the documents), and a document is relevant when it has them. Matching here only ignores
// harakat, tatweel and Latin case, which no reader sees as a different word; every other
// equivalence (hamza, ة/ه, ى/ي, clitics, plurals, digits) is spelled out in the case.

export interface QualityCase {
  id: string;
  query: string;
  kind: string;
  /** Per query term, the accepted forms; a relevant document has one of each. */
  terms: string[][];
  /** The terms must be side by side, in order (a quoted phrase). */
  phrase?: boolean;
  /** Forms deliberately NOT accepted (documentation of the judgement; not used for matching). */
  reject?: string[];
  note?: string;
  /** Relevant document ids, as judged (computed from `terms`, checked by eye). */
  expected: string[];
}

export interface QualityDoc {
  id: string;
  content: string;
}

/**
 * Words as the judge sees them: runs of letters (with their marks) or of digits, between
 * anything else (a number stuck to a word, 1436هـ, is a number of its own); marks and tatweel dropped.
 */
export function judgeWords(text: string): string[] {
  return text
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .flatMap((w) => w.split(/(\p{N}+)/u))
    .map((w) => w.replace(/[\u064b-\u065f\u0670\u0640]/g, '').toLowerCase())
    .filter((w) => w !== '');
}

export function isRelevant(c: Pick<QualityCase, 'terms' | 'phrase'>, words: readonly string[]): boolean {
  const sets = c.terms.map((forms) => new Set(forms.map((f) => f.replace(/[\u064b-\u065f\u0670\u0640]/g, '').toLowerCase())));
  if (c.phrase) {
    for (let i = 0; i + sets.length <= words.length; i++) if (sets.every((s, j) => s.has(words[i + j]!))) return true;
    return false;
  }
  return sets.every((s) => words.some((w) => s.has(w)));
}

export function judge(c: Pick<QualityCase, 'terms' | 'phrase'>, docs: readonly QualityDoc[]): string[] {
  return docs.filter((d) => isRelevant(c, judgeWords(d.content))).map((d) => d.id).sort();
}
