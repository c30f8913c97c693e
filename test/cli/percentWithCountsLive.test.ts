/**
 * A percentage written with its counts, as a children's services scorecard writes small numbers:
 * "85% (17/20)", or "18 of 20 (90%)". The report reads the percentage and rates it; the copy gave
 * such a cell no live colour or label, as no formula read it. Worked out by hand before the engine
 * was run, the copy's formulas evaluated by an independent spreadsheet engine:
 * - care leavers in suitable accommodation, "85% (17/20)" against 90 %, higher is better: 85 is below
 *   85.5 (5 % of the target off it): red, labelled "Red";
 * - reviews on time, "18 of 20 (90%)" against 90 %: green, "Green";
 * - invoices paid in 30 days, "92.5%" typed as text against 95 %: amber, "Amber", as before;
 * - "88%" typed over "85% (17/20)" is read as it is: 88 against 90, amber.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runReport } from '../../src/cli/runReport';
import type { ReportJson } from '../../src/core';
import { RAG_MARKER } from '../../src/core/rating/formatPlan';
import { evaluateLabels, evaluateRagRules } from '../helpers/ragCheck';

const dir = mkdtempSync(join(tmpdir(), 'scorecard-percent-counts-'));

async function workbook(): Promise<string> {
  const file = join(dir, 'csc.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('CSC');
  ws.addRow(['Measure', 'Polarity', 'Target', 'Q1 2024/25', 'Q2 2024/25']);
  ws.addRow(['% of care leavers in suitable accommodation', 'Higher', 0.9, '80% (16/20)', '85% (17/20)']);
  ws.addRow(['% of reviews completed on time', 'Higher', 0.9, '15 of 18 (83%)', '18 of 20 (90%)']);
  ws.addRow(['% of invoices paid within 30 days', 'Higher', 0.95, '96%', '92.5%']);
  for (const r of [2, 3, 4]) ws.getCell(`C${r}`).numFmt = '0%';
  await wb.xlsx.writeFile(file);
  return file;
}

describe('a percentage with its counts in the copy', () => {
  let out: string;
  beforeAll(async () => {
    out = join(dir, 'copy.xlsx');
    const r = await runReport({ workbook: await workbook(), format: 'json', out });
    expect(r.exitCode).toBe(0);
    expect((JSON.parse(r.stdout) as ReportJson).indicators.map((i) => i.rag)).toEqual(['red', 'green', 'amber']);
  });

  it('is labelled and coloured as the report rates it', async () => {
    const labels = await evaluateLabels(out, RAG_MARKER);
    expect(['CSC!F2', 'CSC!F3', 'CSC!F4'].map((c) => labels.get(c))).toEqual(['Red', 'Green', 'Amber']);
    const colours = await evaluateRagRules(out, RAG_MARKER);
    expect(['CSC!E2', 'CSC!E3', 'CSC!E4'].map((c) => colours.get(c) ?? null)).toEqual(['red', 'green', 'amber']);
  });

  it('is coloured live: a percentage typed over it is rated as it is', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    wb.getWorksheet('CSC')!.getCell('E2').value = '88%';
    const changed = join(dir, 'changed.xlsx');
    await wb.xlsx.writeFile(changed);
    expect((await evaluateRagRules(changed, RAG_MARKER)).get('CSC!E2')).toBe('amber');
    expect((await evaluateLabels(changed, RAG_MARKER)).get('CSC!F2')).toBe('Amber');
  });
});
