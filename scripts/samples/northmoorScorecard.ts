/**
 * The "Scorecard" sheet of the Northmoor sample: two title rows, a blank row, the header on
 * row 4, section rows, and the indicators of {@link scorecardLines}.
 */
import type ExcelJS from 'exceljs';
import { COUNT, FONT, fitRowHeight, putRow, putTitle, setWidths, styleHeader, styleSection } from '../lib/workbook';
import { scorecardLines, type ScorecardIndicator } from './northmoorScorecardData';

const HEADER = [
  'Ref', 'Indicator', 'Good is', 'Target 2021/22',
  'Q2 2020/21', 'Q3 2020/21', 'Q4 2020/21', 'Q1 2021/22', 'Q2 2021/22',
  'Stat neighbours 2020/21', 'England 2020/21', 'Numerator', 'Denominator', 'Frequency', 'Commentary', 'Action plan',
];
const HEADER_ROW = 4;
const LAST_COL = HEADER.length;

function putIndicator(ws: ExcelJS.Worksheet, row: number, ind: ScorecardIndicator): void {
  const values = [
    ind.ref, ind.name, ind.goodIs, ind.target, ...ind.values,
    ind.statNeighbours, ind.england, ind.numerator, ind.denominator, ind.frequency, ind.commentary, ind.actions,
  ];
  const formats: Record<number, string> = { 12: COUNT, 13: COUNT };
  for (let c = 4; c <= 11; c++) formats[c] = ind.format;
  putRow(ws, row, values, formats);
  for (let c = 3; c <= 14; c++) {
    ws.getCell(row, c).alignment = { horizontal: c === 3 || c === 14 ? 'center' : 'right', vertical: 'top' };
  }
  ws.getCell(row, 2).alignment = { wrapText: true, vertical: 'top' };
  for (const c of [LAST_COL - 1, LAST_COL]) ws.getCell(row, c).alignment = { wrapText: true, vertical: 'top', indent: 1 };
  ws.getCell(row, 1).alignment = { vertical: 'top' };
}

/** Adds the "Scorecard" sheet to `wb` and returns it. */
export function addScorecardSheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet {
  const ws = wb.addWorksheet('Scorecard', {
    views: [{ state: 'frozen', xSplit: 2, ySplit: HEADER_ROW, zoomScale: 90 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}` },
    headerFooter: { oddFooter: '&LNorthmoor Borough Council&RPage &P of &N' },
  });
  putTitle(ws, 1, 'Northmoor Borough Council — Children\'s Services Performance Scorecard', 14);
  putTitle(ws, 2, 'Quarter 2 2021/22 (July to September 2021) · Children and Young People Scrutiny Committee', 11);
  setWidths(ws, [8, 60, 12, 11, 10, 10, 10, 10, 10, 13, 11, 13, 14, 12, 52, 48]);
  putRow(ws, HEADER_ROW, HEADER);
  styleHeader(ws, HEADER_ROW, LAST_COL);
  ws.getRow(HEADER_ROW).height = 46;

  let row = HEADER_ROW + 1;
  for (const line of scorecardLines) {
    if (typeof line === 'string') {
      putRow(ws, row, [line]);
      styleSection(ws, row, LAST_COL);
    } else {
      putIndicator(ws, row, line);
      fitRowHeight(ws, row, [2, LAST_COL - 1, LAST_COL]);
    }
    row += 1;
  }
  const notes = row + 1;
  putRow(ws, notes, ['Benchmarks are the latest published figures (2020/21). "c" = suppressed (small numbers); TBC = to be confirmed.']);
  ws.getCell(notes, 1).font = { name: FONT, italic: true, size: 9 };

  return ws;
}
