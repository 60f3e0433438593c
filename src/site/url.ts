// Links between pages are relative, so the output folder works from any host and any
// subpath (/, /archive/, a file share) without being rebuilt for it. The one exception is
// the 404 page: a host serves it at whatever URL was missing, so it links from the
// configured path prefix.

export const NOT_FOUND_URL = '/404.html';

// A page links out tens of times: the way up from the last page asked about is kept.
let lastFrom: string | undefined;
let lastUp = '';

/** Href from the page at `fromUrl` (e.g. `/articles/x/`) to the site path `target` (e.g. `search/`). */
export function relativeHref(target: string, fromUrl: string, pathPrefix = '/'): string {
  const path = target.startsWith('/') ? target.replace(/^\/+/, '') : target;
  if (fromUrl === NOT_FOUND_URL) return `${pathPrefix.replace(/\/*$/, '/')}${path}`;
  if (fromUrl !== lastFrom) {
    // One level up per slash but the first: '/' -> 0, '/articles/x/' -> 2, '/a.html' -> 0.
    let slashes = 0;
    for (let i = 0; i < fromUrl.length; i++) if (fromUrl.charCodeAt(i) === 47) slashes++;
    lastFrom = fromUrl;
    lastUp = '../'.repeat(Math.max(slashes - 1, 0));
  }
  const href = lastUp + path;
  return href === '' ? './' : href;
}
