// Text-shaped articles (a raw .txt file, a dataset row) -> an Article record. What the input
// gives wins; what it lacks is inferred, and each inferred field says how in `provenance`.
// Pure: no I/O.
import { articleMeta, type Article, type DateSource } from '../schema/article.ts';
import { problemsFromZod, type Problem } from '../schema/problems.ts';
import { markdownFromParagraphs } from '../markdown/from-text.ts';
import { datelineOf, datelineOfLede, isCreditLine, tidyCredit } from './byline.ts';
import { inferDateFromText } from './dates.ts';
import { findOrganisations } from './entities/organisations.ts';
import { findPlaces } from './entities/places.ts';
import { parseKeywordLine, salientTerms } from './entities/tags.ts';
import { headlineFromLede, summaryFromLede } from './headline.ts';
import { urlFor } from './identity.ts';
import { splitRelated } from './related.ts';
import { countWords, paragraphsOf } from './text.ts';

export interface Given {
  title?: string;
  date?: { value: string; field: string };
  byline?: { value: string; field: string };
  outlet?: { id: string; name?: string };
  section?: { value: string; how: string };
  tags?: string[];
}

export interface ComposeInput {
  id: string;
  /** Cleaned text, one paragraph a line. */
  text: string;
  source: { file: string; sha256: string; row?: number; url?: string };
  given: Given;
  /** Notes from decoding (BOM removed, converted from Windows-1256…). */
  notes: string[];
  reference: string;
}

export interface ComposeResult {
  article?: Article;
  problems: Problem[];
}

// A trailing keyword run ("… بكلية الطب. سمات تبوك جامعة") that some outlets append to the
// last paragraph: after the last sentence end, short, no punctuation of its own.
const TRAILING_KEYWORDS = /(?:^|(?<=[.!؟?]\s*)|\s)(?=سمات\s)([^.!؟?،,]{0,200})$/u;

function splitKeywords(paragraphs: string[]): { paragraphs: string[]; keywords?: string[] } {
  const last = paragraphs[paragraphs.length - 1];
  if (last === undefined) return { paragraphs };
  const match = TRAILING_KEYWORDS.exec(last);
  const keywords = match ? parseKeywordLine(match[1]!) : undefined;
  if (!match || !keywords || match[1]!.split(/\s+/).length > 16) return { paragraphs };
  const rest = last.slice(0, match.index).trim();
  return { paragraphs: [...paragraphs.slice(0, -1), ...(rest ? [rest] : [])], keywords };
}

/** `2015-07-21 02:51:32`, `2023-04-11T09:30:00+03:00`, `2023-04-11` -> the calendar day as written. */
export const dayOf = (value: string): string | undefined => /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(value.trim())?.[1];

export function composeArticle(input: ComposeInput): ComposeResult {
  const { given, source } = input;
  const error = (message: string, field?: string): ComposeResult => ({
    problems: [{ severity: 'error', file: source.file, message, ...(field && { field }) }],
  });
  const warnings = [...input.notes];
  const provenance: Record<string, string> = {};

  let paragraphs = paragraphsOf(input.text);
  // A credit line opening the text is the byline, not the story.
  let byline = given.byline ? tidyCredit(given.byline.value) || undefined : undefined;
  if (byline) provenance.byline = `dataset:${given.byline!.field}`;
  if (paragraphs.length > 1 && isCreditLine(paragraphs[0]!)) {
    const line = tidyCredit(paragraphs[0]!);
    if (!byline) {
      byline = line;
      provenance.byline = 'first-line';
    } else if (line !== byline) {
      warnings.push(`first line "${line}" looks like a credit line; kept as the byline's second line`);
      byline = `${byline}\n${line}`;
    }
    paragraphs = paragraphs.slice(1);
  }
  const split = splitKeywords(paragraphs);
  paragraphs = split.paragraphs;
  const { body, related } = splitRelated(paragraphs);
  const lede = body[0];
  if (lede === undefined) return error('no article text (only credit, keyword or "اقرأ أيضًا" lines)');

  const markdown = markdownFromParagraphs(body);
  const bodyText = body.join('\n');

  // Date: given > stated in the text > unknown. Never today.
  let date: string | null = null;
  let dateSource: DateSource;
  const givenDay = given.date ? dayOf(given.date.value) : undefined;
  if (given.date && givenDay) {
    date = givenDay;
    dateSource = { kind: 'dataset', field: given.date.field, value: given.date.value };
  } else {
    if (given.date) warnings.push(`${given.date.field} "${given.date.value}" is not a date; looked for one in the text`);
    // Search the record's body as stored (Markdown), so date_source.offset points into it.
    const found = inferDateFromText(markdown, input.reference);
    if (found.found) {
      date = found.date;
      dateSource = { kind: 'text', text: found.text, offset: found.offset, year_inferred: found.yearInferred, reference: input.reference };
      warnings.push(...found.warnings);
    } else {
      dateSource = { kind: 'unknown', reason: found.reason };
    }
  }
  if (date && date > input.reference) warnings.push(`date ${date} is after the reference date ${input.reference}`);

  const title = given.title ?? headlineFromLede(lede);
  // Dateline: the place in the credit, else a wire-style opening "بريدة 25 شوال 1436 هـ …".
  const fromByline = byline ? datelineOf(byline) : undefined;
  const fromLede = fromByline ? undefined : datelineOfLede(lede);
  const dateline = fromByline ?? fromLede;
  if (dateline) provenance.dateline = fromByline ? 'byline' : 'first-line';
  if (given.outlet?.name) provenance.outlet = given.outlet.name === given.outlet.id ? 'source' : 'outlet-names';
  if (given.section) provenance.section = given.section.how;

  // One text for all three, so the entity finders' scan of it is shared (they cache by text).
  // The body, not the title: a lede-derived title would count its words twice.
  const entityText = bodyText;
  const tags = given.tags ?? split.keywords ?? salientTerms(entityText);
  provenance.tags = given.tags ? 'given' : split.keywords ? 'keywords-line' : 'salient-terms';
  const places = findPlaces(entityText);
  const organisations = findOrganisations(entityText);
  if (places.length) provenance.places = 'gazetteer';
  if (organisations.length) provenance.organisations = 'gazetteer';

  const candidate = {
    id: input.id,
    url: urlFor(input.id),
    title,
    title_source: given.title ? 'dataset' : 'lede',
    date,
    date_source: dateSource,
    summary: summaryFromLede(lede),
    ...(byline && { byline }),
    ...(dateline && { dateline }),
    ...(given.outlet?.name && { outlet: given.outlet.name }),
    ...(given.section && { section: given.section.value }),
    places,
    organisations,
    tags,
    related,
    provenance,
    source: { ...source, ...(given.outlet && { outlet: given.outlet.id }) },
    lang: 'ar',
    word_count: countWords(bodyText),
    warnings,
  };
  const parsed = articleMeta.safeParse(candidate);
  if (!parsed.success) return { problems: problemsFromZod(source.file, parsed.error) };
  const problems: Problem[] = warnings.map((message) => ({ severity: 'warning', file: source.file, message }));
  if (dateSource.kind === 'unknown') problems.push({ severity: 'warning', file: source.file, field: 'date', message: dateSource.reason });
  return { article: { meta: parsed.data, body: markdown }, problems };
}
