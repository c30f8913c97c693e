/**
 * A target for the year to date beside quarters and a year-to-date column, and an annual target
 * beside it: a corporate report's "Growing Economy" table, "Q1 | Q2 | Q3 | YTD 2024/25 | Annual
 * target 2024/25 | YTD target". Its counts are the quarter's own (42, 38, 51 start-ups), their year
 * to date 131 against 120. Rated on the quarter, 51 against 120 was red. The year to date the sheet
 * gives is what the target is for, where the quarters so far add up to it.
 *
 * Worked by hand, Q3 2024/25, tolerance 5 %:
 * - ECO1 start-ups: 42 + 38 + 51 = 131 in G5, against 120 to date: green, rated on G5, with a note;
 * - ECO2 jobs: 85 + 60 + 40 = 185 in G6, against 225 to date (amber down to 213.75): red;
 * - ECO4 market visitors: 30 + 20 + 25 = 75, but the year to date says 90: it is not the sum, so
 *   Q3's 25 is not rated, with a warning naming the target I7 and the year to date G7;
 * - ECO5 grants: no Q1 figure, 20 + 25 = 45 in G8: the year so far is not all there, so not rated;
 * - ECO3 vacancy rate (minimise): 15.1 % against the year's 13.5 %, edge 14.175: red, as before;
 * - ECO8 funding (£m, cumulative, its name says): 5.9 so far against 4.5 to date: green.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue } from '../../../src/core/values/types';

/** The months of a report on September 2024, as monthly scorecards head them. */
const months = ['April 2024', 'May 2024', 'June 2024', 'July 2024', 'August 2024', 'September 2024'];

const values: RawValue[][] = [
  ['Corporate Performance Report – Growing Economy'],
  ['Quarter 3 2024/25 (October – December 2024)'],
  [],
  ['Code', 'Indicator', 'Aim', 'Q1', 'Q2', 'Q3', 'YTD 2024/25', 'Annual target 2024/25', 'YTD target'],
  ['ECO1', 'New business start-ups supported by the council', 'Maximise', 42, 38, 51, 131, 160, 120],
  ['ECO2', 'Jobs created or safeguarded through council support', 'Maximise', 85, 60, 40, 185, 300, 225],
  ['ECO4', 'Visitors to the covered market (thousands)', 'Maximise', 30, 20, 25, 90, 110, 80],
  ['ECO5', 'Business grants awarded', 'Maximise', null, 20, 25, 45, 60, 40],
  ['ECO3', 'Town centre vacancy rate (%)', 'Minimise', 14.2, 14.6, 15.1, null, 13.5, null],
  ['ECO8', 'External funding secured for regeneration (£m, cumulative)', 'Maximise', 1.2, 3.4, 5.9, 5.9, 6, 4.5],
];

describe("a target for the year to date beside a quarter's own figure", () => {
  const report = buildReport([{ name: 'Growing Economy', values }], parseConfig({}));
  const item = (id: string) => report.items.find((i) => i.indicator.id === id)!;
  const rag = (id: string) => item(id).rating.rag;
  const { performingWell, areasForFocus, check } = report.narrative;
  const said = (id: string) =>
    [...performingWell, ...areasForFocus, ...(check ?? [])].find((i) => i.indicatorId === id)!;

  it('is rated on the year to date the sheet gives, where the quarters so far add up to it', () => {
    expect(report.period?.label).toBe('Q3 2024/25');
    expect([rag('ECO1'), item('ECO1').rating.current?.measure.cell]).toEqual(['green', 'G5']);
    expect([rag('ECO2'), item('ECO2').rating.current?.measure.cell]).toEqual(['red', 'G6']);
    const note = report.issues.find((i) => i.code === 'rated-to-date' && i.cell === 'G5');
    expect(note).toMatchObject({ severity: 'info', sheet: 'Growing Economy' });
    expect(note?.message).toContain("rather than on Q3 2024/25's own figure (F5)");
    expect(note?.message).toContain('(D5, E5, F5) add up to it');
    expect(said('ECO1').text).toBe(
      'New business start-ups supported by the council (ECO1) stood at 131 in the year to date (51 in Q3 2024/25). It is above the year-to-date target of 120. The figure for Q3 2024/25 is better than 38 last quarter.',
    );
    expect(said('ECO1').cells.map((c) => c.cell)).toEqual(['G5', 'F5', 'I5', 'E5']);
    expect(report.narrative.text).toContain(
      'Jobs created or safeguarded through council support (ECO2): 185 against a year-to-date target of 225.',
    );
    // The column is no longer "never reported on": the warning says how many are rated on it.
    const column = report.issues.find((i) => i.code === 'ytd-column');
    expect(column?.message).toContain('2 indicators whose targets are for the year to date are rated on it');
  });

  it('is not rated where the year to date is not the sum of every quarter so far, and says where it is', () => {
    expect(rag('ECO4')).toBe('none');
    expect(rag('ECO5')).toBe('none');
    const issue = report.issues.find((i) => i.code === 'target-to-date' && i.cell === 'I7');
    expect(issue?.message).toContain("25 in F7, Q3 2024/25's figure, is the period's own");
    expect(issue?.message).toContain('the year to date is in G7');
    expect(report.issues.filter((i) => i.code === 'target-to-date').map((i) => i.cell)).toEqual(['I7', 'I8']);
    expect(said('ECO4').text).toContain(
      "It is not rated: its target is for the year to date ('80' in I7), but this figure is the period's own — please check it against the year to date in G7.",
    );
  });

  it('still rates a rate against the annual target, and a cumulative measure against the target to date', () => {
    expect(rag('ECO3')).toBe('red');
    expect(rag('ECO8')).toBe('green');
    expect(item('ECO8').rating.current?.measure.cell).toBe('F10');
  });
});

