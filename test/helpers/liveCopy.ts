/**
 * A one-sheet workbook run through the CLI with an annotated copy, and what the copy shows once an
 * independent spreadsheet engine evaluates its live rules and labels (see ./ragCheck): for tests
 * that check the copy shows each indicator as the report rates it, and keeps doing so when a figure
 * is typed over.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runReport } from '../../src/cli/runReport';
import type { ReportJson } from '../../src/core';
import { RAG_MARKER } from '../../src/core/rating/formatPlan';
import { evaluateLabels, evaluateRagRules } from './ragCheck';

export interface LiveCopy {
  /** The report's JSON. */
  readonly report: ReportJson;
  /** The annotated copy's path. */
  readonly out: string;
}

/** Writes `rows` as sheet `sheet` (with `formats`, cell → number format), runs `report --format json --out` on it. */
export async function liveCopy(
  sheet: string,
  rows: readonly (readonly unknown[])[],
  formats: Readonly<Record<string, string>> = {},
): Promise<LiveCopy> {
  const dir = mkdtempSync(join(tmpdir(), 'scorecard-live-copy-'));
  const input = join(dir, 'input.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  for (const row of rows) ws.addRow([...row]);
  for (const [cell, format] of Object.entries(formats)) ws.getCell(cell).numFmt = format;
  await wb.xlsx.writeFile(input);
  const out = join(dir, 'copy.xlsx');
  const r = await runReport({ workbook: input, format: 'json', out });
  if (r.exitCode !== 0) throw new Error(`report failed: ${JSON.stringify(r.stderr)}`);
  return { report: JSON.parse(r.stdout) as ReportJson, out };
}

/** What a copy shows at `cells` (value cells, "Sheet!E2") and `labels` (their label cells): the fill's RAG and the label's words. */
export async function shown(
  file: string,
  cells: readonly string[],
  labels: readonly string[],
): Promise<{ colours: (string | null)[]; labels: (string | undefined)[] }> {
  const colours = await evaluateRagRules(file, RAG_MARKER);
  const words = await evaluateLabels(file, RAG_MARKER);
  return { colours: cells.map((c) => colours.get(c) ?? null), labels: labels.map((c) => words.get(c)) };
}

/** A copy of `file` with `value` typed into `cell` of `sheet`, as an officer would type over a figure. */
export async function typedOver(file: string, sheet: string, cell: string, value: ExcelJS.CellValue): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  wb.getWorksheet(sheet)!.getCell(cell).value = value;
  const changed = file.replace(/\.xlsx$/, `-${cell}.xlsx`);
  await wb.xlsx.writeFile(changed);
  return changed;
}
