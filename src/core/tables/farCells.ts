/**
 * Stray cells far from the tables. A value left at A200000 or XFD1048576 makes a sheet's used
 * range enormous: reading all of it costs dozens of round trips and tens of megabytes in Excel
 * (more than Excel on the web's 5 MB allows in one response), for empty cells. Both hosts cut a
 * sheet into *pieces* — groups of cells with no run of {@link FAR_ROWS} empty rows, then no run of
 * {@link FAR_COLUMNS} empty columns, inside them — keep the pieces that can hold a table, and
 * name the others in a `far-cell-ignored` warning rather than read them.
 *
 * The add-in finds the pieces without reading cells (the used range of bands of rows, then of
 * columns); the file reader from the cells it has. Both give the same pieces, because a band is
 * never taller (or wider) than the run that separates two pieces.
 */
import { type Bounds, boundsToA1, toA1 } from '../address';
import type { ListObjectInfo, SheetGrid } from '../values/types';
import type { Issue } from '../warnings';
import { warning } from '../warningMessages';

/** Empty rows that separate two pieces of a sheet. */
export const FAR_ROWS = 1000;
/** Empty columns that separate two pieces of the same rows. */
export const FAR_COLUMNS = 100;

export type Axis = 'rows' | 'columns';

const start = (b: Bounds, axis: Axis) => (axis === 'rows' ? b.top : b.left);
const end = (b: Bounds, axis: Axis) => (axis === 'rows' ? b.bottom : b.right);
const union = (a: Bounds, b: Bounds): Bounds => ({
  top: Math.min(a.top, b.top),
  left: Math.min(a.left, b.left),
  bottom: Math.max(a.bottom, b.bottom),
  right: Math.max(a.right, b.right),
});
const area = (b: Bounds) => (b.bottom - b.top + 1) * (b.right - b.left + 1);

/** A range cut, along one axis, into consecutive bands of at most `size` rows or columns. */
export function bands(range: Bounds, axis: Axis, size: number): Bounds[] {
  const out: Bounds[] = [];
  for (let from = start(range, axis); from <= end(range, axis); from += size) {
    const to = Math.min(end(range, axis), from + size - 1);
    out.push(axis === 'rows' ? { ...range, top: from, bottom: to } : { ...range, left: from, right: to });
  }
  return out;
}

/**
 * The used part of consecutive bands (null for an empty band), in order, merged into groups: a
 * new group starts wherever at least `gap` empty rows (or columns) separate it from the last.
 */
export function mergeBands(used: readonly (Bounds | null)[], axis: Axis, gap: number): Bounds[] {
  const out: Bounds[] = [];
  for (const box of used) {
    if (!box) continue;
    const last = out[out.length - 1];
    if (last && start(box, axis) - end(last, axis) - 1 < gap) out[out.length - 1] = union(last, box);
    else out.push(box);
  }
  return out;
}

/** A row (or column) cluster can only split along columns when it is wider than the gap. */
export const mightSplit = (b: Bounds, axis: Axis, gap: number): boolean => end(b, axis) - start(b, axis) + 1 > gap + 1;

/**
 * The used part of each row (or column) of `within`, in order, from a grid's cells (null for an
 * empty line): what the used range of a band one line tall would give, for {@link mergeBands}.
 */
export function lineBoxes(grid: SheetGrid, within: Bounds, axis: Axis): (Bounds | null)[] {
  // Each line's box is its own, grown in place: a new one for every cell was most of the cost.
  const out: ({ top: number; left: number; bottom: number; right: number } | null)[] = new Array(
    end(within, axis) - start(within, axis) + 1,
  ).fill(null);
  const empty = (values: readonly unknown[] | undefined, formulas: readonly unknown[] | undefined, c: number) =>
    (values?.[c] ?? null) === null && (formulas?.[c] ?? null) === null;
  if (axis === 'rows') {
    // A row's box runs from its first used cell to its last: found from each end, not cell by cell.
    for (let r = within.top; r <= within.bottom; r++) {
      const values = grid.values[r];
      const formulas = grid.formulas?.[r];
      let right = Math.min(within.right, Math.max(values?.length ?? 0, formulas?.length ?? 0) - 1);
      let left = within.left;
      while (left <= right && empty(values, formulas, left)) left++;
      if (left > right) continue;
      while (empty(values, formulas, right)) right--;
      out[r - within.top] = { top: r, left, bottom: r, right };
    }
    return out;
  }
  // Column by column, over the cells each row has (a row stops at its last cell), the rows in order:
  // a column's box starts at its first used row and each used row after moves its bottom down.
  for (let r = within.top; r <= within.bottom; r++) {
    const values = grid.values[r];
    const formulas = grid.formulas?.[r];
    const last = Math.min(within.right, Math.max(values?.length ?? 0, formulas?.length ?? 0) - 1);
    for (let c = within.left; c <= last; c++) {
      if (empty(values, formulas, c)) continue;
      const box = out[c - within.left];
      if (box) box.bottom = r;
      else out[c - within.left] = { top: r, left: c, bottom: r, right: c };
    }
  }
  return out;
}

