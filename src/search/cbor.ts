// The part of CBOR (RFC 8949) that Pagefind's data files use: integers (word positions are
// negative when they mark a weight change), text strings and definite-length arrays, written in
// the shortest form, as minicbor writes them. Enough to read Pagefind's meta, index and filter
// files, merge or change them, and write them back for its WebAssembly to decode. The whole
// index of a large archive goes through here (over 100 MB), so both directions work on bytes
// directly rather than through intermediate arrays.
export type Cbor = number | string | Cbor[];

export class CborError extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeCbor(bytes: Uint8Array): Cbor {
  const length = bytes.length;
  let at = 0;
  const argument = (info: number): number => {
    if (info < 24) return info;
    let size: number;
    if (info === 24) size = 1;
    else if (info === 25) size = 2;
    else if (info === 26) size = 4;
    else throw new CborError(`unsupported CBOR length form ${info} at byte ${at - 1}`);
    if (at + size > length) throw new CborError('CBOR ends inside a number');
    let value = 0;
    for (let i = 0; i < size; i++) value = value * 256 + bytes[at++]!;
    return value;
  };
  const item = (): Cbor => {
    if (at >= length) throw new CborError('CBOR ends inside an item');
    const initial = bytes[at++]!;
    const major = initial >> 5;
    const n = argument(initial & 31);
    switch (major) {
      case 0:
        return n;
      case 1:
        return -1 - n;
      case 3: {
        if (at + n > length) throw new CborError('CBOR ends inside a string');
        const value = utf8.decode(bytes.subarray(at, at + n));
        at += n;
        return value;
      }
      case 4: {
        const array: Cbor[] = new Array(n);
        for (let i = 0; i < n; i++) array[i] = item();
        return array;
      }
      default:
        throw new CborError(`unsupported CBOR major type ${major} at byte ${at - 1}`);
    }
  };
  const value = item();
  if (at !== length) throw new CborError(`${length - at} bytes after the CBOR item`);
  return value;
}

/** Writes CBOR items into one growing buffer. */
export class CborWriter {
  private buffer: Buffer;
  private at = 0;

  constructor(capacity = 1 << 16) {
    this.buffer = Buffer.allocUnsafe(capacity);
  }

  private room(bytes: number): void {
    if (this.at + bytes <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.at + bytes));
    this.buffer.copy(grown, 0, 0, this.at);
    this.buffer = grown;
  }

  private head(major: number, n: number): void {
    this.room(5);
    const b = this.buffer;
    const type = major << 5;
    if (n < 24) b[this.at++] = type | n;
    else if (n < 0x100) {
      b[this.at++] = type | 24;
      b[this.at++] = n;
    } else if (n < 0x10000) {
      b[this.at++] = type | 25;
      b[this.at++] = n >> 8;
      b[this.at++] = n & 0xff;
    } else {
      b[this.at++] = type | 26;
      b.writeUInt32BE(n, this.at);
      this.at += 4;
    }
  }

  integer(n: number): this {
    if (!Number.isInteger(n) || n < -0x100000000 || n > 0xffffffff) throw new CborError(`cannot encode ${n}`);
    if (n >= 0) this.head(0, n);
    else this.head(1, -1 - n);
    return this;
  }

  text(s: string): this {
    const size = Buffer.byteLength(s, 'utf8');
    this.head(3, size);
    this.room(size);
    this.at += this.buffer.write(s, this.at, 'utf8');
    return this;
  }

  /** The head of an array of `n` items; the items follow. */
  array(n: number): this {
    if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new CborError(`cannot encode an array of ${n}`);
    this.head(4, n);
    return this;
  }

  /** Bytes that are already CBOR items (copied as they are). */
  raw(bytes: Uint8Array): this {
    this.room(bytes.length);
    this.buffer.set(bytes, this.at);
    this.at += bytes.length;
    return this;
  }

  item(value: Cbor): this {
    if (typeof value === 'number') return this.integer(value);
    if (typeof value === 'string') return this.text(value);
    this.array(value.length);
    for (const v of value) this.item(v);
    return this;
  }

  get size(): number {
    return this.at;
  }

  /** Empties the writer, keeping its buffer. */
  reset(): this {
    this.at = 0;
    return this;
  }

  /** A copy of what was written. */
  bytes(): Buffer {
    return Buffer.from(this.buffer.subarray(0, this.at));
  }
}

export function encodeCbor(value: Cbor): Uint8Array {
  return new CborWriter(256).item(value).bytes();
}
