/**
 * One worksheet part read into the engine's grid in a single pass: values, number formats and
 * formulas, cell by cell, with the merged areas and the ids of its Excel tables.
 */
import { colToLetters, type RawValue } from '../../core';
import { dateSerial, isoDateToSerial } from './dates';
import { decodeEscapes } from './sharedStrings';
import type { CellStyle } from './styles';
import { XmlScanner, TOKENS } from './scanner';

const { CLOSE, END, OPEN, TEXT } = TOKENS;

/** A stored cell, as the grid needs it. */
export interface CellRead {
  /** `undefined`: a formula with no saved result. */
  readonly value: RawValue | undefined;
  readonly format: string | null;
  /** The formula without '=' ('' when the cell is a formula whose text is not given); null for a constant. */
  readonly formula: string | null;
  /** A number shown as a date (its value is then the serial). */
  readonly date: boolean;
}

/** A conditional-formatting entry: its areas and its rules' types and formulas (see workbookFacts.ts). */
export interface CfRead {
  ref: string;
  readonly rules: { readonly type: string; readonly formulae: string[]; readonly id?: string }[];
}

/**
 * A stored cell as read: a constant that is not shown as a date (most cells are) as its value alone,
 * its format in the sheet's formats; any other as a {@link CellRead}. An object for every cell would be
 * as many objects as the sheet has cells, each held from the reading until the copy's decisions (at
 * 50,000 indicators some 40 MB, beside the grid's own copy of the values).
 */
export type StoredCell = string | number | boolean | null | CellRead;

/** A stored cell that is held whole (a formula, a date, an error), not as its value alone. */
export const isWhole = (cell: StoredCell): cell is CellRead => typeof cell === 'object' && cell !== null;

/** What a worksheet part holds for the grid. */
export interface SheetRead {
  /** Stored cells by zero-based row, then column (sparse; see {@link StoredCell}). */
  readonly rows: (StoredCell | undefined)[][];
  /** Each stored cell's number format (null for none), in the same shape. */
  readonly formats: (string | null)[][];
  /** Merged areas, as written ("A1:C1"). */
  readonly merges: string[];
  /** The relationship ids of its Excel tables, in order. */
  readonly tableIds: string[];
  /** The zero-based rows marked hidden (`<row hidden="1">`: hidden by hand or by a filter), in order. */
  readonly hiddenRows: number[];
  /** Its conditional formats, with those kept in its extension list (Excel 2010's) merged in as exceljs merges them. */
  readonly rules: CfRead[];
}

/** Zero-based column of the letters that begin a reference ("BC12" → 54), or -1 when it begins with none. */
export function columnOf(ref: string): number {
  let c = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) & ~32; // upper case
    if (code < 65 || code > 90) break;
    c = c * 26 + code - 64;
  }
  return i === 0 ? -1 : c - 1;
}

/** Everything a sheet's reading depends on beyond its own part. */
export interface SheetContext {
  readonly strings: readonly RawValue[];
  readonly styles: readonly CellStyle[];
  readonly date1904: boolean;
  /** The prefixes bound to the relationships namespace, for a table part's "r:id". */
  readonly relPrefixes?: readonly string[];
}

/** A value parsed as exceljs parses numbers (`parseFloat`: "12abc" is 12), not finite → blank. */
function number(text: string): number | null {
  const n = parseFloat(text);
  return Number.isFinite(n) ? n : null;
}

const REFERENCE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL_REF = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

/**
 * The formula of a cell that borrows a shared formula: the master's, its relative references moved
 * by the distance from the master to the cell. This is exceljs's translation, kept exactly so that
 * both readers give the same text. It differs from Excel's own in ways that do not matter to the
 * engine (which only looks for SUBTOTAL and its own labels' marker): a reference-like word inside a
 * string literal is moved too, and whole-column or whole-row references ("A:A", "1:1") are not.
 */
export function slideFormula(formula: string, fromRow: number, fromCol: number, toRow: number, toCol: number): string {
  return formula.replace(REFERENCE, (match: string, sheet: string | undefined, _s, addr: string, paren?: string) => {
    if (paren) return match;
    const m = CELL_REF.exec(addr);
    if (!m) return match;
    const letters = m[2].toUpperCase();
    if (letters.length > 3 || (letters.length === 3 && letters > 'XFD')) return match;
    let col = columnOf(letters);
    let row = parseInt(m[4], 10) - 1;
    if (!m[1]) col += toCol - fromCol;
    if (!m[3]) row += toRow - fromRow;
    return `${sheet ?? ''}${m[1] ?? ''}${colToLetters(col)}${m[3] ?? ''}${row + 1}`;
  });
}

