/**
 * Kent's monthly scorecards mark each indicator's polarity with one letter in a "Polarity" column:
 * H (highest is best) or L (lowest is best). The letters were not read, and the name's guess rated
 * 492 first-time entrants to the youth justice system amber against 500 (higher is better). Worked
 * out by hand first.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue, SheetGrid } from '../../../src/core/values/types';

const sheet = (rows: readonly (readonly RawValue[])[], polarityHeader = 'Polarity'): SheetGrid => ({
  name: 'EHPS scorecard',
  values: [['Indicator', polarityHeader, 'Target', 'Jun-15', 'Jul-15'], ...rows.map((r) => [...r])],
  formats: [[null, null, null, 'mmm-yy', 'mmm-yy']],
});

describe('polarity given by one letter in a polarity column', () => {
  it('reads H as highest is best and L as lowest is best', () => {
    const r = buildReport(
      [
        sheet([
          ['First time entrants to the Youth Justice System', 'L', 500, 583, 492],
          ['Percentage of children with a completed early help plan', 'H', 80, 78, 75],
        ]),
      ],
      parseConfig({}),
    );
    // 492 ≤ 500: green. 75 < 80 × 0.95 = 76: red.
    expect(r.items.map((i) => [i.indicator.polarity, i.rating.rag])).toEqual([
      ['lower', 'green'],
      ['higher', 'red'],
    ]);
    const codes = r.issues.map((i) => i.code);
    expect(codes).not.toContain('polarity-unknown');
    expect(codes).not.toContain('polarity-assumed');
  });
});
