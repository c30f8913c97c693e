/**
 * Cumbria's corporate scorecard gives one measure a target in words: "To be better than baseline".
 * Before, the warning said the indicator was not rated, while the narrative counted it a context
 * measure without a target. A target cell with words the engine cannot read is the officer's target
 * all the same: the indicator is not rated until it is checked, and listed so. The answers below
 * were worked out by hand before the engine was run.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { SheetGrid } from '../../../src/core/values/types';

const grid: SheetGrid = {
  name: 'Scorecard',
  values: [
    ['Measure', 'Good performance is', 'Target', 'Q1 2013/14', 'Q2 2013/14'],
    ['Child poverty composite score', 'Smaller', 'To be better than baseline', 20.9, 21.3],
    ['% of invoices paid within 30 days', 'Bigger', 92, 93.4, 94.1],
    ['Number of children looked after', 'n/a', '-', 651, 660],
  ],
};

describe('a target written in words', () => {
  const r = buildReport([grid], parseConfig({}));
  const poverty = r.items[0];

  it('leaves the indicator not rated, to be checked, naming the cell', () => {
    expect(poverty.rating).toMatchObject({ rag: 'none', status: 'no-target' });
    expect(poverty.rating.reason).toBe(
      "not rated: the target in C2 is words ('To be better than baseline'), not a figure; please check it",
    );
    expect(r.issues.filter((i) => i.code === 'target-unreadable').map((i) => i.cell)).toEqual(['C2']);
  });

  it('lists it under "please check", not among the context measures, which the looked-after count is', () => {
    expect(r.narrative.check?.map((i) => i.indicatorId)).toEqual([poverty.indicator.id]);
    expect(r.narrative.text).toContain(
      "It is not rated: its target is not a figure — please check it ('To be better than baseline' in C2).",
    );
    expect(r.narrative.summary[0].text).toContain('One more is a context measure without a target.');
    expect(r.narrative.summary[0].text).toContain(
      'One indicator is not rated until its target is checked: Child poverty composite score.',
    );
  });
});
