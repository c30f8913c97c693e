/**
 * The floor for reading a workbook, kept for the benchmark: the first sheet's cells as values and
 * number formats, from the sheet, shared strings and styles parts inflated by Node's zlib and
 * scanned with regular expressions. It knows only the layout our benchmark workbooks have (fixed
 * part names, no rich text, no formulas, no dates): what any reader must do at least, not a reader.
 */
import { partBytes, readZip } from '../src/xlsx/zipParts';
import { unescapeXml } from '../src/xlsx/patch/xml';

/** The first sheet's values and number formats, dense rows. */
export interface MinimalGrid {
  readonly values: (string | number | boolean | null)[][];
  readonly formats: (string | null)[][];
}

const BUILT_IN_FORMATS: Record<number, string> = { 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%' };

function column(ref: string): number {
  let c = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65) break;
    c = c * 26 + code - 64;
  }
  return c - 1;
}

export async function minimalRead(bytes: Buffer): Promise<MinimalGrid> {
  const parts = new Map(readZip(bytes)!.map((p) => [p.name, p]));
  const text = async (name: string) => {
    const part = parts.get(name);
    return part ? (await partBytes(part))!.toString('utf8') : '';
  };
  const [sheet, shared, styles] = await Promise.all([
    text('xl/worksheets/sheet1.xml'),
    text('xl/sharedStrings.xml'),
    text('xl/styles.xml'),
  ]);
  const strings = Array.from(shared.matchAll(/<si>([\s\S]*?)<\/si>/g), (m) =>
    unescapeXml(Array.from(m[1].matchAll(/<t[^>]*>([^<]*)<\/t>/g), (t) => t[1]).join('')),
  );
  const custom = new Map(
    Array.from(styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g), (m) => [
      Number(m[1]),
      unescapeXml(m[2]),
    ]),
  );
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  const formatOf = Array.from(xfs.matchAll(/<xf\b[^>]*numFmtId="(\d+)"/g), (m) => {
    const id = Number(m[1]);
    return custom.get(id) ?? BUILT_IN_FORMATS[id] ?? null;
  });
  const values: (string | number | boolean | null)[][] = [];
  const formats: (string | null)[][] = [];
  const cell = /<c r="([A-Z]+)(\d+)"(?: s="(\d+)")?(?: t="(\w+)")?\s*(?:\/>|>(?:<v>([^<]*)<\/v>)?<\/c>)/g;
  for (let m = cell.exec(sheet); m; m = cell.exec(sheet)) {
    const r = Number(m[2]) - 1;
    const c = column(m[1]);
    while (values.length <= r) {
      values.push([]);
      formats.push([]);
    }
    const raw = m[5];
    const v =
      raw === undefined
        ? null
        : m[4] === 's'
          ? strings[Number(raw)]
          : m[4] === 'b'
            ? raw === '1'
            : m[4] === 'str'
              ? unescapeXml(raw)
              : Number(raw);
    const row = values[r];
    while (row.length < c) {
      row.push(null);
      formats[r].push(null);
    }
    row[c] = v;
    formats[r][c] = m[3] === undefined ? null : (formatOf[Number(m[3])] ?? null);
  }
  return { values, formats };
}
