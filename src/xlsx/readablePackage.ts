/**
 * A plain copy of a workbook's values for exceljs to read, when the file as it stands is one
 * exceljs cannot (or should not) read, though it is valid: its parts under other names or with
 * absolute targets (Open XML SDK, ClosedXML), a byte-order mark, namespace prefixes on its
 * elements (`<x:row>`), Strict Open XML, table filters exceljs does not know, or a data validation
 * over whole columns (which exceljs would expand cell by cell, taking minutes and gigabytes).
 *
 * The copy holds only what reading the scorecard needs — the workbook's sheet list and names, each
 * worksheet's cells and rules, its tables, shared strings and styles — under the names exceljs
 * expects. It is used for reading only: the annotated copy is still a patch of the file itself.
 */
import { assembleZip, partBytes, readZip, storedEntry } from './zipParts';
import {
  STRICT,
  TRANSITIONAL,
  addressed,
  dirOf,
  isRel,
  nsAttr,
  partNames,
  relsOf,
  relsPathOf,
  resolve,
  rootTag,
  unprefixed,
} from './patch/package';
import { attr } from './patch/xml';
import { parseRange } from '../core';

/** More cells than this in one data validation's ranges, and exceljs is not given it. */
const MAX_VALIDATED_CELLS = 100_000;

/** The number of cells the ranges of an `sqref` cover. */
function cellsIn(sqref: string): number {
  let n = 0;
  for (const ref of sqref.trim().split(/\s+/)) {
    const full = /^\$?([A-Z]+):\$?([A-Z]+)$/i.test(ref)
      ? `${ref.split(':')[0]}1:${ref.split(':')[1]}1048576`
      : /^\$?(\d+):\$?(\d+)$/.test(ref)
        ? `A${ref.split(':')[0].replace('$', '')}:XFD${ref.split(':')[1].replace('$', '')}`
        : ref;
    const b = parseRange(full.replace(/\$/g, ''));
    n += b ? (b.bottom - b.top + 1) * (b.right - b.left + 1) : 1;
  }
  return n;
}

/** Whether a worksheet part has a data validation too large for exceljs to read. */
export function hasHugeValidation(sheet: string): boolean {
  if (!sheet.includes('dataValidation')) return false;
  for (const m of sheet.matchAll(/<(?:\w+:)?dataValidation\b[^>]*>/g)) {
    const sqref = attr(m[0], 'sqref');
    if (sqref && cellsIn(sqref) > MAX_VALIDATED_CELLS) return true;
  }
  return false;
}

/** Elements a reading of values has no use for, which name parts the plain copy does not carry. */
const DROPPED = [
  'dataValidations',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'picture',
  'oleObjects',
  'controls',
  'hyperlinks',
  'extLst',
  'mc:AlternateContent',
];

function withoutElements(xml: string, names: readonly string[]): string {
  let out = xml;
  for (const name of names) {
    const n = name.replace(/[.:]/g, '\\$&');
    out = out.replace(new RegExp(`<${n}(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${n}>)`, 'g'), '');
  }
  return out;
}

/** A part in the transitional namespaces, without prefixes on its own elements. */
function plain(xml: string): string {
  const { xml: out } = unprefixed(xml);
  return out.split(STRICT.main).join(TRANSITIONAL.main).split(STRICT.rel).join(TRANSITIONAL.rel);
}

/** Whether the package at all needs the plain copy: true when reading it as it stands would go wrong. */
export async function needsPlainCopy(buf: Buffer): Promise<boolean> {
  const parts = readZip(buf);
  if (!parts) return false;
  for (const part of parts) {
    const sheet = /worksheets\/[^/]*\.xml$/i.test(part.name);
    if (!sheet && !/(^|\/)(workbook|styles|sharedStrings)\.xml$/i.test(part.name)) continue;
    const bytes = await partBytes(part);
    if (!bytes) continue;
    // exceljs looks for its element names as written: a part whose elements carry a prefix reads as empty.
    const head = bytes.subarray(0, 1024).toString('utf8');
    if (rootTag(head)?.prefix) return true;
    // …and the relationship of each sheet only under the prefix "r".
    if (
      /(^|\/)workbook\.xml$/i.test(part.name) &&
      [...bytes.toString('utf8').matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)].some((m) => !/\sr:id\s*=/.test(m[0]))
    )
      return true;
    if (sheet && hasHugeValidation(bytes.toString('utf8'))) return true;
  }
  return false;
}

const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';

