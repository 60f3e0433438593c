// Records -> what templates show. Everything a template prints is computed here, in plain
// data, so templates stay logic-free and this is unit-testable.
import type { Article } from '../schema/article.ts';
import { formatArabicDate, formatHijriDate, type DateStyle } from './format-date.ts';

export interface Link {
  url: string;
  label: string;
}

/** An article as lists show it. */
export interface ListItem {
  url: string;
  title: string;
  date: string | null;
  dateDisplay: string;
  summary: string;
  outlet?: string;
}

export interface ArticleView extends ListItem, ArticleLinks {
  id: string;
  hijri: string;
  /** The summary, unless the body already opens with it (raw articles: the lede is the summary). */
  standfirst: string;
  html: string;
  byline?: string;
  dateline?: string;
  keywords: string[];
  section?: string;
  wordCount: number;
}

export function listItem(article: Article, style: DateStyle): ListItem {
  const { meta } = article;
  return {
    url: meta.url,
    title: meta.title,
    date: meta.date,
    dateDisplay: meta.date ? formatArabicDate(meta.date, style) : '',
    summary: meta.summary,
    ...(meta.outlet && { outlet: meta.outlet }),
  };
}

/** The links an article page needs; computed by collections.ts, which knows every page. */
export interface ArticleLinks {
  /** Archive pages for the date: day, month, year. */
  dateLinks: Link[];
  outletLink?: Link;
  sectionLink?: Link;
  /** Tags and places link to their pages when those exist (a term used by one article has none). */
  tags: { label: string; url?: string }[];
  places: { label: string; url?: string }[];
  related: { text: string; url?: string }[];
  /** Neighbours in date order. */
  older?: Link;
  newer?: Link;
}

export function articleView(article: Article, html: string, style: DateStyle, links?: ArticleLinks): ArticleView {
  const { meta } = article;
  return {
    ...listItem(article, style),
    id: meta.id,
    hijri: meta.date ? formatHijriDate(meta.date, style) : '',
    standfirst: opensWith(html, meta.summary) ? '' : meta.summary,
    html,
    ...(meta.byline && { byline: meta.byline }),
    ...(meta.dateline && { dateline: meta.dateline }),
    dateLinks: [],
    tags: meta.tags.map((label) => ({ label })),
    places: meta.places.map((label) => ({ label })),
    related: meta.related,
    keywords: meta.tags,
    ...(meta.section && { section: meta.section }),
    wordCount: meta.word_count,
    ...links,
  };
}

const plainText = (html: string): string =>
  html.replace(/<[^>]*>/g, '').replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16))).replace(/&amp;/g, '&');

/** Does the rendered body start with `summary` (ignoring a trailing ellipsis where it was cut)? */
function opensWith(html: string, summary: string): boolean {
  const start = summary.replace(/…$/, '').trim();
  return start !== '' && plainText(html).trimStart().startsWith(start);
}

/** Newest first; undated articles last; ties broken by id so the order never varies between builds. */
export function byDateDesc(a: { date: string | null; id: string }, b: { date: string | null; id: string }): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
