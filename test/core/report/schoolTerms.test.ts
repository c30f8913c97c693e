/**
 * School terms, as education scorecards give attendance and suspensions: "Autumn 2023 | Spring 2024 |
 * Summer 2024", or "Summer term 2023/24". A term is part of an academic year (September to August):
 * autumn to December, spring to March, summer to July. Worked out by hand, for the summer term 2023/24:
 * - persistent absence (primary) 14.8 % against 15 %, lower is better: green; better than 16.1 % last term;
 * - overall absence (secondary) 8.3 % against 8 %, lower is better, within 8 × 1.05 = 8.4: amber;
 * - suspensions 450 against 400, lower is better, beyond 420: red.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { parsePeriodHeader } from '../../../src/core/periods/parsePeriod';
import { comparePeriods } from '../../../src/core/periods/periodOrder';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue, SheetGrid } from '../../../src/core/values/types';

describe('a school term as a header', () => {
  it.each([
    ['Autumn 2023', 'autumn term 2023/24'],
    ['Spring 2024', 'spring term 2023/24'],
    ['Summer 2024', 'summer term 2023/24'],
    ['Summer term 2023/24', 'summer term 2023/24'],
    ['Autumn Term 2024/25', 'autumn term 2024/25'],
    ['2023/24 Spring term', 'spring term 2023/24'],
    ['Aut 23', 'autumn term 2023/24'],
    ['Spr 24', 'spring term 2023/24'],
  ])('%s is the %s', (header, label) => {
    expect(parsePeriodHeader(header)).toEqual(expect.objectContaining({ kind: 'term', label, academic: true }));
  });

  it('orders the terms through the academic year, before the year itself', () => {
    const read = (h: string) => parsePeriodHeader(h)!;
    const inOrder = ['Autumn 2023', 'Spring 2024', 'Summer 2024', '2023/24 (AY)', 'Autumn 2024'].map(read);
    const sorted = [...inOrder].sort(comparePeriods);
    expect(sorted.map((p) => p.label)).toEqual(inOrder.map((p) => p.label));
  });

  it.each(['Summer reading challenge', 'Summer', 'Summer Q1 2024/25', 'Spring 2024 YTD', 'Sum 2024'])(
    '%s is not read',
    (header) => {
      expect(parsePeriodHeader(header)).toBeNull();
    },
  );
});

const sheet = (rows: RawValue[][]): SheetGrid => ({
  name: 'Attendance',
  values: [['Indicator', 'Polarity', 'Target', 'Autumn 2023', 'Spring 2024', 'Summer 2024'], ...rows],
});

describe('a table of school terms', () => {
  const r = buildReport(
    [
      sheet([
        ['Persistent absence – primary (%)', 'Lower', 15, 17.2, 16.1, 14.8],
        ['Overall absence – secondary (%)', 'Lower', 8, 9.1, 8.6, 8.3],
        ['Suspensions – all schools', 'Lower', 400, 520, 480, 450],
      ]),
    ],
    parseConfig({}),
  );

  it('reports on the latest term', () => {
    expect(r.period?.label).toBe('summer term 2023/24');
    expect(r.items.map((i) => [i.rating.current?.measure.cell, i.rating.rag])).toEqual([
      ['F2', 'green'],
      ['F3', 'amber'],
      ['F4', 'red'],
    ]);
  });

  it('writes of the term, and compares with the term before', () => {
    expect(r.narrative.text).toContain('In the summer term 2023/24');
    expect(r.narrative.text).toContain('16.1 per cent last term');
    expect(r.narrative.text).not.toMatch(/last quarter|last month/);
  });

  it('reports on an earlier term when asked', () => {
    const spring = buildReport(
      [sheet([['Persistent absence – primary (%)', 'Lower', 15, 17.2, 16.1, 14.8]])],
      parseConfig({ period: 'Spring 2024' }),
    );
    expect(spring.period?.label).toBe('spring term 2023/24');
    expect(spring.items[0].rating.current?.measure.cell).toBe('E2');
  });
});

describe('a table of academic years beneath the terms', () => {
  // Torbay's absence and exclusions by term, with KS2 results by academic year in a table below: the
  // KS2 figure is reported annually, its latest for academic year 2022/23, not missing.
  const r = buildReport(
    [
      {
        name: 'Education',
        values: [
          ['Indicator', 'Polarity', 'Target', 'Autumn 2023', 'Spring 2024'],
          ['Persistent absence – primary (%)', 'Lower', 15, 17.2, 16.1],
          [],
          [],
          ['Indicator', 'Polarity', 'Target', '2021/22 (AY)', '2022/23 (AY)'],
          ['KS2 pupils meeting the expected standard in reading, writing and maths (%)', 'Higher', 60, 55, 58],
        ],
      },
    ],
    parseConfig({}),
  );

  it('is reported annually, with its latest year', () => {
    expect(r.period?.label).toBe('spring term 2023/24');
    expect(r.items[1].rating.reportedAnnually).toBe(true);
    expect(r.narrative.text).toContain('The latest, for academic year 2022/23, was 58 per cent.');
  });
});
