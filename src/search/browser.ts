// Entry point of the search page's bundle (scripts/search-bundle.ts builds it with esbuild):
// the query side of the normalised index, the same code the index was built with, and the
// Pagefind engine's driver (pagefind-runtime.ts).
export { normalizeWord, normalizeText, normalizeChars, indexKeys, tokenize } from './normalize.ts';
export { deltaView, nameKeys, placeNames, planQuery, searchArchive } from './query.ts';
export { buildExcerpt, escapeHtml } from './excerpt.ts';
export { PagefindArchive } from './pagefind-runtime.ts';
