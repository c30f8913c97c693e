/**
 * A quarterly scorecard built as a template: each quarter's column picks up the figures from a
 * returns sheet by formula (`='Returns'!C4`), so the quarters still to come show 0, and the officer
 * has hidden them (columns G and H) until they are in. What the officer should see was worked out by
 * hand before the command was run:
 * - the report is on Q2 2024/25 (column F), not Q4, where every indicator would stand at 0:
 *   ASC01 81 % against 80 %, higher is better: green; ASC02 118 days against 120, lower: green;
 *   HS01 158 households against 150, lower, beyond 150 × 1.05 = 157.5: red; HS02 96.2 % against
 *   97 %, higher, within 5 %: amber; CS01, no target: a context measure;
 * - one warning for each of Q3 and Q4, at its header (G3, H3), naming its zeros, and none saying
 *   a later period already has a few values;
 * - the copy colours column F and leaves G and H as they were, hidden, formulas and all.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runReport } from '../../src/cli/runReport';
import type { ReportJson } from '../../src/core';
import { partBytes, readZip } from '../../src/xlsx/zipParts';

const SHEET = 'Scorecard';

async function workbook(dir: string): Promise<string> {
  const file = join(dir, 'quarterly-template.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.getCell('A1').value = 'Corporate Performance Scorecard 2024/25';
  ws.getRow(3).values = [
    'Ref',
    'Indicator',
    'Polarity',
    'Target',
    'Q1 2024/25',
    'Q2 2024/25',
    'Q3 2024/25',
    'Q4 2024/25',
  ];
  const rows: [string, string, string | null, number | null, number, number, string][] = [
    ['ASC01', '% of adult social care assessments completed within 28 days', 'Higher is better', 0.8, 0.76, 0.81, '0%'],
    ['ASC02', 'Average days to complete a Disabled Facilities Grant', 'Lower is better', 120, 131, 118, '0'],
    ['HS01', 'Number of households in temporary accommodation', 'Lower is better', 150, 162, 158, '0'],
    ['HS02', '% of rent collected', 'Higher is better', 0.97, 0.955, 0.962, '0.0%'],
    ['CS01', 'Number of complaints received', null, null, 84, 91, '0'],
  ];
  rows.forEach(([ref, name, polarity, target, q1, q2, format], i) => {
    const r = 4 + i;
    const row = ws.getRow(r);
    row.values = [ref, name, polarity, target, q1, q2];
    row.getCell(7).value = { formula: `Returns!C${r}`, result: 0 };
    row.getCell(8).value = { formula: `Returns!D${r}`, result: 0 };
    for (const c of [4, 5, 6, 7, 8]) row.getCell(c).numFmt = format;
  });
  ws.getColumn(7).hidden = true;
  ws.getColumn(8).hidden = true;
  // The returns for Q3 and Q4, not yet in.
  const returns = wb.addWorksheet('Returns');
  returns.getRow(3).values = ['Ref', 'Q3 return', 'Q3', 'Q4'];
  rows.forEach(([ref], i) => (returns.getCell(4 + i, 1).value = ref));
  await wb.xlsx.writeFile(file);
  return file;
}

describe('a template whose quarters to come show 0, in hidden columns', () => {
  let json: ReportJson;
  let copy: ExcelJS.Worksheet;
  let sheetXml: string;
  let inputXml: string;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scorecard-zero-quarters-'));
    const out = join(dir, 'annotated.xlsx');
    const input = await workbook(dir);
    const r = await runReport({ workbook: input, format: 'json', out });
    expect(r.exitCode).toBe(0);
    json = JSON.parse(r.stdout) as ReportJson;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    copy = wb.getWorksheet(SHEET)!;
    const part = async (file: string) => {
      const parts = readZip(readFileSync(file))!;
      return (await partBytes(parts.find((p) => p.name === 'xl/worksheets/sheet1.xml')!))!.toString('utf8');
    };
    sheetXml = await part(out);
    inputXml = await part(input);
  });

  it('reports on the last quarter with figures', () => {
    expect(json.period).toBe('Q2 2024/25');
    expect(json.indicators.map((i) => [i.id, i.cell, i.rag])).toEqual([
      ['ASC01', 'F4', 'green'],
      ['ASC02', 'F5', 'green'],
      ['HS01', 'F6', 'red'],
      ['HS02', 'F7', 'amber'],
      ['CS01', 'F8', 'none'],
    ]);
    expect(json.narrative.text).not.toMatch(/\bstood at 0\b|: 0 (?:per cent|days)/);
  });

  it('names the quarters of zeros, once each', () => {
    const zeros = json.warnings.filter((w) => w.code === 'period-only-zeros');
    expect(zeros.map((w) => [w.sheet, w.cell])).toEqual([
      [SHEET, 'G3'],
      [SHEET, 'H3'],
    ]);
    expect(zeros[0].message).toContain('Q3 2024/25 (Scorecard!G3) holds only zeros (Scorecard!G4, Scorecard!G5');
    expect(zeros[0].message).toContain('the report is on Q2 2024/25');
    expect(json.warnings.filter((w) => w.code === 'period-later-values')).toEqual([]);
  });

  it('leaves the hidden quarters as they were in the copy', () => {
    expect(copy.getColumn(7).hidden).toBe(true);
    expect(copy.getColumn(8).hidden).toBe(true);
    // Each formula with its cached 0 and its style, as in the workbook (exceljs reads a cached 0 as no
    // result, so the part itself is read).
    const cells = (xml: string) => xml.match(/<c r="[GH]\d+"[^>]*>.*?<\/c>/g);
    expect(cells(sheetXml)).toEqual(cells(inputXml));
    expect(cells(sheetXml)).toHaveLength(12); // the two headers and ten formulas
    expect(sheetXml).toMatch(/<c r="G6"[^>]*><f>Returns!C6<\/f><v>0<\/v><\/c>/);
  });
});
