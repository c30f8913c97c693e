/**
 * Loads an .xlsx file into the fake Excel as Excel itself would hold it after opening the file:
 * every worksheet in workbook order (chart sheets are not worksheets), each cell's value (the
 * saved result for a formula), its formula, its number format code, and the sheet's tables.
 *
 * This reads the package's XML directly (jszip and a DOM parser), on purpose not through
 * `src/xlsx/readWorkbook.ts` or exceljs, so that the reader contract test compares two routes
 * into the engine and can catch either one reading a workbook wrongly.
 */
import { promises as fs } from 'fs';
import { JSDOM } from 'jsdom';
import JSZip from 'jszip';
import { lettersToCol } from '../../src/core/address';
import type { RawValue } from '../../src/core/values/types';
import { shiftFormula } from '../../src/excel/shiftFormula';
import { FakeExcel } from '../excel/fakeExcel';
import { key } from '../excel/fake/doc';

const { DOMParser } = new JSDOM('').window;

/**
 * The built-in number formats, as ECMA-376 Part 1 (18.8.30 numFmt) lists them — and as exceljs
 * spells them. Excel itself reports the date ones (14–22) in the user's locale ("m/d/yyyy" for 14
 * in en-US), which the engine reads alike: it asks only whether a format is a date, a percentage
 * or how many decimals it shows.
 */
const BUILT_IN: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

const parse = (xml: string): Document => new DOMParser().parseFromString(xml, 'application/xml');
/** Elements by local name, whatever namespace prefix the file uses (some writers use "x:" or none). */
const all = (node: Document | Element, name: string): Element[] => [...node.getElementsByTagNameNS('*', name)];
const child = (node: Element, name: string): Element | undefined =>
  [...node.children].find((c) => c.localName === name);
const children = (node: Element, name: string): Element[] => [...node.children].filter((c) => c.localName === name);
/** An attribute by local name (r:id is "id" in the relationships namespace). */
const attr = (el: Element, name: string): string | null =>
  [...el.attributes].find((a) => a.localName === name)?.value ?? null;

