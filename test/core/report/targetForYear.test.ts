/**
 * North Herts' quarterly performance indicators give "Working days lost due to short-term sickness
 * absence per FTE employee" for each quarter (1.02, 0.98, 1.21), the year to date (3.21: the three
 * added up) and a "2024/25 Target" of 4.0 days, which is for the whole year. The quarter's 1.21 was
 * rated green against 4.0, where the sheet says amber: a part of the year held against the whole.
 * It is now not rated, with a warning, until the sheet gives a target for the quarter or to date. The
 * answers below were worked out by hand before the engine was run.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import { reportToJson } from '../../../src/core/report/toJson';
import type { RawValue, SheetGrid } from '../../../src/core/values/types';

const HEADER = [
  'Ref',
  'Performance Indicator',
  'Good performance',
  'Q1 2024/25',
  'Q2 2024/25',
  'Q3 2024/25',
  'Year to date',
  '2024/25 Target',
  'Status',
];

const SICKNESS = [
  'BV 12a',
  'Working days lost due to short-term sickness absence per FTE employee',
  'Low',
  1.02,
  0.98,
  '1.21 (p)',
  3.21,
  4,
  'Amber',
];
const INSPECTIONS = [
  'LI 034',
  'Percentage of Environmental Health programmed inspections completed',
  'High',
  0.88,
  0.91,
  0.93,
  0.91,
  0.95,
  'Amber',
];
const BINS = ['LI 041', 'Number of missed bin collections per 100,000 collections', 'Low', 38, 41, 52, 44, 45, 'Red'];

// The sheet keeps days to two decimals, percentages as fractions under '0.0%' and counts whole, as North Herts shows them.
const formatOf = (row: readonly RawValue[]) =>
  row.map((v) => (typeof v !== 'number' ? null : row === SICKNESS ? '0.00' : row === INSPECTIONS ? '0.0%' : '0'));
const grid = (header: readonly string[], rows: readonly (readonly RawValue[])[]): SheetGrid => ({
  name: 'Q3 PIs',
  values: [['Q3 PERFORMANCE INDICATORS 2024/25'], [], [], [...header], ...rows.map((r) => [...r])],
  formats: [[], [], [], [], ...rows.map(formatOf)],
});

describe('a figure for a quarter that is a part of the year, against a target for the whole year', () => {
  it('is not rated, and says why, while the figures that do not add up are rated as before', () => {
    const r = buildReport([grid(HEADER, [SICKNESS, INSPECTIONS, BINS])], parseConfig({}));
    expect(r.period?.label).toBe('Q3 2024/25');
    // Sickness: 1.02 + 0.98 + 1.21 = 3.21, the year to date: not rated against 4.0 for the year.
    // Inspections: 93 against 95 (higher), 2.1 % short: amber; their year to date (91) is no sum.
    // Missed bins: 52 against 45 (lower), 15.6 % over: red; 38 + 41 + 52 = 131, not 44.
    expect(r.items.map((i) => [i.indicator.id, i.rating.rag, i.rating.status])).toEqual([
      ['BV 12a', 'none', 'no-target'],
      ['LI 034', 'amber', 'rated'],
      ['LI 041', 'red', 'rated'],
    ]);
    const warned = r.issues.filter((i) => i.code === 'target-for-year');
    expect(warned.map((w) => [w.severity, w.sheet, w.cell])).toEqual([['warning', 'Q3 PIs', 'H5']]);
    expect(warned[0].message).toContain("its target is for the whole year ('2024/25 Target')");
    expect(warned[0].message).toContain('D5 + E5 + F5 make the year to date in G5');
    const json = reportToJson(r);
    expect(json.indicators[0].targetUnusable).toEqual({ cell: 'H5', shown: '4', reason: 'for-the-year' });
    expect(r.narrative.text).toContain(
      'One indicator is not rated until its target is checked: Working days lost due to short-term sickness absence per FTE employee.',
    );
    expect(r.narrative.text).toContain("It is not rated: its target is for the whole year ('4' in H5)");
    // The sheet's Amber is not ours: said once, without "not rated" twice.
    const differs = r.issues.filter((i) => i.code === 'rag-disagrees' && i.cell === 'I5');
    expect(differs).toHaveLength(1);
    expect(differs[0].message).toContain('by the rules here it is not rated: the target in H5 is for the whole year');
    expect(differs[0].message).not.toContain('not rated (not rated');
  });

  it('is rated against a target the header does not give the year, as the sheet may mean a quarterly one', () => {
    const header = HEADER.map((h) => (h === '2024/25 Target' ? 'Target' : h));
    const r = buildReport([grid(header, [SICKNESS])], parseConfig({}));
    // 1.21 against 4 (lower is better): green.
    expect(r.items[0].rating.rag).toBe('green');
    expect(r.issues.filter((i) => i.code === 'target-for-year')).toEqual([]);
  });

  it("is rated against the quarter's own target when the sheet gives one beside the year's", () => {
    const header = [...HEADER.slice(0, 8), 'Q3 target', 'Status'];
    const rows = [[...SICKNESS.slice(0, 8), 1, 'Amber']];
    const r = buildReport([grid(header, rows)], parseConfig({}));
    // 1.21 against the quarter's target of 1 (lower is better), 21 % over: red.
    expect([r.items[0].rating.rag, r.items[0].indicator.target?.value]).toEqual(['red', 1]);
    expect(r.issues.filter((i) => i.code === 'target-for-year')).toEqual([]);
  });

  it("holds a cumulative measure's quarter, the year so far, to the same rule: not rated against the whole year's target", () => {
    // 3.21 days to Q3 against 4 for the year, lower is better: the fourth quarter decides whether it
    // ends green, amber or red (the sheet says amber). Not rated, where it was green with a caveat.
    const rows = [['BV 12a', 'Days lost to sickness per FTE (cumulative)', 'Low', 1.02, 2.0, 3.21, 3.21, 4, 'Amber']];
    const r = buildReport([grid(HEADER, rows)], parseConfig({}));
    expect([r.items[0].rating.rag, r.items[0].rating.status]).toEqual(['none', 'no-target']);
    const issue = r.issues.find((i) => i.code === 'target-for-year');
    expect(issue).toMatchObject({ sheet: 'Q3 PIs', cell: 'H5' });
    expect(issue?.message).toContain(
      "its figure in F5 is cumulative, the year so far at Q3 2024/25, only a part of the year's",
    );
    expect(r.issues.map((i) => i.code)).not.toContain('cumulative-annual-target');
  });

  it('holds days lost to sickness to it however the name puts them, "average" or not', () => {
    // A corporate health report's "Average days lost per employee … (cumulative in year)": 3.21 to Q3
    // against 4 for the year adds up as days lost do. An average wait ("Average void time") would not.
    const rows = [
      [
        'HR01',
        'Average days lost per employee to sickness absence (cumulative in year)',
        'Low',
        1.02,
        2.0,
        3.21,
        3.21,
        4,
        'Amber',
      ],
    ];
    const r = buildReport([grid(HEADER, rows)], parseConfig({}));
    expect([r.items[0].rating.rag, r.items[0].rating.status]).toEqual(['none', 'no-target']);
    expect(r.issues.map((i) => i.code)).toContain('target-for-year');
  });

  it('rates a cumulative measure at the year end against the whole year, and one already past a higher-is-better target', () => {
    const header = [
      'Ref',
      'Indicator',
      'Good performance',
      'Q1 2024/25',
      'Q2 2024/25',
      'Q3 2024/25',
      'Q4 2024/25',
      'Annual target',
    ];
    const untitled = (h: readonly string[], row: readonly RawValue[]): SheetGrid => ({
      name: 'PIs',
      values: [[...h], [...row]],
    });
    const yearEnd = buildReport(
      [untitled(header, ['H1', 'Homes delivered (cumulative)', 'High', 50, 110, 160, 230, 220])],
      parseConfig({}),
    );
    // Q4 is the year's end: 230 against 220, green.
    expect([yearEnd.period?.label, yearEnd.items[0].rating.rag]).toEqual(['Q4 2024/25', 'green']);
    const settled = buildReport(
      [
        untitled(header.slice(0, 6).concat('Annual target'), [
          'H1',
          'Homes delivered (cumulative)',
          'High',
          50,
          110,
          230,
          220,
        ]),
      ],
      parseConfig({}),
    );
    // 230 at Q3 against 220 for the year: it can only grow, so it is green already.
    expect([settled.period?.label, settled.items[0].rating.rag]).toEqual(['Q3 2024/25', 'green']);
    expect(settled.issues.map((i) => i.code)).not.toContain('target-for-year');
  });

  it('reads months too: April to June adding up to the year to date, against an annual target', () => {
    const header = ['Measure', 'Polarity', 'Apr-24', 'May-24', 'Jun-24', 'YTD', 'Annual target'];
    const rows = [
      ['Number of complaints escalated to stage 2', 'Lower', 4, 6, 5, 15, 40],
      ['Average days to process a claim', 'Lower', 20, 22, 24, 22, 21],
    ];
    const r = buildReport([grid(header, rows)], parseConfig({}));
    expect(r.period?.label).toBe('June 2024');
    // 4 + 6 + 5 = 15: not rated. 24 against 21 (lower), 14.3 % over: red.
    expect(r.items.map((i) => [i.rating.rag, i.rating.status])).toEqual([
      ['none', 'no-target'],
      ['red', 'rated'],
    ]);
    expect(r.issues.filter((i) => i.code === 'target-for-year').map((i) => i.cell)).toEqual(['G5']);
  });
});

/**
 * Rushcliffe's Q3 2017/18 performance report gives one column of figures, "Q3 2017/18 YTD", beside
 * an "Annual Target": 192 homelessness preventions against 230 for the year was rated red, where
 * the council's own Q3 target (about 172) made it green. The first two rows are Rushcliffe's; the
 * other two are modelled on them. The answers were worked out by hand before the engine was run.
 */
