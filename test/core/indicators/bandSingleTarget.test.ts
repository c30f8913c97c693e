/**
 * A polarity that asks for a range ("Within range", "Target range") beside a target of one figure:
 * there is no range to rate against, so the indicator is not rated. Before, that was said nowhere:
 * children in care, 1,380 against a target of 1,450, was given as a context measure without a
 * target. Worked out by hand before the engine was run.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { SheetGrid } from '../../../src/core/values/types';

const grid = (polarity: string, target: string | number): SheetGrid => ({
  name: 'Scorecard',
  values: [
    ['Ref', 'Indicator Description', 'Polarity', 'Aug-24', 'Sep-24', 'Target'],
    ['SCS09', 'Number of children in care (excluding UASC)', polarity, 1405, 1380, target],
  ],
});

describe('a range polarity beside a target of one figure', () => {
  it('is not rated, and said so, naming the target cell', () => {
    const r = buildReport([grid('Within range', 1450)], parseConfig({}));
    expect(r.items.map((i) => i.rating.rag)).toEqual(['none']);
    const said = r.issues.filter((i) => i.code === 'band-target-single');
    expect(said.map((i) => [i.severity, i.cell])).toEqual([['warning', 'F2']]);
    expect(said[0].message).toBe(
      "Scorecard!F2: the polarity of 'Number of children in care (excluding UASC)' asks for a range, but its target is one figure (1,450), so it is not rated; give the target as a range, as in '1,400 - 1,500', or set the polarity to higher or lower is better.",
    );
  });

  it('says nothing where the target is a range', () => {
    const r = buildReport([grid('Within range', '1,400 - 1,500')], parseConfig({}));
    // 1,380 below 1,400 by 1.4 %: within the 5 % tolerance of the nearer bound, amber.
    expect(r.items.map((i) => i.rating.rag)).toEqual(['amber']);
    expect(r.issues.filter((i) => i.code === 'band-target-single')).toEqual([]);
  });
});