/** A package path resolved from the folder of the part that refers to it. */
function resolve(from: string, target: string): string {
  const segments = target.startsWith('/') ? [] : from.split('/').slice(0, -1);
  for (const s of target.replace(/^\//, '').split('/')) {
    if (s === '..') segments.pop();
    else if (s !== '.' && s !== '') segments.push(s);
  }
  return segments.join('/');
}

async function text(zip: JSZip, part: string): Promise<string | null> {
  const file = zip.file(part) ?? zip.file(new RegExp(`^${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i'))[0];
  return file ? file.async('string') : null;
}

/** A part's relationships: id → { type, target part }. */
async function relsOf(zip: JSZip, part: string): Promise<Map<string, { type: string; target: string }>> {
  const slash = part.lastIndexOf('/');
  const xml = await text(zip, `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`);
  const out = new Map<string, { type: string; target: string }>();
  if (!xml) return out;
  for (const rel of all(parse(xml), 'Relationship')) {
    out.set(rel.getAttribute('Id') ?? '', {
      type: rel.getAttribute('Type') ?? '',
      target: resolve(part, rel.getAttribute('Target') ?? ''),
    });
  }
  return out;
}

/** The text of a string item: its runs joined, phonetic guides (rPh) left out. */
function stringItem(si: Element): string {
  const own = child(si, 't');
  if (own) return own.textContent ?? '';
  return children(si, 'r')
    .map((r) => child(r, 't')?.textContent ?? '')
    .join('');
}

const ABSOLUTE = /^(\$?)([A-Z]{1,3})(\$?)([0-9]+)$/i;
function parseRef(ref: string): { row: number; col: number } | null {
  const m = ABSOLUTE.exec(ref);
  const col = m ? lettersToCol(m[2]) : null;
  return m && col !== null ? { row: Number(m[4]) - 1, col } : null;
}

/** An ISO date or date-time (t="d") as an Excel serial in the 1900 date system. */
function isoToSerial(iso: string): number | null {
  const ms = Date.parse(/Z|[+-]\d\d:\d\d$/.test(iso) ? iso : `${iso}Z`);
  return Number.isFinite(ms) ? 25_569 + ms / 86_400_000 : null;
}

interface Styles {
  readonly formatOf: (s: number) => string;
}

async function stylesOf(zip: JSZip, part: string | undefined): Promise<Styles> {
  const xml = part ? await text(zip, part) : null;
  if (!xml) return { formatOf: () => 'General' };
  const doc = parse(xml);
  const custom = new Map(
    all(doc, 'numFmt').map((f) => [Number(f.getAttribute('numFmtId')), f.getAttribute('formatCode') ?? 'General']),
  );
  // Excel takes the General keyword in any case ("GENERAL" as some writers store it) and reports it as "General".
  for (const [id, code] of custom) if (code.toLowerCase() === 'general') custom.set(id, 'General');
  const cellXfs = all(doc, 'cellXfs')[0];
  const ids = cellXfs ? children(cellXfs, 'xf').map((xf) => Number(xf.getAttribute('numFmtId') ?? 0)) : [];
  return { formatOf: (s) => custom.get(ids[s] ?? 0) ?? BUILT_IN[ids[s] ?? 0] ?? 'General' };
}

/** Adds one worksheet's cells and tables to the fake. */
async function loadSheet(
  zip: JSZip,
  excel: FakeExcel,
  name: string,
  part: string,
  strings: readonly string[],
  styles: Styles,
  state: string | null,
): Promise<void> {
  // A sheet's `state` in workbook.xml ("hidden", "veryHidden") is its `Worksheet.visibility` in Excel.
  const visibility = state === 'hidden' || state === 'veryHidden' ? state : undefined;
  const sheet = excel.addSheet(name, visibility ? { visibility } : {});
  const xml = await text(zip, part);
  if (!xml) return;
  const doc = parse(xml);
  const shared = new Map<string, { formula: string; row: number; col: number }>();
  let rowIndex = -1;
  for (const row of all(doc, 'row')) {
    const r = row.getAttribute('r');
    rowIndex = r ? Number(r) - 1 : rowIndex + 1;
    // A hidden row (by hand or by a filter) is hidden in Excel: `RangeFormat.rowHidden`.
    const hidden = row.getAttribute('hidden');
    if (hidden === '1' || hidden === 'true') sheet.hiddenRows.add(rowIndex);
    let colIndex = -1;
    for (const c of children(row, 'c')) {
      const at = parseRef(c.getAttribute('r') ?? '');
      colIndex = at ? at.col : colIndex + 1;
      const rowAt = at ? at.row : rowIndex;
      const type = c.getAttribute('t') ?? 'n';
      const v = child(c, 'v')?.textContent ?? null;
      let value: RawValue = null;
      if (type === 'inlineStr') value = child(c, 'is') ? stringItem(child(c, 'is')!) : null;
      else if (v !== null) {
        if (type === 's') value = strings[Number(v)] ?? null;
        else if (type === 'str') value = v;
        else if (type === 'b') value = v === '1' || v === 'true';
        else if (type === 'e') value = { error: v };
        else if (type === 'd') value = isoToSerial(v);
        else value = v.trim() === '' ? null : Number(v);
      }
      if (value === '') value = null;
      let formula: string | null = null;
      const f = child(c, 'f');
      if (f) {
        const body = (f.textContent ?? '').replace(/^=/, '');
        const si = f.getAttribute('si');
        if (f.getAttribute('t') === 'shared' && si !== null) {
          if (body) shared.set(si, { formula: body, row: rowAt, col: colIndex });
          const master = shared.get(si);
          if (master) formula = body || shiftFormula(master.formula, rowAt - master.row, colIndex - master.col);
        } else if (body) formula = body;
      }
      const format = styles.formatOf(Number(c.getAttribute('s') ?? 0));
      if (value !== null || formula !== null || format !== 'General')
        sheet.cells.set(key(rowAt, colIndex), { value, formula, format });
    }
  }
  // Tables: each tablePart names a table part by relationship.
  const rels = await relsOf(zip, part);
  for (const tp of all(doc, 'tablePart')) {
    const target = rels.get(attr(tp, 'id') ?? '')?.target;
    const tableXml = target ? await text(zip, target) : null;
    if (!tableXml) continue;
    const table = parse(tableXml).documentElement;
    const [from, to] = (table.getAttribute('ref') ?? '').split(':').map(parseRef);
    if (!from || !to) continue;
    const showTotals = Number(table.getAttribute('totalsRowCount') ?? 0) > 0;
    sheet.tables.push({
      name: table.getAttribute('displayName') ?? table.getAttribute('name') ?? '',
      bounds: { top: from.row, left: from.col, bottom: to.row, right: to.col },
      ...(showTotals && { showTotals: true }),
    });
  }
}

/** A fake Excel holding the workbook in `file`, as Excel would after opening it. */
export async function fakeFromXlsx(file: string): Promise<FakeExcel> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const rootRels = await relsOf(zip, '');
  const workbookPart =
    [...rootRels.values()].find((r) => /\/officeDocument$/.test(r.type))?.target ?? 'xl/workbook.xml';
  const wbXml = await text(zip, workbookPart);
  if (!wbXml) throw new Error(`${file} has no workbook part.`);
  const wbRels = await relsOf(zip, workbookPart);
  const byType = (suffix: string) => [...wbRels.values()].find((r) => r.type.endsWith(suffix))?.target;
  const ssPart = byType('/sharedStrings');
  const ssXml = ssPart ? await text(zip, ssPart) : null;
  const ssDoc = ssXml ? parse(ssXml) : null;
  const strings = ssDoc ? children(ssDoc.documentElement, 'si').map(stringItem) : [];
  const styles = await stylesOf(zip, byType('/styles'));
  const excel = new FakeExcel();
  for (const s of all(parse(wbXml), 'sheet')) {
    const rel = wbRels.get(attr(s, 'id') ?? '');
    // Chart sheets and dialog sheets are not in Office.js's worksheets collection.
    if (!rel || !rel.type.endsWith('/worksheet')) continue;
    await loadSheet(zip, excel, s.getAttribute('name') ?? '', rel.target, strings, styles, s.getAttribute('state'));
  }
  return excel;
}
