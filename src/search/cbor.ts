// The part of CBOR (RFC 8949) that Pagefind's pf_meta file uses: unsigned integers, text
// strings and definite-length arrays, written in the shortest form, as minicbor writes them.
// Enough to read the file, change it and write it back for Pagefind's WebAssembly to decode.
export type Cbor = number | string | Cbor[];

export class CborError extends Error {}

export function decodeCbor(bytes: Uint8Array): Cbor {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder('utf-8', { fatal: true });
  let at = 0;
  const argument = (info: number): number => {
    if (info < 24) return info;
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : 0;
    if (size === 0) throw new CborError(`unsupported CBOR length form ${info} at byte ${at - 1}`);
    if (at + size > bytes.length) throw new CborError('CBOR ends inside a number');
    const value = size === 1 ? view.getUint8(at) : size === 2 ? view.getUint16(at) : view.getUint32(at);
    at += size;
    return value;
  };
  const item = (): Cbor => {
    if (at >= bytes.length) throw new CborError('CBOR ends inside an item');
    const initial = bytes[at++]!;
    const major = initial >> 5;
    const n = argument(initial & 31);
    if (major === 0) return n;
    if (major === 3) {
      if (at + n > bytes.length) throw new CborError('CBOR ends inside a string');
      const value = text.decode(bytes.subarray(at, at + n));
      at += n;
      return value;
    }
    if (major === 4) return Array.from({ length: n }, item);
    throw new CborError(`unsupported CBOR major type ${major} at byte ${at - 1}`);
  };
  const value = item();
  if (at !== bytes.length) throw new CborError(`${bytes.length - at} bytes after the CBOR item`);
  return value;
}

export function encodeCbor(value: Cbor): Uint8Array {
  const out: number[] = [];
  const head = (major: number, n: number): void => {
    if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new CborError(`cannot encode ${n}`);
    if (n < 24) out.push((major << 5) | n);
    else if (n < 0x100) out.push((major << 5) | 24, n);
    else if (n < 0x10000) out.push((major << 5) | 25, n >> 8, n & 0xff);
    else out.push((major << 5) | 26, n >>> 24, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);
  };
  const encoder = new TextEncoder();
  const item = (v: Cbor): void => {
    if (typeof v === 'number') head(0, v);
    else if (typeof v === 'string') {
      const bytes = encoder.encode(v);
      head(3, bytes.length);
      for (const b of bytes) out.push(b);
    } else {
      head(4, v.length);
      v.forEach(item);
    }
  };
  item(value);
  return Uint8Array.from(out);
}
