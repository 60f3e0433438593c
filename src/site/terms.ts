// URL segments for Arabic terms (tags, places, sections). Arabic stays Arabic in the URL:
// Eleventy's slugify would transliterate it lossily (ع -> e, ح and ه -> h). Harakat, tatweel
// and punctuation go; spaces become hyphens; the result is percent-encoded only by browsers.
const MARKS = /[\u064B-\u065F\u0670\u0640]/g;

export function termSlug(name: string): string {
  return name
    .normalize('NFC')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** The key two spellings of one term share (hamza seats, ة/ه, ى/ي folded), for grouping. */
export function termKey(name: string): string {
  return termSlug(name).replace(/[أإآٱ]/g, 'ا').replace(/ة/g, 'ه').replace(/ى/g, 'ي');
}
