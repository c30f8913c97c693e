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
    expect(
      r.items.filter((i) => typeof i.rating.current?.measure.value === 'number').map((i) => i.indicator.name),
    ).toEqual([C09A[0], C21[0]]);
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
  // B12a's period, three financial years pooled ("2021/22 - 23/24"), is not one the engine reads, so the
  // rows' periods are not taken and nothing in the table has a period: its figures are not read.
  const pooled = sectionB('2022/23');
  pooled[3] = [...B03, '2021/22 - 23/24', null, 8, 7.9, 8.1, 7.3, 7.4, '%', 'Worse', 'RAG - Low is good'];

  it('gives no indicator "no figure", which the sheet has: the warning says why it is not read', () => {
    const r = report(grid(pooled, sectionC));
    expect(r.items.map((i) => i.indicator.name)).toEqual([C09A[0], C21[0]]);
    expect(r.narrative.text).not.toContain('There is no figure for B01b');
    expect(said(r, 'value-column-no-period')).toEqual(['At a glance!F6']);
  });
});
