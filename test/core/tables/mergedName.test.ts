/**
 * A name merged down over two rows: a children's scorecard with "Children subject to a child
 * protection plan" merged over B4:B5, the count on row 4 (CSC03, for context) and the rate per 10,000
 * on row 5 (CSC03a). Row 5 has no name of its own, and was left out with a warning that B5 had no
 * name, though B5 is part of the merged name. Worked by hand: CSC03a, lower is better, 43.6 against
 * 42, 3.8 % over, within 5 %: amber.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { SheetGrid } from '../../../src/core/values/types';

const grid: SheetGrid = {
  name: 'CSC',
  values: [
    ["Children's Social Care Scorecard"],
    [],
    ['Ref', 'Indicator', 'Polarity', 'Target', 'Q2 2024/25', 'Q3 2024/25'],
    ['CSC03', 'Children subject to a child protection plan', 'N/A', null, 305, 312],
    ['CSC03a', null, 'Lower', 42, 41, 43.6],
    ['CSC05', 'Child protection plans lasting 2 years or more (%)', 'Lower', 3, 2.5, 2],
  ],
  merges: [{ top: 3, left: 1, bottom: 4, right: 1 }],
};

describe('a row under a name merged down from the row above', () => {
  const r = buildReport([grid], parseConfig({}));

  it('is an indicator of that name, said so', () => {
    expect(r.items.map((i) => [i.indicator.id, i.indicator.name, i.rating.rag])).toEqual([
      ['CSC03', 'Children subject to a child protection plan', 'none'],
      ['CSC03a', 'Children subject to a child protection plan', 'amber'],
      ['CSC05', 'Child protection plans lasting 2 years or more (%)', 'green'],
    ]);
    expect(r.issues.filter((i) => i.code === 'name-from-merge').map((i) => i.cell)).toEqual(['B5']);
    expect(r.issues.map((i) => i.code)).not.toContain('row-without-name');
  });

  it('is still left out, with its warning, where no name is merged over it', () => {
    const plain = buildReport([{ ...grid, merges: [] }], parseConfig({}));
    expect(plain.items.map((i) => i.indicator.id)).toEqual(['CSC03', 'CSC05']);
    expect(plain.issues.map((i) => i.code)).toContain('row-without-name');
  });
});
