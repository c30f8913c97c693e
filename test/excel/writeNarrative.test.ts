/// <reference types="office-js" />
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';
import { buildReport } from '../../src/core/report/buildReport';
import { sheetRagNotes } from '../../src/core/report/sheetRags';
import type { Narrative, NarrativeItem } from '../../src/core/narrative/types';
import type { SheetGrid } from '../../src/core/values/types';
import type { NarrativeMeta } from '../../src/core/annotate';
import { ragCounts } from '../../src/core/report/ragCounts';
import { CHART_NAME, NARRATIVE_NAME, writeNarrative } from '../../src/excel/writeNarrative';
import type { FakeExcel } from './fakeExcel';
import { SMALL_GRID, fakeWith } from './sampleWorkbook';

/** The small scorecard with an indicator whose name is a formula, as text. */
const HOSTILE: SheetGrid = {
  ...SMALL_GRID,
  values: SMALL_GRID.values.map((row, r) =>
    r === 3 ? [row[0], '=HYPERLINK("http://evil.example","Click")', ...row.slice(2)] : row,
  ),
};

async function draft(excel: FakeExcel, grids: readonly SheetGrid[]) {
  const report = buildReport(grids, DEFAULT_CONFIG);
  const meta: NarrativeMeta = {
    title: 'Scorecard narrative',
    generated: 'Drafted on 3 March 2025.',
    counts: ragCounts(report.items),
  };
  const result = await excel.run((context) => writeNarrative(context, report.narrative, meta));
  return { report, result };
}

/** Column A of a sheet as text lines, top to bottom. */
function columnA(excel: FakeExcel, sheet: string): string[] {
  const lines: string[] = [];
  for (let r = 1; excel.cell(sheet, `A${r}`) !== undefined; r++)
    lines.push(String(excel.cell(sheet, `A${r}`)?.value ?? ''));
  return lines;
}

