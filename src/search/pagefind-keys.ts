// How normalised keys are written for Pagefind, shared by the index (Node) and the search page
// (browser bundle). Two Pagefind behaviours are put to use:
//   - Pagefind matches every query word as a PREFIX of indexed words (`قم` finds قمح, `11`
//     finds 110) and has no switch for it. Every key is written with a closing SENTINEL, a
//     character that never occurs inside a key, and so does every query key: `قمه§` can only
//     be a prefix of `قمه§`. A query word ending in `*` is sent without it: a real prefix search.
//   - A whitespace-separated word with ASCII punctuation inside is indexed by Pagefind as the
//     whole and as each part, all at the SAME position (its "compound words"). A word with
//     several keys is written `key1§-key2§-…`, so every key points at the word's position and
//     positions stay one per tokenize() word (phrases and highlights need that).
// The SENTINEL has to be given to Pagefind as `includeCharacters` when indexing (it lands in
// pagefind-entry.json, which the search page reads), or Pagefind drops it as punctuation.
import { indexKeys, tokenize } from './normalize.ts';

export const SENTINEL = '§';
export const KEY_JOINER = '-';

/** One word as indexed: its keys, each closed by the sentinel, joined into one compound word. */
export function indexToken(word: string): string {
  return indexKeys(word)
    .map((key) => key + SENTINEL)
    .join(KEY_JOINER);
}

/** The text Pagefind indexes for `text`: one compound word per tokenize() word, in order. */
export function indexText(text: string): string {
  return tokenize(text)
    .map((token) => indexToken(token.surface))
    .join(' ');
}
