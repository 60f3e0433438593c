// One folder per case under tests/fixtures/ingest/: `input/` (what a user gives), an optional
// `config.json` (the input's dataset options) and `expected.json` (every input's outcome and
// problems, and the records' key fields). UPDATE=1 rewrites expected.json; review the diff.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestSources, readSources } from '../../src/ingest/index.ts';
import { formatProblem } from '../../src/schema/problems.ts';
import { renderMarkdown } from '../../src/markdown/processor.ts';

const ROOT = join(import.meta.dirname, '..', 'fixtures', 'ingest');
const REFERENCE = '2026-11-23';

function outcome(caseDir: string): unknown {
  const configFile = join(caseDir, 'config.json');
  const options = existsSync(configFile) ? JSON.parse(readFileSync(configFile, 'utf8')) : {};
  const sources = readSources({ path: join(caseDir, 'input'), ...options }, caseDir);
  const { articles, inputs } = ingestSources(sources, { reference: REFERENCE });
  return {
    inputs: inputs.map((i) => ({
      input: i.row === undefined ? i.file : `${i.file} row ${i.row}`,
      outcome: i.outcome,
      ...(i.id && { id: i.id }),
      ...(i.duplicate_of && { duplicate_of: i.duplicate_of }),
      problems: i.problems.map(formatProblem),
    })),
    records: articles.map(({ meta, body }) => ({
      id: meta.id,
      url: meta.url,
      title: meta.title,
      title_source: meta.title_source,
      date: meta.date,
      date_source: meta.date_source,
      ...(meta.byline && { byline: meta.byline }),
      ...(meta.dateline && { dateline: meta.dateline }),
      ...(meta.outlet && { outlet: meta.outlet }),
      ...(meta.section && { section: meta.section }),
      tags: meta.tags,
      places: meta.places,
      organisations: meta.organisations,
      related: meta.related.map((r) => r.text),
      provenance: meta.provenance,
      source: meta.source,
      warnings: meta.warnings,
      ...(meta.extra && { extra: meta.extra }),
      paragraphs: renderMarkdown(body).match(/<p>/g)?.length ?? 0,
      body_start: body.slice(0, 80),
    })),
  };
}

for (const name of readdirSync(ROOT).sort()) {
  test(`ingest fixture: ${name}`, () => {
    const caseDir = join(ROOT, name);
    const actual = outcome(caseDir);
    const expectedFile = join(caseDir, 'expected.json');
    if (process.env.UPDATE || !existsSync(expectedFile)) {
      writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
      if (!process.env.UPDATE) assert.fail(`wrote ${expectedFile}: review it, then run again`);
    }
    assert.deepEqual(actual, JSON.parse(readFileSync(expectedFile, 'utf8')));
  });
}
