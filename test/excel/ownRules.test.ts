/// <reference types="office-js" />
/**
 * The officer's own conditional formats over the cells we colour: they come first in Excel's
 * priority order and win there, so both hosts warn (`own-rules-overlap`), naming the sheet and the
 * cells, in the one wording from core. And the fake's priority order as documented.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runReport } from '../../src/cli/runReport';
import { ownRulesOverlapIssue } from '../../src/core/annotate';
import { createExcelHost } from '../../src/excel/host';
import { SMALL_GRID, fakeWith } from './sampleWorkbook';

const MARKER = 'scorecard-narrator:rag';
const hostFor = (excel: ReturnType<typeof fakeWith>) =>
  createExcelHost({ run: excel.run, rangeAreas: () => true, now: () => new Date(2025, 2, 3) });
const WORDS = 'a conditional format of your own covers these cells and comes before the RAG rules';

describe('the fake’s conditional-format priority order', () => {
  it('puts a new format first, and a negative priority counts from the back', async () => {
    const excel = fakeWith([SMALL_GRID]);
    excel.addUserRule('Scorecard', { formula: '=1', ranges: ['A1'] });
    excel.addUserRule('Scorecard', { formula: '=2', ranges: ['A1'] });
    await excel.run(async (context) => {
      const cf = context.workbook.worksheets.getItem('Scorecard').getRange('A1').conditionalFormats.add('Custom');
      cf.custom.rule.formula = '=3';
      await context.sync();
    });
    expect(excel.rules('Scorecard').map((r) => r.formula)).toEqual(['=3', '=2', '=1']);
    await excel.run(async (context) => {
      const formats = context.workbook.worksheets.getItem('Scorecard').getRange().conditionalFormats.load('items/type');
      await context.sync();
      formats.items[0].priority = -1;
      await context.sync();
    });
    expect(excel.rules('Scorecard').map((r) => r.formula)).toEqual(['=2', '=1', '=3']);
  });
});

describe('the officer’s own rules over the RAG cells, in the add-in', () => {
  it('warns, naming the sheet and the cells both colour; rules elsewhere, data bars and our own are not named', async () => {
    const excel = fakeWith([SMALL_GRID]);
    excel.addUserRule('Scorecard', { formula: '=F4<90', ranges: ['F4:F5'], fill: '#FF0000' });
    excel.addUserRule('Scorecard', { formula: '=B4=""', ranges: ['B4:B8'], fill: '#FFFF00' });
    excel.addUserRule('Scorecard', { type: 'DataBar', ranges: ['F4:F8'] });
    const host = hostFor(excel);
    for (let run = 0; run < 2; run++) {
      const { review } = await host.refreshRag();
      const named = (review?.warnings ?? []).filter((w) => w.message.includes(WORDS));
      expect(named).toEqual([
        { message: ownRulesOverlapIssue('Scorecard', 'F4:F5').message, sheet: 'Scorecard', cell: 'F4:F5' },
      ]);
    }
    // The officer's rules stay first, in their order; ours follow.
    const rules = excel.rules('Scorecard');
    expect(rules.slice(0, 3).map((r) => r.type)).toEqual(['DataBar', 'Custom', 'Custom']);
    expect(rules.slice(3).every((r) => r.formula?.includes(MARKER))).toBe(true);
  });

  it('says nothing when no rule of the officer’s touches the RAG cells', async () => {
    const excel = fakeWith([SMALL_GRID]);
    excel.addUserRule('Scorecard', { formula: '=E4<90', ranges: ['E4:E8'], fill: '#FF0000' });
    const { review } = await hostFor(excel).refreshRag();
    expect((review?.warnings ?? []).filter((w) => w.message.includes(WORDS))).toEqual([]);
  });
});

describe('the officer’s own rules over the RAG cells, on the command line', () => {
  it('warns in the same words, naming the sheet and the cells', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Scorecard');
    SMALL_GRID.values.forEach((row, r) => row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v as never)));
    ws.addConditionalFormatting({
      ref: 'F4:F5 B4:B8',
      rules: [
        {
          type: 'expression',
          priority: 1,
          formulae: ['F4<90'],
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFF0000' } } },
        },
      ],
    });
    ws.addConditionalFormatting({
      ref: 'F4:F8',
      rules: [{ type: 'dataBar', priority: 2, cfvo: [{ type: 'min' }, { type: 'max' }] } as never],
    });
    const dir = mkdtempSync(join(tmpdir(), 'scorecard-own-rules-'));
    const input = join(dir, 'own-rules.xlsx');
    await wb.xlsx.writeFile(input);
    const out = join(dir, 'out.xlsx');
    const r = await runReport({ workbook: input, format: 'json', out });
    expect(r.exitCode).toBe(0);
    // Like the other warnings about writing the copy, on standard error.
    const warned = (lines: readonly string[]) => lines.filter((l) => l.includes(WORDS));
    expect(warned(r.stderr)).toEqual([`warning: ${ownRulesOverlapIssue('Scorecard', 'F4:F5').message}`]);
    // Run again on its own output: the same one warning, none for our own rules.
    const again = await runReport({ workbook: out, format: 'json', out: join(dir, 'again.xlsx') });
    expect(warned(again.stderr)).toEqual(warned(r.stderr));
  });
});
