/**
 * One indicator shown in more than one table, and one name on more than one sheet for different
 * indicators. A workbook often gathers every directorate's measures on a "Summary" tab (by formulas
 * reading the directorates' tabs, or pasted) beside the tabs themselves, or heads a sheet with a
 * table of headline measures above the table of them all: read table by table, each such indicator
 * would be counted twice ("all 6 indicators were rated" of a scorecard of 3). And a measure kept for
 * two areas, a sheet each ("North", "South"), would be named alike wherever the narrative names it
 * beside others ("the one improvement … was in re-referrals …; the one decline … was in
 * re-referrals …").
 *
 * The rule, decided as the indicators are read, before the period is chosen (so that its counts are
 * of the indicators reported):
 * - Copies of an indicator in different tables are one indicator when they have the same name, the
 *   same reference (where both have one), the same figures for every period both give (one at least),
 *   and the same target, polarity and tolerance. It is reported once; the other copies are rated and
 *   coloured in the copy as it is, but not reported again. Of the copies, the one reported is the
 *   one whose figures are entered rather than formulas reading another sheet; then the one with the
 *   most figures (a summary giving the latest quarter alone beside a tab giving every quarter); then
 *   the first in the workbook. A warning (`indicators-repeated`) at each table whose copies are not
 *   reported names where they are reported from. (Copies in one table are its own business: see
 *   `duplicate-reference`.)
 * - Indicators of the same name on different sheets that are not one (their own figures or targets)
 *   are each named with their sheet: "… (North)", with a note at each such sheet
 *   (`indicators-named-with-sheet`); their settings stay keyed by the name as written.
 */
import { toA1 } from '../address';
import type { Indicator } from '../indicators/types';
import type { DetectedTable } from '../tables/types';
import type { SheetGrid } from '../values/types';
import { tidySpaces } from '../values/whitespace';
import type { Issue } from '../warnings';
import { warning } from '../warningMessages';

/** What {@link findRepeats} decides. */
export interface Repeats {
  /** The copies not reported (by {@link copyKey}): an indicator reported from another table. */
  readonly repeats: ReadonlySet<string>;
  readonly issues: Issue[];
}

/** An indicator's place, which stays its own as it is rated: its sheet and row. */
export function copyKey(ind: Pick<Indicator, 'sheet' | 'row'>): string {
  return `${ind.sheet}\u0000${ind.row}`;
}

/** A reference to a cell on a named sheet, as a formula reading another sheet has: `'Children''s'!E4`, `Adults!$F$2`. */
const OTHER_SHEET_CELL = /!\$?[A-Za-z]{1,3}\$?\d/;

/** Whether an indicator's row has a reference of its own, rather than the id made from its sheet and row. */
function hasRef(ind: Indicator): boolean {
  return ind.id !== `${ind.sheet}!${ind.row + 1}`;
}

/** The figures an indicator gives, by period. */
function figures(ind: Indicator): Map<string, number> {
  const out = new Map<string, number>();
  for (const v of ind.values)
    if (v.measure.value !== null) out.set(`${v.period.kind}:${v.period.sortKey}`, v.measure.value);
  return out;
}

/** Whether two copies are one indicator (see the module's rule). */
function same(x: Indicator, y: Indicator, fx: Map<string, number>, fy: Map<string, number>): boolean {
  if (x.polarity !== y.polarity) return false;
  if (hasRef(x) && hasRef(y) && x.id !== y.id) return false;
  const tx = x.target;
  const ty = y.target;
  if ((tx?.value ?? null) !== (ty?.value ?? null) || (tx?.lower ?? null) !== (ty?.lower ?? null)) return false;
  if ((tx?.upper ?? null) !== (ty?.upper ?? null)) return false;
  if (JSON.stringify(x.tolerance) !== JSON.stringify(y.tolerance)) return false;
  let shared = 0;
  for (const [period, value] of fx) {
    const other = fy.get(period);
    if (other === undefined) continue;
    if (Math.abs(other - value) > 1e-9 * Math.max(1, Math.abs(value))) return false;
    shared++;
  }
  return shared > 0;
}

/** Whether any of a copy's figures is a formula reading another sheet (a summary's, reading a tab). */
function readsAnotherSheet(ind: Indicator, grids: ReadonlyMap<string, SheetGrid>): boolean {
  const formulas = grids.get(ind.sheet)?.formulas;
  if (!formulas) return false;
  return ind.values.some((v) => {
    const f = formulas[v.measure.row]?.[v.measure.col];
    return typeof f === 'string' && OTHER_SHEET_CELL.test(f);
  });
}

/** The table an indicator's row is in, by its index in `tables`; -1 where none holds it. */
function tableOf(ind: Indicator, tables: readonly DetectedTable[]): number {
  return tables.findIndex((t) => t.sheet === ind.sheet && ind.row >= t.top && ind.row <= t.bottom);
}

/** The cell of a copy's name, where its table has a name column; else its row's first figure's. */
function nameCell(ind: Indicator, table: DetectedTable | undefined): string {
  const col = table?.columns.find((c) => c.role === 'name')?.col;
  return col !== undefined ? toA1(ind.row, col) : (ind.values[0]?.measure.cell ?? toA1(ind.row, 0));
}

/** Whether `a` comes before `b`, compared a place at a time. */
function before(a: readonly number[], b: readonly number[]): boolean {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k] < b[k];
  return false;
}

/**
 * Decides which copies are reported (see the module's rule), and names with their sheet, in place,
 * the indicators of one name on different sheets that are not one.
 */
