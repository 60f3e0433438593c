// Stable ids: an article keeps its id (and so its URL) across re-ingests and re-orderings.
// The id comes from the source's own name when that is URL-safe, else from a hash of its
// path inside the input folder; never from Eleventy's slugify, which is lossy for Arabic.
import { createHash } from 'node:crypto';

export const sha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

/** `000_8db493ebabbc4d35.txt` -> `000-8db493ebabbc4d35`; Arabic or empty names -> ''. */
export function slugFromName(name: string): string {
  return name
    .replace(/\.[^.]*$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
}

/** The id for a source known by `key` (its path inside the input folder, posix separators). */
export function idFor(key: string): string {
  const name = key.split('/').pop() ?? key;
  const slug = slugFromName(name);
  // Names that carry no letters (e.g. `2023`) or none at all get a hash, so ids stay distinct.
  return /[a-z]/.test(slug) ? slug : `a-${sha256(key).slice(0, 12)}`;
}

/**
 * Make ids unique: within a group of equal ids, the source that sorts first keeps the id and
 * the others get a suffix from their own key's hash, so the outcome does not depend on order.
 */
export function disambiguate<T extends { id: string; key: string }>(items: readonly T[]): T[] {
  const byId = new Map<string, T[]>();
  for (const item of items) byId.set(item.id, [...(byId.get(item.id) ?? []), item]);
  const out: T[] = [];
  for (const group of byId.values()) {
    const sorted = [...group].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    sorted.forEach((item, i) => out.push(i === 0 ? item : { ...item, id: `${item.id.slice(0, 50)}-${sha256(item.key).slice(0, 8)}` }));
  }
  return out;
}

export const urlFor = (id: string): string => `articles/${id}/`;
