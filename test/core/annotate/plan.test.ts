import { DEFAULT_CONFIG } from '../../../src/core/config/defaults';
import {
  CITE_WIDTH,
  LOOKS,
  MAX_CELL_CHARS,
  MAX_ROW_HEIGHT,
  RAG_MARKER,
  RAG_PALETTE,
  TEXT_WIDTH,
  blockProblem,
  checkFormatPlan,
  checkSheetRows,
  labelBlocker,
  labelTargets,
  planNarrativeSheet,
  splitText,
  type NarrativeRow,
} from '../../../src/core/annotate';
import { buildReport } from '../../../src/core/report/buildReport';
import { ragCounts } from '../../../src/core/report/ragCounts';
import type { FormatPlan } from '../../../src/core/rating/types';
import type { SheetGrid } from '../../../src/core/values/types';

const GRID: SheetGrid = {
  name: 'KPIs',
  values: [
    ['Ref', 'Indicator', 'Good is', 'Target', 'Q1 2023/24', 'Q2 2023/24'],
    ['K1', '% of rent collected', 'Higher', 98, 97, 98.4],
    ['K2', 'Average days to re-let council homes', 'Lower', 28, 30, 35],
    ['K3', 'Missed bin collections per 100,000', 'Lower', 60, 70, 65],
  ],
};

const report = buildReport([GRID], DEFAULT_CONFIG);
const meta = { title: 'Scorecard narrative', generated: 'Drafted on 3 March 2025.', counts: ragCounts(report.items) };

/** The text cell in column A of a row, if any. */
function textOf(row: NarrativeRow | undefined): { col: number; kind: 'text'; text: string; look: string } | undefined {
  const cell = row?.cells.find((c) => c.col === 1);
  return cell?.kind === 'text' ? cell : undefined;
}