describe('the year so far, the only figures given, against a target for the whole year', () => {
  const values: RawValue[][] = [
    ['Code', 'Indicator', 'Q3 2017/18 YTD', 'Annual Target', 'Polarity'],
    ['LINS26', 'Number of successful homelessness preventions', 192, 230, 'Higher'],
    ['LIFCS14', 'Value of income generated (Investment Strategy) £', 89300, 37100, 'Higher'],
    ['LINS30', 'Number of missed bin collections', 520, 500, 'Lower'],
    ['LICS05', 'Percentage of calls answered', 0.91, 0.9, 'Higher'],
  ];
  const formats = values.map((row) => row.map((v, i) => (i > 1 && typeof v === 'number' && v < 1 ? '0%' : null)));
  const r = buildReport([{ name: 'Q3 KPIs', values, formats }], parseConfig({}));

  it('leaves a count unrated unless its figure already settles the year, and rates a percentage', () => {
    expect(r.period?.label).toBe('Q3 2017/18 year to date');
    // Preventions: 192 of 230 with a quarter to go: not rated. Income: £89,300 already above £37,100,
    // and it can only grow: green. Missed bins: 520 already above the year's 500 (lower is better) will
    // end amber or red, as the last quarter decides: not rated. Calls: 91 % against 90 %: green.
    expect(r.items.map((i) => [i.indicator.id, i.rating.rag, i.rating.status])).toEqual([
      ['LINS26', 'none', 'no-target'],
      ['LIFCS14', 'green', 'rated'],
      ['LINS30', 'none', 'no-target'],
      ['LICS05', 'green', 'rated'],
    ]);
    const warned = r.issues.filter((i) => i.code === 'target-for-year');
    expect(warned.map((w) => w.cell)).toEqual(['D2', 'D4']);
    expect(warned[0].message).toContain(
      "its figure in C2 is for the Q3 2017/18 year to date, only a part of the year's",
    );
  });

  it('says why the year so far is reported on, and does not call the column one never reported on', () => {
    const codes = r.issues.map((i) => i.code);
    expect(codes).toContain('period-year-to-date');
    expect(codes).not.toContain('period-chosen-sparse');
    expect(codes).not.toContain('ytd-column');
  });
});

