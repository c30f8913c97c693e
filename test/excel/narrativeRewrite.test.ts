/// <reference types="office-js" />
/**
 * Draft narrative a second time: the Narrative sheet is rewritten in place, never deleted, so
 * formulas elsewhere that refer to it keep working; a sheet the officer has changed since it was
 * drafted is not overwritten without a word — the pane asks, the ribbon writes a new sheet.
 */
import { type CommandOutcome, subscribeOutcomes } from '../../src/app/commandOutcomes';
import type { DraftedNarrative, NarrativeQuestion } from '../../src/app/hostApi';
import { createCommandHandler } from '../../src/commands/commands';
import { CHART_NAME, NARRATIVE_EDITED_QUESTION, NARRATIVE_NAME } from '../../src/core/annotate';
import type { SheetGrid } from '../../src/core/values/types';
import { createExcelHost } from '../../src/excel/host';
import type { FakeExcel } from './fakeExcel';
import { SMALL_GRID, fakeWith } from './sampleWorkbook';

const hostFor = (excel: FakeExcel) =>
  createExcelHost({ run: excel.run, rangeAreas: () => true, now: () => new Date(2025, 2, 3) });

function drafted(result: DraftedNarrative | NarrativeQuestion): DraftedNarrative {
  if ('question' in result) throw new Error(`Asked instead of drafting: ${result.question}`);
  return result;
}

/** The scorecard plus a summary sheet of the officer's (where tests put formulas that refer to the Narrative sheet). */
function workbook(): FakeExcel {
  const summary: SheetGrid = {
    name: 'Summary',
    values: [['Summary of the quarter']],
    formulas: [],
    formats: [],
    tables: [],
  };
  return fakeWith([SMALL_GRID, summary]);
}

