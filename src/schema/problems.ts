// Problems found in the user's inputs: plain data, formatted in one place so every
// message names the file (and line or field where known) the same way.
import type { z } from 'zod';

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  file: string;
  message: string;
  line?: number;
  /** 1-based row of a dataset (JSON array element or JSON Lines line). */
  row?: number;
  field?: string;
}

/** `seeds/x.md:4 date: not a real calendar date` (vfile-reporter style, one line each). */
export function formatProblem(p: Problem): string {
  const where = p.row !== undefined ? `${p.file} row ${p.row}` : p.line === undefined ? p.file : `${p.file}:${p.line}`;
  const field = p.field ? `${p.field}: ` : '';
  return `${p.severity === 'error' ? 'error' : 'warning'} ${where} ${field}${p.message}`;
}

/** zod says "Invalid input: expected string, received undefined" for a missing key. */
function plainMessage(issue: z.core.$ZodIssue): string {
  return issue.code === 'invalid_type' && / received undefined$/.test(issue.message) ? `required (${issue.expected})` : issue.message;
}

/** One Problem per zod issue, not just the first, so the user fixes them all in one go. */
export function problemsFromZod(
  file: string,
  error: z.ZodError,
  lineOf: (field: string) => number | undefined = () => undefined,
): Problem[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join('.') || undefined;
    const line = field ? lineOf(field.split('.')[0]!) : undefined;
    return { severity: 'error', file, message: plainMessage(issue), ...(field && { field }), ...(line !== undefined && { line }) };
  });
}

export const hasErrors = (problems: readonly Problem[]): boolean => problems.some((p) => p.severity === 'error');
