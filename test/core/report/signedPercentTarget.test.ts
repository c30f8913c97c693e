/**
 * A target of "+10%" or "-5%" beside counts is a change (on last year, say), not a level. A culture
 * and leisure scorecard's "Digital library loans: 61,000 | 66,000 | 70,500, target +10%" was read
 * as percentages — "stood at 70,500 per cent, above the target of 10 per cent" — and "-5%" on a
 * count as a target of minus 5 per cent, green. Worked by hand: neither can be rated without
 * knowing what the change is on, so each is not rated and said so; the figures stay counts. A
 * signed target beside percentages is still a level ("-2%" for a budget variance in per cent).
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue, SheetGrid } from '../../../src/core/values/types';

const config = parseConfig({});
type Cell = RawValue | { readonly value: number; readonly format: string };
/** A sheet of values, each cell with its number format where it is given one. */
const grid = (cells: Cell[][]): SheetGrid => {
  const plain = (c: Cell) => c !== null && typeof c === 'object' && 'format' in c;
  return {
    name: 'Culture Q2',
    values: cells.map((r) => r.map((c) => (plain(c) ? (c as { value: number }).value : (c as RawValue)))),
    formats: cells.map((r) => r.map((c) => (plain(c) ? (c as { format: string }).format : null))),
  };
};
const count = (value: number) => ({ value, format: '#,##0' });
const share = (value: number) => ({ value, format: '0.0%' });

describe('a target written as a signed percentage', () => {
  const report = buildReport(
    [
      grid([
        ['Measure', 'Q2 2023/24', 'Q1 2024/25', 'Q2 2024/25', 'Target'],
        ['Digital library loans (e-books and e-audio)', count(61000), count(66000), count(70500), '+10%'],
        ['Library visits (physical)', count(182400), count(171300), count(190800), '-5%'],
        ['Leisure centre attendances', count(512300), count(498100), count(540900), count(525000)],
        ['Spend against budget', share(-0.01), share(-0.03), share(-0.025), '-2%'],
      ]),
    ],
    config,
  );
  const item = (name: string) => report.items.find((i) => i.indicator.name.startsWith(name))!;

  it('beside counts, is not rated, and the figures stay counts', () => {
    for (const name of ['Digital library loans', 'Library visits']) {
      const { indicator, rating } = item(name);
      expect({ name, unit: indicator.unit, target: indicator.target, rag: rating.rag }).toEqual({
        name,
        unit: 'number',
        target: null,
        rag: 'none',
      });
    }
    const warned = report.issues.filter((i) => i.code === 'target-percent-unit').map((i) => i.cell);
    expect(warned).toEqual(['E2', 'E3']);
  });

  it('leaves the narrative without "per cent" for a count', () => {
    expect(report.narrative.text).not.toMatch(/70,500 per cent|10 per cent/);
    expect(report.narrative.text).toContain('70,500');
  });

  it('beside percentages, is a level as before', () => {
    const { indicator } = item('Spend against budget');
    expect(indicator.unit).toBe('percentage');
    expect(indicator.target?.value).toBe(-2);
  });

  it('leaves a plain target beside counts as it was', () => {
    expect(item('Leisure centre attendances').rating.rag).toBe('green');
  });
});
