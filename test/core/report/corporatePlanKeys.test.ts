/**
 * Corporate plan reports read since the sheet's own RAG was followed where no tolerance is stated,
 * modelled on Chorley's and Havering's quarterly reports. Worked by hand:
 *
 * Chorley (Q2 2024/25, a key with a 3% threshold, "Trajectory" for each quarter's target):
 * - affordable homes 42 against a trajectory of 50 (higher): 16% short, red; the sheet says Red;
 * - major planning in 13 weeks 86.5% against 90%: 3.9% short, beyond 3%, red; the sheet says Red;
 * - days lost to sickness 2.05 against 2 (lower): 2.5% over, within 3%, amber; the sheet says Amber;
 * - households in temporary accommodation "(contextual)": reported with its trend, not rated
 *   against its forecast of 190; the sheet's "n/a – contextual" says not rated too.
 *
 * The same report without its trajectories is on the year to date: planning 89% against 90% is 1.1%
 * short, amber by the usual 5%, as the year-to-date RAG says; the quarter's "Red" beside it speaks
 * for the quarter, not the year to date, and is neither followed nor a disagreement.
 *
 * Havering (a key with a scheme of its own: green within 10%; past it, amber where the figure has
 * improved on or matched Quarter 3 2023/24 and red where it has not): self-directed support 78%
 * against 90% is 13.3% short, past green; 76.5% in Q3 2023/24, so improved: amber, as the sheet says.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue } from '../../../src/core/values/types';

const chorley = (trajectory: boolean): RawValue[][] => [
  ['Corporate Strategy Performance Report – Quarter 2 2024/25 (1 July to 30 September 2024)'],
  trajectory
    ? [
        'Green = on or above trajectory. Amber = worse than trajectory but within the 3% threshold. Red = worse than trajectory and outside the 3% threshold.',
      ]
    : [],
  [],
  [
    'Ref',
    'Indicator',
    'Polarity',
    ...(trajectory ? ['Quarter 2 2024/25'] : []),
    'Quarter 2 2024/25',
    'Quarter 2 2024/25',
    'Year to date (Apr–Sep)',
    'Year to date (Apr–Sep)',
    'Year to date (Apr–Sep)',
  ],
  ['Ref', 'Indicator', 'Polarity', 'Actual', ...(trajectory ? ['Trajectory'] : []), 'RAG', 'Actual', 'Target', 'RAG'],
  [
    'CS1',
    'Number of affordable homes delivered',
    'Bigger is better',
    42,
    ...(trajectory ? [50] : []),
    'Red',
    101,
    100,
    'Green',
  ],
  [
    'CS2',
    '% of major planning applications determined within 13 weeks',
    'Bigger is better',
    0.865,
    ...(trajectory ? [0.9] : []),
    'Red',
    0.89,
    0.9,
    'Amber',
  ],
  [
    'CS3',
    'Average working days lost to sickness per FTE',
    'Smaller is better',
    2.05,
    ...(trajectory ? [2] : []),
    'Amber',
    4.3,
    4,
    'Red',
  ],
  [
    'CS5',
    'Number of households in temporary accommodation (contextual)',
    'Smaller is better',
    212,
    ...(trajectory ? [190] : []),
    'n/a – contextual',
    null,
    null,
    null,
  ],
];

const codes = (r: ReturnType<typeof buildReport>, code: string) =>
  r.issues.filter((i) => i.code === code).map((i) => i.cell);

describe("a key's threshold and a trajectory for each quarter", () => {
  const r = buildReport([{ name: 'Corporate Strategy Q2', values: chorley(true) }], parseConfig({}));

  it("rates the quarter against its trajectory, amber within the key's 3%", () => {
    expect(r.period?.label).toBe('Q2 2024/25');
    expect(r.items.map((i) => [i.indicator.id, i.rating.rag, i.indicator.target?.value ?? null])).toEqual([
      ['CS1', 'red', 50],
      ['CS2', 'red', 90],
      ['CS3', 'amber', 2],
      ['CS5', 'none', null],
    ]);
    expect(r.items[2].indicator.tolerance).toEqual({ type: 'relative', value: 0.03 });
    expect(codes(r, 'tolerance-from-key')).toEqual(['A2']);
  });

  it('agrees with the sheet everywhere, and reports the contextual measure with its trend', () => {
    expect(codes(r, 'rag-disagrees')).toEqual([]);
    expect(codes(r, 'rag-band-from-sheet')).toEqual([]);
    expect(codes(r, 'sheet-rag-unreadable')).toEqual([]);
    expect(r.items[3].sheetRag?.rag).toBe('none');
    expect(codes(r, 'contextual-not-rated')).toEqual(['C9']);
    expect(r.issues.map((i) => i.code)).not.toContain('polarity-conflict');
    expect(r.narrative.context.map((i) => i.indicatorId)).toEqual(['CS5']);
    expect(r.narrative.context[0].text).toContain('stood at 212');
  });
});

describe("the year to date's own RAG", () => {
  const r = buildReport([{ name: 'Corporate Strategy Q2', values: chorley(false) }], parseConfig({}));

  it("speaks for the year to date: the quarter's RAG beside it is neither followed nor a disagreement", () => {
    expect(r.period?.label).toBe('Q2 2024/25 year to date');
    const planning = r.items.find((i) => i.indicator.id === 'CS2')!;
    expect(planning.rating.rag).toBe('amber');
    expect(planning.sheetRag?.cell).toBe('H7');
    expect(codes(r, 'rag-band-from-sheet')).toEqual([]);
    expect(codes(r, 'rag-disagrees')).toEqual([]);
  });
});

describe('a key against the plan', () => {
  // A housing scorecard: "Amber = within 10% of plan; Red = more than 10% from plan" beside a "Plan
  // 2024/25" column. Void re-lets, 27 days against 25 (lower), 8% over: amber within the key's 10%.
  const values: RawValue[][] = [
    ['Housing Services performance – Quarter 3 2024/25'],
    ['Amber = within 10% of plan; Red = more than 10% from plan'],
    [],
    ['Ref', 'Measure', 'Aim', 'Plan 2024/25', 'Q2 2024/25', 'Q3 2024/25', 'Status'],
    ['H2', 'Average days to re-let void homes', 'Minimise', 25, 31, 27, 'Amber'],
  ];
  const r = buildReport([{ name: 'Housing Q3', values }], parseConfig({}));

  it('is read as the tolerance', () => {
    expect(r.items[0].indicator.tolerance).toEqual({ type: 'relative', value: 0.1 });
    expect(r.items[0].rating.rag).toBe('amber');
    expect(codes(r, 'tolerance-from-key')).toEqual(['A2']);
    expect(codes(r, 'rag-band-from-sheet')).toEqual([]);
  });
});

describe('a key that rates by a scheme of its own', () => {
  const values: RawValue[][] = [
    ['Corporate Performance Report – Quarter 3 2024/25'],
    [
      'RAG key: Green = on or within 10% of the Quarter 3 target. Amber = more than 10% off the Quarter 3 target and performance has improved or been maintained compared with Quarter 3 2023/24. Red = more than 10% off the Quarter 3 target and performance has not improved.',
    ],
    [],
    ['Ref', 'Indicator', 'Good performance is', 'Q3 Target', 'Q3 2024/25 Performance', 'RAG', 'Q3 2023/24 Performance'],
    ['CPI 6', '% of adult social care users receiving self-directed support', 'Higher', 0.9, 0.78, 'Amber', 0.765],
  ];
  const r = buildReport([{ name: 'Q3 Corporate PIs', values }], parseConfig({}));

  it('is followed, said once, and agrees with the sheet', () => {
    expect(codes(r, 'rag-key-scheme')).toEqual(['A2']);
    expect(codes(r, 'rag-key-differs')).toEqual([]);
    expect(r.items[0].rating.rag).toBe('amber');
    expect(codes(r, 'rag-band-from-sheet')).toEqual([]);
    expect(codes(r, 'rag-disagrees')).toEqual([]);
  });
});

describe("a key's scheme, for a figure past green with no earlier figure to compare", () => {
  // 80 % against 95 % is 15.8 % short, past the key's 10 %; last year's cell says 'n/a': red, said so.
  const values: RawValue[][] = [
    ['Corporate Performance Report – Quarter 3 2024/25'],
    [
      'RAG key: Green = on or within 10% of the Quarter 3 target. Amber = more than 10% off the Quarter 3 target and performance has improved or been maintained compared with Quarter 3 2023/24. Red = more than 10% off the Quarter 3 target and performance has not improved.',
    ],
    [],
    ['Ref', 'Indicator', 'Good performance is', 'Q3 Target', 'Q3 2024/25 Performance', 'Q3 2023/24 Performance'],
    ['R3', '% of undisputed invoices paid within 30 days', 'Higher', 0.95, 0.8, 'n/a'],
  ];
  const r = buildReport([{ name: 'Q3 Corporate PIs', values }], parseConfig({}));

  it('is red, and the warning says what the earlier cell holds', () => {
    expect(r.items[0].rating.rag).toBe('red');
    const said = r.issues.find((i) => i.code === 'key-scheme-uncompared');
    expect(said?.cell).toBe('E5');
    expect(said?.message).toContain("there is none for Q3 2023/24 (F5 holds 'n/a')");
  });
});

describe("a key's scheme by direction, for a target range", () => {
  // Occupancy within 85–95 % is green; 70 % is 17.6 % below the range's foot, past the key's 10 %;
  // 65 % last year, nearer the range now: amber by the key. The copy's formulas do not judge a
  // range's direction, so the cell is left to the report rather than coloured otherwise.
  const values: RawValue[][] = [
    ['Corporate Performance Report – Quarter 3 2024/25'],
    [
      'RAG key: Green = on or within 10% of the Quarter 3 target. Amber = more than 10% off the Quarter 3 target and performance has improved or been maintained compared with Quarter 3 2023/24. Red = more than 10% off the Quarter 3 target and performance has not improved.',
    ],
    [],
    [
      'Ref',
      'Indicator',
      'Good performance is',
      'Target lower',
      'Target upper',
      'Q3 2024/25 Performance',
      'Q3 2023/24 Performance',
    ],
    ['R9', '% occupancy of extra care housing', 'Within range', 0.85, 0.95, 0.7, 0.65],
  ];
  const r = buildReport([{ name: 'Q3 Corporate PIs', values }], parseConfig({}));

  it('is rated by the key in the report, and given no live colour that would differ', () => {
    expect(r.items[0].indicator.polarity).toBe('band');
    expect(r.items[0].rating.rag).toBe('amber');
    expect(r.formatPlan.blocks).toEqual([]);
  });
});