/** A cell's saved value of type `t` from its text, as the grid holds it (before any date conversion). */
function typedValue(t: string | null, text: string, ctx: SheetContext): RawValue {
  switch (t) {
    case 's': {
      const i = parseInt(text, 10);
      const s = ctx.strings[i];
      return s === undefined ? null : s;
    }
    case 'str':
    case 'inlineStr':
      return text;
    case 'b':
      return text === 'true' || (text !== 'false' && parseInt(text, 10) !== 0);
    case 'e':
      return { error: text };
    case 'd': {
      // An ISO 8601 date (Strict files and some writers store dates so): the serial Excel holds for it.
      const serial = isoDateToSerial(text);
      return serial ?? number(text);
    }
    default:
      return number(text);
  }
}

/**
 * Reads a worksheet part. Cells without a value or a formula are left out (they are blank);
 * cells and rows without an address follow on from the one before, as the file format says.
 */
export function readSheet(xml: string, ctx: SheetContext): SheetRead {
  const cells: Cells = { rows: [], formats: [] };
  const merges: string[] = [];
  const tableIds: string[] = [];
  const hiddenRows: number[] = [];
  const rules: CfRead[] = [];
  const extRules: CfRead[] = [];
  const relPrefixes = new Set(ctx.relPrefixes ?? []);
  /** Shared formulas by their index: the master's formula and position. */
  const shared = new Map<string, { formula: string; row: number; col: number }>();
  const s = new XmlScanner(xml);
  let rowNo = -1;
  let col = -1;
  let root = true;
  for (let t = s.next(); t !== END; t = s.next()) {
    if (t !== OPEN) continue;
    const name = s.name;
    if (root) {
      root = false;
      for (const p of s.prefixesFor(REL_URIS)) relPrefixes.add(p);
      continue;
    }
    if (name === 'sheetData' || name === 'mergeCells' || name === 'tableParts') continue;
    if (name === 'conditionalFormatting') {
      rules.push(readRules(s));
      continue;
    }
    if (name === 'extLst') {
      readExtRules(s, extRules);
      continue;
    }
    if (name === 'row') {
      const r = s.attr('r');
      const n = r === null ? NaN : parseInt(r, 10);
      rowNo = Number.isFinite(n) && n > 0 ? n - 1 : rowNo + 1;
      const hidden = s.attr('hidden');
      if (hidden === '1' || hidden === 'true') hiddenRows.push(rowNo);
      col = -1;
      if (!s.selfClosing) col = plainCells(s, ctx, cells, rowNo, col);
      continue;
    }
    if (name === 'c') {
      s.attrsInto(CELL_ATTRS, cellAttrs);
      const ref = cellAttrs[0];
      const c = ref === null ? -1 : columnOf(ref);
      col = c >= 0 ? c : col + 1;
      if (rowNo < 0) rowNo = 0;
      readCell(s, ctx, cells, rowNo, col, shared, cellAttrs[2], cellAttrs[1]);
      col = plainCells(s, ctx, cells, rowNo, col);
      continue;
    }
    if (name === 'mergeCell') {
      const ref = s.attr('ref');
      if (ref) merges.push(ref);
      continue;
    }
    if (name === 'tablePart') {
      let id: string | null = null;
      for (const p of s.prefixesFor(REL_URIS)) relPrefixes.add(p);
      for (const p of relPrefixes) id ??= s.attr(`${p}:id`);
      if (id !== null) tableIds.push(id);
      continue;
    }
    // Anything else (views, columns, rules, page setup…) holds no cell.
    s.skipElement();
  }
  s.checkWellFormed();
  return {
    rows: cells.rows,
    formats: cells.formats,
    merges,
    tableIds,
    hiddenRows,
    rules: mergeExtRules(rules, extRules),
  };
}

/**
 * A cell as Excel and most writers write it: its address, then perhaps its style and type, and a
 * value that is plain text (no entity, no carriage return) or none; no formula, no inline string.
 */
const PLAIN_CELL = /<c r="([A-Z]+)\d+"(?: s="(\d+)")?(?: t="([A-Za-z]+)")?(?:\/>|>(?:<v>([^<&\r]*)<\/v>)?<\/c>)/y;

/**
 * Reads the plain cells (see {@link PLAIN_CELL}) that follow where the scanner is, in row `row`
 * after column `col`, with one regular expression each rather than tag by tag (which took several
 * times as long, and more still before the code is optimised, as in a small workbook); stops at
 * anything else, for the scanner to read. The column of the last cell read.
 */
