import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue, SheetGrid } from '../../../src/core/values/types';

function report(values: RawValue[][], formats?: (string | null)[][]) {
  const grid: SheetGrid = { name: 'KPIs', values, formats };
  return buildReport([grid], parseConfig({}));
}

const item = (r: ReturnType<typeof report>, name: string) => r.items.find((i) => i.indicator.name === name)!;
const codes = (r: ReturnType<typeof report>) => r.issues.map((i) => i.code);

describe('polarity read wherever the sheet states it', () => {
  it('takes a key above the table for the symbols in its polarity column', () => {
    const r = report([
      ['Legend: ▲ = lower is better; ▼ = higher is better'],
      [],
      ['Indicator', 'Direction', 'Target', 'Q1 2021/22', 'Q2 2021/22'],
      ['Complaints upheld', '▲', 10, 12, 11],
    ]);
    expect(item(r, 'Complaints upheld').indicator.polarity).toBe('lower');
    expect(codes(r)).not.toContain('polarity-assumed');
  });

  it('uses the column and warns when the name says otherwise', () => {
    const r = report([
      ['Indicator', 'Polarity', 'Target', 'Q1 2021/22', 'Q2 2021/22'],
      ['Missed bins (Minimise)', 'Higher', 10, 12, 11],
    ]);
    expect(item(r, 'Missed bins (Minimise)').indicator.polarity).toBe('higher');
    expect(r.issues.find((i) => i.code === 'polarity-conflict')).toMatchObject({ sheet: 'KPIs', cell: 'B2' });
  });

  it('still warns when nothing states it', () => {
    const r = report([
      ['Indicator', 'Target', 'Q1 2021/22', 'Q2 2021/22'],
      ['Library visits', 1000, 900, 950],
    ]);
    expect(r.issues.find((i) => i.code === 'polarity-assumed')).toBeDefined();
  });

  it('with no polarity column, guesses from what the name measures and names the name cell', () => {
    const r = report([
      ['Ref', 'Indicator', 'Target', 'Q1 2021/22', 'Q2 2021/22'],
      ['H1', 'Rent arrears of current tenants as a % of rent due', 2.5, 2.4, 2.9],
      ['H2', 'Complaints resolved at stage 1 within 10 working days', 90, 88, 85],
    ]);
    expect(item(r, 'Rent arrears of current tenants as a % of rent due').indicator.polarity).toBe('lower');
    expect(item(r, 'Complaints resolved at stage 1 within 10 working days').indicator.polarity).toBe('higher');
    const assumed = r.issues.filter((i) => i.code === 'polarity-assumed');
    expect(assumed.map((i) => i.cell)).toEqual(['B2', 'B3']);
    expect(assumed[0].message).toContain("'arrears'");
  });

  it('with a blank polarity cell, names that cell', () => {
    const r = report([
      ['Indicator', 'Polarity', 'Target', 'Q1 2021/22', 'Q2 2021/22'],
      ['Average days to process new claims', null, 20, 22, 19],
    ]);
    expect(r.issues.find((i) => i.code === 'polarity-assumed')).toMatchObject({ sheet: 'KPIs', cell: 'B2' });
    expect(item(r, 'Average days to process new claims').indicator.polarity).toBe('lower');
  });
});

