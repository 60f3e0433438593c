// A file written whole or not at all: under a temporary name (this process's, so processes
// sharing a folder never write the same temporary file), then renamed over the real one. A
// killed build never leaves half a cache entry or manifest behind.
import { renameSync, writeFileSync } from 'node:fs';

export function writeFileAtomically(file: string, data: string | Uint8Array): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, file);
}
