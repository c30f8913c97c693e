/**
 * Workbooks written by hand, part by part, for the reader's tests: the XML exactly as a test
 * gives it (prefixes, missing addresses, entities and all), zipped with the project's own zip code.
 */
import type { Issue } from '../../../src/core/warnings';
import type { SheetGrid } from '../../../src/core/values/types';
import { loadWorkbookBytes, workbookToGrids } from '../../../src/xlsx/readWorkbook';
import { readGrids } from '../../../src/xlsx/read';
import { assembleZip, storedEntry } from '../../../src/xlsx/zipParts';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface HandSheet {
  readonly name: string;
  /** The `<sheetData>` contents, or a whole worksheet part when it begins with "<?xml" or "<worksheet". */
  readonly data: string;
  /** Elements after `sheetData` (merges, table parts). */
  readonly after?: string;
  readonly state?: 'hidden' | 'veryHidden';
  /** Table parts of this sheet: their XML, related as rIdT1, rIdT2… */
  readonly tables?: readonly string[];
  /** A chart sheet rather than a worksheet. */
  readonly chart?: boolean;
}

export interface HandBook {
  readonly sheets: readonly HandSheet[];
  /** The shared strings' `<si>` items. */
  readonly strings?: readonly string[];
  /** Custom number formats and the cell formats (`numFmtId` of each xf, from index 0). */
  readonly numFmts?: readonly { id: number; code: string }[];
  readonly xfs?: readonly number[];
  readonly date1904?: boolean;
}

const xml = (s: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${s}`;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The package's bytes. */
export function handBook(book: HandBook): Buffer {
  const parts = new Map<string, string>();
  const rels: string[] = [];
  const sheetTags: string[] = [];
  const types: string[] = [];
  book.sheets.forEach((s, i) => {
    const n = i + 1;
    const folder = s.chart ? 'chartsheets' : 'worksheets';
    const kind = s.chart ? 'chartsheet' : 'worksheet';
    rels.push(`<Relationship Id="rId${n}" Type="${REL}/${kind}" Target="${folder}/sheet${n}.xml"/>`);
    types.push(
      `<Override PartName="/xl/${folder}/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.${kind}+xml"/>`,
    );
    sheetTags.push(
      `<sheet name="${esc(s.name)}" sheetId="${n}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${n}"/>`,
    );
    const tableParts = (s.tables ?? []).map((_, t) => `<tablePart r:id="rIdT${t + 1}"/>`).join('');
    const body =
      s.data.startsWith('<?xml') || s.data.startsWith('<worksheet') || s.data.startsWith('<x:')
        ? s.data
        : s.chart
          ? `<chartsheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>`
          : `<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${s.data}</sheetData>${s.after ?? ''}${tableParts ? `<tableParts count="${s.tables!.length}">${tableParts}</tableParts>` : ''}</worksheet>`;
    parts.set(`xl/${folder}/sheet${n}.xml`, xml(body));
    if (s.tables?.length) {
      const tRels = s.tables.map((t, k) => {
        parts.set(`xl/tables/table${n * 10 + k}.xml`, xml(t));
        types.push(
          `<Override PartName="/xl/tables/table${n * 10 + k}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>`,
        );
        return `<Relationship Id="rIdT${k + 1}" Type="${REL}/table" Target="../tables/table${n * 10 + k}.xml"/>`;
      });
      parts.set(
        `xl/worksheets/_rels/sheet${n}.xml.rels`,
        xml(`<Relationships xmlns="${PKG}">${tRels.join('')}</Relationships>`),
      );
    }
  });
  if (book.strings) {
    rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
    types.push(
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>',
    );
    parts.set(
      'xl/sharedStrings.xml',
      xml(
        `<sst xmlns="${MAIN}" count="${book.strings.length}">${book.strings.map((s) => `<si>${s}</si>`).join('')}</sst>`,
      ),
    );
  }
  const numFmts = (book.numFmts ?? []).map((f) => `<numFmt numFmtId="${f.id}" formatCode="${esc(f.code)}"/>`).join('');
  const xfs = (book.xfs ?? [0]).map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"/>`);
  parts.set(
    'xl/styles.xml',
    xml(
      `<styleSheet xmlns="${MAIN}">${numFmts ? `<numFmts>${numFmts}</numFmts>` : ''}<fonts count="1"><font><sz val="11"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs></styleSheet>`,
    ),
  );
  rels.push(`<Relationship Id="rIdY" Type="${REL}/styles" Target="styles.xml"/>`);
  types.push(
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
  );
  parts.set(
    'xl/workbook.xml',
    xml(
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}">${book.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${sheetTags.join('')}</sheets></workbook>`,
    ),
  );
  parts.set('xl/_rels/workbook.xml.rels', xml(`<Relationships xmlns="${PKG}">${rels.join('')}</Relationships>`));
  parts.set(
    '_rels/.rels',
    xml(
      `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
  );
  parts.set(
    '[Content_Types].xml',
    xml(
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${types.join('')}</Types>`,
    ),
  );
  const when = new Date(2024, 0, 1);
  return assembleZip(Array.from(parts, ([name, text]) => storedEntry(name, Buffer.from(text, 'utf8'), null, when)));
}

/** The grids and issues the new reader gives. */
export async function ours(bytes: Buffer): Promise<{ grids: SheetGrid[]; issues: Issue[] }> {
  const issues: Issue[] = [];
  const grids = await readGrids(bytes, (i) => issues.push(i));
  if (!grids) throw new Error('not read');
  return { grids, issues };
}

/** The grids and issues exceljs's reading gives (with the plain copy for what it cannot read as it stands). */
export async function theirs(bytes: Buffer, name = 'test.xlsx'): Promise<{ grids: SheetGrid[]; issues: Issue[] }> {
  const issues: Issue[] = [];
  const { wb } = await loadWorkbookBytes(bytes, name);
  const grids = workbookToGrids(wb, (i) => issues.push(i));
  return { grids, issues };
}
