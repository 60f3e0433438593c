// Computes the `expected` set of every case of the held-out search-quality suite
// (tests/search-quality/heldout/queries.json) with judge() from tests/search-quality/judge.ts,
// over the held-out documents judged as the in-sample suite judges its own: the text Pagefind
// extracts from each built article page (title, body, related links), the document id being
// the page's slug (articles/<id>/). It builds the pages (ingest + render, as `arshif build`
// does) into a temporary folder and indexes them with stock Pagefind only to read the text
// Pagefind extracts; it runs no query and uses none of Arshif's search code.
// Usage: npx tsx scripts/search-heldout-expected.ts [--write] [--show] [--check-in-sample]
//   (default)           print the cases whose stored expected set differs from the judgement
//   --write             store the computed expected sets in queries.json (then check them by eye)
//   --show              print, per case, the documents and the matching words (for checking)
//   --check-in-sample   judge the in-sample suite over the in-sample documents, built the same
//                       way, and report any difference (a check of this text extraction)
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { resolveConfig } from '../src/config.ts';
import { runIngest, TEMPLATES_DIR } from '../src/build.ts';
import { createRenderCache } from '../src/markdown/cache.ts';
import { renderMarkdown } from '../src/markdown/processor.ts';
import { buildSite } from '../src/site/build-site.ts';
import { isRelevant, judge, judgeWords, type QualityCase, type QualityDoc } from '../tests/search-quality/judge.ts';

const REPO = join(import.meta.dirname, '..');
const flag = (name: string): boolean => process.argv.includes(name);

/** Builds the pages of `inputs` and returns each article page's id and Pagefind-extracted text. */
async function documents(inputs: string[]): Promise<QualityDoc[]> {
  const work = mkdtempSync(join(tmpdir(), 'arshif-heldout-'));
  try {
    const config = resolveConfig({ inputs, reference_date: '2026-11-23', work_dir: join(work, 'work'), out_dir: join(work, 'site') }, REPO, 'heldout');
    const ingest = await runIngest(config);
    const site = join(work, 'site');
    await buildSite(ingest.articles, {
      templatesDir: TEMPLATES_DIR,
      outDir: site,
      name: config.site_name,
      description: config.description,
      ...(config.base_url && { baseUrl: config.base_url }),
      pathPrefix: config.path_prefix,
      about: config.about,
      pageSize: config.page_size,
      pagesPerRun: config.pages_per_run,
      locale: config.locale,
      style: { digits: config.digits, months: config.month_names },
      cache: createRenderCache(renderMarkdown, join(work, 'cache')),
    });
    const { index } = await pagefind.createIndex({});
    if (!index) throw new Error('pagefind: no index');
    await index.addDirectory({ path: site });
    await index.writeFiles({ outputPath: join(site, 'pagefind') });
    await pagefind.close();
    const fragments = join(site, 'pagefind', 'fragment');
    const docs: QualityDoc[] = [];
    for (const f of readdirSync(fragments)) {
      const raw = gunzipSync(readFileSync(join(fragments, f))).toString('utf8');
      const frag = JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; content: string };
      const url = decodeURIComponent(frag.url);
      if (!/\/articles\//.test(url)) continue;
      docs.push({ id: url.replace(/^.*\/articles\//, '').replace(/\/.*$/, ''), content: frag.content });
    }
    return docs.sort((a, b) => (a.id < b.id ? -1 : 1));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function compare(cases: QualityCase[], docs: QualityDoc[], update: boolean): number {
  let drift = 0;
  for (const c of cases) {
    const expected = judge(c, docs);
    if (expected.join(' ') !== [...c.expected].sort().join(' ')) {
      drift++;
      if (update) c.expected = expected;
      else console.log(`${c.id} ${c.query}: stored ${c.expected.length}, judged ${expected.length}: ${expected.join(' ')}`);
    }
  }
  return drift;
}

if (flag('--check-in-sample')) {
  const suite = JSON.parse(readFileSync(join(REPO, 'tests', 'search-quality', 'queries.json'), 'utf8')) as { cases: QualityCase[] };
  const docs = await documents(['seeds', 'tests/search-quality/corpus/saudinewsnet-sample.json']);
  console.log(`in-sample: ${docs.length} documents; ${compare(suite.cases, docs, false)} of ${suite.cases.length} cases differ`);
} else {
  const file = join(REPO, 'tests', 'search-quality', 'heldout', 'queries.json');
  const suite = JSON.parse(readFileSync(file, 'utf8')) as { cases: QualityCase[] };
  const docs = await documents(['tests/search-quality/heldout/corpus/saudinewsnet-heldout.json']);
  console.log(`held-out: ${docs.length} documents`);
  if (flag('--show')) {
    for (const c of suite.cases) {
      const sets = c.terms.map((forms) => new Set(forms.map((f) => judgeWords(f).join(''))));
      console.log(`\n${c.id} [${c.kind}] ${c.query}`);
      for (const d of docs.filter((d) => isRelevant(c, judgeWords(d.content)))) {
        const words = [...new Set(judgeWords(d.content).filter((w) => sets.some((s) => s.has(w))))];
        console.log(`  ${d.id}: ${words.join(' ')}`);
      }
    }
  }
  const drift = compare(suite.cases, docs, flag('--write'));
  if (flag('--write')) {
    writeFileSync(file, `${JSON.stringify(suite, null, 1)}\n`);
    console.log(`${drift} expected sets updated in ${file}`);
  } else console.log(`${drift} of ${suite.cases.length} cases differ from the judgement`);
  const empty = suite.cases.filter((c) => judge(c, docs).length === 0);
  if (empty.length) console.log(`cases with no relevant document: ${empty.map((c) => c.id).join(' ')}`);
}
