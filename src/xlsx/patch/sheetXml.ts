/**
 * Editing one worksheet part as text: our RAG rules out and in again, label cells written. Rows,
 * cells and rules that are not ours are copied as they stand. Anything this does not expect (rows
 * or cells without their address, an array formula or a formula not ours where a label goes, the
 * shared formula of our labels that cells we do not write still borrow) gives null, for the caller
 * to write the copy another way.
 */
import { parseA1, toA1 } from '../../core';
import { attr, elementEnd, escapeText, firstChild, firstTag, withAttr } from './xml';

/** A conditional-formatting entry to add: its ranges and, per rule, the formula and the differential format. */
export interface CfBlock {
  readonly sqref: string;
  readonly rules: readonly { readonly formula: string; readonly dxfId: number }[];
}

/** A label cell to write: zero-based row and column, its formula (no "=") and saved result. */
export interface CellFormula {
  readonly row: number;
  readonly col: number;
  readonly formula: string;
  readonly result: string;
}

export interface SheetEdit {
  /** Rules whose formula contains this (as written in XML) are ours: removed, then written afresh. */
  readonly marker: string;
  readonly blocks: readonly CfBlock[];
  readonly cells: readonly CellFormula[];
  /** The format of a new label cell, given the format of the cell to its left (null: none there). */
  readonly labelStyle: (left: string | null) => string | null;
}

/** What may follow the conditional formats in a worksheet, in the file format's order. */
const AFTER_CF = [
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
  'mc:AlternateContent',
];

function cellXml(ref: string, style: string | null, formula: string, result: string): string {
  return `<c r="${ref}"${style !== null && style !== '0' ? ` s="${style}"` : ''} t="str"><f>${escapeText(formula)}</f><v>${escapeText(result)}</v></c>`;
}

/** A cell of a row as written: where its element starts and ends in the row, its zero-based column. */
interface RowCell {
  readonly start: number;
  readonly end: number;
  readonly col: number;
  /** The start tag. */
  readonly tag: string;
}

const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;

/**
 * The column of the cell whose start tag is `tag`, read from its `r` attribute, when that names a
 * cell on `row` (zero-based); else -1. By hand rather than by pattern: this runs for every cell of
 * every row a label goes in.
 */
function cellColumn(tag: string, row: number): number {
  const ref = cellRef(tag);
  if (ref === null) return -1;
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) | 0x20;
    if (code < 97 || code > 122) break;
    col = col * 26 + (code - 96);
  }
  if (i === 0 || i > 3 || Number(ref.slice(i)) !== row + 1) return -1;
  return col - 1;
}

/**
 * The `r` attribute of a cell's start tag, as {@link attr} reads it. Excel writes it first
 * (`<c r="B7" s="3">`), and there it is taken straight off the tag: attr()'s pattern would match at
 * that same place, the first it could, and take the same characters. Any other way of writing it
 * (another attribute first, spaces around "=", single quotes, an escape) is left to attr().
 */
function cellRef(tag: string): string | null {
  if (tag.startsWith('<c r="')) {
    const end = tag.indexOf('"', 6);
    if (end > 0) {
      const ref = tag.slice(6, end);
      if (!ref.includes('&')) return ref;
    }
  }
  return attr(tag, 'r');
}

/** The cells of a row's contents, in order; null when one has no address on this row. */
function rowCells(inner: string, row: number): RowCell[] | null {
  const cells: RowCell[] = [];
  for (let at = inner.indexOf('<c'); at >= 0; at = inner.indexOf('<c', at + 2)) {
    // "<c" followed by a space, "/" or ">" opens a cell; "<col", "<color" (rich text) do not.
    const next = inner.charCodeAt(at + 2);
    if (!isSpace(next) && next !== 47 && next !== 62) continue;
    const tagEnd = inner.indexOf('>', at);
    if (tagEnd < 0) return null;
    const tag = inner.slice(at, tagEnd + 1);
    const col = cellColumn(tag, row);
    if (col < 0) return null;
    let end = tagEnd + 1;
    if (inner.charCodeAt(tagEnd - 1) !== 47) {
      const close = inner.indexOf('</c>', tagEnd);
      if (close < 0) return null;
      end = close + 4;
    }
    cells.push({ start: at, end, col, tag });
    at = end - 2;
  }
  return cells;
}

