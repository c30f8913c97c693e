/**
 * The annotated copy written as an edit of the input file rather than a new workbook: every part
 * of the input is copied byte for byte (still compressed) except the few the annotation changes —
 * the rated sheets (our rules and labels), the styles, the workbook's list of sheets and names,
 * and the Narrative sheet, which is new. So whatever the input holds survives as it was, charts,
 * pivot tables and all, and the copy costs little more than the parts it changes.
 *
 * What goes where is decided from the workbook as read (see workbookFacts.ts), by the same code the exceljs
 * path uses ({@link blocksToWrite}, {@link planLabels}, the Narrative sheet's layout and name); this
 * module only writes it, in whatever flavour the file is written (transitional or Strict, its
 * elements prefixed or not, its rows and cells with or without their addresses, its parts named
 * in any case). A file laid out in a way it does not expect (zip64, an array formula where a label
 * goes, our labels' shared formula still borrowed by a cell given no label) is declined, with the
 * reason, and the caller rebuilds the copy through exceljs, naming what that loses, or refuses.
 */
import {
  type FormatPlan,
  freeNarrativeName,
  type Issue,
  type Narrative,
  NARRATIVE_NAME,
  type NarrativeMeta,
  narrativeEditedIssues,
  narrativeNameIssues,
  narrativeWrite,
  planFingerprint,
  planNarrativeSheet,
  quoteSheet,
} from '../../core';
import { toArgb } from '../conditionalFormats';
import { toFileFormula } from '../fileFormula';
import {
  blocksToWrite,
  fileNarrativeFingerprint,
  hasMarkedRules,
  planLabels,
  referencedSheet,
  type WorkbookFacts,
} from '../workbookFacts';
import {
  endRecord,
  keptEntry,
  partBytes,
  type PendingZip,
  readZip,
  streamedEntry,
  type TextPieces,
  zipBytes,
  type ZipEntry,
  type ZipPart,
} from '../zipParts';
import { narrativeSheetPieces } from './narrativeXml';
import { editSheetPieces, type CellFormula, type CfBlock } from './sheetXml';
import { StylesXml } from './stylesXml';
import { appXml } from './appXml';
import {
  addressed,
  declaredPrefix,
  dirOf,
  isRel,
  nsAttr,
  partNames,
  relsOf,
  relsPathOf,
  resolve,
  rootTag,
  unprefixed,
  type Namespaces,
} from './package';
import { attr, escapeAttr, escapeText, firstTag, unescapeXml, withAttr } from './xml';

const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
/** What may follow `definedNames` and `calcPr` in a workbook part, in the file format's order. */
const AFTER_NAMES = [
  'calcPr',
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
];
const AFTER_CALC = AFTER_NAMES.slice(1);

export interface PatchInput {
  /** The input file's bytes, as read. */
  readonly input: Buffer;
  /**
   * What the decisions are taken from: the same file as read (its parts, or exceljs's model of it).
   * Set to null here as soon as they are taken, so that a large workbook's cells are not held while
   * the copy is laid out and packed.
   */
  readonly read: { facts: WorkbookFacts | null };
  readonly plan: FormatPlan;
  readonly narrative: Narrative;
  readonly meta: NarrativeMeta;
  /** The date given to new parts (the Narrative sheet). */
  readonly now?: Date;
}

export interface PatchedCopy {
  /** What could not be written as planned, as the exceljs path reports it. */
  readonly issues: Issue[];
  /** The copy's parts, being compressed in Node's thread pool: to be written out as each is ready ({@link writeZip}). */
  readonly zip: PendingZip;
  /** The copy's bytes as one buffer (assembled when first asked for). */
  readonly packed: Promise<Buffer>;
}

/** Why a workbook is not patched (what a rebuilt copy would lose is worked out by `rebuildLosses`). */
export interface Declined {
  readonly declined: string;
}

/** A sheet as the workbook part lists it. */
interface SheetEntry {
  readonly xml: string;
  readonly name: string;
  readonly sheetId: number;
  /** Its part, or null when the workbook part gives it none (it is then left as it is). */
  readonly part: string | null;
  readonly chart: boolean;
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
  return [...book.slice(start, end < 0 ? start : end).matchAll(/<definedName\b[^>]*>([\s\S]*?)<\/definedName>/g)].map(
    (m) => {
      const local = attr(m[0], 'localSheetId');
      return {
        xml: m[0],
        name: attr(m[0], 'name') ?? '',
        localSheetId: local === null ? null : Number(local),
        value: m[1],
      };
    },
  );
}