/** The pieces of a grid, from its cells: row clusters first, then each one's column clusters. */
export function gridPieces(grid: SheetGrid): Bounds[] {
  const height = Math.max(grid.values.length, grid.formulas?.length ?? 0);
  let width = 0;
  for (let r = 0; r < height; r++)
    width = Math.max(width, grid.values[r]?.length ?? 0, grid.formulas?.[r]?.length ?? 0);
  if (!height || !width) return [];
  const rows = mergeBands(
    lineBoxes(grid, { top: 0, left: 0, bottom: height - 1, right: width - 1 }, 'rows'),
    'rows',
    FAR_ROWS,
  );
  return rows.flatMap((cluster) =>
    mightSplit(cluster, 'columns', FAR_COLUMNS)
      ? mergeBands(lineBoxes(grid, cluster, 'columns'), 'columns', FAR_COLUMNS)
      : [cluster],
  );
}

const meets = (a: Bounds, b: Bounds) =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/**
 * Which pieces are read. The largest always is (the first of equals); so is any piece of at
 * least two rows and two columns (a header and an indicator), or that meets an Excel table. The
 * rest — a lone value, a stray column or row of them — are far-away cells, not read.
 */
export function keepPieces(
  pieces: readonly Bounds[],
  tables: readonly ListObjectInfo[] = [],
): { kept: Bounds[]; far: Bounds[] } {
  if (pieces.length < 2) return { kept: [...pieces], far: [] };
  const largest = pieces.reduce((best, p) => (area(p) > area(best) ? p : best));
  const kept: Bounds[] = [];
  const far: Bounds[] = [];
  for (const p of pieces) {
    const table = p.bottom > p.top && p.right > p.left;
    if (p === largest || table || tables.some((t) => meets(t, p))) kept.push(p);
    else far.push(p);
  }
  return { kept, far };
}

/** A grid without the cells of the far pieces (and without the empty rows they left at its end), naming them in `farAway`. */
export function withoutFarCells(grid: SheetGrid, far: readonly Bounds[]): SheetGrid {
  if (!far.length) return grid;
  const drop = <T>(rows: readonly (readonly T[])[] | undefined, blank: T) => {
    if (!rows) return undefined;
    const out = rows.map((row, r) => {
      const hits = far.filter((b) => r >= b.top && r <= b.bottom && b.left < row.length);
      if (!hits.length) return row;
      const copy = [...row];
      for (const b of hits) for (let c = b.left; c <= Math.min(b.right, copy.length - 1); c++) copy[c] = blank;
      while (copy.length && copy[copy.length - 1] === blank) copy.pop();
      return copy;
    });
    return out;
  };
  const values = drop(grid.values, null)!;
  const formats = drop(grid.formats, null);
  const formulas = drop(grid.formulas, null);
  let height = values.length;
  const blank = (row: readonly unknown[] | undefined) => !row || row.every((v) => v === null || v === undefined);
  while (height > 0 && blank(values[height - 1]) && blank(formulas?.[height - 1])) height--;
  const cut = <T>(rows: T[] | undefined) => rows?.slice(0, height);
  return {
    ...grid,
    values: values.slice(0, height),
    ...(formats && { formats: cut(formats) }),
    ...(formulas && { formulas: cut(formulas) }),
    farAway: far,
  };
}

/** The file reader's route: a grid read whole, its far-away cells taken out. */
export function trimFarCells(grid: SheetGrid): SheetGrid {
  return withoutFarCells(grid, keepPieces(gridPieces(grid), grid.tables).far);
}

/** One `far-cell-ignored` warning for each far piece of a grid. */
export function farCellIssues(grid: SheetGrid): Issue[] {
  return (grid.farAway ?? []).map((b) => {
    const single = b.top === b.bottom && b.left === b.right;
    const where = boundsToA1(b);
    return warning(
      'far-cell-ignored',
      { sheet: grid.name, where, single },
      { sheet: grid.name, cell: single ? toA1(b.top, b.left) : where },
    );
  });
}
