/// <reference types="office-js" />
import * as path from 'path';
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';
import { buildReport, type Report } from '../../src/core/report/buildReport';
import type { FormatPlan } from '../../src/core/rating/types';
import type { SheetGrid } from '../../src/core/values/types';
import { applyFormats, type ApplyOptions } from '../../src/excel/applyFormats';
import { SheetProtectedError } from '../../src/excel/errors';
import type { FakeExcel } from './fakeExcel';
import { hyperFormulaEvaluator, ragColours } from './ragColours';
import { fakeWith, sampleGrids } from './sampleWorkbook';
import { loadWorkbook, workbookToGrids } from '../../src/xlsx/readWorkbook';

let grids: SheetGrid[];
let report: Report;
beforeAll(async () => {
  grids = await sampleGrids();
  report = buildReport(grids, DEFAULT_CONFIG);
});

const apply = (excel: FakeExcel, plan: FormatPlan, options: ApplyOptions = { rangeAreas: true }) =>
  excel.run((context) => applyFormats(context, plan, options));
const ours = (excel: FakeExcel, sheet: string) =>
  excel.rules(sheet).filter((r) => r.formula?.includes(report.formatPlan.marker));
const theirs = (excel: FakeExcel, sheet: string) =>
  excel.rules(sheet).filter((r) => !r.formula?.includes(report.formatPlan.marker));

/** What the engine rates each value cell that a block covers: its RAG, or null when it has no value. */
function engineColours(): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const { indicator, rating } of report.items) {
    if (rating.current)
      out.set(`${indicator.sheet}!${rating.current.measure.cell}`, rating.rag === 'none' ? null : rating.rag);
  }
  return out;
}

