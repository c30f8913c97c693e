/**
 * The annotated copy written as an edit of the input file rather than a new workbook: every part
 * of the input is copied byte for byte (still compressed) except the few the annotation changes —
 * the rated sheets (our rules and labels), the styles, the workbook's list of sheets and names,
 * and the Narrative sheet, which is new. So whatever the input holds survives as it was, charts,
 * pivot tables and all, and the copy costs little more than the parts it changes.
 *
 * What goes where is decided from the workbook as exceljs read it, by the same code the exceljs
 * path uses ({@link blocksToWrite}, {@link planLabels}, the Narrative sheet's layout and name); this
 * module only writes it. A file laid out in a way it does not expect (zip64, a strict-format
 * workbook, rows without their addresses, our old Narrative sheet moved or given parts of its own)
 * is declined, with the reason, and the caller writes the copy through exceljs instead.
 */
import type { Workbook } from 'exceljs';
import { quoteSheet } from '../../core/address';
import type { FormatPlan, Issue, Narrative } from '../../core/types';
import { blocksToWrite } from '../applyFormatPlan';
import { hasMarkedRules, toArgb } from '../conditionalFormats';
import { NARRATIVE_SHEET_NAME_TAG, freeNarrativeName, narrativeNameIssues, referencedSheet } from '../narrativeSheet';
import { lastRow, narrativeLayout, type NarrativeMeta } from '../narrativeRows';
import { planLabels } from '../ragLabels';
import { assembleZip, endRecord, newPart, packBytes, partBytes, readZip, type ZipPart } from '../zipParts';
import { narrativeSheetXml } from './narrativeXml';
import { editSheetXml, type CellFormula, type CfBlock } from './sheetXml';
import { StylesXml } from './stylesXml';
import { attr, escapeAttr, escapeText, firstTag, unescapeXml, withAttr } from './xml';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
/** What may follow `definedNames` and `calcPr` in a workbook part, in the file format's order. */
const AFTER_NAMES = ['calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'];
const AFTER_CALC = AFTER_NAMES.slice(1);

export interface PatchInput {
  /** The input file's bytes, as read. */
  readonly input: Buffer;
  /** The same file as exceljs read it: what the decisions are taken from. Not changed. */
  readonly wb: Workbook;
  readonly plan: FormatPlan;
  readonly narrative: Narrative;
  readonly meta: NarrativeMeta;
  /** The date given to new parts (the Narrative sheet). */
  readonly now?: Date;
}

export interface PatchedCopy {
  /** What could not be written as planned, as the exceljs path reports it. */
  readonly issues: Issue[];
  /** The copy's bytes, being compressed in Node's thread pool. */
  readonly packed: Promise<Buffer>;
}

/** Why a workbook is not patched, and what in it a rebuilt copy would not keep. */
export interface Declined {
  readonly declined: string;
  /** "charts", "pivot tables"…: kinds of object in the input that exceljs does not model, so a rebuilt copy loses. */
  readonly wouldLose: readonly string[];
}

