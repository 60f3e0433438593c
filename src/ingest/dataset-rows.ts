// One dataset file -> one ingest result per row, each naming its row. Pure: bytes in.
import type { Problem } from '../schema/problems.ts';
import { composeArticle } from './compose.ts';
import { detectPreset, mapRow, parseDataset, PRESETS, sectionFromTitle, sectionFromUrl, type FieldMapping } from './dataset.ts';
import { sha256, slugFromName } from './identity.ts';
import type { IngestResult } from './raw.ts';
import type { IngestContext, SourceFile } from './source.ts';
import { cleanText } from './text.ts';

export interface DatasetOptions {
  preset?: string;
  mapping?: FieldMapping;
  /** Outlet id -> display name, over the preset's. */
  outlets?: Record<string, string>;
}

export interface RowResult extends IngestResult {
  row?: number;
  /** The row's outlet id, also for a rejected row, so the report counts it by outlet. */
  outlet?: string;
}

/**
 * A row's id: from its own id field, else its URL (stable however the export is ordered),
 * else its text. Prefixed with the outlet for readable URLs (`alriyadh-3f2a9c01b2`).
 */
function rowId(outlet: string | undefined, key: string): string {
  const prefix = outlet ? slugFromName(outlet).slice(0, 20) : '';
  return `${/[a-z]/.test(prefix) ? prefix : 'a'}-${sha256(key).slice(0, 10)}`;
}

export function ingestDataset(source: SourceFile, context: IngestContext, options: DatasetOptions = {}): { results: RowResult[]; fileProblems: Problem[] } {
  const { rows, problems } = parseDataset(source.file, source.bytes);
  if (rows.length === 0 && problems.length === 0) {
    return { results: [], fileProblems: [{ severity: 'error', file: source.file, message: 'dataset has no rows' }] };
  }
  const presetName = options.preset ?? (rows[0] ? detectPreset(rows[0].value) : undefined);
  const preset = presetName ? PRESETS[presetName] : undefined;
  if (presetName && !preset) {
    return { results: [], fileProblems: [{ severity: 'error', file: source.file, message: `unknown dataset preset "${presetName}" (known: ${Object.keys(PRESETS).join(', ')})` }] };
  }
  const mapping = options.mapping ?? preset?.mapping;
  if (!mapping) {
    return { results: [], fileProblems: [...problems, { severity: 'error', file: source.file, message: `no field mapping: declare one in the configuration (inputs: [{ path, mapping: { body: "…" } }]) or use a preset (${Object.keys(PRESETS).join(', ')})` }] };
  }
  const outletNames = { ...preset?.outlets, ...options.outlets };

  // Syntax errors in JSON Lines reject that line only; they are reported as rows too.
  const results: RowResult[] = problems.map((p) => ({ problems: [p], ...(p.line !== undefined && { row: p.line }) }));
  for (const { row, value } of rows) {
    const where = { file: source.file, row };
    const { mapped, problems: rowProblems } = mapRow(value, mapping);
    const outletValue = mapping.outlet ? (value as Record<string, unknown> | null)?.[mapping.outlet] : undefined;
    const outlet = typeof outletValue === 'string' && outletValue ? { outlet: outletValue } : {};
    if (!mapped) {
      results.push({ row, ...outlet, problems: rowProblems.map((p) => ({ severity: 'error', ...where, ...p })) });
      continue;
    }
    const body = cleanText(mapped.body);
    const key = mapped.id ?? mapped.url ?? `${source.key}#${sha256(body)}`;
    const titleSection = mapped.title && preset?.titlePrefixSections ? sectionFromTitle(mapped.title, preset.titlePrefixSections) : undefined;
    const urlSection = mapped.url ? sectionFromUrl(mapped.url) : undefined;
    const section = mapped.section
      ? { value: mapped.section, how: `dataset:${mapping.section}` }
      : titleSection
        ? { value: titleSection, how: 'title-prefix' }
      : urlSection
        ? { value: urlSection, how: 'url' }
        : mapped.outlet && preset?.outletSections[mapped.outlet]
          ? { value: preset.outletSections[mapped.outlet]!, how: 'outlet' }
          : undefined;
    const result = composeArticle({
      id: mapped.id && /^[a-z0-9-]{1,64}$/.test(mapped.id) ? mapped.id : rowId(mapped.outlet, key),
      text: body,
      source: { file: source.file, sha256: sha256(JSON.stringify(value)), row, ...(mapped.url && { url: mapped.url }) },
      given: {
        ...(mapped.title && { title: cleanText(mapped.title).replace(/\n+/g, ' ') }),
        ...(mapped.date && { date: mapped.date }),
        ...(mapped.author && { byline: mapped.author }),
        ...(mapped.outlet && { outlet: { id: mapped.outlet, name: outletNames[mapped.outlet] ?? mapped.outlet } }),
        ...(section && { section }),
        ...(mapped.tags && { tags: mapped.tags }),
      },
      notes: [],
      reference: context.reference,
    });
    results.push({ row, ...outlet, ...result, problems: result.problems.map((p) => ({ ...p, row })) });
  }
  // In row order, whatever stage rejected a row.
  return { results: results.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)), fileProblems: [] };
}
