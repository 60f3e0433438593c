// The Article record: the one boundary every stage agrees on. Ingest produces it,
// records/ stores it as Markdown + YAML front matter, site/ and search/ only read it.
import { z } from 'zod';

export const isoDate = z
  .string()
  // abort: a string that is not YYYY-MM-DD gets one problem, not also "not a real calendar date".
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a calendar date YYYY-MM-DD', abort: true })
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'not a real calendar date');

/** Ids become URL segments and file names: lower-case ASCII only, never `..` or `/`. */
export const articleId = z
  .string()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/, 'id must be 1-64 characters of a-z, 0-9 and inner hyphens');

/** Where the date came from, with the evidence, so a reader of the record can check it. */
export const dateSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('given'), field: z.string(), value: z.string().optional() }),
  z.object({ kind: z.literal('dataset'), field: z.string(), value: z.string() }),
  z.object({
    kind: z.literal('text'),
    text: z.string().min(1),
    offset: z.number().int().nonnegative(),
    year_inferred: z.boolean(),
    reference: isoDate,
  }),
  z.object({ kind: z.literal('unknown'), reason: z.string() }),
]);

export const titleSource = z.enum(['given', 'lede', 'dataset']);

export const relatedItem = z.object({
  text: z.string().min(1),
  url: z.string().optional(),
});

export const sourceInfo = z.object({
  file: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected a hex sha256'),
  /** The outlet's id in the source data (e.g. `aawsat`); the display name is `outlet`. */
  outlet: z.string().optional(),
  url: z.string().optional(),
  /** 1-based row in a JSON array or JSONL file. */
  row: z.number().int().positive().optional(),
});

/** How an inferred field was obtained, e.g. `{ byline: 'dataset:author', places: 'gazetteer' }`. */
export const provenance = z.record(z.string(), z.string());

export const articleMeta = z
  .object({
    id: articleId,
    url: z.string().regex(/^(?:[a-z0-9-]+\/)+$/, 'url must be a relative path of a-z, 0-9, - and / ending in /'),
    title: z.string().trim().min(1, 'title is empty'),
    title_source: titleSource,
    date: isoDate.nullable(),
    date_source: dateSource,
    summary: z.string(),
    byline: z.string().optional(),
    dateline: z.string().optional(),
    outlet: z.string().optional(),
    section: z.string().optional(),
    places: z.array(z.string()).default([]),
    organisations: z.array(z.string()).default([]),
    tags: z.array(z.string()).default([]),
    related: z.array(relatedItem).default([]),
    provenance: provenance.default({}),
    source: sourceInfo,
    lang: z.literal('ar'),
    word_count: z.number().int().nonnegative(),
    warnings: z.array(z.string()).default([]),
    /** Front matter keys Arshif does not know: kept, never dropped. */
    extra: z.record(z.string(), z.unknown()).optional(),
  })
  .strict()
  .superRefine((meta, ctx) => {
    if ((meta.date === null) !== (meta.date_source.kind === 'unknown')) {
      ctx.addIssue({ code: 'custom', path: ['date_source'], message: 'date_source must be "unknown" exactly when date is null' });
    }
  });

export type ArticleMeta = z.infer<typeof articleMeta>;
export type DateSource = z.infer<typeof dateSource>;
export type RelatedItem = z.infer<typeof relatedItem>;

/** A validated record: metadata plus the body as Markdown. */
export interface Article {
  meta: ArticleMeta;
  body: string;
}