describe("a plain 'Target' that the service's comment says is the year's", () => {
  // A council plan's monthly place indicators: jobs created (cumulative), 228 at December against a
  // plain "Target" of 300, with the comment "Annual target 300; on profile (225 at end of December)".
  // It was red in the headline; the sheet said green.
  const values = [
    ['Council Plan 2023/24 – Quarter 3 performance report'],
    ['Code', 'Indicator', 'Good is', 'Oct', 'Nov', 'Dec', 'Target', 'Comment'],
    [
      'PL02',
      'Jobs created through council business support (cumulative)',
      'Higher',
      172,
      201,
      228,
      300,
      'Annual target 300; on profile (225 at end of December)',
    ],
    [
      'PL03',
      'Business rates collected (cumulative %)',
      'Higher',
      66.2,
      75.2,
      84.1,
      84.5,
      'Target is the December profile',
    ],
  ];
  const r = buildReport([{ name: 'Place', values }], parseConfig({}));

  it('is not rated against the year so far, and says so quoting the comment', () => {
    expect(r.items.map((i) => [i.indicator.id, i.rating.rag, i.rating.status])).toEqual([
      ['PL02', 'none', 'no-target'],
      // 84.1 against December's profile of 84.5: amber.
      ['PL03', 'amber', 'rated'],
    ]);
    const issue = r.issues.find((i) => i.code === 'target-for-year');
    expect(issue).toMatchObject({ cell: 'G3' });
    expect(issue?.message).toContain("its target is for the whole year ('Annual target 300");
  });
});