describe('writeNarrative', () => {
  it('writes the narrative, headings, counts by rating and cited cells to a Narrative sheet, in two round trips', async () => {
    const excel = fakeWith([HOSTILE]);
    const { report, result } = await draft(excel, [HOSTILE]);
    expect(result).toEqual({ kind: 'written', sheet: 'Narrative', issues: [] });
    expect(excel.roundTrips).toBe(2);
    const lines = columnA(excel, 'Narrative');
    expect(lines.slice(0, 3)).toEqual([
      'Scorecard narrative',
      `Period: ${report.narrative.period}`,
      'Drafted on 3 March 2025.',
    ]);
    expect(lines).toEqual(
      expect.arrayContaining(['Indicators by rating', 'Summary', 'Performing well', 'Areas for focus', 'Green', 'Red']),
    );
    for (const item of [...report.narrative.performingWell, ...report.narrative.areasForFocus])
      expect(lines).toContain(item.text);
    const counts = ragCounts(report.items);
    expect([excel.cell('Narrative', 'B6')?.value, excel.cell('Narrative', 'B8')?.value]).toEqual([
      counts.green,
      counts.red,
    ]);
    const item = report.narrative.areasForFocus[0];
    const row = lines.indexOf(item.text) + 1;
    expect(excel.cell('Narrative', `B${row}`)?.value).toBe(`${item.cells[0].sheet}!${item.cells[0].cell}`);
    const headingRow = lines.indexOf('Areas for focus') + 1;
    expect(excel.sheet('Narrative').formatCalls).toEqual(
      expect.arrayContaining([
        { target: 'Narrative!A1', path: 'font.bold', value: true },
        { target: `Narrative!A${headingRow}`, path: 'font.bold', value: true },
        { target: 'Narrative!A6', path: 'fill.color', value: '#C6EFCE' },
      ]),
    );
    // ExcelApi 1.9 is required, so the print area and page set-up are always set, with no Office.js check.
    expect(
      excel
        .sheet('Narrative')
        .formatCalls.filter((c) => c.path.startsWith('pageLayout'))
        .map((c) => c.path),
    ).toEqual(expect.arrayContaining(['pageLayout.orientation', 'pageLayout.setPrintArea()']));
  });

  it("lists where the scorecard's own RAG column differs from ours, under the counts, which keep their rows", async () => {
    const grid: SheetGrid = {
      name: 'KPIs',
      values: [
        ['Ref', 'Indicator', 'Good is', 'Target', 'Q2 2023/24', 'RAG'],
        ['K1', '% of rent collected', 'Higher', 98, 98.4, 'Green'],
        ['K2', 'Average days to re-let council homes', 'Lower', 28, 35, 'On target'],
      ],
    };
    const excel = fakeWith([grid]);
    const report = buildReport([grid], DEFAULT_CONFIG);
    const meta: NarrativeMeta = {
      title: 'Scorecard narrative',
      generated: 'Drafted on 3 March 2025.',
      counts: ragCounts(report.items),
      ragNotes: sheetRagNotes(report.items, report.issues),
    };
    await excel.run((context) => writeNarrative(context, report.narrative, meta));
    const lines = columnA(excel, 'Narrative');
    expect(lines.slice(5, 10)).toEqual(['Green', 'Amber', 'Red', 'No target', 'No data']);
    const at = lines.indexOf("The scorecard's own RAG");
    expect(lines.slice(at + 1, at + 3)).toEqual([
      "The scorecard's own RAG column differs from these ratings for 1 of the 2 indicators it rates:",
      expect.stringMatching(
        /^KPIs!F3: the sheet rates 'Average days to re-let council homes' Green \('On target'\), but by the rules here it is Red: 35 days against the target of 28 days/,
      ),
    ]);
  });

  it('writes every string as text, so an indicator called =HYPERLINK(…) stays text', async () => {
    const excel = fakeWith([SMALL_GRID]);
    const hostile = '=HYPERLINK("http://evil.example","Click")';
    const item: NarrativeItem = {
      indicatorId: 'CS01',
      section: '=SUM(A1:A2)',
      rag: 'green',
      text: hostile,
      cells: [{ sheet: 'Scorecard', cell: 'F4', value: 92 }],
    };
    const narrative: Narrative = {
      period: '=NOW()',
      style: 'committee',
      summary: [],
      reds: [],
      ragSummary: { green: [hostile], amber: [], red: [], unavailable: 0, annual: 0, notDue: 0 },
      performingWell: [item],
      areasForFocus: [],
      context: [],
      noData: [],
      text: hostile,
    };
    await excel.run((context) =>
      writeNarrative(context, narrative, { title: '+44 1234', generated: '-5', counts: ragCounts([]) }),
    );
    const lines = columnA(excel, 'Narrative');
    expect(lines).toEqual(
      expect.arrayContaining(['+44 1234', 'Period: =NOW()', '-5', '=SUM(A1:A2)', hostile, `Green (1): ${hostile}`]),
    );
    // The only formula on the sheet is our own link to the cited cell; every text of the narrative's is text.
    const cells = [...excel.sheet('Narrative').cells.values()];
    expect(cells.filter((c) => c.formula !== null).map((c) => c.formula)).toEqual([
      'HYPERLINK("#\'Scorecard\'!F4","Scorecard!F4")',
    ]);
    expect(cells.filter((c) => typeof c.value === 'string' && c.formula === null).every((c) => c.format === '@')).toBe(
      true,
    );
  });

  it('links each cited cell, quoting a sheet name as a reference needs', async () => {
    const excel = fakeWith([SMALL_GRID]);
    const item: NarrativeItem = {
      indicatorId: 'CS01',
      section: null,
      rag: 'green',
      text: 'Visits were 92 per cent.',
      cells: [{ sheet: 'O\'Neil "data"', cell: 'F4', value: 92 }],
    };
    const narrative: Narrative = {
      period: 'Q2 2021/22',
      style: 'committee',
      summary: [],
      reds: [],
      ragSummary: { green: ['Visits'], amber: [], red: [], unavailable: 0, annual: 0, notDue: 0 },
      performingWell: [item],
      areasForFocus: [],
      context: [],
      noData: [],
      text: item.text,
    };
    await excel.run((context) =>
      writeNarrative(context, narrative, { title: 'T', generated: 'G', counts: ragCounts([]) }),
    );
    const row = columnA(excel, 'Narrative').indexOf(item.text) + 1;
    expect(excel.cell('Narrative', `B${row}`)).toMatchObject({
      formula: 'HYPERLINK("#\'O\'\'Neil ""data""\'!F4","O\'Neil ""data""!F4")',
      value: 'O\'Neil "data"!F4',
      format: 'General',
    });
  });

  it('adds a column chart of the counts by rating, colouring each bar', async () => {
    const excel = fakeWith([SMALL_GRID]);
    await draft(excel, [SMALL_GRID]);
    const [chart] = excel.sheet('Narrative').charts;
    expect(chart).toMatchObject({ type: 'ColumnClustered', source: 'A6:B10', seriesBy: 'Columns' });
    expect(chart.calls).toEqual(
      expect.arrayContaining([
        { target: 'chart', path: 'name', value: CHART_NAME },
        { target: 'chart', path: 'title.text', value: 'Indicators by rating' },
      ]),
    );
    expect(chart.calls.filter((c) => c.path.endsWith('setSolidColor()'))).toHaveLength(5);
  });

  it('replaces only its own sheet on a second run, even after the user renamed it', async () => {
    const excel = fakeWith([SMALL_GRID]);
    await draft(excel, [SMALL_GRID]);
    excel.sheet('Narrative').name = 'Q2 draft';
    await draft(excel, [SMALL_GRID]);
    expect(excel.doc.sheets.map((s) => s.name)).toEqual(['Scorecard', 'Q2 draft']);
    expect(excel.sheet('Q2 draft').charts).toHaveLength(1);
    expect(excel.doc.names.filter((n) => n.name === NARRATIVE_NAME)).toEqual([
      expect.objectContaining({ visible: false }),
    ]);
  });

  it("leaves the user's own sheet called Narrative alone and writes to 'Narrative (Scorecard)'", async () => {
    const excel = fakeWith([SMALL_GRID, { name: 'Narrative', values: [['My own notes']] }]);
    const { result } = await draft(excel, [SMALL_GRID]);
    expect(result).toEqual({
      kind: 'written',
      sheet: 'Narrative (Scorecard)',
      issues: [expect.objectContaining({ code: 'narrative-sheet-renamed' })],
    });
    expect(excel.cell('Narrative', 'A1')?.value).toBe('My own notes');
    expect(excel.sheet('Narrative').cells.size).toBe(1);
    await draft(excel, [SMALL_GRID]);
    expect(excel.doc.sheets.map((s) => s.name)).toEqual(['Scorecard', 'Narrative', 'Narrative (Scorecard)']);
  });

  it('touches no cell of any other sheet', async () => {
    const excel = fakeWith([SMALL_GRID]);
    const before = JSON.stringify([...excel.sheet('Scorecard').cells]);
    await draft(excel, [SMALL_GRID]);
    expect(JSON.stringify([...excel.sheet('Scorecard').cells])).toBe(before);
  });
});
