/**
 * The reader contract: a workbook read from its file (the command line's route) and the same
 * workbook read through Office.js (the add-in's route, here the fake Excel loaded from the file's
 * XML by a loader of its own) give the engine the same grids — values, number formats, formulas
 * and Excel tables, sheet by sheet in workbook order. Hidden and very hidden sheets are read by both
 * and compared like the others, their visibility included (the engine decides what to read from it),
 * and so are the rows hidden by hand or by a filter.
 */
import { existsSync, mkdtempSync, readdirSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { runReport } from '../../src/cli/runReport';
import type { RawValue, SheetGrid } from '../../src/core/values/types';
import { readWorkbook } from '../../src/excel/readWorkbook';
import { loadWorkbook, workbookToGrids } from '../../src/xlsx/readWorkbook';
import { fakeFromXlsx } from './xlsxToFake';

const ROOT = path.join(__dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const xlsxIn = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.xlsx'))
        .map((f) => path.join(dir, f))
    : [];

/** Files that are not workbooks on purpose (the unreadable fixtures), and the large one (a bench, not a contract case). */
const NOT_READABLE = new Set(['empty.xlsx', 'encrypted.xlsx', 'not-a-workbook.xlsx', 'large-2000.xlsx']);

/**
 * Real workbooks from other projects where the file reader (exceljs underneath) still reads a
 * cell otherwise than Excel does. Each is held as a failing case, so that mending the reader
 * makes it pass and it must then join the others.
 */
const KNOWN_DIVERGENCES: Record<string, string> = {
  // The file defines built-in format 6 (a locale's currency) itself; exceljs uses its own code for
  // ids below 164, without the backslashes the file has, where Excel uses the file's.
  'poi-WithChartSheet.xlsx': "a redefined built-in number format reads as exceljs's own code",
  // Its date format is written "[$-409]d\-mmm\-yy;@" (hyphens escaped); the file reader gives it
  // without the backslashes. Either way a date, which is all the engine asks of it.
  'cx-LoadFileWithCustomSheetViews.xlsx': 'a date format with escaped hyphens reads without its backslashes',
};

/** Every real workbook from other projects (test/fixtures/real): tables, shared formulas, inline strings, strict, hidden and chart sheets, odd prefixes. */
const REAL = xlsxIn(path.join(FIXTURES, 'real'));

const files = [
  path.join(ROOT, 'samples', 'northmoor-childrens-scorecard.xlsx'),
  ...xlsxIn(FIXTURES).filter((f) => !NOT_READABLE.has(path.basename(f))),
  ...xlsxIn(path.join(FIXTURES, 'council')),
  ...REAL.filter((f) => !(path.basename(f) in KNOWN_DIVERGENCES)),
].filter(existsSync);

interface Cell {
  readonly value: RawValue;
  readonly format: string | null;
  readonly formula: string | null;
}

/**
 * The one place where the two routes are allowed to differ, each for a reason Office.js documents:
 * - `Range.numberFormat` gives every cell's format code, "General" included, and gives it for
 *   empty cells too (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-numberformat-member),
 *   while a file stores a format only for the cells that carry a style; the engine reads "General"
 *   and no format alike, and a format on an empty cell says nothing. So "General" is compared as
 *   no format, and an empty cell's format is not compared.
 * - `Range.values` and `formulas` return a rectangle (the used range, `getUsedRange(true)`), with
 *   "" for empty cells ("Empty strings in responses indicate cells contain no data":
 *   https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values), so the add-in's rows are padded with blanks where the file's rows stop
 *   early; `SheetGrid` says missing cells are blank. Cells are therefore compared by address,
 *   empty ones left out.
 */
function cellsOf(grid: SheetGrid): Map<string, Cell> {
  const out = new Map<string, Cell>();
  grid.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const formula = grid.formulas?.[r]?.[c] ?? null;
      if (value === null && formula === null) return;
      const raw = grid.formats?.[r]?.[c] ?? null;
      out.set(`${r},${c}`, { value, formula, format: raw === 'General' ? null : raw });
    }),
  );
  // The formula or format of a cell outside `values` (a formula whose result is blank).
  grid.formulas?.forEach((row, r) =>
    row.forEach((formula, c) => {
      if (formula && !out.has(`${r},${c}`)) out.set(`${r},${c}`, { value: null, formula, format: null });
    }),
  );
  return out;
}

function comparable(grids: readonly SheetGrid[]) {
  return grids.map((g) => ({
    name: g.name,
    cells: [...cellsOf(g)].sort(([a], [b]) => a.localeCompare(b)),
    tables: g.tables ?? [],
    visibility: g.visibility ?? 'visible',
    hiddenRows: g.hiddenRows ?? [],
  }));
}

async function bothRoutes(file: string): Promise<{ fromFile: SheetGrid[]; fromExcel: SheetGrid[] }> {
  const fromFile = workbookToGrids(await loadWorkbook(file));
  const fromExcel = await (await fakeFromXlsx(file)).run((context) => readWorkbook(context));
  return { fromFile, fromExcel };
}

describe.each(files.map((f) => [path.relative(ROOT, f), f]))('%s', (_name, file) => {
  it('reads the same from the file as through Office.js', async () => {
    const { fromFile, fromExcel } = await bothRoutes(file);
    expect(comparable(fromExcel)).toEqual(comparable(fromFile));
  });
});

describe.each(Object.entries(KNOWN_DIVERGENCES))('test/fixtures/real/%s (known: %s)', (name) => {
  it.failing('reads the same from the file as through Office.js', async () => {
    const { fromFile, fromExcel } = await bothRoutes(path.join(FIXTURES, 'real', name));
    expect(comparable(fromExcel)).toEqual(comparable(fromFile));
  });
});

// Our own output too: label formulas, the Narrative sheet and its links are read back on every re-run.
const annotatedInputs = [
  path.join(ROOT, 'samples', 'northmoor-childrens-scorecard.xlsx'),
  path.join(FIXTURES, 'two-tables.xlsx'),
  path.join(FIXTURES, 'list-object.xlsx'),
].filter(existsSync);

describe.each(annotatedInputs.map((f) => [path.relative(ROOT, f), f]))('the annotated copy of %s', (_name, input) => {
  it('reads the same from the file as through Office.js, our labels and Narrative sheet included', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'scorecard-contract-')), 'annotated.xlsx');
    expect((await runReport({ workbook: input, format: 'json', out })).exitCode).toBe(0);
    const { fromFile, fromExcel } = await bothRoutes(out);
    expect(fromFile.map((g) => g.name)).toContain('Narrative');
    expect(fromFile.some((g) => g.formulas?.some((row) => row.some((f) => f?.includes('N(')))) ?? false).toBe(true);
    expect(comparable(fromExcel)).toEqual(comparable(fromFile));
  });
});

it('covers the sample, every catalogue fixture and the council corpus', () => {
  // The fixtures are built by `npm run fixtures` (which `npm test` runs first), the sample by `npm run samples`.
  expect(files.filter((f) => f.includes(`${path.sep}council${path.sep}`)).length).toBeGreaterThan(5);
  expect(files.length).toBeGreaterThan(100);
});
