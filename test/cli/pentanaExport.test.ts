/**
 * A scorecard exported from Pentana, laid out as Moray Council's "2018/19 Quarter Year to June
 * Corporate Services Performance Report": a section title over each table, the header repeated for
 * each, "Code & Name" merged over the code and the name columns, a row of "Value" under the
 * periods, "Latest Note", and the status as Pentana's icon names (OK, Warning, Alert).
 * Before, nothing could be read: "Code & Name" named no column of names, and the "Value" row ended
 * each table. What the officer should see was worked out by hand before the command was run:
 * - the report is on Q1 2018/19 (column F), the names from column C, the codes from column B;
 * - FICT056: 100 % against 90 %: green; CORP8: 94.2 % against 95 %, within 5 %: amber; CSHR002:
 *   82 % against 90 %, below 85.5 %: red. Each as the sheet's status says (OK, Warning, Alert);
 * - the notes are quoted as the service's commentary.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runReport } from '../../src/cli/runReport';
import type { ReportJson } from '../../src/core';

const SHEET = 'CS PIs Q1 2018-19';

async function workbook(): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'scorecard-pentana-')), 'moray.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.getCell('A1').value = '2018/19 Quarter Year to June';
  const section = (row: number, title: string) => {
    ws.getCell(`A${row}`).value = title;
    ws.getRow(row + 1).values = [
      'Cat',
      'Code & Name',
      null,
      'Target',
      'Q4 2017/18',
      'Q1 2018/19',
      'Latest Note',
      'Status',
    ];
    ws.mergeCells(`B${row + 1}:C${row + 1}`);
    ws.getCell(`E${row + 2}`).value = 'Value';
    ws.getCell(`F${row + 2}`).value = 'Value';
  };
  const indicator = (row: number, cells: (string | number)[], format: string | null) => {
    ws.getRow(row).values = cells;
    if (format) for (const c of ['D', 'E', 'F']) ws.getCell(`${c}${row}`).numFmt = format;
  };
  section(3, 'Corporate Services - Audit');
  indicator(
    6,
    [
      'Local',
      'FICT056',
      'Percentage of Audit Reports issued within target timescale following audit completion',
      0.9,
      1,
      1,
      'All reports are issued promptly on completion.',
      'OK',
    ],
    '0%',
  );
  indicator(
    7,
    [
      'Nat(b)',
      'CORP8',
      'Percentage of invoices sampled that were paid within 30 days',
      0.95,
      0.944,
      0.942,
      'Two services with late authorisations followed up.',
      'Warning',
    ],
    '0.0%',
  );
  section(9, 'Corporate Services - Human Resources');
  indicator(
    12,
    [
      'Local',
      'CSHR002',
      '% of employee PRDs completed within the last 12 months',
      90,
      84,
      82,
      'Reminders issued to all heads of service.',
      'Alert',
    ],
    null,
  );
  await wb.xlsx.writeFile(file);
  return file;
}

describe('a Pentana export with "Code & Name" over two columns and a row of "Value" under the periods', () => {
  let json: ReportJson;
  beforeAll(async () => {
    const r = await runReport({ workbook: await workbook(), format: 'json' });
    expect(r.exitCode).toBe(0);
    json = JSON.parse(r.stdout) as ReportJson;
  });

  it('reads each table, the codes and the names, and rates the quarter as the status says', () => {
    expect(json.period).toBe('Q1 2018/19');
    expect(json.indicators.map((i) => [i.id, i.cell, i.rag, i.sheetRag?.rag ?? null])).toEqual([
      ['FICT056', 'F6', 'green', 'green'],
      ['CORP8', 'F7', 'amber', 'amber'],
      ['CSHR002', 'F12', 'red', 'red'],
    ]);
    expect(json.indicators[1].name).toBe('Percentage of invoices sampled that were paid within 30 days');
    expect(json.warnings.filter((w) => /^(rag-disagrees|sheet-rag-unreadable)$/.test(w.code))).toEqual([]);
  });

  it("quotes the latest note as the service's comment", () => {
    expect(json.narrative.text).toContain('“Two services with late authorisations followed up.”');
  });
});
