// A Markdown file with YAML front matter is an already-structured article: its fields are
// taken as given and validated, never re-inferred. What Arshif computes (url, word count,
// source hash) is filled in; keys it does not know are kept under `extra`, not dropped.
import { YAMLException } from 'js-yaml';
import { articleId, articleMeta } from '../schema/article.ts';
import { problemsFromZod, type Problem } from '../schema/problems.ts';
import { lineOfKey, parseMatter } from '../records/yaml.ts';
import { idFor, sha256, urlFor } from './identity.ts';
import type { IngestResult } from './raw.ts';
import type { IngestContext, SourceFile } from './source.ts';
import { countWords, decodeText } from './text.ts';

const KNOWN = new Set(Object.keys(articleMeta.shape));
const COMPUTED = ['url', 'word_count', 'lang'] as const;

/** `2023-04-11` or `2023-04-11T09:30:00+03:00` -> the calendar day as written, never shifted by a zone. */
function givenDay(value: unknown): string | undefined {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(value.trim())
    ? value.trim().slice(0, 10)
    : undefined;
}

const isMapping = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function ingestStructured(source: SourceFile, context: IngestContext): IngestResult {
  const decoded = decodeText(source.bytes, { keepSpacing: true });
  const error = (message: string, extra: Partial<Problem> = {}): IngestResult => ({
    problems: [{ severity: 'error', file: source.file, message, ...extra }],
  });
  if (!decoded.ok) return error(decoded.reason);

  let parsed;
  try {
    parsed = parseMatter(decoded.text);
  } catch (e) {
    if (e instanceof YAMLException) {
      // gray-matter hands the engine the text after the opening `---`, starting with that line's
      // newline: the mark's 0-based line 0 is the `---` line, so +1 gives the 1-based file line.
      const line = e.mark ? e.mark.line + 1 : undefined;
      return error(`front matter is not valid YAML: ${e.reason}`, line === undefined ? {} : { line });
    }
    throw e;
  }
  if (!parsed.hasFrontMatter) return error('no front matter: a .md input starts with a --- YAML block (at least a title); plain articles go in .txt files');
  const data = parsed.data;
  if (typeof data !== 'object' || Array.isArray(data)) return error('front matter must be a mapping of keys to values', { line: 2 });

  const body = parsed.content.trim();
  const warnings = [...decoded.notes];
  const kept = isMapping(data.extra) ? data.extra : undefined;
  // A non-mapping `extra:` is itself an unknown value: keep it whole, under its own name.
  const extra: Record<string, unknown> = kept ? { ...kept } : data.extra === undefined ? {} : { extra: data.extra };
  for (const key of Object.keys(data)) if (!KNOWN.has(key)) extra[key] = data[key];
  const given = Object.fromEntries(Object.entries(data).filter(([key]) => KNOWN.has(key) && key !== 'extra'));
  const id = typeof given.id === 'string' ? given.id : idFor(source.key);
  for (const key of COMPUTED) delete given[key];

  const day = givenDay(given.date);
  const dateFields =
    given.date === undefined || given.date === null
      ? { date: null, date_source: given.date_source ?? { kind: 'unknown', reason: 'no date in front matter' } }
      : { date: day ?? given.date, date_source: given.date_source ?? { kind: 'given', field: 'date', ...(day && day !== given.date && { value: given.date }) } };

  const candidate = {
    title_source: 'given',
    summary: '',
    ...given,
    ...dateFields,
    id,
    // A bad given id is reported once, as an id problem, not again as a url the user never wrote.
    url: urlFor(articleId.safeParse(id).success ? id : idFor(source.key)),
    source: {
      ...(typeof given.source === 'object' && given.source),
      file: source.file,
      sha256: sha256(source.bytes),
    },
    lang: 'ar',
    word_count: countWords(body),
    warnings: [...((given.warnings as string[] | undefined) ?? []), ...warnings],
    ...(Object.keys(extra).length > 0 && { extra }),
  };
  const result = articleMeta.safeParse(candidate);
  // A key missing from the front matter is reported at its opening `---` (line 1).
  if (!result.success) return { problems: problemsFromZod(source.file, result.error, (key) => lineOfKey(parsed.matter, key) ?? 1) };
  if (body === '') return error('the article has no body text after the front matter');
  const meta = result.data;
  if (meta.date && meta.date > context.reference) {
    const message = `date ${meta.date} is after the reference date ${context.reference}`;
    if (!meta.warnings.includes(message)) meta.warnings.push(message), warnings.push(message);
  }
  const problems: Problem[] = warnings.map((message) => ({ severity: 'warning', file: source.file, message }));
  for (const key of Object.keys(extra)) {
    if (!(kept && Object.hasOwn(kept, key))) problems.push({ severity: 'warning', file: source.file, field: key, message: 'unknown front matter key: kept under extra' });
  }
  return { article: { meta, body }, problems };
}