/** The workbook part with `names` (written definedName elements) added to its defined names. */
function withDefinedNames(book: string, names: string): string {
  if (book.includes('</definedNames>')) return book.replace('</definedNames>', `${names}</definedNames>`);
  if (/<definedNames\s*\/>/.test(book))
    return book.replace(/<definedNames\s*\/>/, `<definedNames>${names}</definedNames>`);
  return insertBefore(book, AFTER_NAMES, `<definedNames>${names}</definedNames>`, book.indexOf('</sheets>'));
}

/** The workbook part asking for a full recalculation when it is opened. */
function withFullCalcOnLoad(book: string): string {
  const calc = firstTag(book, ['calcPr']);
  if (calc < 0) return insertBefore(book, AFTER_CALC, '<calcPr fullCalcOnLoad="1"/>', book.indexOf('</sheets>'));
  const end = book.indexOf('>', calc) + 1;
  return book.slice(0, calc) + withAttr(book.slice(calc, end), 'fullCalcOnLoad', '1') + book.slice(end);
}

/** A package's parts, found by name as the package does (without regard to case), and read as text. */
function openPackage(input: Buffer) {
  const parts = readZip(input);
  if (!parts) return null;
  const byName = new Map(parts.map((part) => [part.name, part]));
  const find = partNames(byName.keys());
  const text = async (name: string): Promise<string | null> => {
    const found = find(name);
    const part = found === undefined ? undefined : byName.get(found);
    const bytes = part ? await partBytes(part) : null;
    return bytes ? bytes.toString('utf8') : null;
  };
  /** The name a part is stored under (its case as written), for a name resolved from a relationship. */
  const stored = (name: string) => find(name) ?? name;
  return { parts, byName, find, text, stored };
}

/** The workbook part's name, from the package's relationships; null when they do not say. */
async function workbookPath(pkg: NonNullable<ReturnType<typeof openPackage>>): Promise<string | null> {
  const rootRels = await pkg.text('_rels/.rels');
  const bookRel = rootRels ? relsOf(rootRels).find((r) => isRel(r, 'officeDocument')) : undefined;
  return bookRel ? pkg.stored(resolve('', bookRel.target)) : null;
}

/** The fingerprint of its Narrative sheet that an earlier run kept in our defined name's comment, or null (none kept). */
function keptFingerprint(ourNames: readonly DefinedName[]): string | null {
  return ourNames.length ? unescapeXml(attr(ourNames[0].xml, 'comment') ?? '') || null : null;
}

/**
 * What an earlier run recorded of the Narrative sheet it wrote into this file (see {@link keptFingerprint}),
 * for a copy rebuilt through exceljs, which does not read the comment: null when there is none or
 * the package cannot be read this far.
 */
export async function storedNarrativeFingerprint(input: Buffer): Promise<string | null> {
  const pkg = openPackage(input);
  const bookPath = pkg ? await workbookPath(pkg) : null;
  const book = bookPath ? await pkg!.text(bookPath) : null;
  if (book === null) return null;
  return keptFingerprint(definedNamesOf(unprefixed(book).xml).filter((n) => n.name === NARRATIVE_NAME));
}

/**
 * The annotated copy of `p.input` as a patch of its parts, or why not, when the file is laid out
 * in a way this does not handle (the caller then writes it through exceljs). Issues are those the
 * exceljs path would report, in the same order.
 */
