import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue, SheetGrid } from '../../../src/core/types';

const header = ['Ref', 'Indicator', 'Good is', 'Target', 'Q2 2023/24', 'Q3 2023/24', 'Stat neighbours 2022/23', 'Regional 2022/23', 'England 2022/23', 'Quartile'];

function sentence(row: RawValue[]): { text: string; cells: string[] } {
  const grid: SheetGrid = { name: 'Children', values: [header, row] };
  const report = buildReport([grid], parseConfig({}));
  const n = report.narrative;
  const item = [...n.performingWell, ...n.areasForFocus, ...n.context][0];
  return { text: item.text, cells: item.cells.map((c) => c.cell) };
}

describe('every benchmark is cited', () => {
  it('cites three averages judged alike, with the shared year once, and the quartile', () => {
    const { text, cells } = sentence(['C1', '% of care leavers in education, employment or training', 'Higher', 55, 58, 61.5, 52.1, 54.3, 55.6, 1]);
    expect(text).toContain('It is better than the 2022/23 averages for statistical neighbours (52.1 per cent), the region (54.3 per cent) and England (55.6 per cent). It was in quartile 1.');
    expect(cells).toEqual(expect.arrayContaining(['G2', 'H2', 'I2', 'J2']));
  });

  it('groups averages that compare differently', () => {
    const { text } = sentence(['C2', '% of re-referrals within 12 months', 'Lower', 20, 21, 19.5, 22.4, 18.2, 21.1, 'Second']);
    expect(text).toContain('It is better than the 2022/23 averages for statistical neighbours (22.4 per cent) and England (21.1 per cent) but worse than that for the region (18.2 per cent). It was in the second quartile.');
  });
});
