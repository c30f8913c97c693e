/**
 * A corporate performance report laid out as Havering's quarterly reports are: a key above the table
 * ("Green = on or within 10% of the Quarter 3 target. Amber = more than 10% off the Quarter 3 target
 * and performance has improved or been maintained compared with Quarter 3 2023/24. Red = … has not
 * improved"), an annual and a Q3 target, the quarter's figure, the sheet's own RAG, a direction of
 * travel and last year's Q3 figure. The key's colours, worked out by hand before the command was run:
 * - CPI 1 33.1 % against 36 % (higher): 8.1 % short, within 10 %: green;
 * - CPI 2 2.6 days against 2 (lower): 30 % over; 3.1 days last year, improved: amber;
 * - CPI 4 301 against 375: 19.7 % short; 322 last year, worse: red;
 * - CPI 5 712 against 750: 5.1 % short: green (against the annual 1,000 it would be 28.8 % short);
 * - CPI 6 78 % against 90 %: 13.3 % short; 76.5 % last year, improved: amber;
 * - CPI 7 1,352 against 1,300 (lower): 4 % over: green;
 * - CPI 8 7.9 % against 6 % (lower): 31.7 % over; 7.9 % last year, maintained: amber;
 * - CPI 11 9.3 days against 8 (lower): 16.3 % over; 9.0 last year, worse: red;
 * - CPI 12 21.5 days against 20 (lower): 7.5 % over: green;
 * - CPI 13 250 against 300: 16.7 % short, and no figure last year (a new measure) to show it
 *   improved: red, as the copy's live colour has it, with a warning naming the empty cell.
 * Four green, three amber and three red, as the sheet's RAG column says of each; the usual 5 % would
 * have made CPI 1, 2, 5, 6, 8 and 12 red and CPI 7 amber.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runReport } from '../../src/cli/runReport';
import type { ReportJson } from '../../src/core';
import { RAG_MARKER } from '../../src/core/rating/formatPlan';
import { evaluateLabels, evaluateRagRules } from '../helpers/ragCheck';

const SHEET = 'Q3 Corporate PIs';
const KEY =
  'RAG key: Green = on or within 10% of the Quarter 3 target. Amber = more than 10% off the Quarter 3 target and performance has improved or been maintained compared with Quarter 3 2023/24. Red = more than 10% off the Quarter 3 target and performance has not improved compared with Quarter 3 2023/24.';

type Row = readonly (string | number | null)[];

const ROWS: Row[] = [
  ['Environment'],
  [
    'CPI 1',
    '% of household waste sent for reuse, recycling and composting',
    'Higher',
    0.36,
    0.36,
    0.331,
    'Green',
    0.34,
  ],
  ['CPI 2', 'Average time taken to remove fly-tips (days)', 'Lower', 2, 2, 2.6, 'Amber', 3.1],
  ['Learning'],
  ['CPI 4', 'Number of apprenticeship starts (aged 16-18)', 'Higher', 500, 375, 301, 'Red', 322],
  ['CPI 5', 'Number of new homes completed', 'Higher', 1000, 750, 712, 'Green', 640],
  ['Individuals'],
  ['CPI 6', '% of adult social care users receiving self-directed support', 'Higher', 0.9, 0.9, 0.78, 'Amber', 0.765],
  ['CPI 7', 'Number of households in temporary accommodation', 'Lower', 1300, 1300, 1352, 'Green', 1410],
  ['CPI 8', '% of child protection plans lasting 2 years or more', 'Lower', 0.06, 0.06, 0.079, 'Amber', 0.079],
  ['Value'],
  ['CPI 11', 'Average days lost to sickness per FTE (rolling 12 months)', 'Lower', 8, 8, 9.3, 'Red', 9],
  ['CPI 12', 'Speed of processing new Housing Benefit claims (days)', 'Lower', 20, 20, 21.5, 'Green', 23],
  ['CPI 13', 'Number of food hygiene inspections completed', 'Higher', 400, 300, 250, 'Red', null],
];

async function workbook(): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'scorecard-key-scheme-')), 'havering.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.addRow(['Corporate Performance Report – Quarter 3 2024/25 (October to December 2024)']);
  ws.addRow([KEY]);
  ws.addRow([]);
  ws.addRow([
    'Ref',
    'Indicator',
    'Good performance is',
    'Annual Target 2024/25',
    'Q3 Target',
    'Q3 2024/25 Performance',
    'RAG',
    'Q3 2023/24 Performance',
  ]);
  for (const cells of ROWS) {
    const row = ws.addRow([...cells]);
    const pct = typeof cells[1] === 'string' && cells[1].startsWith('%');
    for (const c of [4, 5, 6, 8])
      if (typeof cells[c - 1] === 'number')
        row.getCell(c).numFmt = pct ? '0.0%' : /days/.test(String(cells[1])) ? '0.0' : '#,##0';
  }
  await wb.xlsx.writeFile(file);
  return file;
}

const CELLS = ['F6', 'F7', 'F9', 'F10', 'F12', 'F13', 'F14', 'F16', 'F17', 'F18'];
const RAGS = ['green', 'amber', 'red', 'green', 'amber', 'green', 'amber', 'red', 'green', 'red'];

describe("a key that rates by a scheme of its own: green within 10%, and past it by last year's figure", () => {
  let json: ReportJson;
  let copy: string;
  beforeAll(async () => {
    const file = await workbook();
    copy = join(mkdtempSync(join(tmpdir(), 'scorecard-key-scheme-out-')), 'rated.xlsx');
    const r = await runReport({ workbook: file, format: 'json', out: copy });
    expect(r.exitCode).toBe(0);
    json = JSON.parse(r.stdout) as ReportJson;
  }, 60_000);

  it('rates each quarter as the key says, and as the sheet does', () => {
    expect(json.period).toBe('Q3 2024/25');
    expect(json.indicators.map((i) => [i.cell, i.targetCell, i.rag])).toEqual(
      CELLS.map((c, k) => [c, `E${c.slice(1)}`, RAGS[k]]),
    );
    expect(json.summary).toMatchObject({ green: 4, amber: 3, red: 3 });
    expect(json.warnings.filter((w) => w.code === 'rag-disagrees')).toEqual([]);
  });

  it('says it follows the key, once, naming it; and says where a figure has nothing to compare with', () => {
    const codes = json.warnings.map((w) => w.code);
    expect(codes).not.toContain('rag-key-differs');
    const said = json.warnings.filter((w) => w.code === 'rag-key-scheme');
    expect(said.map((w) => w.cell)).toEqual(['A2']);
    expect(said[0].message).toContain('within 10 % of it');
    expect(said[0].message).toContain('improved on or matched Q3 2023/24');
    const uncompared = json.warnings.filter((w) => w.code === 'key-scheme-uncompared');
    expect(uncompared.map((w) => w.cell)).toEqual(['F18']);
    expect(uncompared[0].message).toContain('Q3 2023/24 (H18 is empty)');
  });

  it('says a figure short of its target but green by the key as the key has it, never as met', () => {
    const waste = json.narrative.performingWell.find((p) => p.indicatorId === 'CPI 1')!.text;
    expect(waste).toContain(
      'It is below the target of 36 per cent, but within 10 per cent of it, which the key counts as green.',
    );
    expect(json.narrative.areasForFocus.map((p) => p.indicatorId)).toEqual(
      expect.arrayContaining(['CPI 2', 'CPI 4', 'CPI 6', 'CPI 8', 'CPI 11', 'CPI 13']),
    );
  });

  it("colours the copy's cells and labels them as the report does, computed by another spreadsheet engine", async () => {
    const colours = await evaluateRagRules(copy, RAG_MARKER);
    expect(CELLS.map((c) => colours.get(`${SHEET}!${c}`) ?? null)).toEqual(RAGS);
    const labels = await evaluateLabels(copy, RAG_MARKER);
    const rows = new Set(CELLS.map((c) => c.slice(1)));
    const shown = [...labels].filter(([k]) => rows.has(k.replace(/^.*![A-Z]+/, ''))).map(([, v]) => v.toLowerCase());
    expect(shown).toEqual(RAGS);
  });
});