export function findRepeats(
  indicators: Indicator[],
  grids: readonly SheetGrid[],
  tables: readonly DetectedTable[],
): Repeats {
  const none: Repeats = { repeats: new Set(), issues: [] };
  if (tables.length < 2) return none;
  const homes = indicators.map((ind) => tableOf(ind, tables));
  if (homes.every((t) => t === homes[0])) return none;
  const byName = new Map<string, number[]>();
  indicators.forEach((ind, i) => {
    const key = tidySpaces(ind.name).toLowerCase();
    const list = byName.get(key);
    if (list) list.push(i);
    else byName.set(key, [i]);
  });
  const sheets = new Map(grids.map((g) => [g.name, g]));
  /** The copies not reported, by index, with the index of the copy reported instead. */
  const dropped = new Map<number, number>();
  /** The indicators named with their sheet, by index, with the other sheets that have their names. */
  const qualified = new Map<number, string[]>();
  for (const list of byName.values()) {
    if (list.length < 2 || list.every((i) => homes[i] === homes[list[0]])) continue;
    const found = new Map(list.map((i) => [i, figures(indicators[i])]));
    const groups: number[][] = [];
    for (const i of list) {
      // Copies in one table are not one another's: that is the table's own duplicate.
      const group = groups.find(
        (g) =>
          g.every((j) => homes[j] !== homes[i]) &&
          same(indicators[g[0]], indicators[i], found.get(g[0])!, found.get(i)!),
      );
      if (group) group.push(i);
      else groups.push([i]);
    }
    const kept: number[] = [];
    for (const group of groups) {
      // Entered figures before formulas reading another sheet, then the most figures, then the first.
      const ranks = new Map(
        group.map((i) => [i, [readsAnotherSheet(indicators[i], sheets) ? 1 : 0, -found.get(i)!.size, i]]),
      );
      const best = group.reduce((b, i) => (before(ranks.get(i)!, ranks.get(b)!) ? i : b));
      kept.push(best);
      for (const i of group) if (i !== best) dropped.set(i, best);
    }
    const keptSheets = [...new Set(kept.map((i) => indicators[i].sheet))];
    if (keptSheets.length > 1)
      for (const i of kept)
        qualified.set(
          i,
          keptSheets.filter((s) => s !== indicators[i].sheet),
        );
  }
  const issues = [
    ...repeatIssues(indicators, homes, dropped, tables),
    ...namedIssues(indicators, homes, qualified, tables),
  ];
  for (const i of qualified.keys()) {
    const ind = indicators[i];
    indicators[i] = { ...ind, name: `${ind.name} (${ind.sheet})`, writtenName: ind.name };
  }
  return { repeats: new Set([...dropped.keys()].map((i) => copyKey(indicators[i]))), issues };
}

/**
 * One warning for each table with copies not reported, at its first, naming where they are reported
 * from: the other sheets, or the other tables on its own sheet.
 */
function repeatIssues(
  indicators: readonly Indicator[],
  homes: readonly number[],
  dropped: ReadonlyMap<number, number>,
  tables: readonly DetectedTable[],
): Issue[] {
  type Place = { sheet: string; count: number } | { table: string; count: number };
  const byTable = new Map<number, { first: number; count: number; places: Map<string, Place> }>();
  for (const i of [...dropped.keys()].sort((a, b) => a - b)) {
    let s = byTable.get(homes[i]);
    if (!s) byTable.set(homes[i], (s = { first: i, count: 0, places: new Map() }));
    s.count++;
    const from = dropped.get(i)!;
    const table = tables[homes[from]];
    // Another sheet by its name; another table on this sheet by its header's first cell.
    const where: Place =
      indicators[from].sheet !== indicators[i].sheet || !table
        ? { sheet: indicators[from].sheet, count: 0 }
        : { table: toA1(table.headerRow, table.left), count: 0 };
    const key = 'sheet' in where ? `sheet:${where.sheet}` : `table:${where.table}`;
    const place = s.places.get(key) ?? where;
    place.count++;
    s.places.set(key, place);
  }
  return [...byTable].map(([home, s]) => {
    const sheet = indicators[s.first].sheet;
    const at = { sheet, cell: nameCell(indicators[s.first], tables[home]) };
    const args = { ...at, count: s.count, name: indicators[s.first].name, places: [...s.places.values()] };
    return warning('indicators-repeated', args, at);
  });
}

/**
 * One note for each sheet whose indicators are named with it, at the first, naming the other sheets
 * with different indicators of their names (`indicators-named-with-sheet`).
 */
function namedIssues(
  indicators: readonly Indicator[],
  homes: readonly number[],
  qualified: ReadonlyMap<number, readonly string[]>,
  tables: readonly DetectedTable[],
): Issue[] {
  const bySheet = new Map<string, { first: number; count: number; others: Set<string> }>();
  for (const i of [...qualified.keys()].sort((a, b) => a - b)) {
    const sheet = indicators[i].sheet;
    let s = bySheet.get(sheet);
    if (!s) bySheet.set(sheet, (s = { first: i, count: 0, others: new Set() }));
    s.count++;
    for (const other of qualified.get(i)!) s.others.add(other);
  }
  return [...bySheet].map(([sheet, s]) => {
    const at = { sheet, cell: nameCell(indicators[s.first], tables[homes[s.first]]) };
    const args = { ...at, name: indicators[s.first].name, count: s.count, others: [...s.others] };
    return warning('indicators-named-with-sheet', args, at);
  });
}
