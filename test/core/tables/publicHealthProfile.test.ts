/**
 * OHID's Fingertips "at a glance" summary for a district (Canterbury, February 2025) gives each domain
 * of the Public Health Outcomes Framework a table of its own: "Indicator | Age | Sex | Period | Count
 * | Value | 95% Lower CI | 95% Upper CI | Value (Region) | Value (England) | Unit | Compared with
 * England | … | Polarity", each row giving its own period, and no target. Before, a table without a
 * target or a period in its header was not found: the first two domains were left out without a
 * word, and the next ones took the period in a row of the table above ("2022/23") as their title's.
 * The answers below were worked out by hand before the engine was run.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue, SheetGrid } from '../../../src/core/values/types';

const HEADER = [
  'Indicator',
  'Age',
  'Sex',
  'Period',
  'Count',
  'Value',
  '95% Lower CI',
  '95% Upper CI',
  'Value (Region)',
  'Value (England)',
  'Unit',
  'Compared with England',
  'Polarity',
];

const B01B = ['B01b - Children in absolute low income families (under 16s)', '<16 yrs', 'Persons'];
const B03 = ['B03 - Pupil absence', '5-15 yrs', 'Persons'];
const C09A = ['C09a - Reception prevalence of overweight (including obesity)', '4-5 yrs', 'Persons'];
const C21 = ['C21 - Admission episodes for alcohol-related conditions (Narrow)', 'All ages', 'Persons'];

const grid = (...sections: (readonly RawValue[])[][]): SheetGrid => ({
  name: 'At a glance',
  values: [
    ['Public Health Outcomes Framework - at a glance summary'],
    ['Canterbury'],
    ['Published 4 February 2025'],
    ...sections.flatMap((s) => [[], ...s.map((r) => [...r])]),
  ],
});

const sectionB = (period: string): RawValue[][] => [
  ['B. Wider determinants of health'],
  HEADER,
  [...B01B, period, 2541, 13.3, 12.8, 13.8, 10.6, 15.6, '%', 'Better', 'RAG - Low is good'],
  [...B03, period, null, 8, 7.9, 8.1, 7.3, 7.4, '%', 'Worse', 'RAG - Low is good'],
];
const sectionC: RawValue[][] = [
  ['C. Health improvement'],
  HEADER,
  [...C09A, '2023/24', 231, 19.1, 17.1, 21.2, 20.1, 22.1, '%', 'Better', 'RAG - Low is good'],
  [...C21, '2023/24', 920, 548, 513, 585, 478, 504, 'per 100,000', 'Worse', 'RAG - Low is good'],
];

const report = (g: SheetGrid) => buildReport([g], parseConfig({}));
const said = (r: ReturnType<typeof report>, code: string) =>
  r.issues.filter((i) => i.code === code).map((i) => `${i.sheet}!${i.cell}`);

describe('a public health profile: figures under "Value" beside England, each row giving its period', () => {
  it('is read, the period from the rows, each figure set beside the averages', () => {
    const r = report(grid(sectionB('2022/23')));
    expect(r.period?.label).toBe('2022/23');
    // No target: context measures, each with its figure in F.
    expect(r.items.map((i) => [i.indicator.name, i.rating.current?.measure.cell, i.rating.status])).toEqual([
      [B01B[0], 'F7', 'no-target'],
      [B03[0], 'F8', 'no-target'],
    ]);
    expect(said(r, 'period-from-rows')).toEqual(['At a glance!F6']);
    // 13.3 % against England's 15.6 %, lower is better: better than England.
    expect(r.narrative.text).toContain('better than that for England (15.6 per cent)');
  });

  it("takes no table's figures for the title of the table below", () => {
    const r = report(grid(sectionB('2022/23'), sectionC));
    expect(said(r, 'period-from-title')).toEqual([]);
    // Each table's periods from its own rows: B's 2022/23, C's 2023/24, the report on the later.
    expect(said(r, 'period-from-rows')).toEqual(['At a glance!F6', 'At a glance!F11']);
    expect(r.period?.label).toBe('2023/24');
    // Each row's figure is its latest, B's for 2022/23, named so in a report on 2023/24.
    expect(
      r.items.filter((i) => typeof i.rating.current?.measure.value === 'number').map((i) => i.indicator.name),
    ).toEqual([B01B[0], B03[0], C09A[0], C21[0]]);
    expect(r.narrative.text).toContain('B03 - Pupil absence stood at 8 per cent in 2022/23.');
  });

  it("names a table's own latest period, not the report's, where its rows give several", () => {
    // B's rows give 2022/23 and 2021/22, C's 2023/24: the report is on 2023/24, B's latest is 2022/23,
    // and one of B's figures (F8, 2021/22) is for a period before that.
    const b = sectionB('2022/23');
    b[3] = [...B03, '2021/22', ...b[3].slice(4)];
    const r = report(grid(b, sectionC));
    expect(r.period?.label).toBe('2023/24');
    const from = r.issues.filter((i) => i.code === 'period-from-rows' && i.cell === 'F6');
    expect(from.map((i) => i.message)).toEqual([
      "At a glance!F6: the column 'Value' names no period, so its figures are read as the periods the rows give in the column 'Period' (At a glance!D7:D8): the latest of them is 2022/23, and one figure is for an earlier period, rated as its row's latest result with its period named in the narrative (F8: 2021/22). Check that those are the latest figures to report.",
    ]);
    expect(r.narrative.text).toContain('B03 - Pupil absence stood at 8 per cent in 2021/22.');
  });

  it('is found, and said why its figures are not read, where the rows give no period the engine reads', () => {
    const r = report(grid(sectionB('Latest')));
    expect(r.tables.map((t) => [t.top + 1, t.bottom + 1])).toEqual([[6, 8]]);
    expect(said(r, 'value-column-no-period')).toEqual(['At a glance!F6']);
  });
});

describe("a public health profile's rows giving calendar years beside financial ones", () => {
  // Fingertips gives a year of births or of a survey as the calendar year ("2023"), an admissions
  // count as the financial year ("2023/24"): each figure is the latest for its own row.
  const C04 = ['C04 - Low birth weight of term babies', '>=37 weeks', 'Persons'];
  const C18 = ['C18 - Smoking prevalence in adults (18+) - current smokers (APS)', '18+ yrs', 'Persons'];
  const section: RawValue[][] = [
    ['C. Health improvement'],
    HEADER,
    [...C04, '2023', 37, 2.4, 1.8, 3.3, 2.5, 2.9, '%', 'Similar', 'RAG - Low is good'],
    [...C09A, '2023/24', 231, 19.1, 17.1, 21.2, 20.1, 22.1, '%', 'Better', 'RAG - Low is good'],
    [...C18, 2023, null, 9.8, 6.4, 13.2, 11, 11.6, '%', 'Similar', 'RAG - Low is good'],
  ];

  it('reads "2023" as the calendar year, on the report for the latest of them, 2023/24', () => {
    const r = report(grid(section));
    expect(r.period?.label).toBe('2023/24');
    expect(said(r, 'period-from-rows')).toEqual(['At a glance!F6']);
    expect(r.items.map((i) => [i.rating.current?.measure.cell, i.rating.current?.period.label])).toEqual([
      ['F7', '2023'],
      ['F8', '2023/24'],
      ['F9', '2023'],
    ]);
    expect(r.narrative.text).toContain('stood at 2.4 per cent in 2023.');
  });
});

describe('a public health profile table whose figures are not read', () => {
  // B03's period ("Not yet published") is not one the engine reads, so the rows' periods are not
  // taken and nothing in the table has a period: its figures are not read.
  const pooled = sectionB('2022/23');
  pooled[3] = [...B03, 'Not yet published', null, 8, 7.9, 8.1, 7.3, 7.4, '%', 'Worse', 'RAG - Low is good'];

  it('gives no indicator "no figure", which the sheet has: the warning says why it is not read', () => {
    const r = report(grid(pooled, sectionC));
    expect(r.items.map((i) => i.indicator.name)).toEqual([C09A[0], C21[0]]);
    expect(r.narrative.text).not.toContain('There is no figure for B01b');
    expect(said(r, 'value-column-no-period')).toEqual(['At a glance!F6']);
  });
});

describe("a public health profile's comparisons: the sheet's own, and the confidence interval", () => {
  // Fingertips compares each figure with England and says so in "Compared with England" ("Better",
  // "Similar", "Worse": significance at 95 %); it compares with a benchmark by whether the benchmark's
  // value lies within the figure's 95 % confidence interval. Before, the narrative set the point
  // estimate against each average: 2.4 % low birth weight was "better than" England's 2.9 %, which the
  // sheet calls Similar, and 70.2 % physically active "worse than" the region's 70.3 %.
  // Worked by hand (figure, interval, region, England, the sheet's word, polarity):
  //   C04  2.4 [1.8, 3.3], 2.5 within → similar; England Similar → similar     (low is good)
  //   C09a 19.1 [17.1, 21.2], 20.1 within → similar; England Better → better   (low is good)
  //   C14b 258.3 [233.6, 284.8], 176.5 outside, higher → worse; Worse → worse  (low is good)
  //   C18  9.8 [6.4, 13.2], 11 within → similar; Similar → similar             (low is good)
  //   C21  548 [513, 585], 478 outside, higher → worse; Worse → worse          (low is good)
  //   C27  70.2 [66.8, 73.5], 70.3 within → similar; Similar → similar         (high is good)
  //   D03c 93.2 [91.8, 94.4], 92.9 within → similar; Better → better           (high is good)
  const C04 = ['C04 - Low birth weight of term babies', '>=37 weeks', 'Persons'];
  const C14B = ['C14b - Emergency hospital admissions for intentional self-harm', 'All ages', 'Persons'];
  const C18 = ['C18 - Smoking prevalence in adults (18+) - current smokers (APS)', '18+ yrs', 'Persons'];
  const C27 = ['C27 - Percentage of physically active adults', '19+ yrs', 'Persons'];
  const D03C = ['D03c - Population vaccination coverage: Dtap/IPV/Hib (1 year old)', '1 yr', 'Persons'];
  const low = 'RAG - Low is good';
  const high = 'RAG - High is good';
  const rows: RawValue[][] = [
    [...C04, '2023/24', 37, 2.4, 1.8, 3.3, 2.5, 2.9, '%', 'Similar', low],
    [...C09A, '2023/24', 231, 19.1, 17.1, 21.2, 20.1, 22.1, '%', 'Better', low],
    [...C14B, '2023/24', 410, 258.3, 233.6, 284.8, 176.5, 117, 'per 100,000', 'Worse', low],
    [...C18, '2023/24', null, 9.8, 6.4, 13.2, 11, 11.6, '%', 'Similar', low],
    [...C21, '2023/24', 920, 548, 513, 585, 478, 504, 'per 100,000', 'Worse', low],
    [...C27, '2023/24', null, 70.2, 66.8, 73.5, 70.3, 67.1, '%', 'Similar', high],
    [...D03C, '2023/24', 1310, 93.2, 91.8, 94.4, 92.9, 91.4, '%', 'Better', high],
  ];
  const section = (body: RawValue[][]): RawValue[][] => [['C. Health improvement'], HEADER, ...body];
  const sentenceOf = (r: ReturnType<typeof report>, name: string) =>
    r.narrative.text.split('\n').find((line) => line.startsWith(name.split(' - ')[0])) ?? '';

  /** The ways the narrative may set a figure beside the region's and England's averages, judged so. */
  const alike = (j: string, region: string, england: string) => [
    `It is ${j} the averages for the region (${region}) and England (${england}).`,
    `Against the averages, it is ${j} the region (${region}) and England (${england}).`,
    `It is ${j} both the regional average of ${region} and the England average of ${england}.`,
  ];
  const apart = (j1: string, region: string, j2: string, england: string) => [
    `It is ${j1} the average for the region (${region}) but ${j2} that for England (${england}).`,
  ];
  const expected: [readonly string[], readonly string[]][] = [
    [C04, alike('similar to', '2.5 per cent', '2.9 per cent')],
    [C09A, apart('similar to', '20.1 per cent', 'better than', '22.1 per cent')],
    [C14B, alike('worse than', '176.5 per 100,000', '117 per 100,000')],
    [C18, alike('similar to', '11 per cent', '11.6 per cent')],
    [C21, alike('worse than', '478 per 100,000', '504 per 100,000')],
    [C27, alike('similar to', '70.3 per cent', '67.1 per cent')],
    [D03C, apart('similar to', '92.9 per cent', 'better than', '91.4 per cent')],
  ];

  it('says "similar to" where the sheet says Similar or the average lies within the interval', () => {
    const r = report(grid(section(rows)));
    expect(r.items).toHaveLength(7);
    for (const [row, forms] of expected) {
      const sentence = sentenceOf(r, row[0]);
      expect([row[0], forms.some((f) => sentence.includes(f))]).toEqual([row[0], true]);
    }
    // The interval's columns are read: no warning that their figures are not (the Count column's stays).
    expect(said(r, 'figures-header-unknown')).toEqual(['At a glance!E6']);
    expect(said(r, 'comparison-disagrees')).toEqual([]);
  });

  it("cites the sheet's word and the interval's cells", () => {
    const r = report(grid(section(rows)));
    const c04 = r.narrative.context.find((s) => s.text.startsWith('C04'))!;
    const cells = c04.cells.map((c) => c.cell);
    // F7 the figure, G7:H7 its interval, I7 and J7 the averages, L7 the sheet's "Similar".
    expect(cells).toEqual(expect.arrayContaining(['F7', 'G7', 'H7', 'I7', 'J7', 'L7']));
  });

  it('warns, and judges neither way, where the sheet says Better of a figure worse than England', () => {
    const odd = rows.map((row) => [...row]);
    odd[4][11] = 'Better'; // C21: 548 admissions per 100,000 against England's 504, low is good.
    const r = report(grid(section(odd)));
    expect(said(r, 'comparison-disagrees')).toEqual(['At a glance!L11']);
    expect(sentenceOf(r, C21[0])).toContain('above that for England (504 per 100,000)');
  });

  it('warns that a comparison with no figures to set it beside is not read', () => {
    const noEngland = HEADER.map((h) => (h === 'Value (England)' ? 'Unit note' : h));
    const r = report(grid([['C. Health improvement'], noEngland, ...rows]));
    expect(said(r, 'comparison-no-benchmark')).toEqual(['At a glance!L6']);
  });

  it('does not read an interval beside figures for more than one period', () => {
    const two: RawValue[][] = [
      ['Indicator', 'Q1 2024/25', 'Q2 2024/25', 'Lower CI', 'Upper CI', 'England', 'Polarity'],
      ['Smoking prevalence', 10.1, 9.8, 6.4, 13.2, 11.6, 'Low is good'],
      ['Physically active adults', 69, 70.2, 66.8, 73.5, 67.1, 'High is good'],
    ];
    const r = report({ name: 'Profile', values: two });
    expect(said(r, 'comparison-columns-unread')).toEqual(['Profile!D1']);
    // Then the figures alone: 70.2 against England's 67.1, high is good.
    expect(r.narrative.text).toContain('better than the England average of 67.1');
  });
});