describe('tolerance units', () => {
  const rows = (header: string, tolerance: RawValue): RawValue[][] => [
    ['Indicator', 'Polarity', 'Target', header, 'Q1 2021/22', 'Q2 2021/22'],
    ['% of calls answered', 'Higher', 90, tolerance, 85, 88.5],
  ];

  it.each<[string, RawValue, { type: string; value: number }]>([
    ['Tolerance (%)', 2, { type: 'relative', value: 0.02 }],
    ['Tolerance (pp)', 2, { type: 'absolute', value: 2 }],
    ['Tolerance', '2pp', { type: 'absolute', value: 2 }],
    ['Tolerance', '5%', { type: 'relative', value: 0.05 }],
  ])('%p holding %p → %p', (header, tolerance, expected) => {
    const r = report(rows(header, tolerance));
    expect(item(r, '% of calls answered').indicator.tolerance).toEqual(expected);
    expect(codes(r)).not.toContain('tolerance-unit-unclear');
  });

  it('never reads a bare 1 as 100 % of the target', () => {
    const r = report(rows('Tolerance', 1));
    const ind = item(r, '% of calls answered');
    expect(ind.indicator.tolerance).toEqual({ type: 'relative', value: 0.01 });
    expect(ind.indicator.toleranceAlternative).toEqual({ type: 'absolute', value: 1 });
    // 88.5 against 90: below both 89.1 (1 %) and 89 (1 point): red either way.
    expect(ind.rating.rag).toBe('red');
    expect(r.issues.find((i) => i.code === 'tolerance-unit-unclear')).toMatchObject({ sheet: 'KPIs', cell: 'D2' });
  });

  it("asks for the tolerance's unit in words that fit the measure, and reads what it asks for", () => {
    // A bare 0.5 beside a measure in days is 0.5 % of the target or half a day: days, not points.
    const days = report([
      ['Indicator', 'Polarity', 'Target', 'Tolerance', 'Q1 2021/22', 'Q2 2021/22'],
      ['Average days to process new claims', 'Lower', 20, 0.5, 19, 21],
      ['% of calls answered', 'Higher', 90, 2, 85, 88.5],
    ]);
    const [forDays, forShare] = days.issues.filter((i) => i.code === 'tolerance-unit-unclear').map((i) => i.message);
    expect(forDays).toContain('or 0.5 days;');
    expect(forDays).toContain("Write '5%' or '2 days', or head the column 'Tolerance (%)' or 'Tolerance (days)'.");
    expect(forDays).not.toContain('pp');
    expect(forShare).toContain("Write '5%' or '2pp', or head the column 'Tolerance (%)' or 'Tolerance (pp)'.");
    // What it asks for is read as it says: "2 days", and a column headed "Tolerance (days)".
    const written = report([
      ['Indicator', 'Polarity', 'Target', 'Tolerance (days)', 'Q1 2021/22', 'Q2 2021/22'],
      ['Average days to process new claims', 'Lower', 20, 2, 19, 21],
    ]);
    expect(item(written, 'Average days to process new claims').indicator.tolerance).toEqual({
      type: 'absolute',
      value: 2,
    });
    expect(codes(written)).not.toContain('tolerance-unit-unclear');
    const inCell = report([
      ['Indicator', 'Polarity', 'Target', 'Tolerance', 'Q1 2021/22', 'Q2 2021/22'],
      ['Average days to process new claims', 'Lower', 20, '2 days', 19, 21],
    ]);
    expect(item(inCell, 'Average days to process new claims').indicator.tolerance).toEqual({
      type: 'absolute',
      value: 2,
    });
  });

  it('reads "days" as a unit in the column\'s header only, not in a note that also gives a share', () => {
    // The note gives tolerances as a share of the target; that it mentions days elsewhere says nothing of them.
    const r = report([
      ['Tolerances are a % of target. Processing times are in working days.'],
      [],
      ['Indicator', 'Polarity', 'Target', 'Tolerance', 'Q1 2021/22', 'Q2 2021/22'],
      ['% of calls answered', 'Higher', 90, 2, 85, 88.5],
    ]);
    expect(item(r, '% of calls answered').indicator.tolerance).toEqual({ type: 'relative', value: 0.02 });
    expect(codes(r)).not.toContain('tolerance-unit-unclear');
  });

  it('takes a % format as a share of the target', () => {
    const r = report(rows('Tolerance', 0.05), [[], [null, null, null, '0%']]);
    expect(item(r, '% of calls answered').indicator.tolerance).toEqual({ type: 'relative', value: 0.05 });
  });
});

describe('scale and currency', () => {
  it('warns when money is printed in pounds that no cell, format or unit shows', () => {
    const r = report([
      ['Indicator', 'Polarity', 'Target', 'Q1 2021/22', 'Q2 2021/22'],
      ['Cost of agency staff', 'Lower', 500, 520, 510],
    ]);
    expect(codes(r)).toContain('currency-assumed');
  });

  it('prints money in thousands from a header that gives the scale', () => {
    const r = report([
      ['Indicator', 'Polarity', 'Target (£000s)', 'Q1 2021/22', 'Q2 2021/22'],
      ['Net revenue overspend (£000s)', 'Lower', 500, 520, 510],
    ]);
    expect(item(r, 'Net revenue overspend (£000s)').indicator).toMatchObject({
      unit: 'money',
      magnitude: 'thousands',
      currency: '£',
    });
    expect(r.narrative.text).toContain('£510k');
    expect(codes(r)).not.toContain('currency-assumed');
  });
});

