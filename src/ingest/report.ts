// The ingest report: every input accounted for, with totals by outcome and by outlet, as
// JSON for tools and as a few lines for people.
import type { InputAccount, Outcome } from './index.ts';

type Counts = Record<Outcome, number>;

export interface IngestReport {
  reference_date: string;
  totals: Counts & { inputs: number };
  by_outlet: Record<string, Counts>;
  /** The most common problem messages (numbers folded), to see at a glance what went wrong. */
  top_problems: { message: string; count: number }[];
  inputs: InputAccount[];
}

const zero = (): Counts => ({ written: 0, duplicate: 0, rejected: 0, skipped: 0 });

export function buildReport(inputs: readonly InputAccount[], referenceDate: string): IngestReport {
  const totals = zero();
  const byOutlet: Record<string, Counts> = {};
  const messages = new Map<string, number>();
  for (const input of inputs) {
    totals[input.outcome]++;
    const outlet = input.outlet ?? '(none)';
    (byOutlet[outlet] ??= zero())[input.outcome]++;
    for (const problem of input.problems) {
      const key = `${problem.severity}: ${problem.field ? `${problem.field}: ` : ''}${problem.message.replace(/\d+(\.\d+)?/g, 'N').replace(/ as .*: merged/, ' as …: merged').replace(/"[^"]*"/g, '"…"')}`;
      messages.set(key, (messages.get(key) ?? 0) + 1);
    }
  }
  const top = [...messages].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 10).map(([message, count]) => ({ message, count }));
  return {
    reference_date: referenceDate,
    totals: { inputs: inputs.length, ...totals },
    by_outlet: Object.fromEntries(Object.entries(byOutlet).sort(([a], [b]) => (a < b ? -1 : 1))),
    top_problems: top,
    inputs: [...inputs],
  };
}

export function formatReport(report: IngestReport): string {
  const { totals } = report;
  const lines = [
    `ingest: ${totals.inputs} inputs: ${totals.written} records written, ${totals.duplicate} duplicates merged, ${totals.rejected} rejected` +
      (totals.skipped ? `, ${totals.skipped} hidden files skipped` : ''),
  ];
  const outlets = Object.entries(report.by_outlet).filter(([name]) => name !== '(none)');
  if (outlets.length) {
    lines.push('  by outlet (written / duplicate / rejected):');
    for (const [name, c] of outlets) lines.push(`    ${name.padEnd(14)} ${String(c.written).padStart(6)} ${String(c.duplicate).padStart(6)} ${String(c.rejected).padStart(6)}`);
  }
  if (report.top_problems.length) {
    lines.push('  most common problems:');
    for (const { message, count } of report.top_problems.slice(0, 5)) lines.push(`    ${String(count).padStart(6)}  ${message}`);
  }
  return lines.join('\n');
}
