/**
 * A small scorecard built with exceljs for the .xlsx adapter tests, and a hand-written plan for it:
 * higher is better, green on or above target, amber within 5 % of the target, red beyond.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { FormatPlan, RagLabel } from '../../src/core/rating/types';
import { headerFormula } from '../../src/xlsx/writeAnnotated';

export const MARKER = 'SN-RAG';

/** A fresh temporary folder for one test file. */
export async function tempDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'scorecard-xlsx-'));
}

/** Indicator rows: [ref, name, target, Q1, Q2, what a person rates Q2]. Row 8 is a section heading. */
export const ROWS: [
  string,
  string,
  number | null,
  number | string | null,
  number | string | null,
  'green' | 'amber' | 'red' | null,
][] = [
  ['CS01', 'Assessments completed within 45 working days (%)', 90, 85, 92, 'green'],
  ['CS02', 'Visits within timescale (%)', 90, 88, 87, 'amber'],
  ['CS03', 'Plans reviewed on time (%)', 90, 84, 80, 'red'],
  ['CS04', 'Care leavers in touch (%)', 90, 91, 90, 'green'],
  ['CS05', 'Placement stability (%)', 90, 80, 'n/a', null],
  ['CS06', 'Children seen alone (%)', null, 70, 75, null],
  ['CS07', 'Health assessments on time (%)', 90, 70, 86, 'amber'],
  ['CS08', 'Dental checks (%)', 90, 70, 85.4, 'red'],
];

/** Sheet row (1-based) of ROWS[i]: rows 4–7, then a section heading on row 8, then rows 9–12. */
export const rowOf = (i: number) => (i < 4 ? 4 + i : 5 + i);

/** The scorecard with a title, a header on row 3, a section row, user formats and user rules. */
export function buildScorecard(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Scorecard');
  ws.getCell('A1').value = 'Northmoor Council: Children’s Services scorecard';
  ws.getRow(3).values = ['Ref', 'Indicator', 'Polarity', 'Unit', 'Target', 'Q1 2021/22', 'Q2 2021/22'];
  ws.getCell('A8').value = 'Children in care';
  ROWS.forEach(([ref, name, target, q1, q2], i) => {
    const r = rowOf(i);
    ws.getRow(r).values = [ref, name, 'Higher', '%', target, q1, q2];
    ws.getCell(r, 7).numFmt = '0.0';
  });
  ws.getCell('F13').value = { formula: 'AVERAGE(F4:F12)', result: 79.857 };
  ws.getCell('F13').numFmt = '0.0';
  ws.addConditionalFormatting({
    ref: 'F4:F12',
    rules: [
      { type: 'cellIs', operator: 'greaterThan', formulae: ['95'], priority: 1, style: { font: { bold: true } } },
    ],
  });
  ws.addConditionalFormatting({
    ref: 'B4:B12',
    rules: [{ type: 'expression', formulae: ['ISBLANK($E4)'], priority: 2, style: { font: { italic: true } } }],
  });
  return wb;
}

const VALUE_OK = (v: string, t: string) => `AND(ISNUMBER(${v}),ISNUMBER(${t}))`;

/** The hand-written plan: one block over G4:G7 and G9:G12, labels in column H. */
export function handPlan(marker = MARKER): FormatPlan {
  const mark = `N("${marker}")*0`;
  const amberLine = '($E4-0.05*ABS($E4))';
  const labels: RagLabel[] = ROWS.map(([, , target, , q2], i) => {
    const r = rowOf(i);
    const v = `G${r}`;
    const expected =
      typeof q2 !== 'number'
        ? 'No data'
        : target === null
          ? ''
          : q2 >= target
            ? 'Green'
            : q2 >= target * 0.95
              ? 'Amber'
              : 'Red';
    return {
      sheet: 'Scorecard',
      cell: `H${r}`,
      formula: `IF(ISNUMBER(${v}),IF(ISNUMBER($E${r}),IF(${v}>=$E${r},"Green",IF(${v}>=$E${r}*0.95,"Amber","Red")),""),"No data")&T(N("${marker}"))`,
      expected,
    };
  });
  return {
    marker,
    blocks: [
      {
        sheet: 'Scorecard',
        ranges: ['G4:G7', 'G9:G12'],
        rules: [
          {
            rag: 'green',
            formula: `AND(${VALUE_OK('G4', '$E4')},G4>=$E4)+${mark}`,
            fill: 'FFC6EFCE',
            font: 'FF006100',
          },
          {
            rag: 'amber',
            formula: `AND(${VALUE_OK('G4', '$E4')},G4<$E4,G4>=${amberLine})+${mark}`,
            fill: '#FFEB9C',
            font: '9C5700',
          },
          {
            rag: 'red',
            formula: `AND(${VALUE_OK('G4', '$E4')},G4<${amberLine})+${mark}`,
            fill: 'FFC7CE',
            font: 'FF9C0006',
          },
        ],
      },
    ],
    labelHeaders: [
      { sheet: 'Scorecard', cell: 'H3', text: 'RAG Q2 2021/22', formula: headerFormula('RAG Q2 2021/22', marker) },
    ],
    labels,
  };
}
