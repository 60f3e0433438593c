// A raw article (text, one paragraph a line, no headline, no metadata: the seed's shape)
// -> an Article record. Decoding is here; everything else is composeArticle's.
import type { Article } from '../schema/article.ts';
import type { Problem } from '../schema/problems.ts';
import { composeArticle } from './compose.ts';
import { idFor, sha256 } from './identity.ts';
import type { IngestContext, SourceFile } from './source.ts';
import { decodeText } from './text.ts';

export interface IngestResult {
  article?: Article;
  problems: Problem[];
}

export function ingestRaw(source: SourceFile, context: IngestContext): IngestResult {
  const decoded = decodeText(source.bytes);
  if (!decoded.ok) return { problems: [{ severity: 'error', file: source.file, message: decoded.reason }] };
  return composeArticle({
    id: idFor(source.key),
    text: decoded.text,
    source: { file: source.file, sha256: sha256(source.bytes) },
    given: {},
    notes: decoded.notes,
    reference: context.reference,
  });
}
