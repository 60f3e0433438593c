// The search page's filter choices, counted at build time from the same values the article
// pages give Pagefind (data-pagefind-filter in templates/article.njk): the page lists them
// without downloading Pagefind's filter data, and a reader sees them before searching.
import type { ArticleView } from './view.ts';
import { otherSpellings } from '../ingest/entities/places.ts';

export interface FilterChoice {
  value: string;
  count: number;
  /** A place's other one-word spellings (data-aliases: the search reads بميونيخ as ميونخ). */
  aliases?: string[];
}

export type SearchFilters = Record<'year' | 'section' | 'outlet' | 'place', FilterChoice[]>;

/** What an article's filter values come from: its view, or its record's date and outlet with its links. */
export type FilterSource = Pick<ArticleView, 'date' | 'outlet' | 'outletLink' | 'sectionLink' | 'places'>;

/** The filter values of one article page, exactly as article.njk marks them. */
export function filterValues(article: FilterSource): Record<keyof SearchFilters, string[]> {
  const outlet = article.outletLink?.label ?? article.outlet;
  return {
    year: article.date ? [article.date.slice(0, 4)] : [],
    section: article.sectionLink ? [article.sectionLink.label] : [],
    outlet: outlet ? [outlet] : [],
    place: [...new Set(article.places.map((p) => p.label))],
  };
}

/** Every value with the number of articles that have it: years newest first, the rest most used first. */
export function searchFilters(articles: readonly FilterSource[]): SearchFilters {
  const counts = { year: new Map<string, number>(), section: new Map<string, number>(), outlet: new Map<string, number>(), place: new Map<string, number>() };
  for (const article of articles) {
    for (const [name, values] of Object.entries(filterValues(article)) as [keyof SearchFilters, string[]][]) {
      for (const value of values) counts[name].set(value, (counts[name].get(value) ?? 0) + 1);
    }
  }
  const list = (map: Map<string, number>, order: (a: FilterChoice, b: FilterChoice) => number): FilterChoice[] =>
    [...map].map(([value, count]) => ({ value, count })).sort(order);
  const byUse = (a: FilterChoice, b: FilterChoice): number => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
  return {
    year: list(counts.year, (a, b) => (a.value < b.value ? 1 : -1)),
    section: list(counts.section, byUse),
    outlet: list(counts.outlet, byUse),
    place: list(counts.place, byUse).map((choice) => {
      const aliases = otherSpellings(choice.value);
      return aliases.length > 0 ? { ...choice, aliases } : choice;
    }),
  };
}