function column(excel: FakeExcel, sheet: string, col = 'A'): string[] {
  const lines: string[] = [];
  for (let r = 1; r < 200; r++) lines.push(String(excel.cell(sheet, `${col}${r}`)?.value ?? ''));
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Changes the scorecard so the next draft says something else: CS03 (F7) now meets its target, and the draft is shorter. */
function changeScorecard(excel: FakeExcel): void {
  excel.setCell('Scorecard', 'F7', 95);
}

describe('Draft narrative run again', () => {
  it('rewrites the sheet in place: a formula on another sheet pointing at Narrative!A1 still works', async () => {
    const excel = workbook();
    const host = hostFor(excel);
    drafted(await host.draftNarrative());
    const sheet = excel.sheet('Narrative');
    excel.setCell('Summary', 'B2', 'Scorecard narrative', { formula: 'Narrative!A1' });
    excel.setCell('Summary', 'B3', 0, { formula: "SUM('Narrative'!B6:B7)" });
    expect(excel.shown('Summary', 'B2')).toBe('Scorecard narrative');

    drafted(await host.draftNarrative(undefined, 'ask'));
    expect(excel.sheet('Narrative')).toBe(sheet); // the same sheet, not a new one of the same name
    expect(excel.cell('Summary', 'B2')?.formula).toBe('Narrative!A1');
    expect(excel.cell('Summary', 'B3')?.formula).toBe("SUM('Narrative'!B6:B7)");
    expect(excel.shown('Summary', 'B2')).toBe('Scorecard narrative');
    expect(excel.sheet('Narrative').charts.map((c) => c.name)).toEqual([CHART_NAME]);
  });

  it('says nothing and rewrites it when the officer has not changed it, as a first draft would write it', async () => {
    const excel = workbook();
    const host = hostFor(excel);
    const first = drafted(await host.draftNarrative());
    changeScorecard(excel);
    const second = await host.draftNarrative(undefined, 'ask');
    expect(second).not.toHaveProperty('question');
    expect(drafted(second).notice).toBeUndefined();
    expect(drafted(second).text).not.toBe(first.text);
    // The same sheet as a first draft of the changed scorecard: cells, looks, heights and chart, nothing left over.
    const fresh = workbook();
    changeScorecard(fresh);
    drafted(await hostFor(fresh).draftNarrative());
    const sheet = (x: FakeExcel) => {
      const s = x.sheet('Narrative');
      // Standard row heights are what a new sheet has: setting them back is no difference.
      const formats = s.formatCalls.filter((f) => f.path !== 'useStandardHeight');
      return { cells: [...s.cells].sort(([a], [b]) => a - b), formats, charts: s.charts.length };
    };
    expect(sheet(excel)).toEqual(sheet(fresh));
    expect(excel.doc.sheets.map((s) => s.name)).toEqual(['Scorecard', 'Summary', 'Narrative']);
  });

  it('asks in the pane, writing nothing, when the officer has edited the sheet; then does as answered', async () => {
    const excel = workbook();
    const host = hostFor(excel);
    drafted(await host.draftNarrative());
    excel.setCell('Summary', 'B2', 'Scorecard narrative', { formula: 'Narrative!A1' });
    excel.setCell('Narrative', 'A3', 'Checked by the head of service.', { format: '@' });
    const edited = excel.snapshot();

    expect(await host.draftNarrative(undefined, 'ask')).toEqual({ question: NARRATIVE_EDITED_QUESTION });
    expect(excel.snapshot()).toBe(edited);

    const replaced = drafted(await host.draftNarrative(undefined, 'replace'));
    expect(replaced.notice).toBeUndefined();
    expect(excel.cell('Narrative', 'A3')?.value).toBe('Drafted on 3 March 2025 by Scorecard Narrator.');
    expect(excel.shown('Summary', 'B2')).toBe('Scorecard narrative');
    // Replaced, it is ours as written again: the next draft does not ask.
    expect(await host.draftNarrative(undefined, 'ask')).not.toHaveProperty('question');
  });

  it('asks the same before Insert in workbook overwrites an edited sheet; then does as answered', async () => {
    const excel = workbook();
    const host = hostFor(excel);
    drafted(await host.draftNarrative());
    excel.setCell('Narrative', 'A3', 'Checked by the head of service.', { format: '@' });
    const edited = excel.snapshot();

    expect(await host.insertNarrative!('Our own words.', undefined, 'ask')).toEqual({
      question: NARRATIVE_EDITED_QUESTION,
    });
    expect(excel.snapshot()).toBe(edited);

    expect(await host.insertNarrative!('Our own words.', undefined, 'replace')).toEqual({
      message: "Your edited narrative is on the sheet 'Narrative'.",
    });
    expect(column(excel, 'Narrative')).toContain('Our own words.');
    expect(excel.doc.sheets.map((s) => s.name)).toEqual(['Scorecard', 'Summary', 'Narrative']);
  });

  it('writes the draft to a new sheet when the officer chooses so, leaving the edited one as it is', async () => {
    const excel = workbook();
    const host = hostFor(excel);
    drafted(await host.draftNarrative());
    excel.setCell('Narrative', 'A40', 'My own closing paragraph.');
    const mine = JSON.stringify([...excel.sheet('Narrative').cells]);
    const result = drafted(await host.draftNarrative(undefined, 'new-sheet'));
    expect(result.notice).toBe(
      "The sheet 'Narrative' has been changed since it was drafted, so it was left as it is; the new draft is on the sheet 'Narrative (Scorecard)'.",
    );
    expect(JSON.stringify([...excel.sheet('Narrative').cells])).toBe(mine);
    expect(column(excel, 'Narrative (Scorecard)').slice(0, 3)).toEqual([
      'Scorecard narrative',
      'Period: Q2 2021/22',
      'Drafted on 3 March 2025 by Scorecard Narrator.',
    ]);
    // Our mark moves to the new sheet: the next draft rewrites that one, and asks about nothing.
    expect(excel.doc.names.filter((n) => n.name === NARRATIVE_NAME).map((n) => n.sheet?.name)).toEqual([
      'Narrative (Scorecard)',
    ]);
    expect(await host.draftNarrative(undefined, 'ask')).not.toHaveProperty('question');
    expect(excel.doc.sheets.map((s) => s.name)).toEqual(['Scorecard', 'Summary', 'Narrative', 'Narrative (Scorecard)']);
  });

  it('from the ribbon, where nothing can ask, writes a new sheet and says so', async () => {
    const excel = workbook();
    const host = hostFor(excel);
    drafted(await host.draftNarrative());
    excel.setCell('Narrative', 'A1', 'Q2 performance: officer’s version');
    const outcomes: CommandOutcome[] = [];
    const stop = subscribeOutcomes((o) => outcomes.push(o));
    const completed = jest.fn();
    await createCommandHandler('draftNarrative', () => host, { actions: { associate: () => undefined } })({
      completed,
    });
    stop();
    expect(completed).toHaveBeenCalledTimes(1);
    expect(outcomes).toEqual([
      expect.objectContaining({
        kind: 'drafted',
        notice: expect.stringContaining("the new draft is on the sheet 'Narrative (Scorecard)'") as unknown,
      }),
    ]);
    expect(excel.cell('Narrative', 'A1')?.value).toBe('Q2 performance: officer’s version');
    expect(excel.cell('Narrative (Scorecard)', 'A1')?.value).toBe('Scorecard narrative');
  });

  it('takes a chart the officer added as a change, and keeps it when the officer chooses to replace the sheet', async () => {
    const excel = workbook();
    const host = hostFor(excel);
    drafted(await host.draftNarrative());
    excel.addUserChart('Narrative', 'A6:B10', 'Ratings over the year');
    expect(await host.draftNarrative(undefined, 'ask')).toEqual({ question: NARRATIVE_EDITED_QUESTION });
    drafted(await host.draftNarrative(undefined, 'replace'));
    expect(excel.sheet('Narrative').charts.map((c) => c.name)).toEqual(['Ratings over the year', CHART_NAME]);
    expect(await host.draftNarrative(undefined, 'ask')).not.toHaveProperty('question');
  });

  it('asks about a sheet of ours written before the fingerprint was kept, whose history it cannot tell', async () => {
    const excel = workbook();
    const host = hostFor(excel);
    drafted(await host.draftNarrative());
    for (const n of excel.doc.names) if (n.name === NARRATIVE_NAME) delete n.comment;
    expect(await host.draftNarrative(undefined, 'ask')).toEqual({ question: NARRATIVE_EDITED_QUESTION });
  });
});
