/**
 * Schools' results by academic year (September to August), as education scorecards give them:
 * "2021/22 (AY)", "Academic year 2023/24", "2023/24 academic year". Worked out by hand:
 * - three academic years, the latest 2023/24: KS2 reading, writing and maths 61 % against 60 %,
 *   higher is better, green; persistent absence 19.5 % against 18 %, lower is better, beyond
 *   18 × 1.05 = 18.9, red; both better than academic year 2022/23 (58 %, 20 %);
 * - beside the quarters of a financial year, an indicator with a blank quarter and a figure for an
 *   academic year has no figure this quarter (nothing says it is annual), and its latest is that year's.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { figuresPeriodInText, parsePeriodHeader } from '../../../src/core/periods/parsePeriod';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue, SheetGrid } from '../../../src/core/values/types';

describe('an academic year as a header', () => {
  it.each([
    ['2023/24 (AY)', 'academic year 2023/24'],
    ['2022-23 (AY)', 'academic year 2022/23'],
    ['2023/24 academic year', 'academic year 2023/24'],
    ['Academic year 2023/24', 'academic year 2023/24'],
    ['AY 2023/24', 'academic year 2023/24'],
    ['2023/24 Outturn (AY)', 'academic year 2023/24'],
    ['2022-23 school year', 'academic year 2022/23'],
  ])('%s is %s, ending in August', (header, label) => {
    const p = parsePeriodHeader(header);
    expect(p).toEqual(expect.objectContaining({ kind: 'year', label, academic: true }));
    // August of the year it ends in: after the financial year of the same name (March), before its Q2 (September).
    const fy = parsePeriodHeader(label.replace('academic year ', ''))!;
    expect(p!.sortKey).toBe(fy.sortKey + 5);
  });

  it.each(['Q1 2023/24 (AY)', 'Academic year', 'Sep 2023 (AY)'])('%s is not read', (header) => {
    expect(parsePeriodHeader(header)).toBeNull();
  });

  it("is a title's period where the title names no quarter or month", () => {
    expect(figuresPeriodInText('Education Performance Indicators: academic year 2023/24')?.label).toBe(
      'academic year 2023/24',
    );
    expect(figuresPeriodInText('Q2 2024/25 scorecard (attainment by academic year)')?.label).toBe('Q2 2024/25');
  });
});

const sheet = (header: RawValue[], rows: RawValue[][]): SheetGrid => ({ name: 'Education', values: [header, ...rows] });

describe('a table of academic years', () => {
  const r = buildReport(
    [
      sheet(
        ['Indicator', 'Good is', 'Target', '2021/22 (AY)', '2022/23 (AY)', '2023/24 (AY)'],
        [
          ['% of pupils meeting the expected standard in reading, writing and maths at KS2', 'Higher', 60, 55, 58, 61],
          ['Persistent absence (%)', 'Lower', 18, 22, 20, 19.5],
        ],
      ),
    ],
    parseConfig({}),
  );

  it('reports on the latest academic year, and compares with the one before', () => {
    expect(r.period?.label).toBe('academic year 2023/24');
    expect(r.items.map((i) => [i.rating.rag, i.rating.current?.measure.cell, i.rating.shortTerm?.direction])).toEqual([
      ['green', 'F2', 'improving'],
      ['red', 'F3', 'improving'],
    ]);
    expect(r.narrative.text).toContain('In academic year 2023/24, both indicators were rated against a target');
  });
});

describe('an academic year beside the quarters of a financial year', () => {
  const r = buildReport(
    [
      sheet(
        ['Indicator', 'Good is', 'Target', 'Q1 2024/25', 'Q2 2024/25', '2023/24 academic year'],
        [
          ['% of EHC plans issued within 20 weeks', 'Higher', 60, 52, 63, null],
          ['Number of children missing education', 'Lower', 40, 44, 38, null],
          [
            '% of pupils meeting the expected standard in reading, writing and maths at KS2',
            null,
            null,
            null,
            null,
            61,
          ],
        ],
      ),
    ],
    parseConfig({}),
  );

  it('reports on the latest quarter, and gives the academic year as the latest figure', () => {
    expect(r.period?.label).toBe('Q2 2024/25');
    expect(r.items.map((i) => [i.rating.rag, i.rating.status])).toEqual([
      ['green', 'rated'],
      ['green', 'rated'],
      ['none', 'no-data'],
    ]);
    expect(r.narrative.text).toContain(
      'nothing has been entered in E4. The latest, for academic year 2023/24, was 61 per cent.',
    );
  });
});
