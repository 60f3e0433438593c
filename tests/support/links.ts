// Internal link checking over a built site's files: every href and src on every page must name
// a file of the site (a folder link needs its index.html), resolved the way a browser resolves
// relative URLs. Because links are relative, this holds under any subpath too.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { htmlPages } from './validate-html.ts';

const ATTR = /\s(?:href|src)="([^"]*)"/g;

export function brokenLinks(dir: string, pathPrefix = '/'): string[] {
  const broken: string[] = [];
  for (const page of htmlPages(dir)) {
    const html = readFileSync(join(dir, page), 'utf8');
    const base = `/${page.replace(/index\.html$/, '')}`;
    for (const [, raw] of html.matchAll(ATTR)) {
      const href = raw!.replace(/&amp;/g, '&');
      if (/^(?:[a-z]+:|\/\/|#)/i.test(href) || href === '') continue; // external, or a fragment on this page
      const path = decodeURIComponent(href.split(/[?#]/)[0]!);
      // The 404 page links from the configured prefix; every other page relatively.
      const resolved = path.startsWith('/') ? `/${path.slice(pathPrefix.length)}` : posix.normalize(posix.join(posix.dirname(`${base}x`), path));
      const file = join(dir, resolved);
      const ok = existsSync(file) && (statSync(file).isFile() || existsSync(join(file, 'index.html')));
      if (!ok) broken.push(`${page}: ${raw}`);
    }
  }
  return broken;
}
