import { buildLargeScorecard } from '../../../scripts/lib/largeScorecard';
import { workbookBytes } from '../../../scripts/lib/workbook';
import { storedValue } from '../fixtureReader';

function indicatorRows(indicators: number, seed?: number): unknown[][] {
  const ws = buildLargeScorecard(indicators, seed).getWorksheet('Scorecard');
  const rows: unknown[][] = [];
  ws!.eachRow((row, r) => {
    if (r > 3) rows.push(Array.from({ length: 13 }, (_, i) => storedValue(row.getCell(i + 1))));
  });
  return rows;
}

describe('buildLargeScorecard', () => {
  it('writes the number of indicators asked for, with a section row before every 12 to 18', () => {
    const rows = indicatorRows(300);
    const indicators = rows.filter((r) => typeof r[0] === 'string' && /^L\d{5}$/.test(r[0]));
    expect(indicators).toHaveLength(300);
    let run = 0;
    for (const r of rows) {
      if (indicators.includes(r)) run += 1;
      else {
        expect(r.filter((v) => v !== null)).toHaveLength(1);
        run = 0;
      }
      expect(run).toBeLessThanOrEqual(18);
    }
  });

  it('mixes polarities and both percentage conventions', () => {
    const rows = indicatorRows(500).filter((r) => typeof r[0] === 'string' && /^L/.test(r[0]));
    expect(new Set(rows.map((r) => r[2]))).toEqual(new Set(['Higher', 'Lower', 'n/a']));
    const latest = rows.map((r) => r[11]);
    expect(latest.some((v) => typeof v === 'number' && v < 1)).toBe(true);
    expect(latest.some((v) => typeof v === 'number' && v > 1 && v <= 100)).toBe(true);
    expect(latest.some((v) => v === 'TBC')).toBe(true);
  });

  it('is deterministic for a seed and differs between seeds', async () => {
    const a = await workbookBytes(buildLargeScorecard(50, 7));
    const b = await workbookBytes(buildLargeScorecard(50, 7));
    const c = await workbookBytes(buildLargeScorecard(50, 8));
    expect(a.equals(b)).toBe(true);
    expect(a.equals(c)).toBe(false);
  });

  it('refuses a count that is not a whole number', () => {
    expect(() => buildLargeScorecard(-1)).toThrow(RangeError);
    expect(() => buildLargeScorecard(2.5)).toThrow(RangeError);
  });
});
