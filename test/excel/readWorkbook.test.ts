/// <reference types="office-js" />
import type { SheetGrid } from '../../src/core/values/types';
import { readWorkbook } from '../../src/excel/readWorkbook';
import { syntheticGrid } from '../../bench/syntheticGrid';
import { FakeExcel } from './fakeExcel';
import { fakeWith, sampleGrids } from './sampleWorkbook';

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
});