/**
 * The same under a "Target to date" header, month by month (a district's environment and customer
 * services monitoring at Month 6, "Apr … Sep | YTD | Target to date | Annual target 2024/25").
 * Worked by hand, September 2024, tolerance 5 %:
 * - ENV02 residual waste (kg, lower): the months add up to 227.1, the sheet's 227 to the kilogram it
 *   shows; against 222 to date (amber up to 233.1): amber, not the month's 37 kg against 222 (green);
 * - CUS03 online contacts: 1,180 + 1,242 + 1,198 + 1,305 + 1,276 + 1,234 (provisional) = 7,435,
 *   against 7,200: green, not September's 1,234 against 7,200 (red);
 * - PLN02 enforcement cases closed: the months add up to 276, the sheet says 267: not rated, the
 *   warning giving both;
 * - CUS01 calls answered (a share, which does not add up): 79.3 % to date against 80 %: amber.
 */
describe("a target headed 'Target to date' beside each month's own figure", () => {
  const monthly: RawValue[][] = [
    ['Environment and Customer Services Performance Monitoring 2024/25'],
    ['Month 6: April – September 2024'],
    [],
    ['Ref', 'Indicator', 'Good is', ...months, 'YTD', 'Target to date', 'Annual target 2024/25'],
    ['ENV02', 'Residual household waste per household (kg)', 'Low', 38.2, 36.9, 37.5, 39.1, 38.4, 37, 227, 222, 445],
    [
      'CUS03',
      'Number of customer contacts via online forms',
      'High',
      1180,
      1242,
      1198,
      1305,
      1276,
      '1,234 (p)',
      7435,
      7200,
      15000,
    ],
    ['PLN02', 'Number of planning enforcement cases closed', 'High', 45, 52, 38, 47, 50, 44, 267, 270, 540],
    [
      'CUS01',
      'Percentage of calls answered within 60 seconds',
      'High',
      0.78,
      0.81,
      0.84,
      0.8,
      0.76,
      0.77,
      0.793,
      0.8,
      0.8,
    ],
  ];
  const r = buildReport([{ name: 'Month 6', values: monthly }], parseConfig({}));
  const item = (id: string) => r.items.find((i) => i.indicator.id === id)!;

  it('rates the year to date against it where the months add up to it, and a share on its year to date', () => {
    expect(r.period?.label).toBe('September 2024');
    const rated = ['ENV02', 'CUS03', 'CUS01'].map((id) => [item(id).rating.rag, item(id).rating.current?.measure.cell]);
    expect(rated).toEqual([
      ['amber', 'J5'],
      ['green', 'J6'],
      ['amber', 'J8'],
    ]);
    expect(r.narrative.text).toContain(
      'Customer contacts via online forms (CUS03) stood at 7,435 in the year to date (1,234 in September 2024, provisional). It is above the year-to-date target of 7,200.',
    );
    const share = r.issues.find((i) => i.code === 'rated-to-date' && i.cell === 'J8');
    expect(share?.message).toContain('a share or an average, its year to date is not the sum of its periods');
  });

  it('does not rate a count whose months do not add up to the year to date, and says by how much', () => {
    expect(item('PLN02').rating.rag).toBe('none');
    const w = r.issues.find((i) => i.code === 'target-to-date');
    expect(w?.cell).toBe('K7');
    expect(w?.message).toContain(
      'the year to date is in J7, but the figures of the year so far (D7, E7, F7, G7, H7, I7) add up to 276, not 267',
    );
  });
});

