/**
 * Cells that could be read two ways, one of them a wrong rating given quietly: a date where a
 * figure or target belongs, and a target written as a percentage ("10-15%", "85%") beside figures
 * kept as 0–100 or stated to be something else. The officer sees the right rating, or none and a
 * warning naming the cell — never a rating of the wrong number.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue, SheetGrid } from '../../../src/core/values/types';

function report(values: RawValue[][], formats?: (string | null)[][]) {
  const grid: SheetGrid = { name: 'KPIs', values, formats };
  return buildReport([grid], parseConfig({}));
}

type Report = ReturnType<typeof report>;
const item = (r: Report, name: string) => r.items.find((i) => i.indicator.name === name)!;
const issuesOf = (r: Report, code: string) => r.issues.filter((i) => i.code === code);

describe('a date where a figure belongs', () => {
  // As a council's quarterly return is often pasted: one cell of the quarter took the date format of the column beside it.
  const r = report(
    [
      ['Ref', 'Indicator', 'Good is', 'Target', 'Q1 2021/22', 'Q2 2021/22'],
      ['CSC05', '% of assessments completed within 45 working days', 'Higher', 85, 86.2, 44470],
      ['CSC07', 'Number of children in care', 'Lower', 44470, 431, 436],
      ['CSC09', 'Average time to answer a call', 'Lower', 0.0014, 0.0016, 0.0013],
      ['CSC10', '% of children seen within 5 working days', 'Higher', 90, 91.4, 92.3],
    ],
    [
      [],
      [null, null, null, null, null, 'dd/mm/yyyy'],
      [null, null, null, 'd-mmm-yy'],
      [null, null, null, '[h]:mm:ss', '[h]:mm:ss', '[h]:mm:ss'],
    ],
  );

  it('is not rated as the number 44470, and the narrative says the cell holds a date', () => {
    const { rating } = item(r, '% of assessments completed within 45 working days');
    expect(rating.rag).toBe('none');
    expect(rating.status).toBe('no-data');
    expect(rating.current?.measure.value).toBeNull();
    const said = r.narrative.noData.find((i) => i.indicatorId === 'CSC05')!.text;
    expect(said).toContain(
      "the cell holds a date, not a figure, so it is not rated — please check it ('01/10/2021' in F2)",
    );
    expect(r.narrative.text).not.toContain('44470');
    expect(r.narrative.text).not.toContain('44,470');
  });

  it('is warned about, naming the sheet, the cell, the date and the number Excel keeps', () => {
    expect(issuesOf(r, 'date-not-figure')).toContainEqual(
      expect.objectContaining({
        sheet: 'KPIs',
        cell: 'F2',
        message: expect.stringMatching(/^KPIs!F2: holds a date \(01\/10\/2021, stored as 44470\) where a figure for/),
      }),
    );
  });

  it('as a target, leaves the indicator unrated and names the target cell', () => {
    const { rating, indicator } = item(r, 'Number of children in care');
    expect(indicator.target).toBeNull();
    expect(rating.rag).toBe('none');
    expect(issuesOf(r, 'date-not-figure')).toContainEqual(
      expect.objectContaining({ sheet: 'KPIs', cell: 'D3', message: expect.stringContaining('where the target for') }),
    );
  });

  it('as a target, is not a context measure: the narrative lists it as not rated, to be checked, naming the cell', () => {
    // Worked out by hand: CSC07 has figures (431, then 436) and a target cell, but that cell holds
    // the date 1 October 2021, so the indicator can be rated against nothing. It is not a measure
    // kept without a target, so it is not among the context measures; the officer is told to check D3.
    const { rating } = item(r, 'Number of children in care');
    expect(rating.status).toBe('no-target');
    expect(rating.reason).toBe(
      "not rated: the target in D3 holds a date ('01/10/2021'), not a figure; please check it",
    );
    expect(r.narrative.context.map((i) => i.indicatorId)).toEqual([]);
    expect(r.narrative.check?.map((i) => i.indicatorId)).toEqual(['CSC07']);
    expect(r.narrative.check?.[0].text).toContain(
      "Children in care (CSC07) stood at 436. It is not rated: its target holds a date, not a figure — please check it ('01/10/2021' in D3).",
    );
    const opening = r.narrative.summary[0].text;
    expect(opening).toContain('2 of the 4 indicators were rated against a target');
    expect(opening).toContain('One indicator is not rated until its target is checked: Children in care.');
    expect(opening).not.toContain('context measure');
    expect(r.narrative.text).toContain('\nNot rated — please check\n');
    expect(r.narrative.text).not.toContain('Context measures');
    expect(r.narrative.text).not.toContain('44470');
  });

  it('is not confused with a time, which is a figure (a duration)', () => {
    expect(item(r, 'Average time to answer a call').rating.status).toBe('rated');
    expect(issuesOf(r, 'date-not-figure').map((i) => i.cell)).toEqual(['F2', 'D3']);
  });

  it('leaves the other indicators as they were', () => {
    expect(item(r, '% of children seen within 5 working days').rating.rag).toBe('green');
  });
});

describe('a date in the Target row under an indicator', () => {
  // As a council's housing return gives an Actual and a Target row for each indicator, one target
  // pasted with the date format of the cell it came from.
  const rows: RawValue[][] = [
    ['Indicator', '', 'Q1 2025/26', 'Q2 2025/26'],
    ['Households in temporary accommodation', 'Actual', 120, 130],
    ['', 'Target', 100, 45748],
    ['Rent collected (%)', 'Actual', 97, 98],
    ['', 'Target', 98, 98],
  ];
  const formats = [[], [], [null, null, null, 'dd/mm/yyyy']];
  const r = report(rows, formats);

  it('leaves the indicator not rated, to be checked, naming the Target row’s cell for the quarter reported on', () => {
    // By hand: Q2 2025/26 is reported on; the Target row gives 01/04/2025 for it, not a figure.
    const { rating } = item(r, 'Households in temporary accommodation');
    expect(rating.status).toBe('no-target');
    expect(rating.reason).toBe(
      "not rated: the target in D3 holds a date ('01/04/2025'), not a figure; please check it",
    );
    expect(r.narrative.context).toEqual([]);
    expect(r.narrative.check?.map((i) => i.text)).toEqual([
      "Households in temporary accommodation stood at 130. It is not rated: its target holds a date, not a figure — please check it ('01/04/2025' in D3). That is worse than 120 last quarter.",
    ]);
    expect(issuesOf(r, 'date-not-figure').map((i) => i.cell)).toEqual(['D3']);
    expect(item(r, 'Rent collected (%)').rating.rag).toBe('green');
  });

  it('is rated against the Target row in a quarter whose target is a figure', () => {
    // By hand: in Q1 2025/26 the target is 100 and lower is better (from "temporary accommodation"):
    // 120 is 20 % above it, beyond the 5 % tolerance, so red, and nothing is left to check.
    const grid: SheetGrid = { name: 'KPIs', values: rows, formats };
    const q1 = buildReport([grid], parseConfig({ period: 'Q1 2025/26' }));
    expect(q1.items.map((i) => [i.indicator.name, i.rating.rag])).toEqual([
      ['Households in temporary accommodation', 'red'],
      ['Rent collected (%)', 'amber'],
    ]);
    expect(q1.narrative.check).toBeUndefined();
  });
});

describe('a target written as a percentage', () => {
  // As Reigate and Banstead's and many children's scorecards give a "goal post" re-referral target, with the figures in General.
  const r = report([
    ['Ref', 'Indicator', 'Unit', 'Good is', 'Target', 'Q1 2021/22', 'Q2 2021/22'],
    ['CSC04', 'Re-referrals within 12 months', null, 'Within range', '18-22%', 23.1, 19.5],
    ['CSC06', 'Referrals resulting in no further action', null, 'Within range', '10%-15%', 16.1, 15.5],
    ['CSC08', 'Care leavers in suitable accommodation', null, 'Higher', '85%', 83.0, 86.4],
    ['CSC12', 'Children in care per 10,000 children', 'Rate', 'Within range', '60-70%', 64.0, 66.1],
    ['CSC13', 'Children in need', 'Number', 'Lower', '85%', 1865, 1870],
  ]);

  it('reads a band "18-22%" on the scale of figures kept as 0–100: 19.5 is inside it, green', () => {
    const { indicator, rating } = item(r, 'Re-referrals within 12 months');
    expect(indicator.unit).toBe('percentage');
    expect(indicator.target).toMatchObject({ lower: 18, upper: 22 });
    expect(rating.rag).toBe('green');
  });

  it('reads "10%-15%" as 10 to 15: 15.5 is within 5 % of the upper bound, amber rather than red', () => {
    const { indicator, rating } = item(r, 'Referrals resulting in no further action');
    expect(indicator.target).toMatchObject({ lower: 10, upper: 15 });
    expect(rating.rag).toBe('amber');
  });

  it('reads "85%" against 86.4 as on target', () => {
    expect(item(r, 'Care leavers in suitable accommodation').rating.rag).toBe('green');
  });

  it('does not rate a percentage target against figures the unit column says are something else, and says so', () => {
    for (const [name, cell, unit] of [
      ['Children in care per 10,000 children', 'E5', 'a rate'],
      ['Children in need', 'E6', 'a count'],
    ] as const) {
      expect(item(r, name).rating.rag).toBe('none');
      expect(item(r, name).rating.reason).toBe(
        `not rated: the target in ${cell} is written as a percentage, but the figures are read as ${unit}; please check it`,
      );
      expect(issuesOf(r, 'target-percent-unit')).toContainEqual(
        expect.objectContaining({
          sheet: 'KPIs',
          cell,
          message: expect.stringContaining(`is written as a percentage, but its figures are read as ${unit}`),
        }),
      );
    }
  });

  it('lists those two as not rated, to be checked, and not as context measures', () => {
    expect(r.narrative.context).toEqual([]);
    expect(r.narrative.check?.map((i) => i.indicatorId)).toEqual(['CSC12', 'CSC13']);
    expect(r.narrative.check?.[1].text).toContain(
      "It is not rated: its target is written as a percentage ('85%' in E6), but its figures are read as a count — please check it.",
    );
    expect(r.narrative.summary[0].text).toContain(
      '2 indicators are not rated until their target is checked: Children in care and Children in need.',
    );
  });
});
