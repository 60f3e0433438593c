// An article's entry in a list (templates/_includes/article-list-item.njk) is the same on every
// list page it is on but for its link, which is relative to the page. So Nunjucks renders it
// once per article and heading level, with a mark where the link goes, and each page puts its
// link in. A corpus build has about 16,600 list pages and 500,000 entries on them; rendered in
// the page's loop, the entries took 0.42 ms a list page, 40% of its time.
import type { ListItem } from './view.ts';
import { nunjucks } from './nunjucks-compile-cache.ts';

export const ENTRY_TEMPLATE = 'article-list-item.njk';
/** Where the link goes: a character no text escapes into (an item that holds it is rendered whole, each time). */
const HREF = '\u0000';

interface Renderer {
  render(name: string, context: object): string;
}

export interface ListEntries {
  /** The Nunjucks environment that renders the entries (Eleventy's, once it has made it). */
  use(environment: unknown): void;
  /** `item`'s entry with its link from the page, as `href` gives it. */
  entry(item: ListItem, level: number, href: (url: string) => string): string;
}

/** Entries rendered in one Eleventy run: kept for its pages, dropped with it. */
export function listEntries(): ListEntries {
  let renderer: Renderer | undefined;
  // An entry's text around its link; null for an item that holds the mark.
  const parts = new Map<string, string[] | null>();
  return {
    use(environment) {
      renderer = environment as Renderer;
      parts.clear();
    },
    entry(item, level, href) {
      if (!renderer) throw new Error('list entries asked for before Nunjucks was set up');
      const key = `${level}\u0000${item.url}`;
      let split = parts.get(key);
      if (split === undefined) {
        const marked = Object.values(item).some((value) => typeof value === 'string' && value.includes(HREF));
        split = marked ? null : renderer.render(ENTRY_TEMPLATE, { item, level, href: HREF }).split(HREF);
        parts.set(key, split);
      }
      if (split === null) return renderer.render(ENTRY_TEMPLATE, { item, level, href: href(item.url) });
      // Escaped as the template's {{ }} would (though page paths, made of ids, need none).
      return split.length === 1 ? split[0]! : split.join(nunjucks.lib.escape(href(item.url)));
    },
  };
}