describe('a tolerance column that gives the edge of amber', () => {
  const rows = (header: string, edge: RawValue, value: number): RawValue[][] => [
    ['Indicator', 'Polarity', 'Target', header, 'Q1 2021/22', 'Q2 2021/22'],
    ['% of calls answered', 'Higher', 90, edge, 85, value],
  ];

  it('reads "Amber value" 85 against 90 as amber from 85, without a warning', () => {
    const r = report(rows('Amber value', 85, 86));
    expect(item(r, '% of calls answered').indicator.tolerance).toEqual({ type: 'absolute', value: 5 });
    expect(item(r, '% of calls answered').rating.rag).toBe('amber');
    expect(report(rows('Amber value', 85, 84.9)).items[0].rating.rag).toBe('red');
    expect(codes(r).filter((c) => c.startsWith('tolerance'))).toEqual([]);
  });

  it('reads a bare 85 under "Tolerance" against 90 as the edge, with a warning, rather than as 85 %', () => {
    const r = report(rows('Tolerance', 85, 80));
    expect(item(r, '% of calls answered').rating.rag).toBe('red');
    expect(r.issues.find((i) => i.code === 'tolerance-as-boundary')).toMatchObject({ cell: 'D2' });
  });

  it('keeps a small figure under "Amber trigger" a margin', () => {
    const r = report(rows('Amber trigger', 5, 86));
    expect(item(r, '% of calls answered').indicator.toleranceAlternative).toBeDefined();
  });
});

describe("a floor standard beside the target, as Kent's quarterly performance report has", () => {
  it('is red below the floor and amber between the floor and the target', () => {
    const rows = (value: number): RawValue[][] => [
      ['Indicator', 'Polarity', 'Target', 'Floor', 'Q1 2021/22', 'Q2 2021/22'],
      ['% of calls answered', 'High', 90, 80, 85, value],
    ];
    expect(report(rows(81)).items[0].rating.rag).toBe('amber');
    expect(report(rows(80)).items[0].rating.rag).toBe('amber');
    expect(report(rows(79.9)).items[0].rating.rag).toBe('red');
    expect(codes(report(rows(81))).filter((c) => c.startsWith('tolerance'))).toEqual([]);
  });
});

describe('a row with no unit in a table of per cent', () => {
  const rows: RawValue[][] = [
    ['Performance indicator', 'Direction of improvement', 'Q2 2016/17', 'Q3 2016/17', 'Target 2016/17'],
    ['Arrears percentage', 'Down', 2.35, 2.28, 2.2],
    ['Percentage of tenants owing more than 7 weeks rent', 'Down', 3.8, 4.1, 3.5],
    ['Rent lost from vacant dwellings', 'Down', 0.96, 1.08, 1],
    ['Number of properties vacant at the end of the period', 'Down', 58, 66, 60],
  ];

  it('is read as per cent like its neighbours, with a warning naming its first value', () => {
    const r = report(rows);
    expect(item(r, 'Rent lost from vacant dwellings').indicator.unit).toBe('percentage');
    expect(r.issues.find((i) => i.code === 'unit-from-table')).toMatchObject({ sheet: 'KPIs', cell: 'C4' });
    // Whole numbers are counts, not per cent.
    expect(item(r, 'Number of properties vacant at the end of the period').indicator.unit).not.toBe('percentage');
  });

  it('is left alone in a table that is not mostly per cent', () => {
    const r = report([
      rows[0],
      rows[1],
      rows[3],
      rows[4],
      ['Average days to re-let', 'Down', 25.9, 23.8, 25],
      ['Cost per repair (£)', 'Down', 95.5, 97.2, 90],
    ]);
    expect(item(r, 'Rent lost from vacant dwellings').indicator.unit).toBe('number');
    expect(r.issues.map((i) => i.code)).not.toContain('unit-from-table');
  });
});

describe('a score in a table of per cent', () => {
  // A schools scorecard: "% achieving grade 5+ in English and maths" and KS2 shares around an
  // Attainment 8 score of 46.4 against 47. The score is points, not per cent: "stood at 46.4", not
  // "46.4 per cent".
  const rows: RawValue[][] = [
    ['Indicator', 'Polarity', 'Target', '2022/23', '2023/24'],
    ['Average Attainment 8 score', 'Higher', 47, 46.0, 46.4],
    ['% pupils achieving grade 5+ in English and maths', 'Higher', 45, 44.1, 46.0],
    ['Key stage 2 % meeting expected standard in RWM', 'Higher', 60, 59, 61],
    ['KS4 disadvantaged pupils achieving 9-4 in English and maths', 'Higher', 50, 47.5, 48.2],
  ];

  it('is read as a number, not as per cent like its neighbours', () => {
    const r = report(rows);
    expect(item(r, 'Average Attainment 8 score').indicator.unit).toBe('number');
    expect(r.issues.filter((i) => i.code === 'unit-from-table').map((i) => i.cell)).toEqual(['D5']);
    expect(r.narrative.text).toMatch(/stood at 46\.4, just below the target of 47\./);
  });
});

