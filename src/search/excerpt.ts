// Result excerpts built from the text AS PUBLISHED. The index holds normalised keys, one per
// tokenize() word, so Pagefind's word locations are indices into tokenize(content) of the
// original text: here they are mapped back to character offsets, and the excerpt is cut and
// highlighted in the original text (HTML-escaped, hits in <mark>). Pure; runs in the browser.
import { tokenize, type Token } from './normalize.ts';

export interface WeightedLocation {
  location: number;
  balanced_score?: number;
  weight?: number;
}

export interface ExcerptOptions {
  /** Words in the excerpt (Pagefind's excerptLength, default 30). */
  length?: number;
  /** Put before/after a cut excerpt, e.g. "…" (default none, as Pagefind). */
  ellipsis?: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** The first word of the densest window of `length` words, as Pagefind chooses it. */
export function excerptStart(locations: readonly WeightedLocation[], length: number, wordCount: number): number {
  if (locations.length === 0 || wordCount <= length) return 0;
  const scores = new Array<number>(wordCount).fill(0);
  for (const l of locations) if (l.location < wordCount) scores[l.location]! += l.balanced_score ?? 1;
  let sum = 0;
  for (let i = 0; i < length; i++) sum += scores[i]!;
  let best = sum;
  let bestAt = [0];
  for (let i = 0; i + length < wordCount; i++) {
    sum += scores[i + length]! - scores[i]!;
    if (sum > best) {
      best = sum;
      bestAt = [i + 1];
    } else if (sum === best && bestAt[bestAt.length - 1] === i) {
      bestAt.push(i + 1);
    }
  }
  // The middle of a run of equally dense windows centres the hits.
  return Math.min(bestAt[Math.floor(bestAt.length / 2)]!, wordCount - length);
}

/** HTML for an excerpt of `content` around `locations`, each hit word in <mark>. */
export function buildExcerpt(content: string, locations: readonly (number | WeightedLocation)[], options: ExcerptOptions = {}): string {
  const length = options.length ?? 30;
  const ellipsis = options.ellipsis ?? '';
  const tokens: Token[] = tokenize(content);
  if (tokens.length === 0) return escapeHtml(content);
  const weighted = locations.map((l) => (typeof l === 'number' ? { location: l } : l));
  const start = excerptStart(weighted, length, tokens.length);
  const end = Math.min(tokens.length, start + length);
  const hits = new Set(weighted.map((l) => l.location));
  const from = start === 0 ? 0 : tokens[start]!.start;
  // Keep what closes the last word (a quote, a full stop) up to the next space.
  let to = end === tokens.length ? content.length : tokens[end - 1]!.end;
  if (end < tokens.length) while (to < tokens[end]!.start && !/\s/.test(content[to]!)) to++;
  let html = '';
  let at = from;
  for (let i = start; i < end; i++) {
    const token = tokens[i]!;
    if (!hits.has(i)) continue;
    html += `${escapeHtml(content.slice(at, token.start))}<mark>${escapeHtml(token.surface)}</mark>`;
    at = token.end;
  }
  html += escapeHtml(content.slice(at, to));
  html = html.trim();
  if (ellipsis && start > 0) html = `${ellipsis} ${html}`;
  if (ellipsis && end < tokens.length) html = `${html} ${ellipsis}`;
  return html;
}
