/**
 * Bracknell Forest's Council Plan overview rates performance indicators against a target and
 * contextual indicators against a forecast, in one column headed "Target / forecast". The header
 * was read as a forecast and left out, without a word, so nothing was rated and the sheet's every
 * status disagreed. The column holds what each indicator is rated against. Worked out by hand
 * before the engine was run.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import { classifyHeader } from '../../../src/core/tables/columnRoles';
import type { SheetGrid } from '../../../src/core/values/types';

const grid: SheetGrid = {
  name: 'Indicators',
  values: [
    ['Council Plan Overview Report – Quarter 4 2024/25'],
    ['Ref', 'Indicator', 'Polarity', 'Q4 2023/24', 'Q3 2024/25', 'Q4 2024/25', 'Target / forecast', 'Status'],
    ['L178', 'Number of household nights in B&B accommodation', 'Lower', 820, 640, 590, 700, 'G'],
    ['L030', 'Percentage of household waste recycled', 'Higher', 44.2, 42.8, 43.1, 45, 'A'],
    ['L352', 'Number of births in the borough', 'Higher', 1410, 1390, 1402, 1400, 'G'],
  ],
};

describe('a column headed as the target or a forecast', () => {
  it('is the target, however the two are joined', () => {
    for (const h of ['Target / forecast', 'Target/Forecast', 'Target or forecast', 'Target and forecast'])
      expect([h, classifyHeader(h)?.role]).toEqual([h, 'target']);
    // A forecast alone is still no target.
    expect(classifyHeader('Forecast outturn')?.role).toBe('ignore');
  });

  it('rates each indicator against it, as the sheet does', () => {
    const r = buildReport([grid], parseConfig({}));
    expect(r.items.map((i) => [i.indicator.id, i.indicator.target?.value, i.rating.rag])).toEqual([
      ['L178', 700, 'green'],
      ['L030', 45, 'amber'],
      ['L352', 1400, 'green'],
    ]);
    expect(r.issues.filter((i) => i.code === 'rag-disagrees')).toEqual([]);
  });
});
