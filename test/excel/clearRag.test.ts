/**
 * Clear RAG against the fake Excel: it must leave the workbook exactly as it was before the first
 * refresh — cell by cell (values, formulas, number formats) and rule by rule — after a refresh, after
 * refresh + draft + refresh, and with the officer's own rules, label-like text and edits in place,
 * which must survive. (`core/annotate/removal.test.ts` has the rule itself.)
 */
import * as path from 'path';
import type { NarrativeQuestion } from '../../src/app/hostApi';
import { CommandCancelledError } from '../../src/app/progress';
import { toA1 } from '../../src/core/address';
import { createExcelHost } from '../../src/excel/host';
import { NARRATIVE_NAME } from '../../src/excel/writeNarrative';
import { fakeFromXlsx } from '../contract/xlsxToFake';
import { differences, workbookState } from './fake/compare';
import { colOf, rowOf } from './fake/doc';
import type { FakeExcel } from './fakeExcel';
import { SMALL_GRID, fakeWith } from './sampleWorkbook';

const SAMPLE = path.join(__dirname, '..', '..', 'samples', 'northmoor-childrens-scorecard.xlsx');
const MARKER = 'scorecard-narrator:rag';

const hostFor = (excel: FakeExcel) =>
  createExcelHost({ run: excel.run, rangeAreas: () => true, now: () => new Date(2025, 2, 3) });

/** The label cells of ours now, as "Sheet!G5". */
function ourCells(excel: FakeExcel): string[] {
  return excel.doc.sheets.flatMap((s) =>
    [...s.cells].filter(([, c]) => c.formula?.includes(MARKER)).map(([k]) => `${s.name}!${toA1(rowOf(k), colOf(k))}`),
  );
}

function message(result: { message: string } | NarrativeQuestion): string {
  if ('question' in result) throw new Error(`Asked instead of clearing: ${result.question}`);
  return result.message;
}

