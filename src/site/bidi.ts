// Latin words, numbers with units and mixed runs inside Arabic text: without isolation the
// bidi algorithm lets neutral characters at their edges (quotes, brackets, dots) jump sides,
// so "(sport24)" or "“Pagefind 1.6”" display scrambled. Each Latin run goes in <bdi>, which
// isolates it and gives it its own direction.

// A run starts and ends with a Latin letter or digit next to Latin letters; it may hold spaces,
// digits and the punctuation of names, versions, URLs and e-mail addresses.
export const LATIN_RUN = /[A-Za-z][A-Za-z0-9]*(?:[ .,'’&:/_@+#%-]+[A-Za-z0-9]+)*/g;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** Escaped HTML of `text` with every Latin run wrapped in <bdi>. */
export function isolateLatin(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(LATIN_RUN)) {
    out += escapeHtml(text.slice(last, match.index)) + `<bdi>${escapeHtml(match[0])}</bdi>`;
    last = match.index + match[0].length;
  }
  return out + escapeHtml(text.slice(last));
}
