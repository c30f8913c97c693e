/**
 * The facts the annotated copy's decisions read, from the parts as read and from exceljs's model,
 * agree on every workbook the tests have: so a patched copy (decided from the parts) and a rebuilt
 * one (decided from exceljs) are decided alike — the same rules found ours or the officer's, the
 * same label cells found free or occupied (named with the same text), the same fingerprint of a
 * sheet an earlier run wrote.
 */
import { existsSync, promises as fs, readdirSync } from 'fs';
import * as path from 'path';
import { excelFacts } from '../../../src/xlsx/excelFacts';
import { readParts } from '../../../src/xlsx/read';
import { loadWorkbookBytes } from '../../../src/xlsx/readWorkbook';
import { fileNarrativeFingerprint, type WorkbookFacts } from '../../../src/xlsx/workbookFacts';

const ROOT = path.join(__dirname, '..', '..', '..');
const FOLDERS = ['test/fixtures', 'test/fixtures/real', 'test/fixtures/council', 'samples'];
const files = FOLDERS.flatMap((dir) =>
  existsSync(path.join(ROOT, dir))
    ? readdirSync(path.join(ROOT, dir))
        .filter((f) => f.endsWith('.xlsx') && !/^(encrypted|not-a-workbook)\.xlsx$/.test(f))
        .map((f) => `${dir}/${f}`)
    : [],
);

/** The rules as the decisions read them: areas, types and the formulas that are text. */
const rulesOf = (facts: WorkbookFacts, sheet: string) =>
  facts.rules(sheet).map((e) => ({
    ref: String(e.ref ?? ''),
    rules: e.rules.map((r) => ({
      type: String(r.type ?? ''),
      formulae: (r.formulae ?? []).filter((f) => typeof f === 'string'),
    })),
  }));

describe('the facts the copy is decided from, read from the parts and by exceljs', () => {
  it.each(files)('%s', async (file) => {
    const bytes = await fs.readFile(path.join(ROOT, file));
    const mine = (await readParts(bytes))!.facts;
    const { wb } = await loadWorkbookBytes(bytes, file);
    const theirs = excelFacts(wb);
    expect(mine.sheetNames).toEqual(theirs.sheetNames);
    for (const sheet of mine.sheetNames) {
      expect(mine.hasSheet(sheet)).toBe(true);
      expect(rulesOf(mine, sheet)).toEqual(rulesOf(theirs, sheet));
      expect(fileNarrativeFingerprint(mine, sheet)).toBe(fileNarrativeFingerprint(theirs, sheet));
      // Every cell exceljs holds, and the cells to the right of and below each (where labels go).
      const ws = wb.getWorksheet(sheet)!;
      const seen = new Set<string>();
      ws.eachRow({ includeEmpty: true }, (row, r) =>
        row.eachCell({ includeEmpty: true }, (_cell, c) => {
          for (const [rr, cc] of [
            [r - 1, c - 1],
            [r - 1, c],
            [r, c - 1],
          ]) {
            const key = `${rr},${cc}`;
            if (seen.has(key) || seen.size > 20_000) continue;
            seen.add(key);
            expect([key, mine.labelCell(sheet, rr, cc)]).toEqual([key, theirs.labelCell(sheet, rr, cc)]);
          }
        }),
      );
    }
    expect(mine.hasSheet('No such sheet')).toBe(false);
    expect(fileNarrativeFingerprint(mine, 'No such sheet')).toBe(fileNarrativeFingerprint(theirs, 'No such sheet'));
  });
});
