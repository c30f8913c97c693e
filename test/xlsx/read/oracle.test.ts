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
import type { SheetGrid } from '../../../src/core/values/types';
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

/** exceljs drops the backslash of an escaped character in a number format ("d\-mmm" read as "d-mmm"). */
const withoutEscapes = (grids: SheetGrid[]): SheetGrid[] =>
  grids.map((g) => ({
    ...g,
    formats: g.formats?.map((row) => row.map((f) => (typeof f === 'string' ? f.replace(/\\(.)/g, '$1') : f))),
  }));

/**
 * Files exceljs reads otherwise than they are written: the reason, and what turns our grids into
 * exceljs's (which must change something, so that the difference is there and no other).
 *
 * One misreading of exceljs's no file here shows: a cell with the first cell format (`cellXfs[0]`),
 * named by s="0" or by leaving `s` out (its default, ECMA-376 Part 1 §18.3.1.4), gets no number
 * format from exceljs, where ours gives it that format, as Excel shows it. Only a workbook whose
 * first format is not General can show it; the one here (cx-LoadFileWithCustomSheetViews.xlsx,
 * whose first format is a date) has none, and the indicator table added to it is styled General,
 * as an officer would set it (see addIndicatorTable). It is held in reader.test.ts.
 */
const KNOWN: Readonly<Record<string, { reason: string; theirs: (grids: SheetGrid[]) => SheetGrid[] }>> = {
  'test/fixtures/real/cx-LoadFileWithCustomSheetViews.xlsx': {
    reason:
      'its date format is written "[$-409]d\\-mmm\\-yy;@"; exceljs drops the backslashes, which in other formats changes their meaning ("0.0\\%" is a literal per cent sign, not a percentage)',
    theirs: withoutEscapes,
  },
  'test/fixtures/real/poi-WithChartSheet.xlsx': {
    reason: 'its currency format escapes its brackets ("[Red]\\(\\"$\\"#,##0\\)"); exceljs drops the backslashes',
    theirs: withoutEscapes,
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
        expect(mine.grids).not.toEqual(other.grids);
        expect({ ...mine, grids: known.theirs(mine.grids) }).toEqual(other);
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