describe('applyFormats', () => {
  it.each([
    ['one rule per RAG over all of a block’s ranges (ExcelApi 1.9)', true],
    ['a copy of the rules per range, moved to each range (before ExcelApi 1.9)', false],
  ])('colours each rated cell as the engine rates it, with %s', async (_, rangeAreas) => {
    const excel = fakeWith(grids);
    const result = await apply(excel, report.formatPlan, { rangeAreas });
    const blocks = report.formatPlan.blocks;
    const expectedRules = rangeAreas ? 3 * blocks.length : 3 * blocks.reduce((n, b) => n + b.ranges.length, 0);
    expect(result.rulesAdded).toBe(expectedRules);
    expect(ours(excel, 'Scorecard').length + ours(excel, 'Education').length).toBe(expectedRules);
    const shown = ragColours(excel, report.formatPlan.marker);
    const rated = engineColours();
    expect(shown.size).toBeGreaterThan(20);
    for (const [cell, colour] of shown) expect([cell, colour]).toEqual([cell, rated.get(cell)]);
  });

  it('writes the label heading and a live label beside each rated indicator, showing what the engine expects', async () => {
    const excel = fakeWith(grids);
    excel.evaluate = hyperFormulaEvaluator(excel);
    const result = await apply(excel, report.formatPlan);
    const { labels, labelHeaders } = report.formatPlan;
    expect(result.labelsWritten).toBe(labels.length + labelHeaders.length);
    for (const h of labelHeaders) expect(excel.cell(h.sheet, h.cell)?.value).toBe(h.text);
    for (const l of labels) expect([l.cell, excel.cell(l.sheet, l.cell)?.value]).toEqual([l.cell, l.expected]);
    expect(result.issues).toEqual([]);
  });

  it('leaves exactly the same rules and cells after a hundred runs as after one', async () => {
    const excel = fakeWith(grids);
    await apply(excel, report.formatPlan);
    const once = excel.snapshot();
    for (let i = 0; i < 99; i++) await apply(excel, report.formatPlan);
    expect(excel.snapshot()).toBe(once);
  });

  it('keeps the user’s own rules, unchanged and in their order, ahead of ours', async () => {
    const excel = fakeWith(grids);
    excel.addUserRule('Scorecard', { formula: '=$I7>0.95', ranges: ['I7:I31'], fill: '#0000FF' });
    excel.addUserRule('Scorecard', { type: 'DataBar', ranges: ['E7:E31'] });
    const before = JSON.stringify(theirs(excel, 'Scorecard'));
    await apply(excel, report.formatPlan);
    await apply(excel, report.formatPlan);
    expect(JSON.stringify(theirs(excel, 'Scorecard'))).toBe(before);
    expect(
      excel
        .rules('Scorecard')
        .slice(0, 2)
        .map((r) => r.type),
    ).toEqual(['DataBar', 'Custom']);
    expect(
      excel
        .rules('Scorecard')
        .slice(2)
        .every((r) => r.formula?.includes(report.formatPlan.marker)),
    ).toBe(true);
  });

  it('never writes over a cell the user filled since the workbook was read: the cell is left and named', async () => {
    const excel = fakeWith(grids);
    const label = report.formatPlan.labels[0];
    excel.setCell(label.sheet, label.cell, 'Checked by JB');
    const result = await apply(excel, report.formatPlan);
    expect(excel.cell(label.sheet, label.cell)).toMatchObject({ value: 'Checked by JB', formula: null });
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'label-cell-occupied',
        message: `${label.sheet}!${label.cell}: the cell holds 'Checked by JB', so the RAG label was not written there; the RAG colours still apply.`,
      }),
    ]);
    expect(result.labelsWritten).toBe(report.formatPlan.labels.length + report.formatPlan.labelHeaders.length - 1);
  });

  it('makes a label cell formatted as text General, so its formula is live rather than text', async () => {
    const excel = fakeWith(grids);
    const label = report.formatPlan.labels[1];
    excel.setCell(label.sheet, label.cell, null, { format: '@' });
    await apply(excel, report.formatPlan);
    expect(excel.cell(label.sheet, label.cell)).toMatchObject({ formula: label.formula, format: 'General' });
  });

  it('stops before writing anything when a sheet it must write to is protected', async () => {
    const excel = fakeWith(grids);
    excel.sheet('Education').isProtected = true;
    const before = excel.snapshot();
    await expect(apply(excel, report.formatPlan)).rejects.toEqual(new SheetProtectedError(['Education'], 'refresh'));
    expect(excel.snapshot()).toBe(before);
  });

  it('removes its earlier rules from sheets the plan no longer covers, and nothing else', async () => {
    const excel = fakeWith(grids);
    excel.addUserRule('Education', { formula: '=B4=""', ranges: ['B4:B9'] });
    await apply(excel, report.formatPlan);
    const empty: FormatPlan = { marker: report.formatPlan.marker, blocks: [], labels: [], labelHeaders: [] };
    const result = await apply(excel, empty, { sheets: ['Scorecard', 'Education'] });
    expect(result.rulesRemoved).toBe(3 * report.formatPlan.blocks.length);
    expect(excel.rules('Scorecard')).toEqual([]);
    expect(excel.rules('Education').map((r) => r.formula)).toEqual(['=B4=""']);
  });

  it('takes three round trips at most, whatever the plan, and one more to learn the separator getRanges takes', async () => {
    const excel = fakeWith(grids);
    await apply(excel, report.formatPlan);
    const first = excel.roundTrips;
    await apply(excel, report.formatPlan);
    const second = excel.roundTrips - first;
    await apply(excel, report.formatPlan, { rangeAreas: true, areaSeparator: ',' });
    expect([first, second, excel.roundTrips - first - second]).toEqual([3, 4, 3]);
  });

  it.each([',', ';'] as const)(
    'puts one rule over all of a block’s ranges where the locale separates a list with "%s", as getRanges then needs',
    async (separator) => {
      const excel = fakeWith(grids);
      excel.doc.listSeparator = separator;
      const result = await apply(excel, report.formatPlan);
      const blocks = report.formatPlan.blocks;
      expect(blocks.some((b) => b.ranges.length > 1)).toBe(true);
      expect(result.rulesAdded).toBe(3 * blocks.length);
      const shown = ragColours(excel, report.formatPlan.marker);
      for (const [cell, colour] of shown) expect([cell, colour]).toEqual([cell, engineColours().get(cell)]);
      expect(shown.size).toBeGreaterThan(20);
    },
  );

  it('splits a very fragmented block into groups whose addresses Excel accepts', async () => {
    const excel = fakeWith(grids);
    const ranges = Array.from({ length: 900 }, (_, i) => `Z${2 * i + 1}`);
    const [block] = report.formatPlan.blocks;
    const rules = block.rules.map((r) => ({ ...r, formula: `AND(N("${report.formatPlan.marker}")=0,ISNUMBER(Z1))` }));
    const plan: FormatPlan = {
      ...report.formatPlan,
      blocks: [{ sheet: 'Scorecard', ranges, rules }],
      labels: [],
      labelHeaders: [],
    };
    await apply(excel, plan);
    const added = ours(excel, 'Scorecard');
    expect(added.length).toBeGreaterThan(3);
    expect(added.length % 3).toBe(0);
    expect(added.flatMap((r) => r.areas).length).toBe(3 * 900);
  });

  it('refuses a plan whose rules could not be told from the user’s, and reports a block it cannot place', async () => {
    const excel = fakeWith(grids);
    const [block] = report.formatPlan.blocks;
    const unmarked: FormatPlan = {
      ...report.formatPlan,
      blocks: [{ ...block, rules: [{ ...block.rules[0], formula: 'TRUE' }] }],
    };
    await expect(apply(excel, unmarked)).rejects.toThrow('does not carry the marker');
    const misplaced: FormatPlan = {
      ...report.formatPlan,
      blocks: [{ ...block, ranges: ['F9', 'F5'] }],
      labels: [],
      labelHeaders: [],
    };
    const result = await apply(excel, misplaced);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'rule-anchor',
        message: expect.stringContaining('Scorecard!F9: the first range is not the top-left'),
      }),
    ]);
    expect(result.rulesAdded).toBe(0);
  });
});

