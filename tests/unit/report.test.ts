import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildReport, formatReport } from '../../src/ingest/report.ts';
import { progressReporter } from '../../src/progress.ts';

test('the report counts every input by outcome and outlet and folds common problems', () => {
  const report = buildReport(
    [
      { file: 'a.json', row: 1, outcome: 'written', outlet: 'okaz', problems: [] },
      { file: 'a.json', row: 2, outcome: 'rejected', outlet: 'okaz', problems: [{ severity: 'error', file: 'a.json', row: 2, field: 'content', message: 'no article text (missing or empty)' }] },
      { file: 'a.json', row: 3, outcome: 'duplicate', outlet: 'sabq', problems: [{ severity: 'warning', file: 'a.json', row: 3, message: 'a near-duplicate (similarity 0.91) as a.json row 1: merged into that record' }] },
      { file: '.DS_Store', outcome: 'skipped', problems: [] },
    ],
    '2026-11-23',
  );
  assert.deepEqual(report.totals, { inputs: 4, written: 1, duplicate: 1, rejected: 1, skipped: 1 });
  assert.deepEqual(report.by_outlet.okaz, { written: 1, duplicate: 0, rejected: 1, skipped: 0 });
  assert.deepEqual(report.top_problems.map((p) => p.message).sort(), ['error: content: no article text (missing or empty)', 'warning: a near-duplicate (similarity N) as …: merged into that record']);
  const text = formatReport(report);
  assert.match(text, /^ingest: 4 inputs: 1 records written, 1 duplicates merged, 1 rejected, 1 hidden files skipped/);
  assert.match(text, /okaz\s+1\s+0\s+1/);
});

test('progress: plain lines every 10% when not a terminal, nothing for small jobs', () => {
  const lines: string[] = [];
  const stream = { isTTY: false, write: (s: string) => lines.push(s) } as unknown as NodeJS.WriteStream;
  const small = progressReporter('ingest', stream);
  for (let i = 0; i <= 50; i++) small(i, 50);
  assert.deepEqual(lines, []);
  const big = progressReporter('ingest', stream);
  for (let i = 0; i <= 1000; i++) big(i, 1000);
  assert.equal(lines.length, 11);
  assert.equal(lines[0], 'ingest: 0/1000 (0%)\n');
  assert.equal(lines[10], 'ingest: 1000/1000 (100%)\n');
});
