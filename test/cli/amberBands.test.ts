/**
 * A scorecard laid out as an early help and children's social care monthly performance report
 * ("Early Help and Family Engagement Monthly Performance Report, as at month end March 2017"): the
 * names under "INDICATORS - … BOROUGH WIDE", the polarity under "GOOD PERF IS", a "MEASURE" column
 * of units, month columns, the sheet's own RAG, then "Red | Amber | Target (Green)" with the amber
 * band written as text ("75% - 84.9%"), and statistical neighbour and national averages.
 * What the officer should see was worked out by hand before the command was run:
 * - the report is on March 2017, the latest month, in column G;
 * - 1.2: 78.1 % against 85 %, amber from 75 %: amber; 2.2: 23.6 % against 22 %, lower is better,
 *   amber to 25 %: amber; 2.3: 65 % against 85 %, below 75 %: red; 4.1: "Info", a context measure;
 *   4.2: 60.1 per 10,000 against 60, amber to 66: amber; 4.5: 502 days against 426, beyond 487:
 *   red. The sheet's own RAG says the same of each;
 * - "MEASURE", which holds the units, is read as the unit column, and a note says so;
 * - the copy's live colours and labels, computed by a spreadsheet engine that is not ours, agree.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runReport } from '../../src/cli/runReport';
import type { ReportJson } from '../../src/core';
import { RAG_MARKER } from '../../src/core/rating/formatPlan';
import { evaluateLabels, evaluateRagRules } from '../helpers/ragCheck';
import { EARLY_HELP_HEADERS } from '../helpers/earlyHelpHeaders';

const SHEET = 'Performance Summary';
const PCT = '0.0%';

async function workbook(): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'scorecard-amber-bands-')), 'early-help.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.addRow(['Children & Young People Services']);
  ws.addRow(['Early Help and Family Engagement Monthly Performance Report']);
  ws.addRow(['Performance Summary As at Month End March 2017']);
  ws.addRow([]);
  ws.addRow([
    ...EARLY_HELP_HEADERS,
    'DOT (Month on Month)',
    'RAG (in month)',
    'Red',
    'Amber',
    'Target (Green)',
    'STAT NEIGH AVE',
    'NAT AVE',
  ]);
  const rows: { cells: (string | number)[]; format: string | null }[] = [
    { cells: ['Early Help'], format: null },
    {
      cells: [
        1.2,
        '% of Early Help Assessments completed within 45 days',
        'High',
        '%',
        0.812,
        0.787,
        0.781,
        '↓',
        'A',
        '<75%',
        '75% - 84.9%',
        0.85,
        'n/a',
        'n/a',
      ],
      format: PCT,
    },
    { cells: ["Children's Social Care - Front Door"], format: null },
    {
      cells: [
        2.2,
        '% of referrals that were re-referrals within 12 months',
        'Low',
        '%',
        0.214,
        0.198,
        0.236,
        '↑',
        'A',
        '>25%',
        '22% - 25%',
        0.22,
        0.221,
        0.22,
      ],
      format: PCT,
    },
    {
      cells: [
        2.3,
        '% of Single Assessments completed within 45 working days',
        'High',
        '%',
        0.873,
        0.702,
        0.65,
        '↓',
        'R',
        '<75%',
        '75% - 84.9%',
        0.85,
        0.829,
        0.832,
      ],
      format: PCT,
    },
    { cells: ['Children Looked After'], format: null },
    {
      cells: [
        4.1,
        'Number of Children Looked After (snapshot at month end)',
        'Info',
        'Number',
        312,
        318,
        321,
        '↑',
        'n/a',
        '-',
        '-',
        '-',
        'n/a',
        'n/a',
      ],
      format: '#,##0',
    },
    {
      cells: [
        4.2,
        'Rate of Children Looked After per 10,000 children aged 0-17',
        'Low',
        'Rate',
        58.4,
        59.5,
        60.1,
        '↑',
        'A',
        '>66',
        '60.1 - 66',
        60,
        62.3,
        60,
      ],
      format: '0.0',
    },
    {
      cells: [
        4.5,
        'Average days between a child entering care and moving in with its adoptive family',
        'Low',
        'Days',
        530,
        515,
        502,
        '↓',
        'R',
        '>487',
        '427 - 487',
        426,
        534,
        558,
      ],
      format: '#,##0',
    },
  ];
  for (const { cells, format } of rows) {
    const row = ws.addRow(cells);
    if (format)
      for (const c of [5, 6, 7, 12, 13, 14]) if (typeof cells[c - 1] === 'number') row.getCell(c).numFmt = format;
  }
  await wb.xlsx.writeFile(file);
  return file;
}

describe('a monthly scorecard with its amber bands written beside the target', () => {
  let json: ReportJson;
  let copy: string;
  beforeAll(async () => {
    const file = await workbook();
    copy = join(mkdtempSync(join(tmpdir(), 'scorecard-amber-bands-out-')), 'rated.xlsx');
    const r = await runReport({ workbook: file, format: 'json', out: copy });
    expect(r.exitCode).toBe(0);
    json = JSON.parse(r.stdout) as ReportJson;
  });

  it('rates the latest month against each band, as the sheet does', () => {
    expect(json.period).toBe('March 2017');
    expect(json.indicators.map((i) => [i.cell, i.polarity, i.rag, i.sheetRag?.rag ?? null])).toEqual([
      ['G7', 'higher', 'amber', 'amber'],
      ['G9', 'lower', 'amber', 'amber'],
      ['G10', 'higher', 'red', 'red'],
      ['G12', 'none', 'none', 'none'],
      ['G13', 'lower', 'amber', 'amber'],
      ['G14', 'lower', 'red', 'red'],
    ]);
    expect(json.indicators.map((i) => i.display)).toEqual([
      '78.1 per cent',
      '23.6 per cent',
      '65 per cent',
      '321',
      '60.1 per 10,000 children',
      '502 days',
    ]);
    expect(json.indicators[1].benchmarks.map((b) => [b.kind, b.cell])).toEqual([
      ['statisticalNeighbours', 'M9'],
      ['national', 'N9'],
    ]);
  });

  it('says that "MEASURE" is read as the units, and nothing of the bands or the polarity', () => {
    expect(json.warnings.filter((w) => w.code === 'units-beside-names').map((w) => w.cell)).toEqual(['D5']);
    expect(json.warnings.filter((w) => w.code === 'duplicate-role')).toEqual([]);
    expect(json.tables[0].columns[3]).toMatchObject({ column: 'D', header: 'MEASURE', role: 'unit' });
    expect(json.warnings.filter((w) => /^(tolerance|polarity|rag-disagrees)/.test(w.code))).toEqual([]);
  });

  it("colours the copy's cells and labels them as the report does, computed by another spreadsheet engine", async () => {
    const colours = await evaluateRagRules(copy, RAG_MARKER);
    expect(['G7', 'G9', 'G10', 'G12', 'G13', 'G14'].map((c) => colours.get(`${SHEET}!${c}`) ?? null)).toEqual([
      'amber',
      'amber',
      'red',
      null,
      'amber',
      'red',
    ]);
    const labels = await evaluateLabels(copy, RAG_MARKER);
    const byRow = [...labels].filter(([k]) => /!\D+(7|9|10|13|14)$/.test(k)).map(([, v]) => v);
    expect(byRow).toEqual(['Amber', 'Amber', 'Red', 'Amber', 'Red']);
  });
});