describe('applyFormats on indicators with a Target row', () => {
  it.each([true, false])(
    'colours and labels each value against its own Target row cell (rangeAreas %s)',
    async (rangeAreas) => {
      const { loadWorkbook, workbookToGrids } = await import('../../src/xlsx/readWorkbook');
      const targetGrids = workbookToGrids(await loadWorkbook('test/fixtures/target-rows.xlsx'));
      const built = buildReport(targetGrids, DEFAULT_CONFIG);
      const excel = fakeWith(targetGrids);
      excel.evaluate = hyperFormulaEvaluator(excel);
      await excel.run((context) => applyFormats(context, built.formatPlan, { rangeAreas }));
      const shown = ragColours(excel, built.formatPlan.marker);
      const rated = built.items.filter((i) => i.rating.status === 'rated');
      expect(rated).toHaveLength(8);
      for (const { indicator, rating } of rated) {
        const cell = `${indicator.sheet}!${rating.current!.measure.cell}`;
        expect([cell, shown.get(cell)]).toEqual([cell, rating.rag]);
      }
      for (const l of built.formatPlan.labels)
        expect([l.cell, excel.cell(l.sheet, l.cell)?.value]).toEqual([l.cell, l.expected]);
    },
  );
});

describe('applyFormats on numbers typed as text', () => {
  it('colours and labels "92.7%" and "1,234" as the engine rates them, with the formulas Excel gets through Office.js', async () => {
    const file = path.join(__dirname, '..', 'fixtures', 'percent-conventions.xlsx');
    const textGrids = workbookToGrids(await loadWorkbook(file));
    const built = buildReport(textGrids, DEFAULT_CONFIG);
    const excel = fakeWith(textGrids);
    excel.evaluate = hyperFormulaEvaluator(excel);
    await apply(excel, built.formatPlan);
    const fromText = built.items.filter((i) => i.rating.current?.measure.fromText);
    expect(fromText.map((i) => i.rating.current!.measure.raw)).toEqual(['92.7%', '1,234']);
    const shown = ragColours(excel, built.formatPlan.marker);
    for (const { indicator, rating } of fromText) {
      const cell = `${indicator.sheet}!${rating.current!.measure.cell}`;
      expect([cell, shown.get(cell)]).toEqual([cell, rating.rag]);
    }
    const formulas = excel.rules(fromText[0].indicator.sheet).map((r) => r.formula ?? '');
    expect(formulas.some((f) => f.includes('NUMBERVALUE(') && !f.includes('_xlfn.'))).toBe(true);
    for (const l of built.formatPlan.labels)
      expect([l.cell, excel.cell(l.sheet, l.cell)?.value]).toEqual([l.cell, l.expected]);
  });
});