/**
 * The shared formulas of a sheet's data, by their index (`si`): the formula as its first cell
 * holds it, and every cell that uses it. Excel saves a column of like formulas, our labels
 * among them, as one formula shared down the column.
 */
interface SharedFormula {
  formula: string;
  readonly cells: string[];
}

function sharedFormulas(data: string): Map<string, SharedFormula> {
  const out = new Map<string, SharedFormula>();
  if (!data.includes('shared')) return out;
  for (const m of data.matchAll(/<f\b([^>]*?)(\/>|>([^<]*)<\/f>)/g)) {
    if (attr(m[0], 't') !== 'shared') continue;
    const si = attr(m[0], 'si');
    const cellAt = data.lastIndexOf('<c', m.index);
    const ref = cellAt < 0 ? null : attr(data.slice(cellAt, data.indexOf('>', cellAt) + 1), 'r');
    if (si === null || ref === null) continue;
    let group = out.get(si);
    if (!group) out.set(si, (group = { formula: '', cells: [] }));
    group.cells.push(ref);
    if (m[3]) group.formula = m[3];
  }
  return out;
}

/**
 * Whether a label may go over a cell holding a shared formula: the formula must be ours, and
 * every cell that borrows it from this one must be getting a label too (none is left to borrow
 * a formula that is no longer there).
 */
function mayReplaceShared(
  f: string,
  cells: ReadonlySet<string>,
  shared: Map<string, SharedFormula>,
  marker: string,
): boolean {
  const group = shared.get(attr(f, 'si') ?? '');
  if (!group?.formula.includes(marker)) return false;
  return attr(f, 'ref') === null || group.cells.every((ref) => cells.has(ref));
}

/**
 * A row's contents with the labels merged in, column order kept, as pieces (the row's own text is
 * sliced, not copied); null when a cell cannot be placed or replaced safely. With `make` false the
 * row is only checked (and its labels' styles taken): no pieces.
 */
function mergeRow(
  inner: string,
  row: number,
  writes: readonly CellFormula[],
  edit: SheetEdit,
  shared: { readonly formulas: Map<string, SharedFormula>; readonly cells: ReadonlySet<string> },
  make: boolean,
): string[] | null {
  const cells = rowCells(inner, row);
  if (!cells) return null;
  const out: string[] = [];
  let copied = 0;
  let i = 0;
  for (const w of writes) {
    while (i < cells.length && cells[i].col < w.col) i++;
    const existing = i < cells.length && cells[i].col === w.col ? cells[i] : null;
    // The cell to the left, or across an absent one (the empty column left after an Excel table) the one before.
    const left = i > 0 && cells[i - 1].col >= w.col - 2 ? cells[i - 1] : null;
    let own: string | null = null;
    if (existing) {
      const xml = inner.slice(existing.start, existing.end);
      const f = /<f\b[^>]*>/.exec(xml)?.[0];
      if (f && attr(f, 't') === 'shared') {
        if (!mayReplaceShared(f, shared.cells, shared.formulas, edit.marker)) return null;
      } else if (f && (!xml.includes(edit.marker) || attr(f, 't') !== null)) return null;
      own = attr(existing.tag, 's');
    }
    const style = own ?? edit.labelStyle(left ? attr(left.tag, 's') : null);
    if (!make) continue;
    // A new cell goes where the next one starts, or after the last cell (before anything else the row holds).
    const at = existing
      ? existing.start
      : i < cells.length
        ? cells[i].start
        : cells.length
          ? cells[cells.length - 1].end
          : 0;
    out.push(inner.slice(copied, at), cellXml(toA1(row, w.col), style, w.formula, w.result));
    copied = existing ? existing.end : at;
  }
  if (make) out.push(inner.slice(copied));
  return out;
}

/**
 * The sheet data with the label cells written, as pieces made as they are asked for: rows edited in
 * place, new rows where there were none. Returns false, having stopped, at a row laid out in a way
 * that cannot be edited (the sheet is then not edited at all). With `make` false it only checks
 * that (taking the labels' styles as it goes) and gives no pieces.
 */