/**
 * A name that says "(cumulative)" where the sheet's own year to date is the sum of the quarters: a
 * council plan's "Working days lost to sickness per FTE (cumulative)", 2.1, 2.3 and 2.6 days in the
 * quarters, 7.0 in "Year to date", against a "Profiled target to date" of 6.75 (lower is better). The
 * quarters are each their own: 2.6 days is not the year so far (green against 6.75), 7.0 is (amber,
 * up to 7.09). Worked by hand, Q3 2024/25, tolerance 5 %.
 */
describe('a name that says cumulative beside a year to date that sums the quarters', () => {
  const sickness: RawValue[][] = [
    ['Council Plan monitoring – Quarter 3 2024/25'],
    [],
    [
      'Ref',
      'Measure of success',
      'Good is',
      'Year to date',
      'Profiled target to date',
      'Q1 2024/25',
      'Q2 2024/25',
      'Q3 2024/25',
    ],
    ['CP12', 'Working days lost to sickness per FTE (cumulative)', 'Smaller is better', 7, 6.75, 2.1, 2.3, 2.6],
  ];
  const r = buildReport([{ name: 'Council Plan Q3', values: sickness }], parseConfig({}));

  it('reads each quarter as its own, and rates the year to date', () => {
    expect(r.items[0].indicator.cumulative).toBeFalsy();
    expect([r.items[0].rating.rag, r.items[0].rating.current?.measure.cell]).toEqual(['amber', 'D4']);
    const note = r.issues.find((i) => i.code === 'cumulative-name-own-figures');
    expect(note).toMatchObject({ severity: 'info', cell: 'B4' });
    expect(note?.message).toContain('its year to date in D4 is the sum of the periods so far (F4, G4, H4)');
    expect(r.issues.some((i) => i.code === 'cumulative-from-name')).toBe(false);
  });
});

/**
 * A "Profiled Target" whose header does not say whose it is, beside months, a YTD column and an
 * annual target (a borough's Q2 scorecard). Worked by hand, September 2024, 5 %:
 * - H2 homelessness preventions: 35 + 41 + 38 + 44 + 41 + 53 = 252 to date, profile 240: the profile
 *   is near the year to date (252) and far from September's 53, so it is the year to date's: green;
 * - H5 lettings: months to 252 likewise, but a profile of 40, near September's 53: the month's own
 *   target, as before: green on 53.
 */
describe("a 'Profiled Target' on the year to date's scale", () => {
  const values: RawValue[][] = [
    ['Corporate scorecard, Quarter 2 2024/25'],
    ['Ref', 'Indicator', 'Good is', ...months, 'YTD', 'Profiled Target', 'Annual Target'],
    ['H2', 'Number of homelessness preventions', 'High', 35, 41, 38, 44, 41, 53, 252, 240, 480],
    ['H5', 'Number of council homes let', 'High', 35, 41, 38, 44, 41, 53, 252, 40, 480],
  ];
  const r = buildReport([{ name: 'Q2 Scorecard', values }], parseConfig({}));
  const item = (id: string) => r.items.find((i) => i.indicator.id === id)!;

  it('rates the year to date against it, saying why it is taken for the year to date', () => {
    expect([item('H2').rating.rag, item('H2').rating.current?.measure.cell]).toEqual(['green', 'J3']);
    const note = r.issues.find((i) => i.code === 'rated-to-date' && i.cell === 'J3');
    expect(note?.message).toContain(
      "which is for the year to date (its header does not say so, but it is near the year to date and far from the period's own figure)",
    );
  });

  it("keeps a month's profile for the month", () => {
    expect([item('H5').rating.rag, item('H5').rating.current?.measure.cell]).toEqual(['green', 'I4']);
    expect(r.issues.some((i) => i.cell === 'J4' && i.code === 'rated-to-date')).toBe(false);
  });
});

/**
 * A monthly sheet that heads its year to date "Cumulative" and its profiled target "Profile", as
 * some councils' monitoring sheets do: read as "YTD" and "Profiled Target" are (worked by hand:
 * preventions 252 to date against a profile of 240, green; homes let 53 in September against a
 * month's profile of 40, green), not left unread with the annual target used in its place.
 */
