import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue, SheetGrid } from '../../../src/core/values/types';

// A quarterly template whose later quarters pick up figures by formula, and so show 0 until they are in.
const HEADER = ['Indicator', 'Polarity', 'Target', 'Q1 2024/25', 'Q2 2024/25', 'Q3 2024/25', 'Q4 2024/25'];
const ROWS: RawValue[][] = [
  ['% of assessments completed within 45 working days', 'Higher is better', 85, 82, 88, 0, 0],
  ['% of re-referrals within 12 months', 'Lower is better', 20, 22, 18, 0, 0],
  ['Number of children in care', 'Lower is better', 300, 310, 305, 0, 0],
];

const sheet = (rows: RawValue[][], header: RawValue[] = HEADER): SheetGrid => ({
  name: 'Scorecard',
  values: [header, ...rows],
});
const report = (grid: SheetGrid, settings: object = {}) => buildReport([grid], parseConfig(settings));
const zeroWarnings = (r: ReturnType<typeof report>) => r.issues.filter((i) => i.code === 'period-only-zeros');

describe('a later period of nothing but zeros is not yet reported', () => {
  it('reports on the last quarter with figures, and names the quarters of zeros', () => {
    const r = report(sheet(ROWS));
    // Q2: 88 % against 85 % (higher is better) green; 18 % against 20 % (lower) green; 305 against
    // 300 (lower), within 5 % of it, amber. Not Q4, where every indicator would stand at 0.
    expect(r.period?.label).toBe('Q2 2024/25');
    expect(r.items.map((i) => [i.rating.rag, i.rating.current?.measure.cell])).toEqual([
      ['green', 'E2'],
      ['green', 'E3'],
      ['amber', 'E4'],
    ]);
    const warned = zeroWarnings(r);
    expect(warned.map((w) => w.cell)).toEqual(['F1', 'G1']);
    expect(warned[1].message).toBe(
      "Q4 2024/25 (Scorecard!G1) holds only zeros (Scorecard!G2, Scorecard!G3, Scorecard!G4), where earlier periods hold other figures: they are read as not yet reported, as a template's formulas show 0 for a period to come, and the report is on Q2 2024/25. Set the period to report on Q4 2024/25 if these zeros are its results.",
    );
    // Said once, as zeros, not again as a later period with too few figures.
    expect(r.issues.filter((i) => i.code === 'period-later-values')).toEqual([]);
  });

  it('reports on the zeros when the period is set', () => {
    const r = report(sheet(ROWS), { period: 'Q4 2024/25' });
    expect(r.period?.label).toBe('Q4 2024/25');
    expect(zeroWarnings(r)).toEqual([]);
  });

  it('reads a quarter in which only some indicators stand at 0 as reported', () => {
    const rows = ROWS.map((row, i) => (i === 2 ? [...row.slice(0, 5), 298, null] : [...row.slice(0, 6), null]));
    const r = report(sheet(rows));
    // Q3: 0 % assessments against 85 % red; 0 % re-referrals against 20 % green; 298 against 300 green.
    expect(r.period?.label).toBe('Q3 2024/25');
    expect(r.items.map((i) => i.rating.rag)).toEqual(['red', 'green', 'green']);
    expect(zeroWarnings(r)).toEqual([]);
  });

  it('reads a quarter as reported where a measure without a target has a figure other than 0 in it', () => {
    const rows = [
      ...ROWS.map((row) => [...row.slice(0, 6), null]),
      ['Number of contacts', null, null, 1200, 1150, 1310, null],
    ];
    const r = report(sheet(rows));
    expect(r.period?.label).toBe('Q3 2024/25');
    expect(zeroWarnings(r)).toEqual([]);
  });

  it('reads a single zero as a figure', () => {
    const rows: RawValue[][] = [
      ['Number of children in care', 'Lower is better', 300, 310, 305, 0, null],
      ['Number of care leavers in touch', 'Higher is better', 50, 48, 49, null, null],
    ];
    const r = report(sheet(rows));
    // Q3 is filled in for one of the two (half): 0 against 300, lower is better, green.
    expect(r.period?.label).toBe('Q3 2024/25');
    expect(zeroWarnings(r)).toEqual([]);
  });

  it('reads zeros as figures where no earlier period holds any other', () => {
    const rows: RawValue[][] = [
      ['Number of RIDDOR reportable incidents', 'Lower is better', 0, 0, 0, null, null],
      ['Number of enforcement notices', 'Lower is better', 0, 0, 0, null, null],
    ];
    const r = report(sheet(rows));
    expect(r.period?.label).toBe('Q2 2024/25');
    expect(r.items.map((i) => i.rating.rag)).toEqual(['green', 'green']);
    expect(zeroWarnings(r)).toEqual([]);
  });

  it('says so where no period is half filled in and the latest with a figure holds zeros', () => {
    const rows: RawValue[][] = [
      ['% of assessments completed within 45 working days', 'Higher is better', 85, 82, null, 0, null],
      ['% of re-referrals within 12 months', 'Lower is better', 20, null, null, 0, null],
      ['Number of children in care', 'Lower is better', 300, null, null, null, null],
      ['Number of care leavers in touch', 'Higher is better', 50, null, null, null, null],
    ];
    const r = report(sheet(rows));
    // Q1 has one figure of four, Q3 two zeros of four: neither is half. Q1 is the latest with a figure other than 0.
    expect(r.period?.label).toBe('Q1 2024/25');
    expect(r.issues.map((i) => i.code)).toEqual(expect.arrayContaining(['period-chosen-sparse', 'period-only-zeros']));
    expect(zeroWarnings(r)[0].cell).toBe('F1');
  });
});