function plainCells(s: XmlScanner, ctx: SheetContext, cells: Cells, row: number, col: number): number {
  let c = col;
  for (let m = s.match(PLAIN_CELL); m; m = s.match(PLAIN_CELL)) {
    c = columnOf(m[1]);
    // A cell without a value is blank ('' too: see readCell).
    if (m[4]) storeConstant(cells, row, c, m[3] ?? null, m[4], m[2] ?? null, ctx);
  }
  return c;
}

/** The attributes of a cell read, in one pass: its address, style and type. */
const CELL_ATTRS = ['r', 's', 't'];
const cellAttrs: (string | null)[] = [null, null, null];

const REL_URIS: readonly string[] = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
];

/** Stores one `<c>` element (the scanner on its start tag); a cell with neither value nor formula is not stored. */
function readCell(
  s: XmlScanner,
  ctx: SheetContext,
  cells: Cells,
  row: number,
  col: number,
  shared: Map<string, { formula: string; row: number; col: number }>,
  t: string | null,
  styleAttr: string | null,
): void {
  if (s.selfClosing) return;
  let formula = '';
  let shareType: string | null = null;
  let si: string | null = null;
  let master = false;
  let text: string | undefined;
  let runs: string[] | null = null;
  let sawValue = false;
  let depth = 1;
  for (let tok = s.next(); tok !== END; tok = s.next()) {
    if (tok === CLOSE) {
      if (--depth === 0) break;
      continue;
    }
    if (tok !== OPEN) continue;
    const name = s.name;
    if (name === 'f') {
      shareType = s.attr('t');
      si = s.attr('si');
      master = s.attr('ref') !== null;
      formula += s.elementText();
    } else if (name === 'v') {
      sawValue = true;
      const v = s.elementText();
      if (v) text = (text ?? '') + v;
    } else if (name === 'is') {
      if (!s.selfClosing) depth++;
    } else if (name === 't') {
      // An inline string's text (escapes such as "_x000D_" decoded, as in shared strings).
      const v = decodeEscapes(s.elementText());
      if (v) text = (text ?? '') + v;
    } else if (name === 'r') {
      (runs ??= []).push(runText(s));
    } else {
      // Phonetic guides and anything else: not the cell's text.
      s.skipElement();
    }
  }
  const isFormula = formula !== '' || !!shareType;
  if (!isFormula && text === undefined && runs === null) return;
  if (!isFormula) {
    storeConstant(cells, row, col, t, runs !== null ? runs.join('') : text!, styleAttr, ctx, runs !== null);
    return;
  }
  const style = cellStyle(styleAttr, ctx);
  const format = style?.format ?? null;
  const date = !!style?.date;
  // '' for a formula cell whose formula is not given (a data table's cells, a shared formula whose master is missing).
  let f = formula;
  if (shareType === 'shared' && si !== null) {
    if (master && formula) shared.set(si, { formula, row, col });
    else if (!formula) {
      const m = shared.get(si);
      f = m ? slideFormula(m.formula, m.row, m.col, row, col) : '';
    }
  }
  // A text result saved empty (`<v></v>`, as Excel saves a formula giving "") is the empty text, not a missing
  // result: exceljs reads it as none, and would warn of it.
  let value = text !== undefined ? typedValue(t, text, ctx) : t === 'str' && sawValue ? '' : undefined;
  if (date && typeof value === 'number') value = dateSerial(value, moves1904(t, ctx));
  store(cells, row, col, value, format, f, false);
}

/**
 * A cell's format: without a style it has the first cell format (the `s` attribute's default is 0:
 * ECMA-376 Part 1, §18.3.1.4), as Excel shows it; exceljs gives it none.
 */
const cellStyle = (styleAttr: string | null, ctx: SheetContext): CellStyle | undefined =>
  ctx.styles[styleAttr === null ? 0 : parseInt(styleAttr, 10)];

/**
 * Whether a date cell's serial is moved from the 1904 date system: an ISO date (t="d") is a day,
 * not a serial, whose serial is in the 1900 system already, whatever the workbook's. (exceljs moves
 * it again in a 1904 workbook, four years on.)
 */
const moves1904 = (t: string | null, ctx: SheetContext) => ctx.date1904 && t !== 'd';

/** A sheet's stored cells and their formats, as they are read. */
type Cells = Pick<SheetRead, 'rows' | 'formats'>;