describe("a public health profile's figures over three years pooled", () => {
  // Deaths and births are given over three calendar years ("2021 - 23"), violence admissions over three
  // financial years ("2021/22 - 23/24"). Before, those rows' periods were not read, so their tables were
  // not: section E (infant mortality, preventable deaths, suicide) was said not to be read at all.
  // Worked by hand: each figure is for its own three years, named as such where the report is on a
  // later single year; E10's 13.7 [10.4, 17.8] holds the region's 11.5, and the sheet calls it Similar
  // to England's 10.7: similar to both, not "above the averages".
  const E01 = ['E01 - Infant mortality rate', '<1 yr', 'Persons'];
  const E10 = ['E10 - Suicide rate', '10+ yrs', 'Persons'];
  const B12A = ['B12a - Violent crime - hospital admissions for violence', 'All ages', 'Persons'];
  const sectionE: RawValue[][] = [
    ['E. Healthcare and premature mortality'],
    HEADER,
    [...E01, '2021 - 23', 18, 3.6, 2.1, 5.7, 3.6, 4.1, 'per 1,000', 'Similar', 'RAG - Low is good'],
    [...E10, '2021 - 23', 57, 13.7, 10.4, 17.8, 11.5, 10.7, 'per 100,000', 'Similar', 'RAG - Low is good'],
  ];
  const sentenceOf = (r: ReturnType<typeof report>, code: string) =>
    r.narrative.text.split('\n').find((line) => line.startsWith(code)) ?? '';

  it('reads each row over its three years, the report on them where every row is', () => {
    const r = report(grid(sectionE));
    expect(r.period?.label).toBe('2021 to 2023');
    expect(r.items.map((i) => [i.rating.current?.measure.cell, i.rating.current?.period.label])).toEqual([
      ['F7', '2021 to 2023'],
      ['F8', '2021 to 2023'],
    ]);
    expect(sentenceOf(r, 'E10')).toMatch(
      /similar to (?:the averages for )?the region \(11\.5 per 100,000\) and England/,
    );
  });

  it('names the three years of a figure in a report on a later year', () => {
    const b = sectionB('2023/24');
    b.push([...B12A, '2021/22 - 23/24', 95, 19.8, 16, 24.2, 32.6, 41.6, 'per 100,000', 'Better', 'RAG - Low is good']);
    const r = report(grid(b, sectionE));
    expect(r.period?.label).toBe('2023/24');
    expect(sentenceOf(r, 'B12a')).toContain('stood at 19.8 per 100,000 in 2021/22 to 2023/24');
    expect(sentenceOf(r, 'B01b')).not.toContain(' in 20');
    // Section E, every row for 2021 to 2023, gives each row's period as its own: its figures are
    // their latest, named so, not "no figure" for 2023/24.
    expect(sentenceOf(r, 'E10')).toContain('stood at 13.7 per 100,000 in 2021 to 2023');
    expect(said(r, 'table-period-missing')).toEqual([]);
  });

  it("gives the figure of a table's latest row its own period, as its earlier rows have theirs", () => {
    // Section B as Fingertips gives it: 2022/23 for two rows, 2021/22 to 2023/24 for B12a, the latest
    // of the table's but before the report's 2023/24 (section C's). Each row's figure is its latest,
    // named with its period: B12a's is not "no figure" while the rows before it are reported.
    const b = sectionB('2022/23');
    b.push([...B12A, '2021/22 - 23/24', 95, 19.8, 16, 24.2, 32.6, 41.6, 'per 100,000', 'Better', 'RAG - Low is good']);
    const r = report(grid(b, sectionC));
    expect(r.period?.label).toBe('2023/24');
    expect(sentenceOf(r, 'B03')).toContain('stood at 8 per cent in 2022/23');
    expect(sentenceOf(r, 'B12a')).toContain('stood at 19.8 per 100,000 in 2021/22 to 2023/24');
    expect(r.narrative.text).not.toContain('There is no figure for B12a');
  });
});