/** The plain copy of `buf` for exceljs to read, or null when the package does not say where its workbook and sheets are. */
export async function plainCopy(buf: Buffer): Promise<Buffer | null> {
  const parts = readZip(buf);
  if (!parts) return null;
  const byName = new Map(parts.map((p) => [p.name, p]));
  const find = partNames(byName.keys());
  const text = async (name: string): Promise<string | null> => {
    const found = find(name);
    const bytes = found === undefined ? null : await partBytes(byName.get(found)!);
    return bytes ? bytes.toString('utf8') : null;
  };
  const rootRels = await text('_rels/.rels');
  const bookRel = rootRels ? relsOf(rootRels).find((r) => isRel(r, 'officeDocument')) : undefined;
  if (!bookRel) return null;
  const bookPath = resolve('', bookRel.target);
  const bookDir = dirOf(bookPath);
  const [bookText, bookRelsText] = await Promise.all([text(bookPath), text(relsPathOf(bookPath))]);
  if (bookText === null || bookRelsText === null) return null;
  let book = plain(bookText);
  const scope = rootTag(book)?.tag ?? '';
  const rels = relsOf(plain(bookRelsText));
  const out = new Map<string, string>();
  const newRels: string[] = [];
  const relXml = (id: string, kind: string, target: string) =>
    `<Relationship Id="${id}" Type="${TRANSITIONAL.rel}/${kind}" Target="${target}"/>`;

  // The sheets, in order, as xl/worksheets/sheet1.xml… with their tables.
  let n = 0;
  let tables = 0;
  book = book.replace(/<sheet\b[^>]*?(?:\/>|>\s*<\/sheet>)/g, (tag) => {
    const id = nsAttr(tag, scope, 'id', [TRANSITIONAL.rel]);
    const rel = rels.find((r) => r.id === id);
    const clean = tag
      .replace(/\s[\w.-]+:id\s*=\s*("[^"]*"|'[^']*')/g, '')
      .replace(/\sxmlns:[\w.-]+\s*=\s*("[^"]*"|'[^']*')/g, '');
    if (!rel || rel.external || !isRel(rel, 'worksheet')) return '';
    const sheetNo = ++n;
    newRels.push(relXml(`rIdSheet${sheetNo}`, 'worksheet', `worksheets/sheet${sheetNo}.xml`));
    const selfClosing = clean.replace(/>\s*<\/sheet>$/, '/>');
    return selfClosing.replace(/\s*\/>$/, ` r:id="rIdSheet${sheetNo}"/>`);
  });
  const sheetRels = rels.filter((r) => !r.external && isRel(r, 'worksheet'));
  const order = [...bookText.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)].map((m) =>
    rels.find((r) => r.id === nsAttr(m[0], rootTag(plain(bookText))?.tag ?? '', 'id', [TRANSITIONAL.rel, STRICT.rel])),
  );
  let sheetNo = 0;
  for (const rel of order) {
    if (!rel || !sheetRels.includes(rel)) continue;
    sheetNo++;
    const partName = resolve(bookDir, rel.target);
    const xml = await text(partName);
    if (xml === null) return null;
    let sheet = addressed(withoutElements(plain(xml), DROPPED));
    const ownRels = await text(relsPathOf(partName));
    const keptRels: string[] = [];
    if (ownRels !== null) {
      for (const r of relsOf(plain(ownRels))) {
        if (r.external || !isRel(r, 'table')) continue;
        const tableXml = await text(resolve(dirOf(partName), r.target));
        if (tableXml === null) continue;
        const t = ++tables;
        out.set(
          `xl/tables/table${t}.xml`,
          withoutElements(plain(tableXml), ['autoFilter', 'sortState', 'extLst'])
            .replace(/<calculatedColumnFormula\b[^>]*?(?:\/>|>[\s\S]*?<\/calculatedColumnFormula>)/g, '')
            .replace(/<totalsRowFormula\b[^>]*?(?:\/>|>[\s\S]*?<\/totalsRowFormula>)/g, ''),
        );
        keptRels.push(relXml(r.id, 'table', `../tables/table${t}.xml`));
      }
    }
    // Table parts whose relationship was not kept would leave exceljs looking for a table that is not there.
    sheet = sheet.replace(/<tablePart\b[^>]*\/>/g, (tag) =>
      keptRels.some((k) => k.includes(`Id="${attr(tag, 'r:id')}"`)) ? tag : '',
    );
    out.set(`xl/worksheets/sheet${sheetNo}.xml`, sheet);
    if (keptRels.length)
      out.set(
        `xl/worksheets/_rels/sheet${sheetNo}.xml.rels`,
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${keptRels.join('')}</Relationships>`,
      );
  }
  if (!sheetNo) return null;
  for (const [kind, name] of [
    ['styles', 'styles.xml'],
    ['sharedStrings', 'sharedStrings.xml'],
  ] as const) {
    const rel = rels.find((r) => !r.external && isRel(r, kind));
    const xml = rel ? await text(resolve(bookDir, rel.target)) : null;
    if (xml === null) continue;
    out.set(`xl/${name}`, plain(xml));
    newRels.push(relXml(`rId${kind}`, kind, name));
  }
  const root = rootTag(book);
  if (root && attr(root.tag, 'xmlns:r') === null)
    book = `${book.slice(0, root.end - 1)} xmlns:r="${TRANSITIONAL.rel}">${book.slice(root.end)}`;
  out.set('xl/workbook.xml', withoutElements(book, ['extLst', 'mc:AlternateContent', 'fileRecoveryPr']));
  out.set(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${newRels.join('')}</Relationships>`,
  );
  out.set('_rels/.rels', ROOT_RELS);
  out.set(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>',
  );
  const when = new Date(2000, 0, 1);
  return assembleZip([...out].map(([name, xml]) => storedEntry(name, Buffer.from(xml, 'utf8'), null, when)));
}
