// Writes the search page's normaliser bundle (src/search/browser.ts) to a file, and prints its
// size. Usage: npx tsx scripts/search-bundle.ts <out.js>
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { bundleSearchModule } from '../src/search/bundle.ts';

const out = process.argv[2];
if (!out) {
  console.error('usage: npx tsx scripts/search-bundle.ts <out.js>');
  process.exit(2);
}
const code = await bundleSearchModule();
writeFileSync(out, code);
console.log(`${out}: ${code.length} bytes, ${gzipSync(code).length} gzipped`);
