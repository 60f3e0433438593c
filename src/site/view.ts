// Records -> what templates show. Everything a template prints is computed here, in plain
// data, so templates stay logic-free and this is unit-testable.
import type { Article } from '../schema/article.ts';
import { formatArabicDate, formatHijriDate, type DateStyle } from './format-date.ts';

export interface ArticleView {
  id: string;
  url: string;
  title: string;
  date: string | null;
  dateDisplay: string;
  hijri: string;
  summary: string;
  /** The summary, unless the body already opens with it (raw articles: the lede is the summary). */
  standfirst: string;
  html: string;
  related: { text: string; url?: string }[];
}

export function articleView(article: Article, html: string, style: DateStyle): ArticleView {
  const { meta } = article;
  return {
    id: meta.id,
    url: meta.url,
    title: meta.title,
    date: meta.date,
    dateDisplay: meta.date ? formatArabicDate(meta.date, style) : '',
    hijri: meta.date ? formatHijriDate(meta.date, style) : '',
    summary: meta.summary,
    standfirst: opensWith(html, meta.summary) ? '' : meta.summary,
    html,
    related: meta.related,
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
