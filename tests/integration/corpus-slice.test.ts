// A deterministic slice of the shared SaudiNewsNet corpus (every 15th article of each day,
// 2,000+ articles from all 14 outlets) goes through the real ingest: every input accounted
// for, nothing crashes, and the records carry the dataset's metadata. The whole corpus runs
// in scripts/ingest-corpus.ts (figures in docs/BENCHMARKS.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ingestSources } from '../../src/ingest/index.ts';
import { buildReport, formatReport } from '../../src/ingest/report.ts';
import { REPO } from '../support/site.ts';

const CORPUS = join(REPO, '..', 'shared', 'corpus', 'saudinewsnet');
const STEP = 15;

test('a 1-in-15 slice of the shared corpus ingests, every row accounted for', { timeout: 120_000 }, () => {
  assert.ok(existsSync(CORPUS), `the shared corpus is expected at ${CORPUS}`);
  const sources = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.json.gz'))
    .sort()
    .map((name) => {
      const rows = (JSON.parse(gunzipSync(readFileSync(join(CORPUS, name))).toString('utf8')) as unknown[]).filter((_, i) => i % STEP === 0);
      return { file: `corpus/${name.replace('.gz', '')}`, key: name, bytes: Buffer.from(JSON.stringify(rows)) };
    });
  const total = sources.reduce((n, s) => n + (JSON.parse(s.bytes.toString()) as unknown[]).length, 0);
  assert.ok(total >= 2000, `slice has ${total} articles`);

  const { articles, inputs } = ingestSources(sources, { reference: '2026-11-23' });
  const report = buildReport(inputs, '2026-11-23');
  console.log(formatReport(report));

  assert.equal(inputs.length, total, 'one account per row');
  assert.equal(report.totals.written + report.totals.duplicate + report.totals.rejected, total);
  assert.equal(articles.length, report.totals.written);
  assert.equal(Object.keys(report.by_outlet).length, 14, 'all 14 outlets');
  // The only rejections are rows with no text at all.
  for (const input of inputs.filter((i) => i.outcome === 'rejected')) {
    assert.deepEqual(input.problems.map((p) => p.message), ['no article text (missing or empty)'], `${input.file} row ${input.row}`);
  }
  assert.equal(new Set(articles.map((a) => a.meta.id)).size, articles.length, 'ids are unique');
  for (const { meta } of articles) {
    assert.equal(meta.date_source.kind, 'dataset', `${meta.id}: date from date_extracted`);
    assert.match(meta.date ?? '', /^2015-0[78]-\d\d$/);
    assert.ok(meta.outlet && meta.source.outlet && meta.source.url && meta.source.row);
  }
  const share = (pred: (a: (typeof articles)[number]) => boolean) => articles.filter(pred).length / articles.length;
  assert.ok(share((a) => a.meta.places.length > 0) > 0.6, 'most articles name a place');
  assert.ok(share((a) => a.meta.tags.length > 0) > 0.9, 'nearly all have tags');
  assert.ok(share((a) => a.meta.byline !== undefined) > 0.5, 'most have a byline');
});