describe('Clear RAG on the sample workbook', () => {
  it('after a refresh, leaves it exactly as it was before', async () => {
    const excel = await fakeFromXlsx(SAMPLE);
    const before = workbookState(excel.doc);
    const host = hostFor(excel);
    await host.refreshRag();
    const rules = excel.doc.sheets.reduce((n, s) => n + s.cfs.length, 0);
    const labels = ourCells(excel).length;
    expect(rules).toBeGreaterThan(0);
    expect(labels).toBeGreaterThan(0);
    expect(differences(before, workbookState(excel.doc)).length).toBeGreaterThan(0);
    expect(message(await host.clearRag!())).toBe(
      `Removed ${rules} RAG rules and ${labels} RAG labels. Nothing of yours was changed.`,
    );
    expect(differences(before, workbookState(excel.doc))).toEqual([]);
    // A second Clear finds nothing of ours.
    expect(message(await host.clearRag!())).toBe("There was nothing of Scorecard Narrator's to remove.");
    expect(differences(before, workbookState(excel.doc))).toEqual([]);
  });

  it('gives a label column formatted as Text its format back, after two refreshes', async () => {
    // Where the labels go, found on a copy; then the officer's own copy has that column formatted as Text.
    const probe = await fakeFromXlsx(SAMPLE);
    await hostFor(probe).refreshRag();
    const labelCells = ourCells(probe);
    const excel = await fakeFromXlsx(SAMPLE);
    for (const at of labelCells) {
      const [sheet, cell] = at.split('!');
      excel.setCell(sheet, cell, excel.cell(sheet, cell)?.value ?? null, { format: '@' });
    }
    const before = workbookState(excel.doc);
    const host = hostFor(excel);
    await host.refreshRag();
    await host.refreshRag();
    // The labels calculate (General), rather than showing their formulas as text.
    expect(ourCells(excel)).toEqual(labelCells);
    for (const at of labelCells) {
      const [sheet, cell] = at.split('!');
      expect(excel.cell(sheet, cell)?.format).toBe('General');
    }
    await host.clearRag!();
    expect(differences(before, workbookState(excel.doc))).toEqual([]);
    for (const at of labelCells) {
      const [sheet, cell] = at.split('!');
      expect(excel.cell(sheet, cell)?.format).toBe('@');
    }
  });

  it.each([
    'samples/northmoor-childrens-scorecard.xlsx',
    'test/fixtures/two-tables.xlsx',
    'test/fixtures/list-object.xlsx',
    'test/fixtures/council/cheshire-east-children.xlsx',
  ])('after refresh, draft and refresh of %s, removes the Narrative sheet and its name too', async (file) => {
    const excel = await fakeFromXlsx(path.join(__dirname, '..', '..', file));
    const before = workbookState(excel.doc);
    const host = hostFor(excel);
    await host.refreshRag();
    await host.draftNarrative();
    await host.refreshRag();
    expect(excel.doc.sheets.map((s) => s.name)).toContain('Narrative');
    expect(excel.doc.names.map((n) => n.name)).toEqual([NARRATIVE_NAME]);
    expect(message(await host.clearRag!())).toMatch(/ and the sheet 'Narrative'\. Nothing of yours was changed\.$/);
    expect(differences(before, workbookState(excel.doc))).toEqual([]);
  });

  it("keeps the officer's own rules, label-like text and a label cell they typed over", async () => {
    const excel = await fakeFromXlsx(SAMPLE);
    const officer = (x: FakeExcel) => {
      const sheet = x.doc.sheets[0].name;
      x.addUserRule(sheet, { formula: '=$A1<>""', ranges: ['A1:Z60'], fill: '#DDEBF7' });
      x.addUserRule(sheet, { type: 'DataBar', ranges: ['E5:E20'] });
      // Text that looks like ours, typed by the officer well away from the tables.
      x.setCell(sheet, 'AB2', 'Green');
      x.setCell(sheet, 'AB3', 'RAG Q2 2021/22');
      x.setCell(sheet, 'AB4', null, { formula: 'IF(1,"Amber","Red")' });
      x.setCell(sheet, 'AB5', null, { formula: '"scorecard-narrator"&"rag"' });
      return sheet;
    };
    const sheet = officer(excel);
    const host = hostFor(excel);
    await host.refreshRag();
    await host.draftNarrative();
    await host.refreshRag();
    // After the refresh the officer types over one of our labels: it is theirs now.
    const typedOver = ourCells(excel)
      .find((c) => c.startsWith(`${sheet}!`))!
      .split('!')[1];
    excel.setCell(sheet, typedOver, 'Amber (agreed at panel)');
    await host.clearRag!();

    const expected = await fakeFromXlsx(SAMPLE);
    officer(expected);
    expected.setCell(sheet, typedOver, 'Amber (agreed at panel)');
    expect(differences(workbookState(expected.doc), workbookState(excel.doc))).toEqual([]);
    expect(excel.rules(sheet).map((r) => r.type)).toEqual(['DataBar', 'Custom']);
  });
});