function* writeCells(
  xml: string,
  dataStart: number,
  dataEnd: number,
  edit: SheetEdit,
  make = true,
): Generator<string, boolean, undefined> {
  const byRow = new Map<number, CellFormula[]>();
  for (const c of edit.cells) {
    const list = byRow.get(c.row);
    if (list) list.push(c);
    else byRow.set(c.row, [c]);
  }
  for (const list of byRow.values()) list.sort((a, b) => a.col - b.col);
  const pending = [...byRow.keys()].sort((a, b) => a - b);
  const formulas = sharedFormulas(xml.slice(dataStart, dataEnd));
  const shared = { formulas, cells: new Set(formulas.size ? edit.cells.map((c) => toA1(c.row, c.col)) : []) };
  // A new row's labels take the style of a cell with nothing to its left.
  const newStyle = () => edit.labelStyle(null);
  const newRow = (row: number) => {
    const cells = byRow.get(row)!.map((w) => cellXml(toA1(row, w.col), newStyle(), w.formula, w.result));
    return `<row r="${row + 1}">${cells.join('')}</row>`;
  };
  let copied = dataStart;
  let next = 0;
  const rowTag = /<row(?=[\s/>])[^>]*>/g;
  rowTag.lastIndex = dataStart;
  for (let m = rowTag.exec(xml); m && m.index < dataEnd && next < pending.length; m = rowTag.exec(xml)) {
    const r = attr(m[0], 'r');
    if (r === null) return false;
    const row = Number(r) - 1;
    while (next < pending.length && pending[next] < row) {
      if (make) {
        yield xml.slice(copied, m.index);
        yield newRow(pending[next]);
      } else newStyle();
      next++;
      copied = m.index;
    }
    if (pending[next] !== row) continue;
    const end = elementEnd(xml, m.index, 'row');
    if (end < 0 || end > dataEnd) return false;
    const selfClosing = m[0].endsWith('/>');
    const inner = selfClosing ? '' : xml.slice(m.index + m[0].length, end - '</row>'.length);
    const merged = mergeRow(inner, row, byRow.get(row)!, edit, shared, make);
    if (merged === null) return false;
    const from = copied;
    copied = end;
    rowTag.lastIndex = end;
    next++;
    if (!make) continue;
    // The row's span of columns is a hint that new cells may fall outside: left out, as it may be.
    const tag = withAttr(selfClosing ? `${m[0].slice(0, -2)}>` : m[0], 'spans', null);
    yield xml.slice(from, m.index);
    yield tag;
    yield* merged;
    yield '</row>';
  }
  if (!make) {
    if (next < pending.length) newStyle();
    return true;
  }
  yield xml.slice(copied, dataEnd);
  while (next < pending.length) yield newRow(pending[next++]);
  return true;
}

/** The `<dimension>` reference grown to take in the label cells. */
function growDimension(xml: string, cells: readonly CellFormula[]): string {
  const at = firstTag(xml, ['dimension']);
  if (at < 0 || !cells.length) return xml;
  const end = xml.indexOf('>', at) + 1;
  const tag = xml.slice(at, end);
  const [a, b] = (attr(tag, 'ref') ?? '').split(':');
  const p = parseA1(a ?? '');
  const q = parseA1(b ?? a ?? '');
  if (!p || !q) return xml;
  let [top, left, bottom, right] = [p.row, p.col, q.row, q.col];
  for (const c of cells) {
    top = Math.min(top, c.row);
    left = Math.min(left, c.col);
    bottom = Math.max(bottom, c.row);
    right = Math.max(right, c.col);
  }
  const ref = top === bottom && left === right ? toA1(top, left) : `${toA1(top, left)}:${toA1(bottom, right)}`;
  return xml.slice(0, at) + withAttr(tag, 'ref', ref) + xml.slice(end);
}