/** Stores a cell: as its value alone when it is a constant not shown as a date, else whole (see {@link StoredCell}). */
function store(
  cells: Cells,
  row: number,
  col: number,
  value: RawValue | undefined,
  format: string | null,
  formula: string | null,
  date: boolean,
): void {
  (cells.formats[row] ??= [])[col] = format;
  (cells.rows[row] ??= [])[col] =
    formula === null && !date && value !== undefined && (value === null || typeof value !== 'object')
      ? value
      : { value, format, formula, date };
}

/** Stores a cell with a value and no formula: its value's text (decoded), of type `t`, or a rich text's runs joined (`rich`). */
function storeConstant(
  cells: Cells,
  row: number,
  col: number,
  t: string | null,
  text: string,
  styleAttr: string | null,
  ctx: SheetContext,
  rich = false,
): void {
  const style = cellStyle(styleAttr, ctx);
  let value = rich ? text : typedValue(t, text, ctx);
  const date = !!style?.date && typeof value === 'number';
  if (date) value = dateSerial(value as number, moves1904(t, ctx));
  store(cells, row, col, value, style?.format ?? null, null, date);
}

/** The text of a rich text run (the scanner on its `<r>`): its `<t>`, formatting left out. */
function runText(s: XmlScanner): string {
  if (s.selfClosing) return '';
  let out = '';
  let depth = 1;
  for (let tok = s.next(); tok !== END; tok = s.next()) {
    if (tok === CLOSE) {
      if (--depth === 0) break;
    } else if (tok === OPEN) {
      if (s.name === 't') out = decodeEscapes(s.elementText());
      else s.skipElement();
    } else if (tok === TEXT) continue;
  }
  return out;
}

/** A `conditionalFormatting` element (the scanner on its start tag): its areas, its rules' types, formulas and 2010 ids. */
function readRules(s: XmlScanner): CfRead {
  const entry: CfRead = { ref: s.attr('sqref') ?? '', rules: [] };
  if (s.selfClosing) return entry;
  let depth = 1;
  for (let t = s.next(); t !== END; t = s.next()) {
    if (t === CLOSE) {
      if (--depth === 0) break;
    } else if (t === OPEN) {
      if (s.name === 'cfRule') entry.rules.push({ type: s.attr('type') ?? '', formulae: [] });
      else if (s.name === 'formula' && entry.rules.length) {
        entry.rules[entry.rules.length - 1].formulae.push(s.elementText());
        continue;
      } else if (s.name === 'id' && entry.rules.length) {
        const rule = entry.rules[entry.rules.length - 1];
        entry.rules[entry.rules.length - 1] = { ...rule, id: s.elementText() };
        continue;
      }
      if (!s.selfClosing) depth++;
    }
  }
  return entry;
}

/** The conditional formats of a worksheet's extension list (the scanner on `extLst`): each rule's type and id, and its areas. */
function readExtRules(s: XmlScanner, out: CfRead[]): void {
  if (s.selfClosing) return;
  let depth = 1;
  let entry: CfRead | null = null;
  for (let t = s.next(); t !== END; t = s.next()) {
    if (t === CLOSE) {
      if (--depth === 0) break;
      continue;
    }
    if (t !== OPEN) continue;
    if (s.name === 'conditionalFormatting') out.push((entry = { ref: '', rules: [] }));
    else if (s.name === 'cfRule' && entry)
      entry.rules.push({ type: s.attr('type') ?? '', formulae: [], id: s.attr('id') ?? undefined });
    else if (s.name === 'sqref' && entry) {
      entry.ref = s.elementText();
      continue;
    }
    if (!s.selfClosing) depth++;
  }
}

/**
 * The extension list's rules merged into the sheet's as exceljs merges them: a rule with the id of
 * one of the sheet's (a data bar's 2010 details) adds nothing; another joins the entry with the same
 * areas, or makes an entry of its own.
 */
function mergeExtRules(rules: CfRead[], ext: readonly CfRead[]): CfRead[] {
  if (!ext.length) return rules;
  if (!rules.length) return Array.from(ext);
  const byRef = new Map<string, CfRead>();
  const ids = new Set<string>();
  for (const e of rules) {
    byRef.set(e.ref, e);
    for (const r of e.rules) if (r.id) ids.add(r.id);
  }
  for (const e of ext) {
    for (const r of e.rules) {
      if (r.id && ids.has(r.id)) continue;
      const same = byRef.get(e.ref);
      if (same) same.rules.push(r);
      else {
        const added: CfRead = { ref: e.ref, rules: [r] };
        // (exceljs does not look for it again: a second such rule makes another entry.)
        rules.push(added);
      }
    }
  }
  return rules;
}