describe("a public health profile table whose latest row is before the report's period", () => {
  // The same without years pooled: a calendar year (2023, ending in December) after 2022/23 in one
  // table, and 2023/24 in another. Before, the 2023 row was "no figure" while the 2022/23 row beside
  // it was reported with its own year.
  const C04 = ['C04 - Low birth weight of term babies', '>=37 weeks', 'Persons'];
  it('reports each row with its own latest period', () => {
    const b = sectionB('2022/23');
    b.push([...C04, '2023', 37, 2.4, 1.8, 3.3, 2.5, 2.9, '%', 'Similar', 'RAG - Low is good']);
    const r = report(grid(b, sectionC));
    expect(r.period?.label).toBe('2023/24');
    const line = r.narrative.text.split('\n').find((l) => l.startsWith('C04')) ?? '';
    expect(line).toContain('stood at 2.4 per cent in 2023');
    expect(r.narrative.text).not.toContain('There is no figure for C04');
  });
});

describe('a public health profile giving one indicator on two rows, told apart by sex', () => {
  // Fingertips gives life expectancy for men and for women on rows of the same name, told apart by
  // the "Sex" column. Before, the repeated name read as an indicator on a row for each period, and the
  // table was not read. Worked by hand: two indicators, each named with its sex; polarity high is
  // good; men's 79.3 [78.8, 79.8] is below the region's 80.3 (outside the interval: worse) and
  // Similar to England's 79.1; women's 83.5 [83, 84] below the region's 84.1 (worse), Similar to 83.1.
  const A01B = ['A01b - Life expectancy at birth', 'All ages'];
  const sectionA: RawValue[][] = [
    ['A. Overarching indicators'],
    HEADER,
    [...A01B, 'Male', '2021 - 23', null, 79.3, 78.8, 79.8, 80.3, 79.1, 'Years', 'Similar', 'RAG - High is good'],
    [...A01B, 'Female', '2021 - 23', null, 83.5, 83, 84, 84.1, 83.1, 'Years', 'Similar', 'RAG - High is good'],
  ];

  it('reads each row as an indicator of its own, named with its sex, and says so', () => {
    const r = report(grid(sectionA));
    expect(r.items.map((i) => [i.indicator.name, i.rating.current?.measure.cell])).toEqual([
      ['A01b - Life expectancy at birth (Male)', 'F7'],
      ['A01b - Life expectancy at birth (Female)', 'F8'],
    ]);
    expect(said(r, 'names-qualified')).toEqual(['At a glance!C7:C8']);
    expect(said(r, 'periods-in-rows')).toEqual([]);
    const male = r.narrative.text.split('\n').find((l) => l.includes('(Male)')) ?? '';
    expect(male).toMatch(
      /worse than the average for the region \(80\.3[^)]*\) but similar to that for England \(79\.1/,
    );
  });

  it('still reads rows of one name for several periods as an indicator on a row for each', () => {
    // The Period column tells these apart: not a qualifier, but periods in rows, warned of as before.
    const byPeriod: RawValue[][] = [
      ['A. Overarching indicators'],
      HEADER,
      [...A01B, 'Male', '2020 - 22', null, 79.1, 78.6, 79.6, 80.1, 79.0, 'Years', 'Similar', 'RAG - High is good'],
      [...A01B, 'Male', '2021 - 23', null, 79.3, 78.8, 79.8, 80.3, 79.1, 'Years', 'Similar', 'RAG - High is good'],
    ];
    const r = report(grid(byPeriod));
    expect(said(r, 'names-qualified')).toEqual([]);
    expect(r.items).toEqual([]);
  });
});

