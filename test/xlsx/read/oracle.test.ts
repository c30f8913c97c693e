/**
 * The reader made for the engine against exceljs, the reader it replaces: for every workbook the
 * tests have — the built fixtures, the sample, the council scorecards and the corpus of real
 * workbooks saved by Excel, LibreOffice, Google Sheets and other writers (each also with an
 * indicator table added, as the real-workbook tests use them) — both give the same grids and the
 * same warnings. Where exceljs misreads a file, the difference is stated here, file by file, with
 * the reason, and checked to be exactly that.
 */
import { existsSync, promises as fs, readdirSync } from 'fs';
import * as path from 'path';
import { readWorkbookGrids } from '../../../src/xlsx/read';
import { readWorkbookFile } from '../../../src/xlsx/readWorkbook';
import { addIndicatorTable } from '../../helpers/realWorkbooks';
import { ours, theirs } from './handWritten';

const ROOT = path.join(__dirname, '..', '..', '..');
const FOLDERS = ['test/fixtures', 'test/fixtures/real', 'test/fixtures/council', 'samples'];

const files = FOLDERS.flatMap((dir) =>
  existsSync(path.join(ROOT, dir))
    ? readdirSync(path.join(ROOT, dir))
        .filter((f) => f.endsWith('.xlsx'))
        .map((f) => `${dir}/${f}`)
    : [],
);

/** Read grids and warnings. */
type Read = Awaited<ReturnType<typeof ours>>;

/** The grids with each format replaced as `f` says (values, tables, names and warnings left as they are). */
const mapFormats = (read: Read, f: (format: string | null | undefined) => string | null | undefined): Read => ({
  ...read,
  grids: read.grids.map((g) => ({ ...g, formats: g.formats?.map((row) => row.map(f)) })),
});

/**
 * Files exceljs reads otherwise than they are written: the reason, and the check that the
 * difference is that and nothing else (it must be there, too, or the entry is out of date).
 */
const KNOWN: Readonly<Record<string, { reason: string; check: (mine: Read, theirs: Read) => void }>> = {
  'test/fixtures/real/cx-LoadFileWithCustomSheetViews.xlsx': {
    reason:
      'its first cell format, which a cell without a style has, is the date format "[$-409]d\\-mmm\\-yy;@": exceljs gives such cells no format, and drops the backslashes of escaped characters, which in other formats changes their meaning ("0.0\\%" is a literal per cent sign, not a percentage)',
    check(mine, theirs) {
      expect(mine).not.toEqual(theirs);
      const first = '[$-409]d\\-mmm\\-yy;@';
      expect(mapFormats(mine, (f) => (f === first ? null : f))).toEqual(
        mapFormats(theirs, (f) => (f === first.replace(/\\(.)/g, '$1') ? null : f)),
      );
    },
  },
  'test/fixtures/real/poi-WithChartSheet.xlsx': {
    reason: 'its currency format escapes its brackets ("[Red]\\(\\"$\\"#,##0\\)"); exceljs drops the backslashes',
    check(mine, theirs) {
      expect(mine).not.toEqual(theirs);
      expect(mapFormats(mine, (f) => (typeof f === 'string' ? f.replace(/\\(.)/g, '$1') : f))).toEqual(theirs);
    },
  },
};

describe('the reader made for the engine gives the grids exceljs gives', () => {
  it('has workbooks to compare', () => {
    expect(files.filter((f) => f.startsWith('test/fixtures/real/')).length).toBeGreaterThan(50);
    expect(files.filter((f) => f.startsWith('test/fixtures/council/')).length).toBeGreaterThan(10);
    expect(files).toContain('samples/northmoor-childrens-scorecard.xlsx');
  });

  it.each(files)('%s', async (file) => {
    const full = path.join(ROOT, file);
    const expected = await readWorkbookFile(full).then(
      (r) => r,
      (e: Error) => e,
    );
    if (expected instanceof Error) {
      // A file refused (not a workbook, encrypted): refused the same way.
      await expect(readWorkbookGrids(full)).rejects.toThrow(expected.message);
      return;
    }
    const bytes = await fs.readFile(full);
    const known = KNOWN[file];
    for (const variant of file.startsWith('test/fixtures/real/') ? ['as saved', 'with a table added'] : ['as saved']) {
      const input = variant === 'as saved' ? bytes : (await addIndicatorTable(bytes)).bytes;
      const mine = await ours(input);
      const other = await theirs(input, file);
      if (known) {
        known.check(mine, other);
      } else {
        expect(mine).toEqual(other);
      }
    }
  });

  it('reads through the file entry point as directly, with the same warnings', async () => {
    const file = path.join(ROOT, 'test/fixtures/real/poi-shared_formulas.xlsx');
    const issues: unknown[] = [];
    const read = await readWorkbookGrids(file, (i) => issues.push(i));
    expect(read.excel).toBeUndefined();
    expect({ grids: read.grids, issues }).toEqual(await theirs(await fs.readFile(file)));
  });
});
