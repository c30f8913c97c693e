/**
 * The report at 200,000 rows, on a grid made here: every indicator read and rated, the narrative,
 * the labels, the JSON and the Markdown all made — not "Maximum call stack size exceeded" (a spread
 * of every indicator into one call's arguments did that; lint now refuses the form, see
 * test/scripts/noSpreadCalls.test.ts). No time is measured: the limit only keeps a regression from
 * hanging the run.
 */
import { buildReport, parseConfig, renderMarkdown, reportToJson, type Report } from '../../../src/core';
import type { SheetGrid } from '../../../src/core/values/types';

const ROWS = 200_000;

/**
 * Indicator i (1 to ROWS) on row i + 1: target 80, higher is better, Q2 2023/24 at 70 + (7i mod 25).
 * 7i mod 25 takes each of 0…24 equally often (7 and 25 share no factor), 8,000 times each: at least
 * 80 (10…24, fifteen of them) is green, 76 to 79 (6…9, four) amber, 70 to 75 (0…5, six) red.
 */
function bigGrid(): SheetGrid {
  const values: (string | number)[][] = [['Ref', 'Indicator', 'Good is', 'Target', 'Q1 2023/24', 'Q2 2023/24']];
  for (let i = 1; i <= ROWS; i++) values.push([`PI${i}`, `Indicator ${i}`, 'Higher', 80, 75, 70 + ((7 * i) % 25)]);
  return { name: 'Scorecard', values };
}

describe('a scorecard of 200,000 rows', () => {
  let report: Report;
  beforeAll(() => {
    report = buildReport([bigGrid()], parseConfig({}));
  }, 600_000);

  it('reads and rates every indicator for the latest quarter', () => {
    expect(report.period?.label).toBe('Q2 2023/24');
    expect(report.items).toHaveLength(ROWS);
    const count = (rag: string) => report.items.filter((i) => i.rating.rag === rag).length;
    expect([count('green'), count('amber'), count('red')]).toEqual([120_000, 32_000, 48_000]);
    const last = report.items[ROWS - 1];
    // 7 × 200,000 = 1,400,000, a multiple of 25: the value is 70, red against 80.
    expect([last.indicator.name, last.indicator.row, last.rating.rag]).toEqual(['Indicator 200000', ROWS, 'red']);
  });

  it('plans a RAG label for every indicator, in the column right of the table', () => {
    const { labels, labelHeaders } = report.formatPlan;
    expect(labelHeaders.map((h) => h.cell)).toEqual(['G1']);
    expect(labels).toHaveLength(ROWS);
    expect(labels[ROWS - 1]).toMatchObject({ cell: `G${ROWS + 1}`, expected: 'Red' });
  });

  it('drafts the narrative and gives the JSON and the Markdown', () => {
    expect(report.narrative.text).toContain('120,000 green, 32,000 amber and 48,000 red');
    expect(reportToJson(report).indicators).toHaveLength(ROWS);
    expect(renderMarkdown(report.narrative)).toContain('Indicator 200000');
  });
});