describe('Clear RAG and a Narrative sheet that is not simply ours', () => {
  async function drafted() {
    const excel = fakeWith([SMALL_GRID]);
    const host = hostFor(excel);
    await host.refreshRag();
    await host.draftNarrative();
    return { excel, host };
  }

  it('asks first when the officer has changed it, removing nothing, then does as answered', async () => {
    const { excel, host } = await drafted();
    excel.setCell('Narrative', 'A40', 'Chair asked for more on the front door.');
    const asked = workbookState(excel.doc);
    expect(await host.clearRag!('ask')).toEqual({
      question: "The sheet 'Narrative' has been changed since it was drafted. Delete it as well, or keep it as yours?",
    });
    expect(differences(asked, workbookState(excel.doc))).toEqual([]);

    expect(message(await host.clearRag!('keep'))).toBe(
      "Removed 6 RAG rules and 5 RAG labels. Nothing of yours was changed. The sheet 'Narrative' was kept as yours: it had been changed since it was drafted, or other sheets refer to it.",
    );
    expect(excel.doc.sheets.map((s) => s.name)).toEqual(['Scorecard', 'Narrative']);
    expect(excel.cell('Narrative', 'A40')?.value).toBe('Chair asked for more on the front door.');
    // Our name is gone: the sheet is the officer's now, and a later Draft leaves it alone.
    expect(excel.doc.names).toEqual([]);
    expect(ourCells(excel)).toEqual([]);
  });

  it('deletes it all the same when the officer says so', async () => {
    const { excel, host } = await drafted();
    excel.setCell('Narrative', 'A40', 'A note of mine.');
    expect(message(await host.clearRag!('delete'))).toMatch(
      /and the sheet 'Narrative'\. Nothing of yours was changed\.$/,
    );
    expect(excel.doc.sheets.map((s) => s.name)).toEqual(['Scorecard']);
    expect(excel.doc.names).toEqual([]);
  });

  it('from the ribbon (no answer), keeps a changed sheet', async () => {
    const { excel, host } = await drafted();
    excel.setCell('Narrative', 'A40', 'A note of mine.');
    expect(message(await host.clearRag!())).toMatch(/The sheet 'Narrative' was kept as yours/);
    expect(excel.doc.sheets.map((s) => s.name)).toEqual(['Scorecard', 'Narrative']);
  });

  it('asks before deleting a sheet that formulas elsewhere refer to, which would become #REF!', async () => {
    const { excel, host } = await drafted();
    excel.setCell('Scorecard', 'K1', 'Northmoor', { formula: 'Narrative!A1' });
    expect(await host.clearRag!('ask')).toEqual({
      question:
        "Formulas on other sheets refer to the sheet 'Narrative'; deleting it would turn them into #REF!. Delete it as well, or keep it as yours?",
    });
    expect(excel.doc.sheets.map((s) => s.name)).toEqual(['Scorecard', 'Narrative']);
  });
});

describe('Clear RAG stops before writing', () => {
  it('on a protected sheet that holds our rules, naming it, with nothing removed', async () => {
    const excel = fakeWith([SMALL_GRID]);
    const host = hostFor(excel);
    await host.refreshRag();
    excel.sheet('Scorecard').isProtected = true;
    const before = workbookState(excel.doc);
    await expect(host.clearRag!()).rejects.toThrow(
      "The sheet 'Scorecard' is protected, so what Scorecard Narrator wrote could not be removed; nothing was changed.",
    );
    expect(differences(before, workbookState(excel.doc))).toEqual([]);
  });

  it('in a workbook whose structure is protected, when the Narrative sheet is to go', async () => {
    const excel = fakeWith([SMALL_GRID]);
    const host = hostFor(excel);
    await host.draftNarrative();
    excel.doc.structureProtected = true;
    const before = workbookState(excel.doc);
    await expect(host.clearRag!()).rejects.toThrow(
      "The workbook's structure is protected, so Clear RAG cannot delete the sheet 'Narrative'; nothing was changed.",
    );
    expect(differences(before, workbookState(excel.doc))).toEqual([]);
  });

  it('when cancelled, with nothing removed', async () => {
    const excel = fakeWith([SMALL_GRID]);
    const host = hostFor(excel);
    await host.refreshRag();
    const before = workbookState(excel.doc);
    const cancel = new AbortController();
    const steps: string[] = [];
    const clearing = host.clearRag!('keep', {
      signal: cancel.signal,
      onProgress: (step) => {
        steps.push(step.text);
        if (step.text === 'Checking the Narrative sheet') cancel.abort();
      },
    });
    await expect(clearing).rejects.toBeInstanceOf(CommandCancelledError);
    expect(steps).toEqual([
      'Reading the workbook',
      'Reading the sheet',
      'Finding what Scorecard Narrator wrote',
      'Checking the Narrative sheet',
    ]);
    expect(differences(before, workbookState(excel.doc))).toEqual([]);
  });
});