/**
 * A school term's rate of events against the school year's target. Suspensions per 100 pupils build
 * up over the year (9.8 in 2022/23): the autumn term's 4.1 is about a third of a year's, not green
 * against 9.0 for the year, nor an improvement on 9.8. Persistent absence, a share of pupils, is
 * held to the year's target as it stands: 19.6 % against 19 %, 3 % over, amber.
 */
describe("a term's figure against the school year's target", () => {
  const sheet: SheetGrid = {
    name: 'Education',
    values: [
      ['Ref', 'Measure', 'Polarity', '2021/22', '2022/23', 'Autumn term 2023/24', '2023/24 target'],
      ['EO5', 'Persistent absence – all pupils (%)', 'Lower', 22.5, 21.3, 19.6, 19],
      ['EO6', 'Suspensions – rate per 100 pupils', 'Lower', 8.9, 9.8, 4.1, 9],
    ],
  };
  const report = buildReport([sheet], parseConfig({ period: 'autumn term 2023/24' }));
  const [absence, suspensions] = report.items;

  it('does not rate a rate that adds up over the year, and says why', () => {
    expect([suspensions.rating.rag, suspensions.rating.status]).toEqual(['none', 'no-target']);
    expect(report.issues).toContainEqual(
      expect.objectContaining({ code: 'target-for-year', sheet: 'Education', cell: 'G3' }),
    );
  });

  it("does not compare it with last year's whole-year figure", () => {
    expect(suspensions.rating.longTerm).toBeNull();
  });

  it('rates a share against the year target as it stands', () => {
    expect(absence.rating.rag).toBe('amber');
  });
});

/**
 * A Better Care Fund table with no figure for the year: falls admissions of people aged 65 and over,
 * 498.2 and 541.7 per 100,000 in the first two quarters, against a plan for 2023/24 of 2,050. The
 * plan is some four quarters' worth: the quarter's 541.7 was green against it, where the sheet says
 * "not on track". Worked by hand: not rated. Avoidable admissions, 186.5 against 180 a quarter, 3.6 %
 * over: amber, as before. A share is held to the year's target as it stands.
 */
describe("a quarter's figure against a target many times it, with no figure for the year", () => {
  const sheet: SheetGrid = {
    name: 'BCF',
    values: [
      ['Ref', 'Metric', 'Target 2023/24', 'Q1 2023/24', 'Q2 2023/24'],
      ['BCF1', 'Avoidable admissions (per 100,000 population)', 180, 176.2, 186.5],
      ['BCF2', 'Emergency hospital admissions due to falls, aged 65+ (per 100,000 population)', 2050, 498.2, 541.7],
      ['BCF3', 'Discharge to usual place of residence (%)', 92.5, 92.1, 91.8],
    ],
  };
  const report = buildReport([sheet], parseConfig({}));
  const [avoidable, falls, discharge] = report.items;

  it('does not rate it, and says the target is many times each figure so far', () => {
    expect([falls.rating.rag, falls.rating.status]).toEqual(['none', 'no-target']);
    const issue = report.issues.find((i) => i.code === 'target-for-year');
    expect(issue).toMatchObject({ sheet: 'BCF', cell: 'C3' });
    expect(issue?.message).toContain('at 2,050 it is many times each figure so far (D3, E3)');
    expect(reportToJson(report).indicators[1].reason).toContain("it is many times each period's figure");
  });

  it('rates a target on the scale of the figures, and a share, as before', () => {
    expect(avoidable.rating.rag).toBe('amber');
    expect(discharge.rating.rag).toBe('amber');
  });
});
