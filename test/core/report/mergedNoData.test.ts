/**
 * Moray's Pentana exports merge "Measured annually" over two quarters' cells (K10:L10): only K10
 * holds the words, and L10, the reporting quarter's cell, reads blank. The officer sees the words
 * over both, so the report must too: "reported annually", not "nothing has been entered in L10".
 * Worked out by hand first.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import { withMerges } from '../../../src/core/tables/gridAccess';
import type { RawValue, SheetGrid } from '../../../src/core/values/types';

const NAME = 'CEO PIs';

function grid(row: readonly RawValue[], merged: boolean): SheetGrid {
  const plain: SheetGrid = {
    name: NAME,
    values: [
      ['Code', 'PI', '2016/17', 'Q1 2017/18', 'Q2 2017/18', 'Target'],
      ['CE069', 'Cost of outsourced print work as a % of total', 0.31, 0.28, 0.25, 0.3],
      [...row],
    ],
  };
  // E3 is under D3's merged area: the reporting quarter's cell, blank as Excel stores it.
  return merged ? withMerges(plain, [{ top: 2, left: 3, bottom: 2, right: 4 }]) : plain;
}

const report = (row: readonly RawValue[], merged = true) =>
  buildReport([grid(row, merged)], parseConfig({ period: 'Q2 2017/18' }));
const second = (r: ReturnType<typeof report>) => r.items.find((i) => i.indicator.id === 'CE068')!;

describe('words merged over the reporting period’s cell', () => {
  it('say why there is no figure, as they would written in the cell itself', () => {
    const r = report(['CE068', 'Customer Satisfaction Index', 0.6, 'Measured annually', null, 0.5]);
    const item = second(r);
    expect(item.rating.status).toBe('no-data');
    expect(item.rating.reportedAnnually).toBe(true);
    expect(item.rating.current?.measure.cell).toBe('E3');
    expect(r.narrative.noData.map((i) => i.text).join(' ')).toContain('which is reported annually');
    expect(r.narrative.noData.map((i) => i.text).join(' ')).not.toContain('nothing has been entered');
  });

  it('are the same reading as the words in the cell itself', () => {
    const merged = second(report(['CE068', 'Customer Satisfaction Index', 0.6, 'Measured annually', null, 0.5]));
    const written = second(
      report(['CE068', 'Customer Satisfaction Index', 0.6, 'Measured annually', 'Measured annually', 0.5], false),
    );
    expect([merged.rating.status, merged.rating.reportedAnnually]).toEqual([
      written.rating.status,
      written.rating.reportedAnnually,
    ]);
  });

  it('leave the cell blank where they are not a reason for no figure, or are a figure', () => {
    const text = second(report(['CE068', 'Customer Satisfaction Index', 0.6, 'See the commentary', null, 0.5]));
    expect(text.rating.current?.measure.noData?.reason).toBe('blank');
    // A figure merged over two quarters is the first quarter's alone: never read twice.
    const figure = second(report(['CE068', 'Customer Satisfaction Index', 0.6, 0.55, null, 0.5]));
    expect(figure.rating.current?.measure.value).toBeNull();
    expect(figure.rating.current?.measure.noData?.reason).toBe('blank');
  });

  it('are kept by the grid only where the merged area starts with text', () => {
    const g = withMerges(
      {
        name: NAME,
        values: [
          ['a', 1, null],
          ['', null, 'x'],
        ],
      },
      [
        { top: 0, left: 0, bottom: 0, right: 2 },
        { top: 0, left: 1, bottom: 1, right: 1 },
        { top: 1, left: 0, bottom: 1, right: 1 },
        { top: 1, left: 2, bottom: 1, right: 2 },
      ],
    );
    expect(g.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
  });
});