/** Kinds of object exceljs does not model, by the folder their parts are kept in. */
const UNMODELLED: readonly [RegExp, string][] = [
  [/^xl\/charts\//, 'charts'],
  [/^xl\/chartsheets\//, 'chart sheets'],
  [/^xl\/pivotTables\//, 'pivot tables'],
  [/^xl\/(slicers|slicerCaches)\//, 'slicers'],
  [/^xl\/timelines\//, 'timelines'],
  [/^xl\/(activeX|ctrlProps)\//, 'form controls'],
  [/^xl\/embeddings\//, 'embedded objects'],
  [/^xl\/vbaProject\.bin$/, 'macros'],
];

function unmodelled(parts: readonly ZipPart[]): string[] {
  return UNMODELLED.filter(([re]) => parts.some((part) => re.test(part.name))).map(([, kind]) => kind);
}

interface Rel {
  readonly xml: string;
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

function relsOf(xml: string): Rel[] {
  return [...xml.matchAll(/<Relationship\b[^>]*?(?:\/>|>\s*<\/Relationship>)/g)].map(([x]) => ({
    xml: x,
    id: attr(x, 'Id') ?? '',
    type: attr(x, 'Type') ?? '',
    target: attr(x, 'Target') ?? '',
    external: attr(x, 'TargetMode') === 'External',
  }));
}

/** A relationship's target as a part name: relative to `dir` ("xl"), or absolute ("/xl/…"). */
function resolve(dir: string, target: string): string {
  const segments = target.startsWith('/') ? [] : dir.split('/').filter(Boolean);
  for (const s of target.replace(/^\//, '').split('/')) {
    if (s === '..') segments.pop();
    else if (s !== '.' && s !== '') segments.push(s);
  }
  return segments.join('/');
}

const dirOf = (name: string) => name.slice(0, Math.max(0, name.lastIndexOf('/')));
const relsPathOf = (name: string) => `${dirOf(name) ? `${dirOf(name)}/` : ''}_rels/${name.slice(name.lastIndexOf('/') + 1)}.rels`;

/** A sheet as the workbook part lists it. */
interface SheetEntry {
  readonly xml: string;
  readonly name: string;
  readonly sheetId: number;
  readonly part: string;
}

/** A defined name as the workbook part holds it. */
interface DefinedName {
  readonly xml: string;
  readonly name: string;
  readonly localSheetId: number | null;
  readonly value: string;
}

/** Inserts `text` before the first of `names` in `xml` (after `from`), else before the root's end tag. */
function insertBefore(xml: string, names: readonly string[], text: string, from = 0): string {
  let at = firstTag(xml, names, from);
  if (at < 0) at = xml.lastIndexOf('</');
  return xml.slice(0, at) + text + xml.slice(at);
}

/** The workbook part's defined names, as written. */
function definedNamesOf(book: string): DefinedName[] {
  const start = firstTag(book, ['definedNames']);
  if (start < 0) return [];
  const end = book.indexOf('</definedNames>', start);
  return [...book.slice(start, end < 0 ? start : end).matchAll(/<definedName\b[^>]*>([\s\S]*?)<\/definedName>/g)].map((m) => {
    const local = attr(m[0], 'localSheetId');
    return { xml: m[0], name: attr(m[0], 'name') ?? '', localSheetId: local === null ? null : Number(local), value: m[1] };
  });
}

/** The workbook part with `names` (written definedName elements) added to its defined names. */
function withDefinedNames(book: string, names: string): string {
  if (book.includes('</definedNames>')) return book.replace('</definedNames>', `${names}</definedNames>`);
  if (/<definedNames\s*\/>/.test(book)) return book.replace(/<definedNames\s*\/>/, `<definedNames>${names}</definedNames>`);
  return insertBefore(book, AFTER_NAMES, `<definedNames>${names}</definedNames>`, book.indexOf('</sheets>'));
}

/** The workbook part asking for a full recalculation when it is opened. */
function withFullCalcOnLoad(book: string): string {
  const calc = firstTag(book, ['calcPr']);
  if (calc < 0) return insertBefore(book, AFTER_CALC, '<calcPr fullCalcOnLoad="1"/>', book.indexOf('</sheets>'));
  const end = book.indexOf('>', calc) + 1;
  return book.slice(0, calc) + withAttr(book.slice(calc, end), 'fullCalcOnLoad', '1') + book.slice(end);
}

/**
 * The annotated copy of `p.input` as a patch of its parts, or why not, when the file is laid out
 * in a way this does not handle (the caller then writes it through exceljs). Issues are those the
 * exceljs path would report, in the same order.
 */
export async function patchCopy(p: PatchInput): Promise<PatchedCopy | Declined> {
  const parts = readZip(p.input);
  const declined = (reason: string): Declined => ({ declined: reason, wouldLose: parts ? unmodelled(parts) : [] });
  if (!parts) return declined('the file is a kind of zip this cannot edit (split, or larger than 4 GB)');
  const byName = new Map(parts.map((part) => [part.name, part]));
  const text = async (name: string): Promise<string | null> => {
    const part = byName.get(name);
    const bytes = part ? await partBytes(part) : null;
    return bytes ? bytes.toString('utf8') : null;
  };

  const rootRels = await text('_rels/.rels');
  const bookRel = rootRels ? relsOf(rootRels).find((r) => r.type === `${REL}/officeDocument`) : undefined;
  if (!bookRel) return declined('its package does not say which part is the workbook');
  const bookPath = resolve('', bookRel.target);
  const bookDir = dirOf(bookPath);
  const bookRelsPath = relsPathOf(bookPath);
  let [book, bookRels, types] = await Promise.all([text(bookPath), text(bookRelsPath), text('[Content_Types].xml')]);
  if (book === null || bookRels === null || types === null) return declined('its workbook, relationships or content types part is missing');
  const rPrefix = new RegExp(`xmlns:(\\w+)="${REL.replace(/[./]/g, '\\$&')}"`).exec(book)?.[1];
  if (!rPrefix) return declined('its workbook part is not in the usual (transitional) format');
  const rels = relsOf(bookRels);
  const stylesRel = rels.find((r) => r.type === `${REL}/styles` && !r.external);
  const stylesPath = stylesRel ? resolve(bookDir, stylesRel.target) : null;
  const stylesText = stylesPath ? await text(stylesPath) : null;
  const styles = stylesText === null ? null : StylesXml.parse(stylesText);
  if (!styles || !stylesPath) return declined('its styles part lacks fonts, fills, borders or cell formats');

  const sheetsStart = firstTag(book, ['sheets']);
  const sheetsEnd = book.indexOf('</sheets>');
  if (sheetsStart < 0 || sheetsEnd < 0) return declined('its workbook part lists no sheets');
  const sheets: SheetEntry[] = [];
  for (const [xml] of book.slice(sheetsStart, sheetsEnd).matchAll(/<sheet\b[^>]*>/g)) {
    const rel = rels.find((r) => r.id === attr(xml, `${rPrefix}:id`));
    const name = attr(xml, 'name');
    if (!xml.endsWith('/>')) return declined('its workbook part lists its sheets in an unusual way');
    if (!rel || rel.external || name === null) return declined(`the sheet ${name === null ? 'without a name' : `'${name}'`} has no part of its own in the file`);
    sheets.push({ xml, name, sheetId: Number(attr(xml, 'sheetId')) || 0, part: resolve(bookDir, rel.target) });
  }

  // What to write, decided as the exceljs path decides it.
  const { blocks, issues } = blocksToWrite(p.wb, p.plan);
  const labels = planLabels(p.wb, p.plan);
  issues.push(...labels.issues);
  const edits = new Map<string, { blocks: CfBlock[]; cells: CellFormula[] }>();
  const editOf = (sheet: string) => {
    let e = edits.get(sheet);
    if (!e) edits.set(sheet, (e = { blocks: [], cells: [] }));
    return e;
  };
  for (const ws of p.wb.worksheets) if (hasMarkedRules(ws, p.plan.marker)) editOf(ws.name);
  for (const b of blocks) {
    editOf(b.sheet).blocks.push({
      sqref: b.ranges.join(' '),
      rules: b.rules.map((r) => ({ formula: r.formula.replace(/^=/, ''), dxfId: styles.dxf(toArgb(r.fill), toArgb(r.font)) })),
    });
  }
  for (const w of labels.writes) editOf(w.sheet).cells.push({ row: w.row, col: w.col, formula: w.formula, result: w.expected });

  const changed = new Map<string, string>();
  for (const [sheetName, e] of edits) {
    const sheet = sheets.find((s) => s.name === sheetName);
    const xml = sheet ? await text(sheet.part) : null;
    if (!sheet || xml === null) return declined(`the sheet '${sheetName}' has no part of its own in the file`);
    const edited = editSheetXml(xml, { marker: p.plan.marker, blocks: e.blocks, cells: e.cells, labelStyle: (left) => (left === null ? null : styles.labelStyle(left)) });
    if (edited === null) return declined(`the sheet '${sheetName}' is laid out in a way that cannot be edited in place (rows or cells without their addresses, or a shared formula where a label goes)`);
    changed.set(sheet.part, edited);
  }

  // The Narrative sheet: an earlier run's goes (it must be the last sheet, with no parts of its own), ours is added last.
  const names = definedNamesOf(book);
  const removed = new Set<string>();
  const ourNames = names.filter((n) => n.name === NARRATIVE_SHEET_NAME_TAG);
  const previous = new Set(ourNames.map((n) => referencedSheet(unescapeXml(n.value))));
  const earlier = sheets.flatMap((s, i) => (previous.has(s.name) ? [i] : []));
  if (earlier.length > 1 || (earlier.length === 1 && earlier[0] !== sheets.length - 1)) return declined('the Narrative sheet of an earlier run is no longer the last sheet');
  const old = earlier.length ? sheets[sheets.length - 1] : null;
  const kept = old ? sheets.slice(0, -1) : sheets;
  const dropNames = new Set(ourNames);
  if (old) {
    if (byName.has(relsPathOf(old.part))) return declined('the Narrative sheet of an earlier run has been given notes, pictures or other parts of its own');
    removed.add(old.part);
    book = book.replace(old.xml, '');
    const rel = rels.find((r) => resolve(bookDir, r.target) === old.part && r.type === `${REL}/worksheet`);
    if (rel) bookRels = bookRels.replace(rel.xml, '');
    for (const n of names) if (n.localSheetId === sheets.length - 1) dropNames.add(n);
  }
  for (const n of dropNames) book = book.replace(n.xml, '');

  const sheetName = freeNarrativeName(kept.map((s) => s.name));
  issues.push(...narrativeNameIssues(sheetName));
  const rows = narrativeLayout(p.narrative, p.meta);
  const narrativeXml = narrativeSheetXml(rows, (look) => styles.look(look));
  const sheetPath = (k: number) => `${bookDir ? `${bookDir}/` : ''}worksheets/sheet${k}.xml`;
  let k = 1;
  while (byName.has(sheetPath(k)) && !removed.has(sheetPath(k))) k++;
  const narrativePart = sheetPath(k);
  let n = 1;
  while (rels.some((r) => r.id === `rId${n}`)) n++;
  const rId = `rId${n}`;
  const sheetId = Math.max(0, ...sheets.map((s) => s.sheetId)) + 1;
  bookRels = bookRels.replace('</Relationships>', `<Relationship Id="${rId}" Type="${REL}/worksheet" Target="${escapeAttr(narrativePart.slice(bookDir ? bookDir.length + 1 : 0))}"/></Relationships>`);
  book = book.replace('</sheets>', `<sheet name="${escapeAttr(sheetName)}" sheetId="${sheetId}" ${rPrefix}:id="${rId}"/></sheets>`);
  const ref = escapeText(quoteSheet(sheetName));
  const newNames = `<definedName name="${NARRATIVE_SHEET_NAME_TAG}">${ref}!$A$1</definedName><definedName name="_xlnm.Print_Area" localSheetId="${kept.length}">${ref}!$A$1:$B$${Math.max(1, lastRow(rows))}</definedName>`;
  book = withDefinedNames(book, newNames);
  // Our labels are formulas: ask for a recalculation on opening rather than trust saved results.
  if (p.plan.labels.length || p.plan.labelHeaders.length) book = withFullCalcOnLoad(book);
  // The saved calculation order would name cells that are no longer formulas (the old Narrative sheet): the application rebuilds it.
  for (const rel of rels.filter((r) => r.type === `${REL}/calcChain`)) {
    removed.add(resolve(bookDir, rel.target));
    bookRels = bookRels.replace(rel.xml, '');
  }

  for (const part of removed) types = types.replace(new RegExp(`<Override\\b[^>]*PartName="/${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*/>`), '');
  types = types.replace('</Types>', `<Override PartName="/${narrativePart}" ContentType="${WORKSHEET_TYPE}"/></Types>`);

  changed.set(bookPath, book);
  changed.set(bookRelsPath, bookRels);
  changed.set('[Content_Types].xml', types);
  if (styles.changed) changed.set(stylesPath, styles.toString());
  changed.set(narrativePart, narrativeXml);

  const now = p.now ?? new Date();
  const packing: Promise<{ part: ZipPart; method: number; data: Buffer }>[] = [];
  const pack = (name: string, template: ZipPart | null) => {
    const contents = Buffer.from(changed.get(name)!, 'utf8');
    const part = newPart(name, contents, template, now);
    packing.push(packBytes(contents).then((packed) => ({ part, ...packed })));
  };
  for (const part of parts) {
    if (removed.has(part.name) && !changed.has(part.name)) continue;
    if (changed.has(part.name)) pack(part.name, part);
    else packing.push(Promise.resolve({ part, method: part.method, data: part.data }));
  }
  if (!byName.has(narrativePart)) pack(narrativePart, null);
  const end = endRecord(p.input);
  return { issues, packed: Promise.all(packing).then((packed) => assembleZip(packed, end)) };
}