export async function patchCopy(p: PatchInput): Promise<PatchedCopy | Declined> {
  const declined = (reason: string): Declined => ({ declined: reason });
  const pkg = openPackage(p.input);
  if (!pkg) return declined('the file is a kind of zip this cannot edit (split, or larger than 4 GB)');
  const { parts, byName, find, text, stored } = pkg;
  const rootRels = await text('_rels/.rels');
  const bookPath = await workbookPath(pkg);
  if (!bookPath) return declined('its package does not say which part is the workbook');
  const bookDir = dirOf(bookPath);
  const bookRelsPath = stored(relsPathOf(bookPath));
  const [bookText, bookRelsText, typesText] = await Promise.all([
    text(bookPath),
    text(bookRelsPath),
    text('[Content_Types].xml'),
  ]);
  if (bookText === null || bookRelsText === null || typesText === null)
    return declined('its workbook, relationships or content types part is missing');
  const opened = unprefixed(bookText);
  if (!opened.ns) return declined('its workbook part is not written in the SpreadsheetML namespace');
  const ns: Namespaces = opened.ns;
  const REL = ns.rel;
  let book = opened.xml;
  let bookRels = bookRelsText;
  let types = typesText;
  const rels = relsOf(bookRels);
  const stylesRel = rels.find((r) => isRel(r, 'styles') && !r.external);
  const stylesPath = stylesRel ? stored(resolve(bookDir, stylesRel.target)) : null;
  const stylesText = stylesPath ? await text(stylesPath) : null;
  const styles = stylesText === null ? null : StylesXml.parse(unprefixed(stylesText).xml);
  if (!styles || !stylesPath) return declined('it has no styles part');

  const sheetsStart = firstTag(book, ['sheets']);
  const sheetsEnd = book.indexOf('</sheets>');
  if (sheetsStart < 0 || sheetsEnd < 0) return declined('its workbook part lists no sheets');
  const scope = rootTag(book)!.tag;
  const sheets: SheetEntry[] = [];
  for (const [xml] of book.slice(sheetsStart, sheetsEnd).matchAll(/<sheet\b[^>]*?(?:\/>|>\s*<\/sheet>)/g)) {
    const id = nsAttr(xml, scope, 'id', [REL]);
    const rel = rels.find((r) => r.id === id);
    const name = attr(xml, 'name');
    if (name === null) return declined('a sheet in its workbook part has no name');
    const part = rel && !rel.external ? stored(resolve(bookDir, rel.target)) : null;
    sheets.push({
      xml,
      name,
      sheetId: Number(attr(xml, 'sheetId')) || 0,
      part: part && byName.has(part) ? part : null,
      chart: !!rel && isRel(rel, 'chartsheet'),
    });
  }

  // What to write, decided as the exceljs path decides it.
  const facts = p.read.facts;
  if (!facts) throw new Error('patchCopy: the workbook facts have been let go already');
  const { blocks, issues } = blocksToWrite(facts, p.plan);
  const labels = planLabels(facts, p.plan);
  for (const issue of labels.issues) issues.push(issue);
  const edits = new Map<string, { blocks: CfBlock[]; cells: CellFormula[] }>();
  const editOf = (sheet: string) => {
    let e = edits.get(sheet);
    if (!e) edits.set(sheet, (e = { blocks: [], cells: [] }));
    return e;
  };
  for (const name of facts.sheetNames) if (hasMarkedRules(facts.rules(name), p.plan.marker)) editOf(name);
  for (const b of blocks) {
    editOf(b.sheet).blocks.push({
      sqref: b.ranges.join(' '),
      rules: b.rules.map((r) => ({
        formula: toFileFormula(r.formula.replace(/^=/, '')),
        dxfId: styles.dxf(toArgb(r.fill), toArgb(r.font)),
      })),
    });
  }
  for (const w of labels.writes)
    editOf(w.sheet).cells.push({ row: w.row, col: w.col, formula: toFileFormula(w.formula), result: w.expected });

  // The Narrative sheet: an earlier run's goes, wherever the officer moved it (so long as it has no parts of its own); ours is added last.
  const names = definedNamesOf(book);
  const removed = new Set<string>();
  const ourNames = names.filter((n) => n.name === NARRATIVE_NAME);
  const previous = new Set(ourNames.map((n) => referencedSheet(unescapeXml(n.value))));
  const earlier = sheets.flatMap((s, i) => (previous.has(s.name) ? [i] : []));
  // (More than one such sheet is declined below, after the sheets' edits: a sheet that cannot be edited is the reason given first.)
  const markedAt = earlier.length === 1 ? earlier[0] : -1;
  const marked = markedAt >= 0 ? sheets[markedAt] : null;
  // Changed since we wrote it (by the fingerprint in our name's comment; parts of its own, such as a
  // chart or notes, are a change too): left as it is, and the draft goes to a new sheet, as from the ribbon.
  const fingerprinted = keptFingerprint(ourNames);
  const decision = marked
    ? narrativeWrite(
        {
          stored: fingerprinted,
          now:
            marked.part && find(relsPathOf(marked.part))
              ? 'has parts of its own'
              : fileNarrativeFingerprint(facts, marked.name),
        },
        'new-sheet',
      )
    : 'add';
  // Every decision that reads the workbook's cells is taken: let them go before the copy is laid out and packed.
  p.read.facts = null;
  // The Narrative sheet laid out (a pass over every sentence and cell) before the sheets' parts are
  // read for editing, so that a large sheet's text is not held while it runs.
  const sheetPlan = planNarrativeSheet(p.narrative, p.meta);

  const changed = new Map<string, TextPieces>();
  for (const [sheetName, e] of edits) {
    const sheet = sheets.find((s) => s.name === sheetName);
    const xml = sheet?.part ? await text(sheet.part) : null;
    if (!sheet?.part || xml === null) return declined(`the sheet '${sheetName}' has no part of its own in the file`);
    const edited = editSheetPieces(addressed(unprefixed(xml).xml), {
      marker: p.plan.marker,
      blocks: e.blocks,
      cells: e.cells,
      labelStyle: (left) => (left === null ? null : styles.labelStyle(left)),
    });
    if (edited === null)
      return declined(
        `the sheet '${sheetName}' is laid out in a way that cannot be edited in place (an array formula, or a formula of ours shared with a cell given no label, where a label goes)`,
      );
    changed.set(sheet.part, edited);
  }
  if (earlier.length > 1) return declined('more than one sheet is marked as the Narrative sheet of an earlier run');

  const oldAt = decision === 'rewrite' ? markedAt : -1;
  const old = oldAt >= 0 ? sheets[oldAt] : null;
  const kept = sheets.filter((s) => s !== old);
  const dropNames = new Set(ourNames);
  let calcRels = rels.filter((r) => isRel(r, 'calcChain'));
  if (old) {
    if (!old.part) return declined('the Narrative sheet of an earlier run has no part of its own in the file');
    if (find(relsPathOf(old.part)))
      return declined('the Narrative sheet of an earlier run has been given notes, pictures or other parts of its own');
    removed.add(old.part);
    book = book.replace(old.xml, '');
    const rel = rels.find(
      (r) => !r.external && stored(resolve(bookDir, r.target)) === old.part && isRel(r, 'worksheet'),
    );
    if (rel) calcRels = [...calcRels, rel];
    for (const n of names) if (n.localSheetId === oldAt) dropNames.add(n);
  }
  for (const n of dropNames) book = book.replace(n.xml, '');
  if (old) book = withSheetIndexes(book, oldAt, kept.length);

  // The saved calculation order would name cells that are no longer formulas (the old Narrative sheet): the application rebuilds it.
  const keptRels = rels.filter((r) => !calcRels.includes(r));
  for (const rel of calcRels) {
    if (isRel(rel, 'calcChain')) removed.add(stored(resolve(bookDir, rel.target)));
    bookRels = bookRels.replace(rel.xml, '');
  }

  const sheetName = freeNarrativeName(kept.map((s) => s.name));
  const nameIssues =
    decision === 'new-sheet' && marked ? narrativeEditedIssues(marked.name, sheetName) : narrativeNameIssues(sheetName);
  for (const issue of nameIssues) issues.push(issue);
  const narrativeXml = narrativeSheetPieces(sheetPlan, (look) => styles.look(look), ns, styles.plainNumber());
  const sheetPath = (k: number) => `${bookDir ? `${bookDir}/` : ''}worksheets/sheet${k}.xml`;
  let k = 1;
  while (find(sheetPath(k)) && !removed.has(stored(sheetPath(k)))) k++;
  const narrativePart = stored(sheetPath(k));
  let n = 1;
  while (keptRels.some((r) => r.id === `rId${n}`)) n++;
  const rId = `rId${n}`;
  const sheetId = kept.reduce((m, s) => Math.max(m, s.sheetId), 0) + 1;
  const relsClose = /<\/(?:\w+:)?Relationships>\s*$/.exec(bookRels);
  if (!relsClose) return declined('its workbook relationships part is not complete');
  const relPrefix = /<(\w+:)Relationships[\s>]/.exec(bookRels)?.[1] ?? '';
  bookRels = `${bookRels.slice(0, relsClose.index)}<${relPrefix}Relationship Id="${rId}" Type="${REL}/worksheet" Target="${escapeAttr(narrativePart.slice(bookDir ? bookDir.length + 1 : 0))}"/>${bookRels.slice(relsClose.index)}`;
  const r = declaredPrefix(book, REL, 'r');
  book = r.xml;
  book = book.replace(
    '</sheets>',
    `<sheet name="${escapeAttr(sheetName)}" sheetId="${sheetId}" ${r.prefix}:id="${rId}"/></sheets>`,
  );
  const ref = escapeText(quoteSheet(sheetName));
  const fingerprint = escapeAttr(planFingerprint(sheetPlan, []));
  const newNames = `<definedName name="${NARRATIVE_NAME}" comment="${fingerprint}">${ref}!$A$1</definedName><definedName name="_xlnm.Print_Area" localSheetId="${kept.length}">${ref}!${sheetPlan.printArea}</definedName>`;
  book = withDefinedNames(book, newNames);
  // Our labels are formulas: ask for a recalculation on opening rather than trust saved results.
  if (p.plan.labels.length || p.plan.labelHeaders.length) book = withFullCalcOnLoad(book);

  const escapeRe = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const part of removed)
    types = types.replace(new RegExp(`<(?:\\w+:)?Override\\b[^>]*PartName="/${escapeRe(part)}"[^>]*/>`, 'i'), '');
  const typesClose = /<\/((?:\w+:)?)Types>\s*$/.exec(types);
  if (!typesClose) return declined('its content types part is not complete');
  types = `${types.slice(0, typesClose.index)}<${typesClose[1]}Override PartName="/${narrativePart}" ContentType="${WORKSHEET_TYPE}"/>${types.slice(typesClose.index)}`;

  // The document's list of sheets (docProps/app.xml), which Excel shows and some tools read.
  const appRel = rootRels
    ? relsOf(rootRels).find((x) => (isRel(x, 'extended-properties') || isRel(x, 'extendedProperties')) && !x.external)
    : undefined;
  const appPath = appRel ? stored(resolve('', appRel.target)) : null;
  const appText = appPath ? await text(appPath) : null;
  if (appPath && appText !== null) {
    // Worksheets as Excel lists them: chart sheets counted apart, very hidden sheets not named.
    const listed = kept.filter((s) => !s.chart && attr(s.xml, 'state') !== 'veryHidden');
    const updated = appXml(appText, [...listed.map((s) => s.name), sheetName]);
    if (updated !== appText) changed.set(appPath, [updated]);
  }

  changed.set(bookPath, [book]);
  changed.set(bookRelsPath, [bookRels]);
  changed.set(stored('[Content_Types].xml'), [types]);
  if (styles.changed) changed.set(stylesPath, [styles.toString()]);
  changed.set(narrativePart, narrativeXml);

  const now = p.now ?? new Date();
  const packing: Promise<ZipEntry>[] = [];
  // Each part's text is encoded and compressed a batch at a time, as it is made: no part is held three
  // times. The parts are made one after another, each once the one before has given its last piece
  // (while that one's last batches are still being compressed): so the edited sheet's own text, 25 MB
  // at 50,000 indicators, is let go before the Narrative sheet's rows are made, rather than held
  // beside them, and the run's peak is some 15 MB lower.
  let madeBefore: Promise<unknown> = Promise.resolve();
  const pack = (name: string, template: ZipPart | null) => {
    const pieces = changed.get(name)!;
    changed.set(name, []);
    let made!: () => void;
    const allMade = new Promise<void>((done) => (made = done));
    const entry = madeBefore.then(() => streamedEntry(name, thenSay(pieces, made), template, now));
    entry.catch(() => undefined); // a failure is the writer's to report, not an unhandled rejection
    // The next part starts when this one's text is all made, or when it has failed.
    madeBefore = Promise.race([allMade, entry.then(noop, noop)]);
    packing.push(entry);
  };
  for (const part of parts) {
    if (removed.has(part.name) && !changed.has(part.name)) continue;
    if (changed.has(part.name)) pack(part.name, part);
    else packing.push(Promise.resolve(keptEntry(part)));
  }
  if (!byName.has(narrativePart)) pack(narrativePart, null);
  const zip = { entries: packing, end: endRecord(p.input) };
  let packed: Promise<Buffer> | undefined;
  return {
    issues,
    zip,
    get packed() {
      return (packed ??= zipBytes(zip));
    },
  };
}

