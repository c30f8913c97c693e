/**
 * Workbooks written part by part, for the files no spreadsheet library would write: element
 * prefixes, part names in another case, another application's package layout, hostile zips. The
 * caller gives each part's name and text; the zip is assembled here (deflated, fixed dates), so the
 * bytes are the same from one build to the next.
 */
import { crc32, deflateRawSync } from 'node:zlib';

/** One part of a package: its name in the zip and its contents. */
export interface RawPart {
  readonly name: string;
  readonly data: string | Buffer;
}

/**
 * One zip entry exactly as it is to be written: its bytes as stored (`method` 0, stored, or 8,
 * deflated) and the size and CRC its headers declare — which a hostile zip may make untrue.
 */
export interface ZipEntrySpec {
  readonly name: string;
  readonly method: 0 | 8;
  readonly stored: Buffer;
  readonly size: number;
  readonly crc: number;
  /** An extra field for both headers (libgsf, which Gnumeric writes with, puts its own there). */
  readonly extra?: Buffer;
}

/** DOS time and date of 15 October 2021, 09:00, as every fixture carries. */
const DOS_TIME = 9 << 11;
const DOS_DATE = ((2021 - 1980) << 9) | (10 << 5) | 15;

/** A 64-bit little-endian number. */
function u64(n: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeUInt32LE(n % 2 ** 32, 0);
  b.writeUInt32LE(Math.floor(n / 2 ** 32), 4);
  return b;
}

/**
 * A zip of `entries`, in order. With `zip64`, every size and offset is given in zip64 extra fields
 * and records (as writers do for parts past 4 GB), so a declared size may exceed 32 bits.
 */
