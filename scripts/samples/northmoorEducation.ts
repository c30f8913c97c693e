/**
 * The "Education" sheet of the Northmoor sample: an Excel table (ListObject) with quarter-end
 * month headers. A table's header cells are always text in Excel, so the months read "Jun-21".
 */
import type ExcelJS from 'exceljs';
import { COUNT, fitRowHeight, ONE_DP, PERCENT, putTitle, setWidths, styleHeader } from '../lib/workbook';

type Cell = number | string | null;

interface EducationIndicator {
  readonly ref: string;
  readonly name: string;
  readonly polarity: string;
  readonly target: Cell;
  /** Dec-20, Mar-21, Jun-21, Sep-21. */
  readonly values: readonly [Cell, Cell, Cell, Cell];
  readonly format: string;
  readonly commentary: string | null;
}

const MONTHS = ['Dec-20', 'Mar-21', 'Jun-21', 'Sep-21'];

const indicators: readonly EducationIndicator[] = [
  { ref: 'ED01', name: '% of children in care with an up-to-date personal education plan', polarity: 'Higher', target: 0.95, values: [0.912, 0.934, 0.957, 0.968], format: PERCENT, commentary: null },
  { ref: 'ED02', name: '% of eligible 2-year-olds taking up funded early education', polarity: 'Higher', target: 0.75, values: [0.681, 0.702, 0.714, 0.698], format: PERCENT, commentary: 'Take-up fell in the summer term; outreach through family hubs from October.' },
  { ref: 'ED03', name: '% of 16–17 year olds not in education, employment or training or whose activity is not known', polarity: 'Lower', target: 5.5, values: [6.8, 7.4, 5.9, 5.7], format: ONE_DP, commentary: null },
  { ref: 'ED04', name: '% of Education, Health and Care plans issued within 20 weeks (excluding exceptions)', polarity: 'Higher', target: 60, values: [48.5, 52.3, 61.2, 64.0], format: ONE_DP, commentary: 'Additional educational psychology capacity in place since April.' },
  { ref: 'ED05', name: 'Number of children electively home educated', polarity: 'n/a', target: null, values: [412, 455, 468, 503], format: COUNT, commentary: 'Monitoring only.' },
  { ref: 'ED06', name: 'Persistent absence of children in care (% of pupils)', polarity: 'Lower', target: 12, values: [14.1, 13.2, 13.2, 12.4], format: ONE_DP, commentary: null },
];

const TOP = 3;

/** Adds the "Education" sheet, its table named "EducationIndicators" on A3:I9, and returns the sheet. */
export function addEducationSheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet {
  const ws = wb.addWorksheet('Education', {
    views: [{ state: 'frozen', xSplit: 0, ySplit: TOP }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  setWidths(ws, [8, 58, 10, 10, 10, 10, 10, 10, 48]);
  putTitle(ws, 1, 'Education and Inclusion — quarter-end figures', 14);
  ws.addTable({
    name: 'EducationIndicators',
    ref: `A${TOP}`,
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: ['Ref', 'Indicator', 'Polarity', 'Target', ...MONTHS, 'Commentary'].map((name) => ({ name, filterButton: true })),
    rows: indicators.map((i) => [i.ref, i.name, i.polarity, i.target, ...i.values, i.commentary]),
  });
  indicators.forEach((ind, n) => {
    const row = TOP + 1 + n;
    for (let c = 4; c <= 8; c++) {
      const cell = ws.getCell(row, c);
      if (typeof cell.value === 'number') cell.numFmt = ind.format;
      cell.alignment = { horizontal: 'right', vertical: 'top' };
    }
    ws.getCell(row, 1).alignment = { vertical: 'top' };
    ws.getCell(row, 2).alignment = { wrapText: true, vertical: 'top' };
    ws.getCell(row, 3).alignment = { horizontal: 'center', vertical: 'top' };
    ws.getCell(row, 9).alignment = { wrapText: true, vertical: 'top', indent: 1 };
    fitRowHeight(ws, row, [2, 9]);
  });
  styleHeader(ws, TOP, 9);
  return ws;
}
