// A content hash of an article record, computed once per record object: the records folder's
// manifest (write.ts) and the page keys (site/build-site.ts) both need it, and hashing the JSON of
// 30,000 articles costs about a second.
import { createHash } from 'node:crypto';
import type { Article } from '../schema/article.ts';

const digests = new WeakMap<Article, string>();

/**
 * sha-256 of the article's metadata as JSON (records are plain data built in a fixed key
 * order), a NUL (which JSON escapes, so it cannot end the metadata early), then the body as it
 * is: not escaped into JSON first, which was half the cost.
 */
export function articleDigest(article: Article): string {
  let digest = digests.get(article);
  if (digest === undefined) digests.set(article, (digest = createHash('sha256').update(JSON.stringify(article.meta)).update('\0').update(article.body).digest('hex')));
  return digest;
}

/**
 * Records `digest` as `article`'s, for an article read back from where its digest was kept with
 * it (the ingest cache): only a digest articleDigest made of an equal article belongs here.
 */
export function rememberDigest(article: Article, digest: string): void {
  digests.set(article, digest);
}
