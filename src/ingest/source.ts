// What every ingester receives: one input's bytes and its names. Pure data, no fs.
export interface SourceFile {
  /** Path as shown to the user in messages and kept in the record (posix separators). */
  file: string;
  /** Path inside its input folder: the identity of the article across rebuilds. */
  key: string;
  bytes: Uint8Array;
}

export interface IngestContext {
  /** Calendar day that dates stated without a year are placed on or before. */
  reference: string;
}
