// URL segments for Arabic terms (tags, places, sections). Arabic stays Arabic in the URL:
// Eleventy's slugify would transliterate it lossily (ع -> e, ح and ه -> h). Harakat, tatweel
// and punctuation go; spaces become hyphens; the result is percent-encoded only by browsers.
const MARKS = /[\u064B-\u065F\u0670\u0640]/g;

// Memoised: the collections look up the same few thousand terms hundreds of thousands of times.
const slugs = new Map<string, string>();
const keys = new Map<string, string>();

export function termSlug(name: string): string {
  let slug = slugs.get(name);
  if (slug === undefined) slugs.set(name, (slug = slugify(name)));
  return slug;
}

function slugify(name: string): string {
  return name
    .normalize('NFC')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** The key two spellings of one term share (hamza seats, ة/ه, ى/ي folded), for grouping. */
export function termKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) keys.set(name, (key = termSlug(name).replace(/[أإآٱ]/g, 'ا').replace(/ة/g, 'ه').replace(/ى/g, 'ي')));
  return key;
}
