// "اقرأ أيضًا: …" lines are links to other stories that the newsroom placed inside the
// body. They are not part of the story, so they move to the record's related items.
import type { RelatedItem } from '../schema/article.ts';

// اقرأ/إقرأ, أيضًا/أيضاً/أيضا/ايضا, optional tanween, then a colon (Arabic or Latin).
const READ_ALSO = /^\s*[إا]?قرأ\s+[أا]يض[اًٌٍ]*\s*[:：]\s*/u;

export function splitRelated(paragraphs: readonly string[]): { body: string[]; related: RelatedItem[] } {
  const body: string[] = [];
  const related: RelatedItem[] = [];
  for (const p of paragraphs) {
    const match = READ_ALSO.exec(p);
    const text = match ? p.slice(match[0].length).trim() : '';
    if (match && text) related.push({ text });
    else body.push(p);
  }
  return { body, related };
}
