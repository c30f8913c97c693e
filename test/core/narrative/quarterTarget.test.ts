/**
 * Maidstone's second quarter performance monitoring for 2023/24: "Q2 2023/24" merged over Value |
 * Target | Status. The target is the quarter's own, and nothing says it is profiled from a year's:
 * the narrative calls it "the target". Worked out by hand: tickets sold 68 % against 50 %, green;
 * Market Hall occupancy 56.04 % against 75 %, red.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { SheetGrid } from '../../../src/core/values/types';

const grid: SheetGrid = {
  name: 'CLA Q2',
  values: [
    ['Communities, Leisure & Arts Q2 Performance'],
    ['Performance Indicator', 'Q2 2023/24', null, null],
    [null, 'Value', 'Target', 'Status'],
    ['Percentage of tickets sold at the Hazlitt', 0.68, 0.5, 'Target met'],
    ['Market Hall Occupancy Percentage', 0.5604, 0.75, 'Target not achieved'],
  ],
  formats: [[], [], [], [null, '0%', '0%'], [null, '0.00%', '0%']],
  merges: [
    { top: 1, left: 1, bottom: 1, right: 3 },
    { top: 1, left: 0, bottom: 2, right: 0 },
  ],
};

describe("a quarter's own target", () => {
  const r = buildReport([grid], parseConfig({}));

  it('is rated against, and named the target, not a profiled one', () => {
    expect(r.period?.label).toBe('Q2 2023/24');
    expect(r.items.map((i) => [i.rating.rag, i.indicator.targetProfiled])).toEqual([
      ['green', true],
      ['red', true],
    ]);
    expect(r.narrative.text).toContain(
      'Tickets sold at the Hazlitt stood at 68 per cent, above the target of 50 per cent.',
    );
    expect(r.narrative.text).toContain('56.04 per cent against a target of 75 per cent');
    expect(r.narrative.text).not.toContain('profiled');
  });
});
