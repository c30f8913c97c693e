import type { Bounds } from '../../../src/core/address';
import { DEFAULT_CONFIG } from '../../../src/core/config/defaults';
import { buildReport } from '../../../src/core/report/buildReport';
import {
  bands,
  FAR_COLUMNS,
  FAR_ROWS,
  gridPieces,
  keepPieces,
  lineBoxes,
  mergeBands,
  trimFarCells,
} from '../../../src/core/tables/farCells';
import type { RawValue, SheetGrid } from '../../../src/core/values/types';

const TABLE: RawValue[][] = [
  ['Ref', 'Indicator', 'Polarity', 'Target', 'Q1 2023/24', 'Q2 2023/24'],
  ['PI1', 'Visits on time (%)', 'Higher', 90, 85, 92],
  ['PI2', 'Re-referrals (%)', 'Lower', 20, 22, 18],
];

/** The table with extra values placed at zero-based (row, column). */
function sheet(extra: [number, number, RawValue][]): SheetGrid {
  const values = TABLE.map((row) => [...row]);
  for (const [r, c, v] of extra) {
    while (values.length <= r) values.push([]);
    while (values[r].length < c) values[r].push(null);
    values[r][c] = v;
  }
  return { name: 'Scorecard', values };
}

const b = (top: number, left: number, bottom: number, right: number): Bounds => ({ top, left, bottom, right });

describe('far-away cells', () => {
  it('cuts bands no taller than asked, and merges them back unless a long enough empty run separates them', () => {
    expect(bands(b(0, 0, 2499, 3), 'rows', 1000)).toEqual([b(0, 0, 999, 3), b(1000, 0, 1999, 3), b(2000, 0, 2499, 3)]);
    // 998 empty rows between row 2 and row 1001: one group; 1,000 between row 2 and 1003: two.
    expect(mergeBands([b(0, 0, 2, 5), b(1001, 0, 1001, 0)], 'rows', FAR_ROWS)).toEqual([b(0, 0, 1001, 5)]);
    expect(mergeBands([b(0, 0, 2, 5), null, b(1003, 0, 1003, 0)], 'rows', FAR_ROWS)).toEqual([
      b(0, 0, 2, 5),
      b(1003, 0, 1003, 0),
    ]);
  });

  it('boxes each row from its first used cell to its last, and each column from its first used row to its last', () => {
    // Blanks inside and at the ends of rows; a cell with a formula and no value counts as used.
    const grid: SheetGrid = {
      name: 'S',
      values: [[null, 'a', null, 'b', null], [], [null, null, null, null, null], [1, null], [null, null, null]],
      formulas: [[], [], [], [], [null, null, null, 'X1']],
    };
    const within = b(0, 0, 4, 4);
    expect(lineBoxes(grid, within, 'rows')).toEqual([b(0, 1, 0, 3), null, null, b(3, 0, 3, 0), b(4, 3, 4, 3)]);
    expect(lineBoxes(grid, within, 'columns')).toEqual([b(3, 0, 3, 0), b(0, 1, 0, 1), null, b(0, 3, 4, 3), null]);
    // Within part of the sheet: rows 0 to 3, columns 2 to 3.
    expect(lineBoxes(grid, b(0, 2, 3, 3), 'rows')).toEqual([b(0, 3, 0, 3), null, null, null]);
  });

  it('finds the table and a stray value at A200000 as two pieces, and reads only the table', () => {
    const grid = sheet([[199_999, 0, 'old note']]);
    expect(gridPieces(grid)).toEqual([b(0, 0, 2, 5), b(199_999, 0, 199_999, 0)]);
    const trimmed = trimFarCells(grid);
    expect(trimmed.values).toEqual(TABLE);
    expect(trimmed.farAway).toEqual([b(199_999, 0, 199_999, 0)]);
  });

  it('splits a stray value far to the right of the table (XFD1) by columns', () => {
    const grid = sheet([[0, 16_383, 'x']]);
    expect(gridPieces(grid)).toEqual([b(0, 0, 2, 5), b(0, 16_383, 0, 16_383)]);
    expect(trimFarCells(grid).values[0]).toEqual(TABLE[0]);
  });

  it('keeps values near the table, and far pieces that could be a table or meet an Excel table', () => {
    const near = sheet([[FAR_ROWS + 1, 0, 'note']]); // 999 empty rows below the table
    expect(trimFarCells(near)).toBe(near);
    const secondTable = sheet([
      [5000, 0, 'Ref'],
      [5000, 1, 'Indicator'],
      [5001, 0, 'PI9'],
      [5001, 1, 'Other'],
    ]);
    expect(trimFarCells(secondTable)).toBe(secondTable);
    const listObject = { name: 'tblFar', top: 5000, left: 0, bottom: 5001, right: 0 };
    expect(keepPieces([b(0, 0, 2, 5), b(5000, 0, 5001, 0)], [listObject]).far).toEqual([]);
    expect(keepPieces([b(0, 0, 2, 5), b(5000, 0, 5001, 0)]).far).toEqual([b(5000, 0, 5001, 0)]);
    expect(FAR_COLUMNS).toBeLessThan(16_383);
  });

  it('warns naming the far-away cell, and rates the table as without it', () => {
    const plain = buildReport([sheet([])], DEFAULT_CONFIG);
    const stray = buildReport([trimFarCells(sheet([[199_999, 16_383, 7]]))], DEFAULT_CONFIG);
    expect(stray.items.map((i) => i.indicator.name)).toEqual(plain.items.map((i) => i.indicator.name));
    const far = stray.issues.filter((i) => i.code === 'far-cell-ignored');
    expect(far).toHaveLength(1);
    expect(far[0]).toMatchObject({ sheet: 'Scorecard', cell: 'XFD200000' });
    expect(far[0].message).toContain('Scorecard!XFD200000');
    expect(plain.issues.some((i) => i.code === 'far-cell-ignored')).toBe(false);
  });
});
