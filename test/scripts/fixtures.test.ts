/**
 * The built workbooks agree with the catalogue: every file exists, has the sheets, header rows,
 * sections, Excel tables and stored values the catalogue states, so the catalogue's hand-worked
 * ratings are about the numbers really in the files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { catalogue, type FixtureFacts, type TableFacts } from '../fixtures/catalogue';
import {
  columnNumber,
  isPercentFormat,
  readAsPerson,
  readWorkbook,
  ROOT,
  rowTexts,
  storedValue,
} from './fixtureReader';

const workbooks = catalogue.filter((f) => f.outcome !== 'not-a-workbook' && f.outcome !== 'encrypted');
const tables = workbooks.flatMap((f) => f.tables.map((t) => [f.file, t.sheet, t.headerRow, f, t] as const));

function sheetOf(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet "${name}"`);
  return ws;
}

function lastColumn(t: TableFacts): number {
  return Math.max(...Object.keys(t.columns).map(columnNumber));
}

describe('every catalogued workbook', () => {
  it.each(workbooks.map((f) => [f.file, f] as const))(
    '%s has the catalogued sheets',
    async (_file, facts: FixtureFacts) => {
      const wb = await readWorkbook(facts.path);
      expect(wb.worksheets.map((ws) => ws.name)).toEqual(facts.sheets);
    },
  );
});

describe('every catalogued table', () => {
  it.each(tables)(
    '%s, sheet %s: header on row %i, indicators where the catalogue says',
    async (_f, _s, _h, facts, t) => {
      const ws = sheetOf(await readWorkbook(facts.path), t.sheet);
      for (const letter of Object.keys(t.columns)) {
        expect(storedValue(ws.getCell(`${letter}${t.headerRow}`))).not.toBeNull();
      }
      if (t.headerRow > 1) {
        expect(rowTexts(ws, t.headerRow - 1, lastColumn(t)).length).toBeLessThan(
          rowTexts(ws, t.headerRow, lastColumn(t)).length,
        );
      }
      const nameCol = Object.entries(t.columns).find(([, role]) => role === 'name')?.[0] ?? 'B';
      for (const ind of t.indicators) {
        const row = Number(ind.cell.replace(/^[A-Z]+/, ''));
        expect(row).toBeGreaterThan(t.headerRow);
        expect(row).toBeLessThanOrEqual(t.lastRow);
        expect(storedValue(ws.getCell(`${nameCol}${row}`))).toBe(ind.name);
        if (ind.id) expect(storedValue(ws.getCell(`A${row}`))).toBe(ind.id);
        expect(t.columns[ind.cell.replace(/\d+$/, '')]).toBe('period');
        expect(storedValue(ws.getCell(ind.cell))).toEqual(ind.stored);
      }
      if (t.indicators.length > 0)
        expect(Math.max(...t.indicators.map((i) => Number(i.cell.replace(/^[A-Z]+/, ''))))).toBe(t.lastRow);
    },
  );

  it.each(tables)('%s, sheet %s (header %i): values read as a person reads them', async (_f, _s, _h, facts, t) => {
    const ws = sheetOf(await readWorkbook(facts.path), t.sheet);
    for (const ind of t.indicators) {
      const read = readAsPerson(ws.getCell(ind.cell));
      if (ind.value === null) expect(read).toBeNull();
      else expect(read).toBeCloseTo(ind.value, 9);
      if (ind.status === 'no-data') expect(ind.value).toBeNull();
    }
  });

  it.each(tables)(
    '%s, sheet %s (header %i): each indicator sits under its section row',
    async (_f, _s, _h, facts, t) => {
      const ws = sheetOf(await readWorkbook(facts.path), t.sheet);
      const last = lastColumn(t);
      for (const ind of t.indicators) {
        let r = Number(ind.cell.replace(/^[A-Z]+/, '')) - 1;
        let heading: string | null = null;
        for (; r > t.headerRow; r--) {
          const texts = rowTexts(ws, r, last);
          if (texts.length === 1) {
            heading = texts[0];
            break;
          }
        }
        expect(heading).toBe(ind.section);
      }
    },
  );

  it.each(tables)(
    '%s, sheet %s (header %i): the reporting column is the latest most indicators with a target have filled in',
    async (_f, _s, _h, facts, t) => {
      // The rule, worked by hand: the latest period column (not a year to date) where at least half of
      // the indicators with a target, leaving out those reported annually, hold a number or a code,
      // and at least one holds a number.
      const ws = sheetOf(await readWorkbook(facts.path), t.sheet);
      const periodCols = Object.entries(t.columns)
        .filter(
          ([l, role]) =>
            role === 'period' &&
            !/\b(?:ytd|year to date|cumulative)\b/i.test(String(storedValue(ws.getCell(t.headerRow, columnNumber(l))))),
        )
        .map(([l]) => columnNumber(l));
      const targeted = t.indicators.filter((i) => i.target !== null && i.polarity !== 'none' && !i.reportedAnnually);
      const counted = targeted.length > 0 ? targeted : t.indicators;
      const rowOf = (cell: string) => Number(cell.replace(/^[A-Z]+/, ''));
      const qualifying = periodCols.filter((c) => {
        const cells = counted.map((i) => ws.getCell(rowOf(i.cell), c));
        const filled = cells.filter((cell) => storedValue(cell) !== null && storedValue(cell) !== '').length;
        return cells.some((cell) => readAsPerson(cell) !== null) && filled * 2 >= counted.length;
      });
      const reporting = new Set(t.indicators.map((i) => columnNumber(i.cell.replace(/\d+$/, ''))));
      if (t.indicators.length > 0) expect([...reporting]).toEqual([Math.max(...qualifying)]);
    },
  );
});

describe('Excel tables (ListObjects)', () => {
  const listed = tables.filter(([, , , , t]) => t.tableName !== null);
  it.each(listed)('%s, sheet %s: the table spans the catalogued rows', async (_f, _s, _h, facts, t) => {
    const ws = sheetOf(await readWorkbook(facts.path), t.sheet);
    const table = ws.getTable(t.tableName as string) as unknown as { table: { tableRef: string; totalsRow?: boolean } };
    const ref = table.table.tableRef;
    // A shown totals row is the table's last row, below the last indicator.
    expect(ref.split(':').map((a) => Number(a.replace(/^[A-Z]+/, '')))).toEqual([
      t.headerRow,
      t.lastRow + (table.table.totalsRow ? 1 : 0),
    ]);
  });
});

describe('files that are not readable scorecards', () => {
  it('not-a-workbook.xlsx is text, not a zip', () => {
    const bytes = readFileSync(join(ROOT, 'test/fixtures/not-a-workbook.xlsx'));
    expect(bytes.subarray(0, 2).toString('latin1')).not.toBe('PK');
    expect(bytes.toString('utf8')).toContain('Ref,Indicator');
  });

  it('encrypted.xlsx is an OLE2 compound file holding EncryptionInfo and EncryptedPackage', () => {
    const bytes = readFileSync(join(ROOT, 'test/fixtures/encrypted.xlsx'));
    expect(bytes.subarray(0, 8).toString('hex')).toBe('d0cf11e0a1b11ae1');
    expect(bytes.toString('utf16le')).toContain('EncryptedPackage');
  });

  it('empty.xlsx has one sheet with no cells', async () => {
    const ws = sheetOf(await readWorkbook('test/fixtures/empty.xlsx'), 'Sheet1');
    expect(ws.actualRowCount).toBe(0);
  });

  it('a percentage with a quoted "%" in its format is not scaled', () => {
    expect(isPercentFormat('0.0"%"')).toBe(false);
    expect(isPercentFormat('0.0%')).toBe(true);
  });
});
