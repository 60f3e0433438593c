// Pagefind's data files (pf_meta, pf_index, pf_filter, pf_fragment): gzip around a signature
// and the payload (CBOR, or JSON for fragments). Pagefind's JS also accepts the signature
// without gzip, so reading takes both.
import { promisify } from 'node:util';
import { gunzipSync, gzip, gzipSync } from 'node:zlib';
import { gzipAsync as zopfliGzip } from '@gfx/zopfli';

export class PagefindFileError extends Error {}

const SIGNATURE = 'pagefind_dcd';

/** A Pagefind data file's payload: the bytes after the signature. */
export function decodePagefindFile(bytes: Uint8Array): Buffer {
  let data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (data.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) data = gunzipSync(data);
  if (data.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) throw new PagefindFileError('not a Pagefind data file (no signature)');
  return data.subarray(SIGNATURE.length);
}

const gzipAsync = promisify(gzip);

/** The file without gzip (Pagefind's JS reads both): for data only this code reads back. */
export function pagefindFileBody(payload: string | Uint8Array): Buffer {
  return Buffer.concat([Buffer.from(SIGNATURE, 'latin1'), typeof payload === 'string' ? Buffer.from(payload, 'utf8') : payload]);
}

/** The file Pagefind would write for `payload`, gzipped at `level` (9 ships smallest). */
export function encodePagefindFile(payload: string | Uint8Array, level = 9): Buffer {
  return gzipSync(pagefindFileBody(payload), { level });
}

/**
 * A page's fragment file, gzipped at 6: there is one per page, and on 3,288 of the corpus's,
 * level 9 took 392-458 ms for 1,434 bytes a fragment and level 6 325-360 ms for 1,435.
 */
export const encodeFragment = (fragment: unknown): Buffer => encodePagefindFile(JSON.stringify(fragment), 6);

/**
 * encodePagefindFile off the main thread (zlib runs on libuv's threads, so on every core), at
 * `level`. The merge writes the word chunks at 6: on 300 of the corpus's chunks, level 9 took
 * 1.40 s for 9,004 KB and level 6 0.79 s for 9,039 KB (+0.4%, about 0.15 KB on a query's chunk).
 */
export function encodePagefindFileAsync(payload: Uint8Array, level = 9): Promise<Buffer> {
  return gzipAsync(pagefindFileBody(payload), { level });
}

/**
 * The file gzipped by Zopfli (@gfx/zopfli, zopfli compiled to WebAssembly), for the two files
 * every first search downloads whole: pf_meta and the WebAssembly. Zopfli writes gzip that any
 * gzip reader reads, 5-25% smaller than zlib's level 9 for ~100x the time. On the corpus:
 * pf_meta 86.2 -> 67.2 KB in 1.4 s (3 iterations; 15 gave 65.9 KB in 2.1 s), the WebAssembly
 * 55.7 -> 52.9 KB.
 */
export async function encodePagefindFileSmallest(payload: Uint8Array): Promise<Buffer> {
  return Buffer.from(await zopfliGzip(pagefindFileBody(payload), { numiterations: 3 }));
}

/** Pagefind's Node API reports failures as `errors` arrays instead of throwing: this throws. */
export function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new PagefindFileError(`Pagefind ${step} failed: ${errors.join('; ')}`);
}
