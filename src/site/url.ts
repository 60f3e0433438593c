// Links between pages are relative, so the output folder works from any host and any
// subpath (/, /archive/, a file share) without being rebuilt for it. The one exception is
// the 404 page: a host serves it at whatever URL was missing, so it links from the
// configured path prefix.

export const NOT_FOUND_URL = '/404.html';

/** Href from the page at `fromUrl` (e.g. `/articles/x/`) to the site path `target` (e.g. `search/`). */
export function relativeHref(target: string, fromUrl: string, pathPrefix = '/'): string {
  const path = target.replace(/^\/+/, '');
  if (fromUrl === NOT_FOUND_URL) return `${pathPrefix.replace(/\/*$/, '/')}${path}`;
  const depth = fromUrl.split('/').length - 2; // '/' -> 0, '/articles/x/' -> 2, '/a.html' -> 0
  const href = `${'../'.repeat(Math.max(depth, 0))}${path}`;
  return href === '' ? './' : href;
}