/** The conditional formats with every rule of ours taken out (an entry left empty goes), and where new entries go. */
function withoutOurRules(tail: string, marker: string): { tail: string; insertAt: number; lastPriority: number } {
  const parts: string[] = [];
  let length = 0; // of what `parts` holds so far
  const keep = (text: string) => {
    parts.push(text);
    length += text.length;
  };
  let copied = 0;
  let lastEnd = -1;
  const entry = /<conditionalFormatting[\s>]/g;
  for (let m = entry.exec(tail); m; m = entry.exec(tail)) {
    const end = elementEnd(tail, m.index, 'conditionalFormatting');
    if (end < 0) break;
    const whole = tail.slice(m.index, end);
    entry.lastIndex = end;
    keep(tail.slice(copied, m.index));
    copied = end;
    if (!whole.includes(marker)) {
      keep(whole);
      lastEnd = length;
      continue;
    }
    const kept = whole.replace(/<cfRule(?=[\s/>])[^>]*?(?:\/>|>[\s\S]*?<\/cfRule>)/g, (rule) =>
      rule.includes(marker) ? '' : rule,
    );
    if (/<cfRule[\s/>]/.test(kept)) {
      keep(kept);
      lastEnd = length;
    }
  }
  parts.push(tail.slice(copied));
  const out = parts.join('');
  let lastPriority = 0;
  for (const m of out.matchAll(/<(?:\w+:)?cfRule\b[^>]*?\spriority="(\d+)"/g))
    lastPriority = Math.max(lastPriority, Number(m[1]));
  let insertAt = lastEnd;
  // Among the sheet's own children only: a custom view holds page margins and set-up of its own.
  if (insertAt < 0) insertAt = firstChild(out, AFTER_CF, out.indexOf('>') + 1);
  if (insertAt < 0) insertAt = out.lastIndexOf('</');
  return { tail: out, insertAt, lastPriority };
}

/**
 * The worksheet part with our rules replaced by `edit.blocks` (numbered after the user's rules)
 * and the label cells written; null when the part is not laid out as expected.
 */
export function editSheetXml(xml: string, edit: SheetEdit): string | null {
  const pieces = editSheetPieces(xml, edit);
  return pieces && Array.from(pieces).join('');
}

/**
 * {@link editSheetXml}'s part as pieces of text, made as they are asked for, to be written out one
 * after another: what is kept of `xml` is sliced from it rather than copied, so the edited part is
 * never held whole beside the original, nor its edited rows all at once. Whether the sheet can be
 * edited is found first, by going through the edit once.
 */
export function editSheetPieces(xml: string, edit: SheetEdit): Generator<string, void, undefined> | null {
  const open = firstTag(xml, ['sheetData']);
  if (open < 0) return null;
  const openEnd = xml.indexOf('>', open) + 1;
  let sheet = xml;
  let dataStart = openEnd;
  let dataEnd: number;
  if (xml[openEnd - 2] === '/') {
    sheet = `${xml.slice(0, open)}<sheetData></sheetData>${xml.slice(openEnd)}`;
    dataStart = open + '<sheetData>'.length;
    dataEnd = dataStart;
  } else {
    dataEnd = xml.indexOf('</sheetData>', openEnd);
    if (dataEnd < 0) return null;
  }
  // The pass that checks the edit keeps what it makes, when that is not much, to be written as it is.
  const kept = edit.cells.length && edit.cells.length <= KEEP_CELLS ? ([] as string[]) : null;
  if (edit.cells.length && !completes(writeCells(sheet, dataStart, dataEnd, edit, kept !== null), kept)) return null;
  const head = growDimension(sheet.slice(0, dataStart), edit.cells);
  const { tail, insertAt, lastPriority } = withoutOurRules(sheet.slice(dataEnd), edit.marker);
  return (function* pieces(): Generator<string, void, undefined> {
    let priority = lastPriority + 1;
    yield head;
    if (kept) yield* kept;
    else if (edit.cells.length) yield* writeCells(sheet, dataStart, dataEnd, edit);
    else yield sheet.slice(dataStart, dataEnd);
    yield tail.slice(0, insertAt);
    for (const b of edit.blocks)
      yield `<conditionalFormatting sqref="${b.sqref}">${b.rules.map((r) => `<cfRule type="expression" dxfId="${r.dxfId}" priority="${priority++}"><formula>${escapeText(r.formula)}</formula></cfRule>`).join('')}</conditionalFormatting>`;
    yield tail.slice(insertAt);
  })();
}

/**
 * Label cells up to which the pass that checks an edit keeps the pieces it makes, and they are
 * written as they are rather than made again (at 2,000 indicators, 1.3 million characters, mostly
 * slices of the part's own text); above, they are made again as they are written, so that a large sheet's
 * edited rows are never all held at once.
 */
const KEEP_CELLS = 20_000;

/** Goes through a generator's pieces, putting them in `keep` if given, for what it returns at the end. */
function completes(pieces: Generator<string, boolean, undefined>, keep: string[] | null): boolean {
  for (;;) {
    const step = pieces.next();
    if (step.done) return step.value;
    keep?.push(step.value);
  }
}
