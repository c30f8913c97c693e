/**
 * Rotherham's housing performance report gives "Tenants satisfied their home is well maintained" as
 * "Measured twice per year" in the first quarter's cell. It was listed as data not available, and
 * counted as missing when the report chose its quarter. It is now not due this quarter: said so in
 * the opening, the RAG summary and the list of indicators without a figure. The answers below were
 * worked out by hand before the engine was run.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import { reportToJson } from '../../../src/core/report/toJson';
import type { RawValue, SheetGrid } from '../../../src/core/values/types';

const grid = (rows: readonly (readonly RawValue[])[]): SheetGrid => ({
  name: 'Current performance',
  values: [
    ['Housing Service Performance 2025/26'],
    [],
    ['Criteria', 'Polarity', 'Target', 'Q4 2024/25', 'Q1 2025/26'],
    ...rows.map((r) => [...r]),
  ],
});

const REPAIRS = ['Emergency repairs completed in time', 'Higher', 97, 98.8, 99.4];
const RELET = ['Average number of days to re-let a council home', 'Lower', 25, 29.5, 31.2];
const SATISFIED = ['Tenants satisfied their home is well maintained', 'Higher', 75, 71.2, 'Measured twice per year'];

describe('a cell that says the measure is taken at other times', () => {
  it('is not due this quarter: not counted as data unavailable', () => {
    const r = buildReport([grid([REPAIRS, RELET, SATISFIED])], parseConfig({}));
    expect(r.period?.label).toBe('Q1 2025/26');
    // 99.4 against 97 (higher): green. 31.2 against 25 (lower): 24.8 % over, red. Satisfaction: not due.
    expect(r.items.map((i) => [i.rating.rag, i.rating.status])).toEqual([
      ['green', 'rated'],
      ['red', 'rated'],
      ['none', 'no-data'],
    ]);
    expect(r.narrative.summary[0].text).toContain('One indicator is not due this quarter.');
    expect(r.narrative.summary[0].text).not.toContain('unavailable');
    expect(r.narrative.ragSummary).toMatchObject({ unavailable: 0, notDue: 1 });
    expect(r.narrative.text).toContain('Data currently unavailable: 0\nNot due this period: 1\n');
    expect(r.narrative.noData.map((i) => i.text)).toEqual([
      "There is no figure for tenants satisfied their home is well maintained this quarter: none is due ('Measured twice per year' in E6). The latest, for Q4 2024/25, was 71.2.",
    ]);
    const json = reportToJson(r);
    expect(json.summary).toMatchObject({ noData: 1, reportedAnnually: 0, notDue: 1 });
    expect(json.indicators[2].noData).toEqual({ reason: 'not-due', shown: 'Measured twice per year' });
  });

  it('is not counted among the indicators expected to have a figure when the quarter is chosen', () => {
    const r = buildReport([grid([REPAIRS, RELET, SATISFIED])], parseConfig({}));
    const chosen = r.issues.find((i) => i.code === 'period-chosen');
    // Two indicators are expected to have a figure for Q1, and both do; the third is not due.
    expect(chosen?.message).toContain('(2 of 2, 2 with a value)');
  });
});