/**
 * The workbook part after the sheet at `gone` was taken out of its list: defined names local to a
 * later sheet, and the views' active and first tabs, point one sheet earlier; a view on the sheet
 * that went shows its replacement, which will stand at `replacement`.
 */
function withSheetIndexes(book: string, gone: number, replacement: number): string {
  const shift = (v: string | null, onGone: number) =>
    v === null ? null : Number(v) > gone ? String(Number(v) - 1) : Number(v) === gone ? String(onGone) : v;
  let out = book.replace(/<definedName\b[^>]*>/g, (tag) => {
    const local = attr(tag, 'localSheetId');
    return local === null ? tag : withAttr(tag, 'localSheetId', shift(local, Number(local)));
  });
  out = out.replace(/<workbookView\b[^>]*>/g, (tag) => {
    let t = tag;
    for (const name of ['activeTab', 'firstSheet']) {
      const v = attr(t, name);
      if (v !== null) t = withAttr(t, name, shift(v, name === 'activeTab' ? replacement : 0));
    }
    return t;
  });
  return out;
}

const noop = () => undefined;

/** The pieces of `text`, then a call to `made` once the last has been asked for and given. */
function* thenSay(text: TextPieces, made: () => void): Generator<string, void, undefined> {
  yield* text;
  made();
}
