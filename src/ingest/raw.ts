// A raw article (UTF-8 text, one paragraph a line, no headline, no metadata: the seed's
// shape) -> an Article record, with every inferred field's provenance kept in the record.
import { articleMeta, type Article, type DateSource } from '../schema/article.ts';
import { problemsFromZod, type Problem } from '../schema/problems.ts';
import { markdownFromParagraphs } from '../markdown/from-text.ts';
import { inferDateFromText } from './dates.ts';
import { headlineFromLede, summaryFromLede } from './headline.ts';
import { idFor, sha256, urlFor } from './identity.ts';
import { splitRelated } from './related.ts';
import type { IngestContext, SourceFile } from './source.ts';
import { countWords, decodeText, paragraphsOf } from './text.ts';

export interface IngestResult {
  article?: Article;
  problems: Problem[];
}

export function ingestRaw(source: SourceFile, context: IngestContext): IngestResult {
  const decoded = decodeText(source.bytes);
  if (!decoded.ok) return { problems: [{ severity: 'error', file: source.file, message: decoded.reason }] };
  const warnings = [...decoded.notes];

  const { body, related } = splitRelated(paragraphsOf(decoded.text));
  const lede = body[0];
  if (lede === undefined) {
    return { problems: [{ severity: 'error', file: source.file, message: 'no body paragraphs, only "اقرأ أيضًا" lines' }] };
  }
  const bodyText = body.join('\n');
  const markdown = markdownFromParagraphs(body);
  // Search the record's body as stored (Markdown), so date_source.offset points into it.
  const found = inferDateFromText(markdown, context.reference);
  const dateSource: DateSource = found.found
    ? { kind: 'text', text: found.text, offset: found.offset, year_inferred: found.yearInferred, reference: context.reference }
    : { kind: 'unknown', reason: found.reason };
  if (found.found) warnings.push(...found.warnings);

  const id = idFor(source.key);
  const candidate = {
    id,
    url: urlFor(id),
    title: headlineFromLede(lede),
    title_source: 'lede',
    date: found.found ? found.date : null,
    date_source: dateSource,
    summary: summaryFromLede(lede),
    places: [],
    organisations: [],
    tags: [],
    related,
    source: { file: source.file, sha256: sha256(source.bytes) },
    lang: 'ar',
    word_count: countWords(bodyText),
    warnings,
  };
  const parsed = articleMeta.safeParse(candidate);
  if (!parsed.success) return { problems: problemsFromZod(source.file, parsed.error) };
  const problems: Problem[] = warnings.map((message) => ({ severity: 'warning', file: source.file, message }));
  if (!found.found) problems.push({ severity: 'warning', file: source.file, field: 'date', message: found.reason });
  return { article: { meta: parsed.data, body: markdown }, problems };
}
