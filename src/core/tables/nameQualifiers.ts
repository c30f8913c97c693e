/**
 * Rows of one name told apart by another column: a public health profile gives life expectancy for
 * men and for women on two rows named "A01b - Life expectancy at birth", the "Sex" column saying
 * which. Each is an indicator of its own, named with the words that tell it apart ("… (Male)"),
 * rather than one indicator on a row for each period.
 */
import { toA1 } from '../address';
import { parsePeriodHeader } from '../periods/parsePeriod';
import type { SheetGrid } from '../values/types';
import type { Issue } from '../warnings';
import { warning } from '../warningMessages';
import { parseNumber } from '../values/parseNumber';
import { cellValue } from './gridAccess';
import { displayText } from './headerText';
import type { ColumnInfo, TableRow } from './types';

/** The longest words taken to tell rows apart ("Male", "18-64 yrs", "Most deprived decile"). */
const LONGEST = 40;

/** For each row that shares its name with others, the words that tell it apart, and their column. */
export type NameQualifiers = ReadonlyMap<
  number,
  { readonly col: number; readonly text: string; readonly name: string }
>;

/**
 * For rows that share a name, the first column left unread whose words differ on each of them and
 * are neither figures nor periods (a column of periods tells apart an indicator's rows for each
 * period, which is another layout): those words, row by row. Rows of one name that no such column
 * tells apart get none.
 */
export function nameQualifiers(
  grid: SheetGrid,
  columns: readonly ColumnInfo[],
  rows: readonly TableRow[],
): NameQualifiers {
  const out = new Map<number, { col: number; text: string; name: string }>();
  const nameCol = columns.find((c) => c.role === 'name')?.col;
  if (nameCol === undefined) return out;
  // Only a column left unread can tell rows apart: a table with none (most) is done at once.
  const spare = columns.filter((c) => c.role === 'ignore' && c.source === 'detected' && c.col !== nameCol);
  if (spare.length === 0) return out;
  const byName = new Map<string, number[]>();
  for (const { row } of rows) {
    const name = displayText(cellValue(grid, row, nameCol));
    if (name === '') continue;
    const list = byName.get(name);
    if (list) list.push(row);
    else byName.set(name, [row]);
  }
  for (const [name, group] of byName) {
    if (group.length < 2) continue;
    for (const c of spare) {
      const words = group.map((row) => displayText(cellValue(grid, row, c.col)));
      const apart =
        new Set(words).size === words.length &&
        words.every((w) => w !== '' && w.length <= LONGEST && parseNumber(w).value === null && !isPeriod(w));
      if (!apart) continue;
      group.forEach((row, i) => out.set(row, { col: c.col, text: words[i], name }));
      break;
    }
  }
  return out;
}

/** Words that read as a period, years pooled included ("2021 - 23"). */
const isPeriod = (w: string) => parsePeriodHeader(w, null, { calendarYears: true }) !== null;

/** The name a row is read with: its own, and the words that tell it apart from rows of the same name. */
export function qualifiedName(name: string, qualifier: { readonly text: string } | undefined): string {
  return qualifier ? `${name} (${qualifier.text})` : name;
}

/** Says, for each name shared by rows told apart, which column names them and how (`names-qualified`). */
export function nameQualifierIssues(
  grid: SheetGrid,
  columns: readonly ColumnInfo[],
  qualifiers: NameQualifiers,
): Issue[] {
  const groups = new Map<string, number[]>();
  for (const [row, { name }] of qualifiers) {
    const list = groups.get(name);
    if (list) list.push(row);
    else groups.set(name, [row]);
  }
  const out: Issue[] = [];
  for (const [name, rows] of groups) {
    const col = qualifiers.get(rows[0])!.col;
    const header = columns.find((c) => c.col === col)?.header ?? '';
    const cell = `${toA1(rows[0], col)}:${toA1(rows[rows.length - 1], col)}`;
    const names = rows.map((r) => qualifiedName(name, qualifiers.get(r)));
    const at = { sheet: grid.name, cell };
    out.push(warning('names-qualified', { ...at, name, header, names }, at));
  }
  return out;
}