describe('an average per head in a table of per cent', () => {
  // Darlington's children's scorecard: shares kept as 0–100 beside "Average caseload per social
  // worker", 16.8 against 16. A caseload is a number of children, not a share: "stood at 16.8", not
  // "16.8 per cent".
  const rows: RawValue[][] = [
    ['Indicator', 'Polarity', 'Q1 2023/24', 'Q2 2023/24', 'Target'],
    ['Percentage of referrals screened within 1 working day', 'Higher', 79.6, 84.4, 90],
    ['Percentage of children re-referred within 12 months', 'Lower', 16.1, 15.3, 18],
    ['Average caseload per social worker', 'Lower', 17.2, 16.8, 16],
    ['Average number of visits per household', 'Higher', 2.1, 2.4, 2],
  ];

  it('is read as a number, not as per cent like its neighbours', () => {
    const r = report(rows);
    expect(item(r, 'Average caseload per social worker').indicator.unit).toBe('number');
    expect(r.issues.filter((i) => i.code === 'unit-from-table')).toEqual([]);
    expect(r.narrative.text).toMatch(
      /Average caseload per social worker stood at 16\.8, just above the target of 16\./,
    );
  });
});

describe('period columns whose headers say per cent', () => {
  // A Welsh council's PAMs: "Q1 2024/25 (%) | Q2 2024/25 (%)". Households prevented from homelessness,
  // 66.9 against 70, said nothing of its unit but its name, which reads like a count: it is per cent.
  const rows = (header: (q: string) => string): RawValue[][] => [
    ['PAM ref', 'Measure', 'Good is', header('Target 2024/25'), header('Q1 2024/25'), header('Q2 2024/25')],
    ['PAM/012', 'Households successfully prevented from becoming homeless', 'High', 70, 68.2, 66.9],
  ];

  it.each([(q: string) => `${q} (%)`, (q: string) => `${q} %`])('make its figures per cent (%#)', (header) => {
    const r = report(rows(header));
    expect(item(r, 'Households successfully prevented from becoming homeless').indicator.unit).toBe('percentage');
    expect(r.narrative.text).toContain('stood at 66.9 per cent, just below the target of 70 per cent.');
  });

  it('do not where one of them says nothing', () => {
    const r = report(rows((q) => (q === 'Q1 2024/25' ? q : `${q} (%)`)));
    expect(item(r, 'Households successfully prevented from becoming homeless').indicator.unit).not.toBe('percentage');
  });
});

/**
 * Cheshire West & Chester's housing KPIs (as ForHousing publishes them) keep each tolerance in the
 * measure's own units: the percentages' in their own percentage format (0.02 as "2.00%" beside
 * "99.01%": 2 points), and the days' as a bare number ("10" beside 131 days). The bare one was left
 * unclear, 10 % of the target or 10 days, and not rated; the column shows which it is. Worked by hand:
 * 131 days against 120, lower being better: red by 10 days (edge 130) and by 10 % (132 would be
 * amber): red; 26.4 days against 28 with 3: green either way.
 */
describe('a tolerance column in the measures own units', () => {
  const rows: RawValue[][] = [
    ['KPI ref and description', 'Polarity', 'Target', 'Tolerance', 'Quarter 2 2025/26'],
    ['PMF-01: Current rent collected as a % of rent owed', 'Higher', 1, 0.02, 0.9901],
    ['PMF-02: Rent arrears as % of annual rent owed', 'Lower', 0.075, 0.01, 0.081],
    ['PMF-04: Average time taken to re-let empty homes (calendar days)', 'Lower', 28, 3, 26.4],
    ['PMF-13: Average days to complete major adaptations', 'Lower', 120, 10, 131],
  ];
  const pct = [null, null, '0.00%', '0.00%', '0.00%'];
  const days = [null, null, '0.0', '0.0', '0.0'];
  const formats = [[], pct, pct, days, days];

  it('reads a bare tolerance in the units the column keeps the others in, and says so once', () => {
    const r = report(rows, formats);
    expect(item(r, 'PMF-13: Average days to complete major adaptations').indicator.tolerance).toEqual({
      type: 'absolute',
      value: 10,
    });
    expect(item(r, 'PMF-13: Average days to complete major adaptations').rating.rag).toBe('red');
    expect(item(r, 'PMF-02: Rent arrears as % of annual rent owed').rating.rag).toBe('amber');
    expect(codes(r)).not.toContain('tolerance-unit-unclear');
    const notes = r.issues.filter((i) => i.code === 'tolerance-unit-from-column');
    expect(notes.map((i) => [i.cell, i.severity])).toEqual([['D1', 'info']]);
    expect(notes[0].message).toContain('D2, D3');
  });

  it('leaves a bare tolerance unclear where the column does not show its units', () => {
    const plain = [[], [null, null, '0.00%', '0%', '0.00%'], [null, null, '0.00%', '0%', '0.00%'], days, days];
    const r = report(rows, plain);
    expect(codes(r)).toContain('tolerance-unit-unclear');
    expect(codes(r)).not.toContain('tolerance-unit-from-column');
  });
});