describe('the Narrative sheet plan', () => {
  const plan = planNarrativeSheet(report.narrative, meta);
  const rows = Array.from(plan.rows);
  const byRow = new Map(rows.map((r) => [r.row, r]));

  it('opens with the title block and the counts by rating, each in its rating’s colours', () => {
    expect([1, 2, 3].map((r) => textOf(byRow.get(r)))).toEqual([
      { col: 1, kind: 'text', text: 'Scorecard narrative', look: 'title' },
      { col: 1, kind: 'text', text: `Period: ${report.narrative.period}`, look: 'body' },
      { col: 1, kind: 'text', text: 'Drafted on 3 March 2025.', look: 'note' },
    ]);
    expect(byRow.has(4)).toBe(false);
    expect(textOf(byRow.get(5))).toMatchObject({ text: 'Indicators by rating', look: 'heading' });
    const counts = [6, 7, 8, 9, 10].map((r) => byRow.get(r)!.cells);
    expect(
      counts.map((cells) => [textOf({ row: 0, height: null, cells })?.text, cells.find((c) => c.kind === 'count')]),
    ).toEqual([
      ['Green', { col: 2, kind: 'count', value: meta.counts.green }],
      ['Amber', { col: 2, kind: 'count', value: meta.counts.amber }],
      ['Red', { col: 2, kind: 'count', value: meta.counts.red }],
      ['No target', { col: 2, kind: 'count', value: meta.counts.noTarget }],
      ['No data', { col: 2, kind: 'count', value: meta.counts.noData }],
    ]);
    expect(meta.counts.red).toBeGreaterThan(0);
    expect(LOOKS.Red).toEqual({
      font: { bold: true, argb: RAG_PALETTE.red.font },
      fill: RAG_PALETTE.red.fill,
      wrap: true,
    });
    expect(plan.chart).toMatchObject({ firstRow: 6, lastRow: 10, title: 'Indicators by rating' });
    expect(plan.chart.colours).toEqual([
      RAG_PALETTE.green.fill,
      RAG_PALETTE.amber.fill,
      RAG_PALETTE.red.fill,
      RAG_PALETTE.noTarget.fill,
      'FFBFBFBF',
    ]);
  });

  it('colours each bar of the chart as its line, those to check and those in words included', () => {
    const counts = { green: 1, amber: 0, red: 2, noTarget: 0, noData: 1, toCheck: 1, inWords: 3 };
    const both = planNarrativeSheet(report.narrative, { ...meta, counts });
    const labels = Array.from(both.rows)
      .filter((r) => r.cells.some((c) => c.kind === 'count'))
      .map((r) => textOf(r)?.text);
    expect(labels).toEqual(['Green', 'Amber', 'Red', 'No target', 'To check', 'No data', 'In words']);
    expect(both.chart).toMatchObject({ firstRow: 6, lastRow: 12 });
    // "To check" in the grey of "No target"; "No data" and "In words" in the grey a white fill is charted in.
    expect(both.chart.colours).toEqual([
      RAG_PALETTE.green.fill,
      RAG_PALETTE.amber.fill,
      RAG_PALETTE.red.fill,
      RAG_PALETTE.noTarget.fill,
      RAG_PALETTE.noTarget.fill,
      'FFBFBFBF',
      'FFBFBFBF',
    ]);
  });

  it('puts each red indicator under its heading with a live link to the cell it cites', () => {
    const heading = rows.find((r) => textOf(r)?.text === 'Red indicators')!;
    expect(textOf(heading)?.look).toBe('heading');
    const red = report.narrative.reds[0];
    const row = rows.find((r) => r.row > heading.row && textOf(r)?.text === red.text)!;
    expect(row.cells[1]).toEqual({
      col: 2,
      kind: 'link',
      formula: `HYPERLINK("#'${red.cells[0].sheet}'!${red.cells[0].cell}","${red.cells[0].sheet}!${red.cells[0].cell}")`,
      text: `${red.cells[0].sheet}!${red.cells[0].cell}`,
      look: 'citation',
    });
  });

  it('gives the widths, the print area over the text and counts, and the page set-up, once', () => {
    const last = rows[rows.length - 1].row;
    expect(plan.lastRow).toBe(last);
    expect(plan.widths).toEqual([
      { from: 1, to: 1, width: TEXT_WIDTH },
      { from: 2, to: 12, width: CITE_WIDTH },
    ]);
    expect(plan.printArea).toBe(`$A$1:$B$${last}`);
    expect(plan.pageSetup).toEqual({ orientation: 'portrait', fitToWidth: 1, fitToHeight: 0 });
    expect(plan.chart.from).toEqual({ row: 0, col: plan.width + 1 });
  });

  it('widens the citation columns to a citation of a sheet with a long name', () => {
    // Anglesey's "Cerdyn Sgorio - Scorecard": "Cerdyn Sgorio - Scorecard!F2" is 28 characters, which a
    // column 16 wide cut short beside the next citation. Worked by hand: 28 and a margin of 1, 29.
    const long = buildReport([{ ...GRID, name: 'Cerdyn Sgorio - Scorecard' }], DEFAULT_CONFIG);
    const wide = planNarrativeSheet(long.narrative, { ...meta, counts: ragCounts(long.items) });
    const links = Array.from(wide.rows).flatMap((r) => r.cells.flatMap((c) => (c.kind === 'link' ? [c.text] : [])));
    expect(Math.max(...links.map((t) => t.length))).toBe(28);
    expect(wide.widths).toEqual([
      { from: 1, to: 1, width: TEXT_WIDTH },
      { from: 2, to: 12, width: 29 },
    ]);
  });

  it('gives its rows, the same, each time they are gone through, and the looks they use in order of first use', () => {
    expect(Array.from(plan.rows)).toEqual(rows);
    const used = rows.flatMap((r) => r.cells.flatMap((c) => (c.kind === 'count' ? [] : [c.look])));
    expect(plan.looks).toEqual([...new Set(used)]);
    expect(plan.looks.slice(0, 3)).toEqual(['title', 'body', 'note']);
    expect(plan.looks).toContain('citation');
  });

  it('keeps the rows of a council’s sheet, and makes those of a far larger one afresh each time rather than hold them', () => {
    expect(Array.from(plan.rows)[0]).toBe(rows[0]);
    // 25,000 reds, each a row of its own.
    const reds = Array.from({ length: 25_000 }, (_, i) => ({ ...report.narrative.reds[0], text: `Red ${i + 1}.` }));
    const large = planNarrativeSheet({ ...report.narrative, reds }, meta);
    expect(large.lastRow).toBeGreaterThan(25_000);
    const [once, again] = [Array.from(large.rows), Array.from(large.rows)];
    expect(once).toEqual(again);
    expect(once[0]).not.toBe(again[0]);
    expect(textOf(once.find((r) => textOf(r)?.text === 'Red 25000.'))?.look).toBe('body');
  });

  it('runs a text longer than a cell or a row holds on over rows within Excel’s limits, links on the first', () => {
    const long = `${'The service reports that recruitment remains difficult. '.repeat(1200)}End.`;
    expect(long.length).toBeGreaterThan(MAX_CELL_CHARS);
    const item = { ...report.narrative.reds[0], text: long };
    const rows = Array.from(planNarrativeSheet({ ...report.narrative, reds: [item] }, meta).rows);
    const first = rows.findIndex((r) => textOf(r)?.text.startsWith('The service reports'));
    const run = rows
      .slice(first)
      .filter((r, i) => i === 0 || textOf(r)?.text.startsWith('The service') || textOf(r)?.text.endsWith('End.'));
    expect(run.length).toBeGreaterThan(10);
    expect(run.map((r) => textOf(r)!.text).join(' ')).toBe(long.trim());
    for (const r of run) {
      expect(textOf(r)!.text.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
      expect(r.height ?? 0).toBeLessThanOrEqual(MAX_ROW_HEIGHT);
    }
    expect(run[0].cells.some((c) => c.kind === 'link')).toBe(true);
    expect(run.slice(1).some((r) => r.cells.some((c) => c.kind === 'link'))).toBe(false);
  });

  it('lays out the officer’s edit with the same opening, and links only for sentences still the draft’s', () => {
    const kept = report.narrative.reds[0].text;
    const edited = planNarrativeSheet(report.narrative, meta, {
      text: `Red indicators\n\n• ${kept}\nA sentence of my own.`,
      newFigures: [],
    });
    const editedRows = Array.from(edited.rows);
    expect(editedRows.slice(0, 9)).toEqual(rows.slice(0, 9));
    const keptRow = editedRows.find((r) => textOf(r)?.text === kept)!;
    expect(keptRow.cells.some((c) => c.kind === 'link')).toBe(true);
    const own = editedRows.find((r) => textOf(r)?.text === 'A sentence of my own.')!;
    expect(own.cells).toHaveLength(1);
    expect(textOf(editedRows.find((r) => textOf(r)?.text === 'Red indicators'))?.look).toBe('heading');
    expect(edited.lastRow).toBe(editedRows[editedRows.length - 1].row);
  });
});

describe('the label policy', () => {
  it('writes a label only into an empty cell or one of ours, and says why not otherwise', () => {
    expect(labelBlocker({ kind: 'empty' }, RAG_MARKER)).toBeNull();
    expect(labelBlocker({ kind: 'value', text: '' }, RAG_MARKER)).toBeNull();
    expect(labelBlocker({ kind: 'formula', formula: `IF(A1,"Red","")&T(N("${RAG_MARKER}"))` }, RAG_MARKER)).toBeNull();
    expect(labelBlocker({ kind: 'formula', formula: 'SUM(A1:A3)' }, RAG_MARKER)).toBe('holds a formula of its own');
    expect(labelBlocker({ kind: 'value', text: 'Officer comment' }, RAG_MARKER)).toBe("holds 'Officer comment'");
    expect(labelBlocker({ kind: 'merged' }, RAG_MARKER)).toBe('is part of a merged cell');
  });
});

describe('the plan’s invariants', () => {
  const plan = report.formatPlan;

  it('hold for the plan the engine makes', () => {
    expect(() => checkFormatPlan(plan, 'test')).not.toThrow();
    expect(plan.blocks.map(blockProblem)).toEqual(plan.blocks.map(() => null));
    expect(labelTargets(plan).every((t) => t.at !== null)).toBe(true);
  });

  it('refuse two writes to one cell, and a rule or label without the marker', () => {
    const twice: FormatPlan = { ...plan, labels: [...plan.labels, plan.labels[0]] };
    expect(() => checkFormatPlan(twice, 'test')).toThrow(
      `test: the plan writes ${plan.labels[0].sheet}!${plan.labels[0].cell} twice.`,
    );
    const unmarked: FormatPlan = { ...plan, labels: [{ ...plan.labels[0], formula: '"Red"' }] };
    expect(() => checkFormatPlan(unmarked, 'test')).toThrow('does not carry the marker');
    expect(() => checkFormatPlan({ ...plan, marker: ' ' }, 'test')).toThrow('no marker');
  });

  it('refuse rule ranges off the sheet or not anchored at their first range', () => {
    const block = plan.blocks[0];
    expect(blockProblem({ ...block, ranges: ['F1048577'] })?.code).toBe('rule-range-invalid');
    expect(blockProblem({ ...block, ranges: ['XFE5'] })?.code).toBe('rule-range-invalid');
    expect(blockProblem({ ...block, ranges: ['F9', 'F5'] })?.code).toBe('rule-anchor');
  });
});

describe('the one long-text splitter', () => {
  it('cuts at a sentence or "; " in the second half, else a space, else anywhere, and keeps every word', () => {
    expect(splitText('Green (2): A; B; C', 14)).toEqual(['Green (2): A;', 'B; C']);
    expect(splitText('one two three', 9)).toEqual(['one two', 'three']);
    expect(splitText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(() => splitText('x', MAX_CELL_CHARS + 1)).toThrow(RangeError);
  });
});

describe('Excel’s last row', () => {
  it('lets a sheet reach row 1,048,576 and refuses one row more, naming the limit', () => {
    expect(() => checkSheetRows(1_048_576, 'The Narrative sheet')).not.toThrow();
    let thrown: unknown;
    try {
      checkSheetRows(1_048_577, 'The Narrative sheet');
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toMatchObject({
      code: 'too-many-rows',
      message:
        'The Narrative sheet would need 1,048,577 rows, more than the 1,048,576 an Excel sheet can hold: draft it for fewer indicators at a time.',
    });
  });
});
