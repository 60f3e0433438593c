// Lists the most frequent words of the shared SaudiNewsNet corpus that have the shape of a broken
// plural (جمع التكسير), pattern by pattern, with how often they occur: the candidates from which
// the broken-plural table of src/search/lexicon.ts was compiled by hand (a word of such a shape
// is often no plural at all: اتحاد, ايران; the singulars are not derived here).
// Usage: npx tsx scripts/search-plural-candidates.ts [corpus dir] [per pattern=45]
import { join } from 'node:path';
import { corpusFiles } from './lib/corpus.ts';
import { normalizeChars, tokenize } from '../src/search/normalize.ts';

const corpus = process.argv[2] ?? join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'saudinewsnet');
const perPattern = Number(process.argv[3] ?? 45);

// Shapes over the spelling-normalised word without its article (. is any letter).
const PATTERNS: Record<string, RegExp> = {
  'مفاعل': /^م.ا.[^ا]$/,
  'مفاعيل': /^م.ا.ي.$/,
  'أفعال': /^ا..ا.$/,
  'أفعلة': /^ا...ه$/,
  'أفاعل': /^ا.ا.[^ا]$/,
  'أفاعيل': /^ا.ا.ي.$/,
  'فعول': /^..و.$/,
  'فعلاء': /^...اء$/,
  'أفعلاء': /^ا...اء$/,
  'فعلى': /^...ي$/,
  'فعال': /^..ا.$/,
  'فواعل': /^.وا..$/,
  'فواعيل': /^.وا.ي.$/,
  'فعائل': /^..اي.$/,
  'فعلان': /^...ان$/,
  'فعالى': /^..ا.ي$/,
};

const counts = new Map<string, number>();
for (const rows of corpusFiles(corpus)) {
  for (const row of rows) {
    for (const token of tokenize(`${row.title ?? ''} ${row.content ?? ''}`)) {
      const word = normalizeChars(token.surface).replace(/^(وبال|وكال|فبال|ولل|فلل|وال|فال|بال|كال|لل|ال)(?=..)/, '');
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
}
for (const [name, pattern] of Object.entries(PATTERNS)) {
  const top = [...counts].filter(([w]) => pattern.test(w)).sort((a, b) => b[1] - a[1]).slice(0, perPattern);
  console.log(`${name}: ${top.map(([w, n]) => `${w} ${n}`).join('، ')}`);
}
