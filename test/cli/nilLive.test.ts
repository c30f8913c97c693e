/**
 * A count of none written "Nil", as British returns write it ("Complaints upheld by the Ombudsman:
 * Nil"). The report reads it as 0 and rates it; the copy gave it no live colour or label, as no
 * formula read the word, so the row the report calls green showed no rating at all. Worked out by
 * hand before the engine was run, the copy's formulas evaluated by an independent spreadsheet engine:
 * - complaints upheld, lower is better, Nil (0) in Q2 against 2: labelled "Green", filled green;
 * - RIDDOR incidents, 1 in Q2 against 3 ("nil" in Q1, not the period rated): "Green";
 * - invoices paid in 30 days, 97 % against 95 %: "Green";
 * - typed over with 3, the complaints cell is red (50 % over 2), and its label says "Red": the rule is
 *   live, not a colour painted on.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runReport } from '../../src/cli/runReport';
import type { ReportJson } from '../../src/core';
import { RAG_MARKER } from '../../src/core/rating/formatPlan';
import { evaluateLabels, evaluateRagRules } from '../helpers/ragCheck';

const dir = mkdtempSync(join(tmpdir(), 'scorecard-nil-live-'));

async function workbook(): Promise<string> {
  const file = join(dir, 'kpis.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('KPIs');
  ws.addRow(['Measure', 'Polarity', 'Target', 'Q1 2024/25', 'Q2 2024/25']);
  ws.addRow(['Number of complaints upheld by the Ombudsman', 'Lower', 2, 1, 'Nil']);
  ws.addRow(['Number of RIDDOR reportable incidents', 'Lower', 3, 'nil', 1]);
  ws.addRow(['% of invoices paid within 30 days', 'Higher', 0.95, 0.96, 0.97]);
  for (const c of ['C4', 'D4', 'E4']) ws.getCell(c).numFmt = '0%';
  await wb.xlsx.writeFile(file);
  return file;
}

describe('"Nil" in the copy', () => {
  let out: string;
  beforeAll(async () => {
    out = join(dir, 'copy.xlsx');
    const r = await runReport({ workbook: await workbook(), format: 'json', out });
    expect(r.exitCode).toBe(0);
    expect((JSON.parse(r.stdout) as ReportJson).indicators.map((i) => i.rag)).toEqual(['green', 'green', 'green']);
  });

  it('is labelled and coloured as the report rates it', async () => {
    const labels = await evaluateLabels(out, RAG_MARKER);
    expect(['KPIs!F2', 'KPIs!F3', 'KPIs!F4'].map((c) => labels.get(c))).toEqual(['Green', 'Green', 'Green']);
    const colours = await evaluateRagRules(out, RAG_MARKER);
    expect(['KPIs!E2', 'KPIs!E3', 'KPIs!E4'].map((c) => colours.get(c) ?? null)).toEqual(['green', 'green', 'green']);
  });

  it('is coloured live: a figure typed over it is rated as it is', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    wb.getWorksheet('KPIs')!.getCell('E2').value = 3;
    const changed = join(dir, 'changed.xlsx');
    await wb.xlsx.writeFile(changed);
    expect((await evaluateRagRules(changed, RAG_MARKER)).get('KPIs!E2')).toBe('red');
    expect((await evaluateLabels(changed, RAG_MARKER)).get('KPIs!F2')).toBe('Red');
  });
});
