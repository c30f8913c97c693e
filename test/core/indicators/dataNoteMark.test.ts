/**
 * Kent's children's social care monthly report has a DATA NOTE column beside each measure, holding
 * "*" where the latest figure is provisional, as a line above the table says ("Figures marked * are
 * provisional"), or "See note 1". The mark was not read, and the narrative gave the figure as final.
 * The answers below were worked out by hand before the engine was run.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue, SheetGrid } from '../../../src/core/values/types';

const sheet = (note: string, rows: RawValue[][]): SheetGrid => ({
  name: 'CSC Monthly',
  values: [
    ["Children's Social Care Monthly Performance Report: September 2023"],
    [note],
    [],
    ['NO.', 'INDICATOR', 'GOOD PERF IS', 'DATA NOTE', 'Target', 'Aug 2023', 'Sep 2023'],
    ...rows,
  ],
});

const ROWS: RawValue[][] = [
  ['3.3', 'Care leavers aged 19-21 in education, employment or training (%)', 'High', '*', 60, 52, 52],
  ['1.4', 'Single assessments completed within 45 working days (%)', 'High', 'See note 1', 85, 85.5, 86.2],
  ['2.3', 'Child protection plans lasting 2 years or more (%)', 'Low', 'p', 4, 3, 3.1],
];

describe('a mark in a column of data notes', () => {
  it("makes the row's latest figure provisional, where a note says what the mark means or the mark says so itself", () => {
    const r = buildReport([sheet('Figures marked * are provisional.', ROWS)], parseConfig({}));
    expect(r.period?.label).toBe('September 2023');
    expect(r.items.map((i) => i.rating.current?.measure.flag ?? null)).toEqual(['provisional', null, 'provisional']);
    // Only the latest figure: August's 52 is not marked.
    expect(r.items[0].indicator.values.map((v) => v.measure.flag ?? null)).toEqual([null, 'provisional']);
    const flagged = r.issues.filter((i) => i.code === 'value-flagged');
    expect(flagged.map((i) => i.cell)).toEqual(['G5', 'G7']);
    expect(flagged[0].message).toContain("from the mark '*' in CSC Monthly!D5");
    expect(r.narrative.text).toContain('stood at 52 per cent (provisional)');
    // 52 against 60 (higher is better): 52 < 57, red, provisional or not.
    expect(r.items[0].rating.rag).toBe('red');
  });

  it('reads a lone "*" as nothing known where no note says what it means', () => {
    const r = buildReport([sheet('Figures are as at month end.', ROWS)], parseConfig({}));
    expect(r.items.map((i) => i.rating.current?.measure.flag ?? null)).toEqual([null, null, 'provisional']);
    expect(r.narrative.text).not.toContain('52 per cent (provisional)');
  });
});
