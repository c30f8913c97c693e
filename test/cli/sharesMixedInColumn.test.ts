/**
 * One column of the latest quarter holding its figures written three ways, as a children's services
 * scorecard kept by hand does: "9 of 10" care leavers, "92.5%" of invoices typed as text, "66/70"
 * complaints. Each is read and rated in the report; the copy's live rules and labels must read each
 * cell as it is written. Worked out by hand before the engine was run:
 * - care leavers in suitable accommodation, 9 of 10 = 90 % against 90 %: green;
 * - invoices paid in 30 days, 92.5 % against 95 % (within 5 % of it): amber;
 * - complaints answered in time, 66 of 70 = 94.3 % against 90 %: green.
 * The copy, its formulas evaluated by an independent spreadsheet engine, shows the same: labels
 * "Green", "Amber", "Green" and the same fills. (Rows whose text was written differently shared one
 * rule, read as the first row's "of": "92.5%" and "66/70" were labelled "No data" and left uncoloured.)
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runReport } from '../../src/cli/runReport';
import type { ReportJson } from '../../src/core';
import { RAG_MARKER } from '../../src/core/rating/formatPlan';
import { evaluateLabels, evaluateRagRules } from '../helpers/ragCheck';

async function workbook(): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'scorecard-shares-mixed-')), 'csc.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('KPIs');
  ws.addRow(['Measure', 'Polarity', 'Target', 'Q1 2024/25', 'Q2 2024/25']);
  ws.addRow(['% of care leavers in suitable accommodation', 'Higher', 0.9, '8 of 9', '9 of 10']);
  ws.addRow(['% of invoices paid within 30 days', 'Higher', 0.95, '96%', '92.5%']);
  ws.addRow(['% of complaints responded to in time', 'Higher', 0.9, '70/74', '66/70']);
  for (const r of [2, 3, 4]) ws.getCell(`C${r}`).numFmt = '0%';
  await wb.xlsx.writeFile(file);
  return file;
}

describe('shares written three ways in one column', () => {
  it('are labelled and coloured in the copy as the report rates them', async () => {
    const input = await workbook();
    const out = join(mkdtempSync(join(tmpdir(), 'scorecard-shares-mixed-out-')), 'copy.xlsx');
    const r = await runReport({ workbook: input, format: 'json', out });
    expect(r.exitCode).toBe(0);
    const report = JSON.parse(r.stdout) as ReportJson;
    expect(report.indicators.map((i) => i.rag)).toEqual(['green', 'amber', 'green']);
    const labels = await evaluateLabels(out, RAG_MARKER);
    expect(['KPIs!F2', 'KPIs!F3', 'KPIs!F4'].map((c) => labels.get(c))).toEqual(['Green', 'Amber', 'Green']);
    const colours = await evaluateRagRules(out, RAG_MARKER);
    expect(['KPIs!E2', 'KPIs!E3', 'KPIs!E4'].map((c) => colours.get(c) ?? null)).toEqual(['green', 'amber', 'green']);
  });
});
