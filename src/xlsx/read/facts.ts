/**
 * The facts the annotated copy's decisions read (see workbookFacts.ts), from the worksheet parts as
 * read: cells before far ones are left out of the grid, rules, merged areas. What exceljs would
 * give for a cell is given the same way (a number's text, a date's as JavaScript spells it), so that
 * a label cell found occupied is named alike.
 */
import { parseRange, type Bounds, type LabelCell, type NarrativeCellContent, type RawValue } from '../../core';
import type { WorkbookFacts } from '../workbookFacts';
import { type CellRead, isWhole, type SheetRead, type StoredCell } from './sheet';

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;

/** A cell's value as text, as exceljs gives a cell's `text`. */
function valueText(cell: CellRead): string {
  const v = cell.value;
  if (cell.date && typeof v === 'number') return new Date(Math.round((v - UNIX_EPOCH_SERIAL) * MS_PER_DAY)).toString();
  return textOf(v);
}

function textOf(v: RawValue | undefined): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'object' ? v.error : String(v);
}

/** What the facts keep of a sheet read: its cells (each a constant's value alone, or whole; see {@link StoredCell}), merged areas and rules. */
interface KeptSheet {
  readonly rows: SheetRead['rows'];
  readonly merges: readonly string[];
  readonly rules: SheetRead['rules'];
}

/** What the facts keep of `read` (not its formats, which the grid has taken). */
const keep = (read: SheetRead): KeptSheet => ({ rows: read.rows, merges: read.merges, rules: read.rules });

/** The cell at `row`, `col` as read (its format left out), or undefined for none. */
const cellAt = (sheet: KeptSheet, row: number, col: number) => asRead(sheet.rows[row]?.[col]);

/** A kept cell as read (its format left out); undefined for none. */
const asRead = (k: StoredCell | undefined): CellRead | undefined =>
  k === undefined ? undefined : isWhole(k) ? k : { value: k, format: null, formula: null, date: false };

/** A read sheet's merged areas (other than single cells) as bounds. */
function areasOf(read: KeptSheet): Bounds[] {
  const out: Bounds[] = [];
  for (const ref of read.merges) {
    const b = parseRange(ref);
    if (b && (b.bottom > b.top || b.right > b.left)) out.push(b);
  }
  return out;
}

const inArea = (b: Bounds, row: number, col: number) =>
  row >= b.top && row <= b.bottom && col >= b.left && col <= b.right && (row > b.top || col > b.left);

/** What a cell holds for the fingerprint: its formula ("=…") or its value as Excel gives it back. */
function content(cell: CellRead): string | number | boolean {
  if (cell.formula) return `=${cell.formula}`;
  const v = cell.value;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return cell.date ? valueText(cell) : v;
  return textOf(v);
}

/** The facts of the worksheets read, by name, in workbook order. Merged cells other than the top-left are already out of `rows`. */
export function partsFacts(sheets: readonly { readonly name: string; readonly read: SheetRead }[]): WorkbookFacts {
  const byName = new Map<string, KeptSheet>();
  for (const s of sheets) if (!byName.has(s.name)) byName.set(s.name, keep(s.read));
  const areas = new Map<KeptSheet, Bounds[]>();
  const areasFor = (read: KeptSheet) => {
    let a = areas.get(read);
    if (!a) areas.set(read, (a = areasOf(read)));
    return a;
  };
  return {
    hasSheet: (sheet) => byName.has(sheet),
    sheetNames: sheets.map((s) => s.name),
    rules: (sheet) => byName.get(sheet)?.rules ?? [],
    labelCell(sheet, row, col): LabelCell {
      const read = byName.get(sheet);
      if (!read) return { kind: 'empty' };
      if (areasFor(read).some((b) => inArea(b, row, col))) return { kind: 'merged' };
      const cell = cellAt(read, row, col);
      if (!cell) return { kind: 'empty' };
      if (cell.formula !== null) return { kind: 'formula', formula: cell.formula };
      return { kind: 'value', text: valueText(cell) };
    },
    cellContents(sheet) {
      const read = byName.get(sheet);
      if (!read) return null;
      const cells: NarrativeCellContent[] = [];
      read.rows.forEach((row, r) =>
        row.forEach((kept, c) => {
          const cell = asRead(kept);
          if (cell) cells.push({ row: r, col: c, content: content(cell) });
        }),
      );
      // A merged area's other cells give back its top-left cell's value (a formula's as "[object Object]"), as exceljs reads them.
      for (const b of areasFor(read)) {
        const master = cellAt(read, b.top, b.left);
        if (!master) continue;
        const shown = master.formula !== null || typeof master.value === 'object' ? '[object Object]' : content(master);
        for (let r = b.top; r <= b.bottom; r++)
          for (let c = b.left; c <= b.right; c++)
            if (r > b.top || c > b.left) cells.push({ row: r, col: c, content: shown });
      }
      return cells;
    },
  };
}