export function zipEntries(entries: readonly ZipEntrySpec[], zip64 = false): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  const big = 0xffffffff;
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(zip64 ? 45 : 20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(zip64 ? big : e.stored.length, 18);
    local.writeUInt32LE(zip64 ? big : e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const localExtra = zip64
      ? Buffer.concat([Buffer.from([1, 0, 16, 0]), u64(e.size), u64(e.stored.length)])
      : (e.extra ?? null);
    if (localExtra) local.writeUInt16LE(localExtra.length, 28);
    const head = Buffer.alloc(46);
    head.writeUInt32LE(0x02014b50, 0);
    head.writeUInt16LE(zip64 ? 45 : 20, 4);
    local.copy(head, 6, 4, 26);
    head.writeUInt16LE(name.length, 28);
    const centralExtra = zip64
      ? Buffer.concat([Buffer.from([1, 0, 24, 0]), u64(e.size), u64(e.stored.length), u64(offset)])
      : (e.extra ?? null);
    if (centralExtra) head.writeUInt16LE(centralExtra.length, 30);
    head.writeUInt32LE(zip64 ? big : offset, 42);
    chunks.push(local, name);
    if (localExtra) chunks.push(localExtra);
    chunks.push(e.stored);
    central.push(head, name);
    if (centralExtra) central.push(centralExtra);
    offset += 30 + name.length + (localExtra?.length ?? 0) + e.stored.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(zip64 ? 0xffff : entries.length, 8);
  end.writeUInt16LE(zip64 ? 0xffff : entries.length, 10);
  end.writeUInt32LE(zip64 ? big : directory.length, 12);
  end.writeUInt32LE(zip64 ? big : offset, 16);
  if (!zip64) return Buffer.concat([...chunks, directory, end]);
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  u64(44).copy(record, 4);
  record.writeUInt16LE(45, 12);
  record.writeUInt16LE(45, 14);
  u64(entries.length).copy(record, 24);
  u64(entries.length).copy(record, 32);
  u64(directory.length).copy(record, 40);
  u64(offset).copy(record, 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  u64(offset + directory.length).copy(locator, 8);
  locator.writeUInt32LE(1, 16);
  return Buffer.concat([...chunks, directory, record, locator, end]);
}

/** A zip of `parts`, in order, each deflated (or stored when `store` is set), its headers true. */
export function zipParts(parts: readonly RawPart[], store = false): Buffer {
  return zipEntries(
    parts.map((p) => {
      const data = typeof p.data === 'string' ? Buffer.from(p.data, 'utf8') : p.data;
      return {
        name: p.name,
        method: store ? 0 : 8,
        stored: store ? data : deflateRawSync(data),
        size: data.length,
        crc: crc32(data),
      };
    }),
  );
}

export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Escapes text for an XML element or attribute. */
export const xmlText = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The 1-based column number's letters (1 → A, 16384 → XFD). */
export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A cell value for {@link sheetRowsXml}: text (written inline) or a number; null leaves the cell out. */
export type RawCell = string | number | null;

/**
 * The `<sheetData>` rows of `rows` (row 1 first, columns from A), every element carrying `prefix`
 * (e.g. 'x:') when given. Text is written as inline strings, so no shared strings part is needed.
 */
export function sheetRowsXml(rows: readonly (readonly RawCell[])[], prefix = '', firstCol = 1): string {
  const p = prefix;
  const out: string[] = [];
  rows.forEach((cells, r) => {
    const row: string[] = [];
    cells.forEach((v, c) => {
      if (v === null) return;
      const ref = `${columnLetters(firstCol + c)}${r + 1}`;
      row.push(
        typeof v === 'number'
          ? `<${p}c r="${ref}"><${p}v>${v}</${p}v></${p}c>`
          : `<${p}c r="${ref}" t="inlineStr"><${p}is><${p}t>${xmlText(v)}</${p}t></${p}is></${p}c>`,
      );
    });
    if (row.length) out.push(`<${p}row r="${r + 1}">${row.join('')}</${p}row>`);
  });
  return out.join('');
}

/** A worksheet part around `sheetData` rows, its elements carrying `prefix` (bound to the main namespace). */
export function worksheetXml(rowsXml: string, prefix = ''): string {
  const p = prefix;
  const ns = p ? `xmlns:${p.slice(0, -1)}="${MAIN_NS}"` : `xmlns="${MAIN_NS}"`;
  return `${XML_HEAD}<${p}worksheet ${ns} xmlns:r="${REL_NS}"><${p}sheetData>${rowsXml}</${p}sheetData></${p}worksheet>`;
}

/** Options for {@link simpleWorkbook}. */
export interface SimpleWorkbookOptions {
  /** A prefix for every SpreadsheetML element ('x:'), as the Open XML SDK writes. */
  readonly prefix?: string;
  /** How each part name is written in the zip and in the relationships (e.g. upper-cased). */
  readonly partName?: (name: string) => string;
}

/** A package of worksheets named `sheets` with their `<sheetData>` rows, and a styles part: the least Excel writes. */
export function simpleWorkbook(
  sheets: readonly { readonly name: string; readonly rowsXml: string }[],
  options: SimpleWorkbookOptions = {},
): RawPart[] {
  const p = options.prefix ?? '';
  const as = options.partName ?? ((n: string) => n);
  const ns = p ? `xmlns:${p.slice(0, -1)}="${MAIN_NS}"` : `xmlns="${MAIN_NS}"`;
  const sheetList = sheets
    .map((s, i) => `<${p}sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  const bookRels =
    sheets
      .map(
        (_s, i) =>
          `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="${as(`worksheets/sheet${i + 1}.xml`)}"/>`,
      )
      .join('') + `<Relationship Id="rIdStyles" Type="${REL_NS}/styles" Target="${as('styles.xml')}"/>`;
  return [
    {
      name: as('[Content_Types].xml'),
      data: `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${as('xl/workbook.xml')}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/${as('xl/styles.xml')}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheets.map((_s, i) => `<Override PartName="/${as(`xl/worksheets/sheet${i + 1}.xml`)}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`,
    },
    {
      name: as('_rels/.rels'),
      data: `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="${as('xl/workbook.xml')}"/></Relationships>`,
    },
    {
      name: as('xl/workbook.xml'),
      data: `${XML_HEAD}<${p}workbook ${ns} xmlns:r="${REL_NS}"><${p}sheets>${sheetList}</${p}sheets></${p}workbook>`,
    },
    {
      name: as('xl/_rels/workbook.xml.rels'),
      data: `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">${bookRels}</Relationships>`,
    },
    {
      name: as('xl/styles.xml'),
      data: `${XML_HEAD}<${p}styleSheet ${ns}><${p}fonts count="1"><${p}font><${p}sz val="11"/><${p}name val="Calibri"/></${p}font></${p}fonts><${p}fills count="2"><${p}fill><${p}patternFill patternType="none"/></${p}fill><${p}fill><${p}patternFill patternType="gray125"/></${p}fill></${p}fills><${p}borders count="1"><${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border></${p}borders><${p}cellStyleXfs count="1"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></${p}cellStyleXfs><${p}cellXfs count="1"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></${p}cellXfs><${p}cellStyles count="1"><${p}cellStyle name="Normal" xfId="0" builtinId="0"/></${p}cellStyles></${p}styleSheet>`,
    },
    ...sheets.map((s, i) => ({ name: as(`xl/worksheets/sheet${i + 1}.xml`), data: worksheetXml(s.rowsXml, p) })),
  ];
}

/**
 * A workbook laid out as Gnumeric writes one (plugins/excel/xlsx-write.c, through libgsf's zip and
 * package writers): every entry carrying libgsf's own 16-byte "II" extra field, the parts in the
 * order they are written — sheets, styles, shared strings, then the workbook, its relationships
 * and the content types last — shared strings for all text, `spans` on rows, a `fileVersion`
 * naming gnumeric, and content types that override only the parts that have a type.
 */
export function gnumericWorkbook(sheetName: string, rows: readonly (readonly RawCell[])[]): Buffer {
  const strings: string[] = [];
  const index = (t: string) => {
    const i = strings.indexOf(t);
    return i >= 0 ? i : strings.push(t) - 1;
  };
  const width = rows.reduce((w, r) => Math.max(w, r.length), 1);
  const rowsXml = rows
    .map((cells, r) => {
      const cs = cells
        .map((v, c) => {
          const ref = `${columnLetters(c + 1)}${r + 1}`;
          if (v === null) return '';
          return typeof v === 'number' ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="s"><v>${index(v)}</v></c>`;
        })
        .join('');
      return `<row r="${r + 1}" spans="1:${width}">${cs}</row>`;
    })
    .join('\n');
  const sheet = `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetPr filterMode="false"><pageSetUpPr fitToPage="false"/></sheetPr><dimension ref="A1:${columnLetters(width)}${rows.length}"/><sheetViews><sheetView workbookViewId="0"><selection pane="topLeft"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="12.8" outlineLevelRow="0" outlineLevelCol="0"/><sheetData>\n${rowsXml}\n</sheetData><printOptions/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="default"/></worksheet>`;
  const sst = `${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((t) => `<si><t>${xmlText(t)}</t></si>`).join('')}</sst>`;
  const styles = `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}"><fonts count="1"><font><sz val="10"/><name val="Sans"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="general" vertical="bottom" textRotation="0" wrapText="false" indent="0" shrinkToFit="false"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
  const book = `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><fileVersion appName="gnumeric" lastEdited="7" lowestEdited="7"/><workbookPr date1904="false"/><bookViews><workbookView activeTab="0"/></bookViews><sheets><sheet name="${xmlText(sheetName)}" sheetId="1" r:id="rId1"/></sheets><calcPr refMode="A1" iterate="false" iterateCount="100" iterateDelta="0.001"/><webPublishing allowPng="true" css="false"/></workbook>`;
  const rel = (id: string, kind: string, target: string) =>
    `<Relationship Id="${id}" Type="${REL_NS}/${kind}" Target="${target}"/>`;
  const bookRels = `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">${rel('rId1', 'worksheet', 'worksheets/sheet1.xml')}${rel('rId2', 'styles', 'styles.xml')}${rel('rId3', 'sharedStrings', 'sharedStrings.xml')}</Relationships>`;
  const rootRels = `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">${rel('rId1', 'officeDocument', 'xl/workbook.xml')}</Relationships>`;
  const type = (kind: string) => `application/vnd.openxmlformats-officedocument.spreadsheetml.${kind}+xml`;
  const override = (part: string, kind: string) => `<Override PartName="/${part}" ContentType="${type(kind)}"/>`;
  const types = `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xlm" ContentType="application/vnd.ms-excel.xlmacro"/>${override('xl/workbook.xml', 'sheet.main')}${override('xl/styles.xml', 'styles')}${override('xl/sharedStrings.xml', 'sharedStrings')}${override('xl/worksheets/sheet1.xml', 'worksheet')}</Types>`;
  // libgsf's "II" field (0x4949): sixteen zero bytes, so that local and central headers match.
  const extra = Buffer.concat([Buffer.from([0x49, 0x49, 16, 0]), Buffer.alloc(16)]);
  const parts: RawPart[] = [
    { name: 'xl/worksheets/sheet1.xml', data: sheet },
    { name: 'xl/styles.xml', data: styles },
    { name: 'xl/sharedStrings.xml', data: sst },
    { name: 'xl/_rels/workbook.xml.rels', data: bookRels },
    { name: 'xl/workbook.xml', data: book },
    { name: '_rels/.rels', data: rootRels },
    { name: '[Content_Types].xml', data: types },
  ];
  return zipEntries(
    parts.map((p) => {
      const data = Buffer.from(p.data as string, 'utf8');
      return { name: p.name, method: 8, stored: deflateRawSync(data), size: data.length, crc: crc32(data), extra };
    }),
  );
}
