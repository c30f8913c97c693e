/**
 * Carmarthenshire's PIMS scrutiny reports head their quarters in two rows: "2018/19 Quarter 1",
 * "Quarter 2", "Quarter 3", each merged over Result | Target, the year named only over the first;
 * last year's "Our Actual End of Year" under "2017/18"; the Welsh median and best quartile under
 * "Comparative Data 2017/18". The sheet was refused, with advice it already followed. Targets that
 * build up through the year (25, 50, 75 of the year's 100) say a measure is a year to date, and a
 * year to date at Q3 is not compared with a whole year's median.
 * The answers below were worked out by hand before the engine was run.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { targetsToDate } from '../../../src/core/indicators/cumulative';
import type { PeriodTarget, PeriodValue } from '../../../src/core/indicators/types';
import { monthPeriod, quarterPeriod } from '../../../src/core/periods/makePeriod';
import type { Period } from '../../../src/core/periods/types';
import { buildReport } from '../../../src/core/report/buildReport';
import { isValueHeader } from '../../../src/core/tables/columnRoles';
import type { RawValue, SheetGrid } from '../../../src/core/values/types';

const TITLE = 'Scrutiny measures & actions full monitoring report - Quarter 3 2018/19';
const TOP: RawValue[] = [
  'Measure Description',
  '2017/18',
  '2018/19 Quarter 1',
  null,
  'Quarter 2',
  null,
  'Quarter 3',
  null,
  'End of Year Target 2018/19',
  'Comparative Data 2017/18',
  null,
];
const UNDER: RawValue[] = [
  null,
  'Our Actual End of Year',
  'Result',
  'Target',
  'Result',
  'Target',
  'Result',
  'Target',
  null,
  'Welsh Median',
  'Best Quartile',
];

function sheet(rows: RawValue[][], title = TITLE, top = TOP, under = UNDER): SheetGrid {
  return { name: 'EPP Scrutiny Q3', values: [[title], [], [...top], [...under], ...rows] };
}

const FLY = [
  'Average number of working days taken to clear fly-tipping incidents',
  1.58,
  1.9,
  2,
  2.2,
  2,
  2.6,
  2,
  2,
  2.1,
  1.3,
];
const WASTE = ['Kilograms of residual waste generated per person', 198, 48.1, 50, 97.6, 100, 148, 150, 200, 188, 160];
const INSPECTED = [
  'Percentage of high risk businesses that were liable to a programmed inspection that were inspected',
  88,
  20,
  25,
  41,
  50,
  62,
  75,
  100,
  null,
  null,
];

describe('quarter groups that name the year only over the first', () => {
  it('read "Quarter 2" and "Quarter 3" in the year of "2018/19 Quarter 1", and last year\'s outturn under "2017/18"', () => {
    const r = buildReport([sheet([FLY])], parseConfig({}));
    expect(r.period?.label).toBe('Q3 2018/19');
    const cols = r.tables[0].columns;
    expect(cols.map((c) => [c.role, c.period?.label ?? null])).toEqual([
      ['name', null],
      ['period', '2017/18'],
      ['period', 'Q1 2018/19'],
      ['target', 'Q1 2018/19'],
      ['period', 'Q2 2018/19'],
      ['target', 'Q2 2018/19'],
      ['period', 'Q3 2018/19'],
      ['target', 'Q3 2018/19'],
      ['target', '2018/19'],
      ['benchmark', '2017/18'],
      ['benchmark', '2017/18'],
    ]);
    // 2.6 days against Q3's 2 (lower is better): 2.6 > 2.1, red; worse than Q2's 2.2.
    const [item] = r.items;
    expect(item.rating.rag).toBe('red');
    expect(item.rating.current?.measure.cell).toBe('G5');
    expect(item.rating.shortTerm?.direction).toBe('declining');
    expect(r.narrative.text).toContain('the 2017/18 Welsh Median figure of 2.1 days');
  });

  it('take the year from a title where no group names one', () => {
    const top = ['Measure Description', '2017/18', 'Quarter 1', null, 'Quarter 2', null, 'Quarter 3', null];
    const title = 'Environmental and Public Protection scrutiny - Quarter 3 2018/19';
    const r = buildReport([sheet([FLY.slice(0, 8)], title, top, UNDER.slice(0, 8))], parseConfig({}));
    expect(r.tables[0].columns.filter((c) => c.role === 'period').map((c) => c.period?.label)).toEqual([
      '2017/18',
      'Q1 2018/19',
      'Q2 2018/19',
      'Q3 2018/19',
    ]);
  });

  it('read "Our Actual End of Year" as a figures header, and not words that are not', () => {
    expect(isValueHeader('Our Actual End of Year')).toBe(true);
    expect(isValueHeader('Full year outturn')).toBe(true);
    expect(isValueHeader('End of Year')).toBe(false);
    expect(isValueHeader('Our priority')).toBe(false);
  });
});

describe('targets that build up through the year', () => {
  it('make a share or an amount cumulative, with a warning naming the targets, and compared with no whole-year median', () => {
    const r = buildReport([sheet([WASTE, INSPECTED])], parseConfig({}));
    const [waste, inspected] = r.items;
    // 148 kg against Q3's 150 (lower): green. 62 % against 75 % (higher): 62 < 71.25, red.
    expect([waste.indicator.cumulative, waste.rating.rag]).toEqual([true, 'green']);
    expect([inspected.indicator.cumulative, inspected.rating.rag]).toEqual([true, 'red']);
    // A year to date has no movement on last quarter to speak of.
    expect(inspected.rating.shortTerm).toBeNull();
    const built = r.issues.filter((i) => i.code === 'cumulative-from-targets');
    expect(built.map((i) => i.cell)).toEqual(['D5', 'D6']);
    expect(built[1].message).toContain('(25, 50 and 75, Q1 2018/19 to Q3 2018/19)');
    // 148 kg at Q3 is the year so far: "better than the median of 188 kg" would only say the year is not over.
    const apart = r.issues.filter((i) => i.code === 'benchmark-whole-year');
    expect(apart.map((i) => i.cell)).toEqual(['J5', 'K5']);
    expect(apart[0].severity).toBe('info');
    expect(waste.indicator.benchmarks).toEqual([]);
    expect(r.narrative.text).not.toMatch(/188 kg|160 kg/);
    expect(r.narrative.text).toContain('stood at 148 kg so far this year. It is below the profiled target of 150 kg.');
  });

  it("takes an average whose header gives no period to be a year's, and does not compare a year so far with it", () => {
    // An appendix's "Benchmark" column beside Q3's admissions to care: 139.5 per 100,000 so far this
    // year, a year's 198.7 last year, a year-end target of 175. "Better than the benchmark figure of
    // 160.2" would only say the year is not over. A measure that does not add up is still compared.
    const values: RawValue[][] = [
      ['Performance Indicator', 'Good Is', 'Q2 2017/18', 'Q3 2017/18', 'Q3 target', 'Benchmark'],
      ['Permanent admissions to residential and nursing care per 100,000 (cumulative)', 'Lower', 88, 139.5, 131, 160.2],
      ['% of service users receiving self-directed support', 'Higher', 90, 90.4, 92, 87.6],
    ];
    const r = buildReport([{ name: 'Service Performance', values }], parseConfig({}));
    expect(r.items[0].indicator.benchmarks).toEqual([]);
    const notes = r.issues.filter((i) => i.code === 'benchmark-whole-year');
    expect(notes.map((i) => i.cell)).toEqual(['F2']);
    expect(notes[0].message).toBe(
      "Service Performance!F2: the Benchmark gives no period, so it is taken to be for a whole year, as published averages are, and 'Permanent admissions to residential and nursing care per 100,000 (cumulative)' is cumulative, its figure for Q3 2017/18 the year so far: the two are not compared.",
    );
    expect(r.narrative.text).not.toContain('160.2');
    expect(r.narrative.text).toContain('better than the benchmark figure of 87.6 per cent');
  });

  it("compares a year to date with the whole year's median at the year's end", () => {
    const q4: RawValue[] = [
      'Kilograms of residual waste generated per person',
      198,
      48.1,
      50,
      97.6,
      100,
      148,
      150,
      196,
      200,
      188,
      160,
    ];
    const top = [...TOP.slice(0, 8), 'Quarter 4', null, 'Comparative Data 2017/18', null];
    const under = [...UNDER.slice(0, 8), 'Result', 'Target', 'Welsh Median', 'Best Quartile'];
    const title = 'Scrutiny measures & actions full monitoring report - Quarter 4 2018/19';
    const r = buildReport([sheet([q4], title, top, under)], parseConfig({}));
    expect(r.period?.label).toBe('Q4 2018/19');
    expect(r.items[0].indicator.cumulative).toBe(true);
    expect(r.issues.some((i) => i.code === 'benchmark-whole-year')).toBe(false);
    // 196 kg over the whole year against the median's 188 (lower is better): worse.
    expect(r.narrative.text).toContain('worse than both the 2017/18 Welsh Median figure of 188 kg');
  });

  const at = (period: Period, value: number | null): PeriodValue =>
    ({ period, measure: { value, cell: 'A1' } }) as unknown as PeriodValue;
  const target = (period: Period, value: number | null, cell = 'B1'): PeriodTarget =>
    ({ period, header: 'Target', target: { value, measure: { cell } } }) as unknown as PeriodTarget;
  const q = (n: number) => quarterPeriod(2018, n);

  it("need each target the first's times its number, from Q1, at least three of them, and figures that never fall", () => {
    const figures = [at(q(1), 20), at(q(2), 41), at(q(3), 62)];
    expect(targetsToDate([target(q(1), 25), target(q(2), 50), target(q(3), 75)], figures)).toHaveLength(3);
    // Within 5 %: 8.3, 16.7, 25, 33.3 of a year's 100, by month, from April.
    const months = [4, 5, 6, 7].map((m) => monthPeriod(2018, m));
    expect(
      targetsToDate(
        months.map((p, i) => target(p, [8.3, 16.7, 25, 33.3][i])),
        months.map((p, i) => at(p, [7, 15, 22, 30][i])),
      ),
    ).toHaveLength(4);
    // The same target each quarter, or one that steps up a little (an improvement trajectory): no year to date.
    expect(targetsToDate([target(q(1), 25), target(q(2), 25), target(q(3), 25)], figures)).toBeNull();
    expect(targetsToDate([target(q(1), 60), target(q(2), 62), target(q(3), 64)], figures)).toBeNull();
    // Only two quarters; or from Q2; or figures that fall.
    expect(targetsToDate([target(q(1), 25), target(q(2), 50)], figures)).toBeNull();
    expect(targetsToDate([target(q(2), 25), target(q(3), 50), target(q(4), 75)], figures)).toBeNull();
    const falling = [at(q(1), 20), at(q(2), 41), at(q(3), 38)];
    expect(targetsToDate([target(q(1), 25), target(q(2), 50), target(q(3), 75)], falling)).toBeNull();
  });
});

describe("a group heading over the council's own figures", () => {
  it('gives its year to the targets under it, not to a benchmark, which may be a year behind', () => {
    const r = buildReport(
      [
        {
          name: 'Service Performance',
          values: [
            ['Appendix 1: Service performance indicators, Quarter 3 2017-18'],
            [null, 'Previous performance', null, 'Current performance (2017/18)'],
            ['Performance Indicator', 'Good Is', 'Q2', 'Q3 actual', 'Year End target', 'Benchmark'],
            ['Eligible two-year-olds taking up a funded place (%)', '↑', 72, 76, 80, 72],
          ],
        },
      ],
      parseConfig({}),
    );
    const cols = r.tables[0].columns;
    expect(cols.map((c) => [c.role, c.period?.label ?? null])).toEqual([
      ['name', null],
      ['polarity', null],
      ['period', 'Q2 2017/18'],
      ['period', 'Q3 2017/18'],
      ['target', '2017/18'],
      ['benchmark', null],
    ]);
    expect(r.narrative.text).toContain('the benchmark figure of 72');
  });
});

describe('a table of the same quarter in two years', () => {
  // A directorate's sheet with only "Q1 2023/24 | Q1 2024/25": the summary said "Compared with the
  // previous period, …" and "the largest improvement on the previous period", of figures a year apart.
  it('compares them a year apart only, and the summary says so', () => {
    const r = buildReport(
      [
        {
          name: 'Customer & Digital',
          values: [
            ['Code', 'Measure', 'Polarity', 'Q1 2023/24', 'Q1 2024/25', 'Target'],
            ['CD01', 'Calls answered within 60 seconds (%)', 'Bigger is better', 71, 66, 75],
            ['CD04', 'Ombudsman complaints upheld', 'Smaller is better', 1, 0, 0],
          ],
        },
      ],
      parseConfig({}),
    );
    expect(r.items.map((i) => [i.rating.shortTerm, i.rating.longTerm?.direction])).toEqual([
      [null, 'declining'],
      [null, 'improving'],
    ]);
    expect(r.narrative.text).toContain('Compared with a year earlier, 1 improved and 1 declined.');
    expect(r.narrative.text).not.toMatch(/previous period|last quarter/);
  });
});

describe('a column headed "Same quarter last year"', () => {
  // Kent's highways dashboard: "Oct | Nov | Dec | Quarter 3 | … | Same quarter last year" under a
  // Quarter 3 2017/18 title. The column was not read, and no figure was compared with a year before.
  it('is the latest quarter a year before, and compared with', () => {
    const r = buildReport(
      [
        {
          name: 'Highways',
          values: [
            ['Highways & Transportation Performance Dashboard'],
            ['Quarter 3 2017/18 (October to December)'],
            ['Ref', 'Indicator Description', 'Oct', 'Nov', 'Dec', 'Quarter 3', 'Target', 'Same quarter last year'],
            ['HT01', 'Potholes repaired in 28 calendar days (%)', 86, 83, 84, 84.3, 90, 91],
          ],
        },
      ],
      parseConfig({}),
    );
    const col = r.tables[0].columns.find((c) => c.header === 'Same quarter last year');
    expect([col?.role, col?.period?.label]).toEqual(['period', 'Q3 2016/17']);
    expect(r.items[0].rating.longTerm?.from.measure.cell).toBe('H4');
    expect(r.narrative.text).toContain('worse than 91 per cent a year earlier');
  });
});

describe("a column that names its quarter and says it is last year's", () => {
  // An adult social care scorecard: "Q1 2024/25 | Q2 2024/25 | Q3 2024/25 | Q3 same period last year".
  // Worked by hand: the column is Q3 2023/24; rent collected (higher) 97 % against 94 % then:
  // improved; void days (lower) 31 against 40: improved.
  const report = (header: string) =>
    buildReport(
      [
        {
          name: 'Q3',
          values: [
            ['Ref', 'Indicator', 'Better', 'Target', 'Q1 2024/25', 'Q2 2024/25', 'Q3 2024/25', header],
            ['A1', 'Rent collected (%)', 'Higher', 98, 95, 96, 97, 94],
            ['A2', 'Average days to re-let voids', 'Lower', 30, 35, 32, 31, 40],
          ],
        },
      ],
      parseConfig({}),
    );

  it.each([
    'Q3 same period last year',
    'Q3 last year',
    'Quarter 3 previous year',
    'Q3 2023/24 (same period last year)',
    'Same period last year (Q3 2023/24)',
  ])('reads %j as Q3 2023/24 and compares with it', (header) => {
    const r = report(header);
    const col = r.tables[0].columns.find((c) => c.header === header);
    expect([col?.role, col?.period?.label]).toEqual(['period', 'Q3 2023/24']);
    expect(r.items.map((i) => [i.rating.longTerm?.from.measure.cell, i.rating.longTerm?.direction])).toEqual([
      ['H2', 'improving'],
      ['H3', 'improving'],
    ]);
  });

  it('leaves one that names another quarter unread, and says so', () => {
    const r = report('Q2 same period last year');
    expect(r.tables[0].columns.find((c) => c.header === 'Q2 same period last year')?.role).not.toBe('period');
    expect(r.items[0].rating.longTerm).toBeNull();
    expect(r.issues).toContainEqual(expect.objectContaining({ code: 'figures-header-unknown', cell: 'H1' }));
  });

  it("does not read a quarter said to be last year's as this year's, where the title names the year", () => {
    const r = buildReport(
      [
        {
          name: 'Q3',
          values: [
            ['Scorecard 2024/25'],
            ['Ref', 'Indicator', 'Better', 'Target', 'Q1', 'Q2', 'Q3', 'Q3 last year'],
            ['A1', 'Rent collected (%)', 'Higher', 98, 95, 96, 97, 94],
          ],
        },
      ],
      parseConfig({}),
    );
    const periods = r.tables[0].columns.filter((c) => c.role === 'period').map((c) => c.period?.label);
    expect(periods).toEqual(['Q1 2024/25', 'Q2 2024/25', 'Q3 2024/25', 'Q3 2023/24']);
  });
});

describe('a Status column after the last quarter group and the columns outside it', () => {
  // "Q1 … Q4: Actual | Target", then "Annual Target | Aim | Status": the Status was taken as Q4's,
  // so the sheet's own rating of Q3, the period reported on, was never compared with ours.
  it("is the sheet's rating of the period reported on", () => {
    const quarters = ['Q1 (Apr–Jun)', null, 'Q2 (Jul–Sep)', null, 'Q3 (Oct–Dec)', null, 'Q4 (Jan–Mar)', null];
    const r = buildReport(
      [
        {
          name: 'Corporate KPIs 2024-25',
          values: [
            ['Performance Indicators 2024/25 – Quarter 3'],
            [],
            [null, null, ...quarters],
            [
              'PI',
              'Indicator',
              'Actual',
              'Target',
              'Actual',
              'Target',
              'Actual',
              'Target',
              'Actual',
              'Target',
              'Annual Target',
              'Aim',
              'Status',
            ],
            ['PI04', 'Calls answered within 60 seconds (%)', 88, 92, 89, 92, 90.5, 92, null, 92, 92, 'Maximise', 'R'],
          ],
        },
      ],
      parseConfig({}),
    );
    const status = r.tables[0].columns.find((c) => c.header === 'Status');
    expect([status?.role, status?.period ?? null]).toEqual(['rag', null]);
    // 90.5 against Q3's 92: amber by the usual 5 % (87.4 ≤ 90.5 < 92); the sheet says red, and no
    // tolerance is stated, so the sheet's red stands, said at its cell.
    expect(r.items[0].rating.rag).toBe('red');
    expect(r.items[0].sheetRag?.cell).toBe('M5');
    expect(r.issues.filter((i) => i.code === 'rag-band-from-sheet').map((i) => i.cell)).toEqual(['M5']);
  });
});
