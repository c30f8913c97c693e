/// <reference types="office-js" />
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';
import { buildReport } from '../../src/core/report/buildReport';
import type { SheetGrid } from '../../src/core/values/types';
import { readWorkbook, rowsLeftOut } from '../../src/excel/readWorkbook';
import { syntheticGrid } from '../../bench/syntheticGrid';
import { FakeExcel } from './fakeExcel';
import { fakeWith, sampleGrids, syntheticExcel } from './sampleWorkbook';

/** A grid as the .xlsx reader gives it, with "General" for a missing format and blank rows trimmed. */
function normalise(grid: SheetGrid) {
  const rows = grid.values.map((row, r) => row.map((v, c) => [v ?? null, grid.formats?.[r]?.[c] ?? 'General']));
  const trimmed = rows.map((row) => {
    const out = [...row];
    while (out.length && out[out.length - 1][0] === null && out[out.length - 1][1] === 'General') out.pop();
    return out;
  });
  while (trimmed.length && !trimmed[trimmed.length - 1].length) trimmed.pop();
  return { name: grid.name, cells: trimmed, tables: grid.tables ?? [] };
}

describe('readWorkbook', () => {
  it('reads every sheet of the sample, values, formats and Excel tables, in two round trips', async () => {
    const grids = await sampleGrids();
    const excel = fakeWith(grids);
    const read = await excel.run((context) => readWorkbook(context));
    expect(read.map(normalise)).toEqual(grids.map(normalise));
    expect(excel.roundTrips).toBe(2);
  });

  it('anchors the grid at A1 when the used range starts lower and further right', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Offset');
    excel.setCell('Offset', 'C4', 'Indicator');
    excel.setCell('Offset', 'D5', 0.927, { format: '0.0%' });
    const [grid] = await excel.run((context) => readWorkbook(context));
    expect(grid.values[0] ?? []).toEqual([]);
    expect(grid.values[3]).toEqual([null, null, 'Indicator', null]);
    expect(grid.values[4]).toEqual([null, null, null, 0.927]);
    expect(grid.formats?.[4]?.[3]).toBe('0.0%');
  });

  it('turns Excel errors into error values, keeps text that looks like an error or a formula as text, and gives formulas without "="', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Codes');
    excel.setCell('Codes', 'A1', { error: '#N/A' }, { formula: 'NA()' });
    excel.setCell('Codes', 'B1', '#N/A');
    excel.setCell('Codes', 'C1', '=HYPERLINK("http://x","y")', { format: '@' });
    excel.setCell('Codes', 'D1', 12, { formula: 'SUM(E1:E2)' });
    const [grid] = await excel.run((context) => readWorkbook(context));
    expect(grid.values[0]).toEqual([{ error: '#N/A' }, '#N/A', '=HYPERLINK("http://x","y")', 12]);
    expect(grid.formulas?.[0]).toEqual(['NA()', null, null, 'SUM(E1:E2)']);
  });

  it('says which Excel tables show their totals row (Table.showTotals)', async () => {
    const grid = {
      name: 'Housing',
      values: [
        ['Ref', 'Indicator', 'Q1 2023/24'],
        ['H1', 'Homes let', 12],
        [null, 'Total', 12],
        ['Ref', 'Indicator', 'Q1 2023/24'],
        ['H2', 'Voids', 3],
      ],
      tables: [
        { name: 'tblLet', top: 0, left: 0, bottom: 2, right: 2, totalsRow: true },
        { name: 'tblVoids', top: 3, left: 0, bottom: 4, right: 2 },
      ],
    };
    const [read] = await fakeWith([grid]).run((context) => readWorkbook(context));
    expect(read.tables).toEqual([
      { name: 'tblLet', top: 0, left: 0, bottom: 2, right: 2, totalsRow: true },
      { name: 'tblVoids', top: 3, left: 0, bottom: 4, right: 2 },
    ]);
  });

  it('gives an empty sheet as an empty grid, and never writes', async () => {
    const excel = fakeWith(await sampleGrids());
    excel.addSheet('Blank');
    const before = excel.snapshot();
    const grids = await excel.run((context) => readWorkbook(context));
    expect(grids.find((g) => g.name === 'Blank')).toEqual({ name: 'Blank', values: [], formats: [], formulas: [] });
    expect(excel.snapshot()).toBe(before);
  });

  it('gives the rows the officer has hidden, in one more round trip only when a sheet has any', async () => {
    const grids = await sampleGrids();
    const excel = fakeWith(grids);
    const name = grids[0].name;
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(name);
      ws.getRange('7:8').rowHidden = true;
      ws.getRange('12:12').rowHidden = true;
      // A blank row hidden far below the table says nothing.
      ws.getRange('400:400').rowHidden = true;
      await context.sync();
    });
    const before = excel.roundTrips;
    const read = await excel.run((context) => readWorkbook(context));
    expect(excel.roundTrips - before).toBe(3);
    expect(read[0].hiddenRows).toEqual([6, 7, 11]);
    expect(read.slice(1).map((g) => g.hiddenRows)).toEqual(read.slice(1).map(() => undefined));
    // The report leaves those rows' indicators out, as from the file.
    const report = buildReport(read, DEFAULT_CONFIG);
    const rows = report.items.filter((i) => i.indicator.sheet === name).map((i) => i.indicator.row);
    expect(rows.length).toBeGreaterThan(5);
    for (const r of [6, 7, 11]) expect(rows).not.toContain(r);
    expect(report.issues.filter((i) => i.code === 'rows-hidden')).toHaveLength(1);
  });

  // Moray's Pentana export: "Measured annually" merged over the two quarters' cells K10:L10.
  it('gives the merged areas whose words the engine reads, in one more round trip, where Excel can say', async () => {
    const excel = new FakeExcel();
    excel.addSheet("CEO PI's", {
      values: [
        ['Code', 'PI', 'Q1 2017/18', 'Q2 2017/18', 'Target'],
        ['CE068', 'Customer Satisfaction Index', 'Measured annually', null, 0.5],
        ['CE069', 'Print work', 0.28, 0.25, 0.3],
      ],
      merges: [
        { top: 1, left: 2, bottom: 1, right: 3 },
        // A figure merged over two cells is its top-left cell's alone: not given to the engine.
        { top: 2, left: 2, bottom: 2, right: 3 },
      ],
    });
    excel.addSheet('Other', { values: [['Indicator']] });
    const plain = await excel.run((context) => readWorkbook(context));
    expect(plain.map((g) => g.merges)).toEqual([undefined, undefined]);
    const before = excel.roundTrips;
    const read = await excel.run((context) => readWorkbook(context, { mergedAreas: true }));
    expect(excel.roundTrips - before).toBe(3);
    expect(read.map((g) => g.merges)).toEqual([[{ top: 1, left: 2, bottom: 1, right: 3 }], undefined]);
    const report = buildReport(read, { ...DEFAULT_CONFIG, period: 'Q2 2017/18' });
    const annual = report.items.find((i) => i.indicator.id === 'CE068')!;
    expect([annual.rating.status, annual.rating.reportedAnnually]).toEqual(['no-data', true]);
  });

  it('reads a sheet of more than 512 merged areas without them, and the other sheets with theirs', async () => {
    const excel = new FakeExcel();
    const many = Array.from({ length: 600 }, (_, k) => ({ top: k, left: 0, bottom: k, right: 1 }));
    excel.addSheet('Many', { values: many.map((_, k) => [`Heading ${k + 1}`]), merges: many });
    excel.addSheet('Few', { values: [['Measured annually']], merges: [{ top: 0, left: 0, bottom: 0, right: 1 }] });
    const read = await excel.run((context) => readWorkbook(context, { mergedAreas: true }));
    expect(read.map((g) => g.merges)).toEqual([undefined, [{ top: 0, left: 0, bottom: 0, right: 1 }]]);
  });

  it('finds hidden rows from visible areas whatever the list separator, whole rows and columns included', () => {
    const bounds = { top: 2, left: 0, bottom: 11, right: 5 };
    expect(rowsLeftOut('Sheet1!A3:F5, Sheet1!A8:F8, Sheet1!A11:F12', bounds)).toEqual([5, 6, 8, 9]);
    expect(rowsLeftOut("'Q2; Adults, 2024'!$A$3:$F$5;'Q2; Adults, 2024'!$A$8:$F$12", bounds)).toEqual([5, 6]);
    expect(rowsLeftOut('Sheet1!3:9', bounds)).toEqual([9, 10, 11]);
    expect(rowsLeftOut('Sheet1!A:F', bounds)).toEqual([]);
    expect(rowsLeftOut('Sheet1!A3', bounds)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('keeps every round trip under the 5 MB limit for a 5,000-indicator sheet, in a handful of round trips', async () => {
    const source = syntheticGrid(5000);
    const excel = fakeWith([source]);
    const [grid] = await excel.run((context) => readWorkbook(context));
    expect(normalise(grid)).toEqual(normalise(source));
    expect(Math.max(...excel.trips.map((t) => t.responseBytes))).toBeLessThan(excel.payloadLimit);
    expect(excel.roundTrips).toBeLessThanOrEqual(5);
  });

  it('halves a round trip Excel refuses for its size, and still reads everything', async () => {
    const source = syntheticGrid(600);
    const excel = fakeWith([source]);
    excel.payloadLimit = 150_000;
    const [grid] = await excel.run((context) => readWorkbook(context));
    expect(normalise(grid)).toEqual(normalise(source));
    expect(excel.trips.filter((t) => t.responseBytes > excel.payloadLimit).length).toBeGreaterThan(0);
  });

  describe('a stray value far from the table', () => {
    /** Reads a scorecard of `n` indicators, with the values given placed as a user might have left them. */
    async function readWith(stray: [string, string][], n = 1000, cellsPerSync?: number) {
      const excel = syntheticExcel(n);
      for (const [address, value] of stray) excel.setCell('Scorecard', address, value);
      const grids = await excel.run((context) => readWorkbook(context, { cellsPerSync }));
      const bytes = excel.trips.reduce((n, t) => n + t.requestBytes + t.responseBytes, 0);
      return { excel, grids, bytes, report: buildReport(grids, DEFAULT_CONFIG) };
    }

    let plain: Awaited<ReturnType<typeof readWith>> | undefined;

    it.each([['A200000'], ['XFD1048576'], ['XFD1']])(
      'at %s is not read: the table is, at no more than twice the cost, and a warning names the cell',
      async (address) => {
        plain ??= await readWith([]);
        const stray = await readWith([[address, 'old note']]);
        // What the officer sees: the same indicators, and the cell to clear.
        expect(stray.report.items.map((i) => i.indicator.name)).toEqual(
          plain.report.items.map((i) => i.indicator.name),
        );
        expect(plain.report.items).toHaveLength(1000);
        const far = stray.report.issues.filter((i) => i.code === 'far-cell-ignored');
        expect(far.map((i) => i.cell)).toEqual([address]);
        expect(far[0].message).toContain(`Scorecard!${address}`);
        // What Excel sees: every round trip within Excel on the web's 5 MB, and at most twice the table's cost.
        expect(Math.max(...stray.excel.trips.map((t) => Math.max(t.requestBytes, t.responseBytes)))).toBeLessThan(
          stray.excel.payloadLimit,
        );
        expect(stray.excel.roundTrips).toBeLessThanOrEqual(2 * plain.excel.roundTrips);
        expect(stray.bytes).toBeLessThanOrEqual(2 * plain.bytes);
        expect(stray.grids[0].values.length).toBe(plain.grids[0].values.length);
      },
    );

    it('looks again, band by band, where the table is taller than the first look', async () => {
      // 20,000 cells a round trip: a first look of 625 rows, shorter than the table's 1,070.
      const small = await readWith([], 1000, 20_000);
      const stray = await readWith([['A200000', 'x']], 1000, 20_000);
      expect(stray.report.items.map((i) => i.indicator.name)).toEqual(small.report.items.map((i) => i.indicator.name));
      expect(stray.report.issues.filter((i) => i.code === 'far-cell-ignored').map((i) => i.cell)).toEqual(['A200000']);
      // One round trip more than the table alone: the second look at the band that holds the table.
      expect(stray.excel.roundTrips).toBe(small.excel.roundTrips + 1);
      expect(stray.bytes).toBeLessThanOrEqual(2 * small.bytes);
    });

    it('still reads a second table however far below the first, and a value near the table', async () => {
      const { grids, report } = await readWith([
        ['A1100', 'note under the table'],
        ['A500000', 'Ref'],
        ['B500000', 'Indicator'],
        ['A500001', 'X1'],
        ['B500001', 'Later table'],
      ]);
      expect(grids[0].values[1099]?.[0]).toBe('note under the table');
      expect(grids[0].values[499_999]).toEqual(['Ref', 'Indicator']);
      expect(report.issues.some((i) => i.code === 'far-cell-ignored')).toBe(false);
    });

    it('reads the same with the stray value inside the first look (the sheet read whole) as outside it', async () => {
      // 100 indicators end near row 110; P1300 is over 1,000 empty rows below, yet within A1:AF1562.
      const inside = await readWith([['P1300', 'x']], 100);
      expect(inside.excel.roundTrips).toBe(2);
      expect(inside.report.issues.filter((i) => i.code === 'far-cell-ignored').map((i) => i.cell)).toEqual(['P1300']);
      expect(inside.grids[0].values.length).toBe((await readWith([], 100)).grids[0].values.length);
    });
  });
});