describe('a column headed as a comparison that holds figures', () => {
  // "Compared with England" over the difference from England's figure (+1.2, -0.4): not the sheet's
  // word on each figure. Worked by hand: not read, and said so, naming the column; the figures are
  // then set beside England's as they stand.
  it('is not read, and says so', () => {
    const values: RawValue[][] = [
      ['Indicator', 'Period', 'Value', 'Value (England)', 'Compared with England'],
      ['Smoking prevalence in adults', '2023/24', 9.8, 11.6, -1.8],
      ['Physically active adults', '2023/24', 70.2, 67.1, 3.1],
    ];
    const r = report({ name: 'Profile', values });
    expect(said(r, 'comparison-columns-unread')).toEqual(['Profile!E1']);
    expect(r.items.every((i) => i.indicator.benchmarks.every((b) => b.compared === undefined))).toBe(true);
  });
});

describe("a public health profile's recent trend, as the sheet gives it", () => {
  // Fingertips gives each row's recent trend in words ("Increasing / Getting worse", "No significant
  // change", "Decreasing", "Could not be calculated"), worked out over the indicator's last five points, which the
  // profile does not give. With one figure a row the engine works out no trend of its own, so the
  // sheet's is said, its cell cited; where the engine has earlier figures, its own comparison stands.
  // Worked by hand from the Canterbury page's words.
  const TREND_HEADER = ['Indicator', 'Period', 'Count', 'Value', 'Value (England)', 'Unit', 'Recent trend', 'Polarity'];
  const C14B = 'C14b - Emergency hospital admissions for intentional self-harm';
  const C21N = 'C21 - Admission episodes for alcohol-related conditions (Narrow)';
  const C09AN = 'C09a - Reception prevalence of overweight (including obesity)';
  const C04N = 'C04 - Low birth weight of term babies';
  const E01N = 'E01 - Infant mortality rate';
  const section: RawValue[][] = [
    ['C. Health improvement'],
    TREND_HEADER,
    [C14B, '2023/24', 380, 245.1, 126.3, 'per 100,000', 'Increasing / Getting worse', 'RAG - Low is good'],
    [C21N, '2023/24', 920, 548, 504, 'per 100,000', 'No significant change', 'RAG - Low is good'],
    [C09AN, '2023/24', 231, 19.1, 22.1, '%', 'Decreasing and getting better', 'RAG - Low is good'],
    [C04N, '2023/24', 37, 2.4, 2.9, '%', 'Could not be calculated', 'RAG - Low is good'],
    [E01N, '2021 - 23', 18, 3.6, 4.1, 'per 1,000', 'Decreasing', 'RAG - Low is good'],
  ];
  const lineOf = (r: ReturnType<typeof report>, name: string) =>
    r.narrative.text.split('\n').find((line) => line.startsWith(name)) ?? '';

  it("says the sheet's recent trend where the engine has no earlier figure", () => {
    const r = report(grid(section));
    expect(lineOf(r, C14B)).toContain('stood at 245.1 per 100,000. Its recent trend is increasing and getting worse.');
    expect(lineOf(r, C21N)).toContain('stood at 548 per 100,000. Its recent trend shows no significant change.');
    expect(lineOf(r, C09AN)).toContain('stood at 19.1 per cent. Its recent trend is decreasing and getting better.');
    // A trend the sheet gives without judging it, as for a figure whose change is neither good nor bad.
    expect(lineOf(r, E01N)).toContain('stood at 3.6 per 1,000 in 2021 to 2023. Its recent trend is decreasing.');
    // "Could not be calculated" says no trend: nothing is said of one.
    expect(lineOf(r, C04N)).not.toMatch(/trend/i);
    // The trend's cell is cited with the figures: G7 for C14b.
    const c14b = r.narrative.context.find((s) => s.text.startsWith(C14B))!;
    expect(c14b.cells.map((c) => c.cell)).toEqual(expect.arrayContaining(['D7', 'E7', 'G7']));
  });

  it("keeps the engine's own comparison where the table gives earlier figures", () => {
    // Two quarters: 88 then 91, higher is better, so better than last quarter; the sheet's "Improving" is not said again.
    const r = report({
      name: 'KPIs',
      values: [
        ['Indicator', 'Polarity', 'Target', 'Q1 2024/25', 'Q2 2024/25', 'Direction of travel'],
        ['% of calls answered', 'Higher is better', 90, 88, 91, 'Improving'],
      ],
    });
    expect(r.narrative.text).toContain('better than 88 per cent last quarter');
    expect(r.narrative.text).not.toContain('direction of travel');
  });

  it('says a direction of travel given in a word beside one period', () => {
    // One quarter's figure: 91 against 90, higher is better, green; the sheet says "Improving".
    const r = report({
      name: 'KPIs',
      values: [
        ['Indicator', 'Polarity', 'Target', 'Q2 2024/25', 'DoT'],
        ['% of calls answered', 'Higher is better', 90, 91, 'Improving'],
        ['Average days to process a new claim', 'Lower is better', 20, 21, 'Worsening'],
      ],
    });
    expect(r.narrative.text).toContain(
      'Calls answered stood at 91 per cent, above the target of 90 per cent. Its direction of travel is improving.',
    );
    expect(r.narrative.text).toContain('Its direction of travel is worsening.');
  });
});