describe("a target headed 'Profile'", () => {
  const values: RawValue[][] = [
    ['Corporate scorecard, Quarter 2 2024/25'],
    ['Ref', 'Indicator', 'Good is', ...months, 'Cumulative', 'Profile', 'Annual Target'],
    ['H2', 'Number of homelessness preventions', 'High', 35, 41, 38, 44, 41, 53, 252, 240, 480],
    ['H5', 'Number of council homes let', 'High', 35, 41, 38, 44, 41, 53, 252, 40, 480],
  ];
  const r = buildReport([{ name: 'Q2 Scorecard', values }], parseConfig({}));
  const item = (id: string) => r.items.find((i) => i.indicator.id === id)!;

  it('is the profiled target, as "Profiled Target" is', () => {
    expect(r.tables[0].columns.find((c) => c.header === 'Profile')?.role).toBe('target');
    expect([item('H2').rating.rag, item('H2').rating.current?.measure.cell]).toEqual(['green', 'J3']);
    expect([item('H5').rating.rag, item('H5').rating.current?.measure.cell]).toEqual(['green', 'I4']);
    expect(item('H2').indicator.target?.measure?.cell).toBe('K3');
  });
});

/**
 * A monthly scorecard modelled on a corporate one (Bromsgrove's "Year to Date target", North Herts'
 * monthly PIs): "Profiled Target" beside "YTD", where the counts' profiles are near their year to
 * date and far from September's own figure, so the column is the year to date's. A share or an
 * average cannot show its scale, but it is in the same column: it is rated on its year to date too.
 * Worked by hand: calls answered 78.0 % to date against 80 % (edge 76): amber (September's 80.6 %
 * would be green); days to process claims 20.2 against 20, lower (edge 21): amber (September's 18.1
 * green); recycling 52.8 % against 52 %: green (September's 49.5 % amber); preventions 252 to date
 * against 240: green; missed bins 1,215 against 1,200, lower (edge 1,260): amber.
 */
describe("a 'Profiled Target' column whose counts show it is the year to date's", () => {
  const values: RawValue[][] = [
    ['Corporate Performance Scorecard, Quarter 2 2024/25'],
    ['Ref', 'Indicator', 'Good is', ...months, 'YTD', 'Profiled Target', 'Annual Target'],
    ['C1', '% of calls answered within 60 seconds', 'High', 81.2, 79.4, 76.8, 74.1, 77.9, 80.6, 78.0, 80, 80],
    ['C2', 'Average days to process new claims', 'Low', 19.2, 18.4, 22.6, 21.0, 19.8, 18.1, 20.2, 20, 20],
    ['H2', 'Number of homelessness preventions', 'High', 38, 42, 35, 40, 44, 53, 252, 240, 480],
    ['E1', 'Number of missed bin collections', 'Low', 188, 176, 204, 231, 219, 197, 1215, 1200, 2400],
    ['E2', '% of household waste recycled or composted', 'High', 52.4, 54.8, 55.1, 53.0, 51.2, 49.5, 52.8, 52, 50],
  ];
  const r = buildReport([{ name: 'Q2 Scorecard', values }], parseConfig({}));
  const item = (id: string) => r.items.find((i) => i.indicator.id === id)!;

  it('rates shares and averages on their year to date as well as the counts', () => {
    const rated = ['C1', 'C2', 'H2', 'E1', 'E2'].map((id) => [
      id,
      item(id).rating.rag,
      item(id).rating.current?.measure.cell,
    ]);
    expect(rated).toEqual([
      ['C1', 'amber', 'J3'],
      ['C2', 'amber', 'J4'],
      ['H2', 'green', 'J5'],
      ['E1', 'amber', 'J6'],
      ['E2', 'green', 'J7'],
    ]);
    const note = r.issues.find((i) => i.code === 'rated-to-date' && i.cell === 'J3');
    expect(note?.message).toContain(
      "which is for the year to date (its header does not say so, but the column's targets for counts that add up, in K5 and K6, are near their year to date and far from the period's own figure)",
    );
  });

  it("keeps a share on the month's figure where the column's counts are on the month's scale", () => {
    const monthly = values.map((row, i) =>
      i === 4 ? [...row.slice(0, 10), 40, 480] : i === 5 ? [...row.slice(0, 10), 200, 2400] : row,
    );
    const m = buildReport([{ name: 'Q2 Scorecard', values: monthly }], parseConfig({}));
    const c1 = m.items.find((i) => i.indicator.id === 'C1')!;
    // 80.6 % in September against 80 %: green, on the month's own figure.
    expect([c1.rating.rag, c1.rating.current?.measure.cell]).toEqual(['green', 'I3']);
  });
});
