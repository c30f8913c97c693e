/**
 * A target of 0 under a tolerance that is a share of the target leaves no amber: Oxfordshire's
 * "Reduce the number of people delayed" has 339 against a target of 0, which the council rated amber
 * and the default 5 % of 0 can only make red. The colour stays what the rule gives; the officer is
 * told why, and how to give a margin. Worked out by hand first.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue, SheetGrid } from '../../../src/core/values/types';

const sheet = (rows: readonly (readonly RawValue[])[]): SheetGrid => ({
  name: 'Adult social care',
  values: [['Measure', 'Polarity', 'Target', 'Q2 2023/24'], ...rows.map((r) => [...r])],
});

describe('a target of 0', () => {
  it('rates a miss red, and says that a share of 0 gives no amber', () => {
    const r = buildReport([sheet([['Number of people delayed in hospital', 'Lower', 0, 339]])], parseConfig({}));
    expect(r.items.map((i) => i.rating.rag)).toEqual(['red']);
    const said = r.issues.filter((i) => i.code === 'tolerance-at-zero');
    expect(said.map((i) => [i.severity, i.sheet, i.cell])).toEqual([['warning', 'Adult social care', 'D2']]);
    expect(said[0].message).toContain("'Number of people delayed in hospital' (339) is red against a target of 0");
    expect(said[0].message).toContain('within 5 % of the target is no margin at all');
  });

  it('says nothing where the target is met, or where the margin is in units', () => {
    const met = buildReport([sheet([['Number of people delayed in hospital', 'Lower', 0, 0]])], parseConfig({}));
    expect(met.items.map((i) => i.rating.rag)).toEqual(['green']);
    expect(met.issues.map((i) => i.code)).not.toContain('tolerance-at-zero');
    const units = buildReport(
      [sheet([['Number of people delayed in hospital', 'Lower', 0, 2]])],
      parseConfig({ tolerance: { type: 'absolute', value: 3 } }),
    );
    expect(units.items.map((i) => i.rating.rag)).toEqual(['amber']);
    expect(units.issues.map((i) => i.code)).not.toContain('tolerance-at-zero');
  });

  it('says nothing of a target other than 0', () => {
    const r = buildReport([sheet([['Number of people delayed in hospital', 'Lower', 10, 339]])], parseConfig({}));
    expect(r.items.map((i) => i.rating.rag)).toEqual(['red']);
    expect(r.issues.map((i) => i.code)).not.toContain('tolerance-at-zero');
  });
});

describe('a target of 0 where the sheet gives no polarity', () => {
  const grid: SheetGrid = {
    name: 'Housing',
    values: [
      ['Measure', 'Target', 'Q1 2025/26', 'Q2 2025/26'],
      ['Gas servicing certificates outstanding at quarter end', 0, 3, 2],
      ['Affordable homes delivered', 40, 31, 44],
    ],
  };
  const r = buildReport([grid], parseConfig({}));

  it('is read as a ceiling: any figure would meet it were higher better', () => {
    // 2 against 0, lower is better: red (no margin from a share of 0). Higher would have been a green.
    expect(r.items.map((i) => [i.indicator.polarity, i.rating.rag])).toEqual([
      ['lower', 'red'],
      ['higher', 'green'],
    ]);
    // 3 to 2, lower is better: an improvement, not the largest decline.
    expect(r.items[0].rating.shortTerm?.direction).toBe('improving');
    const assumed = r.issues.filter((i) => i.code === 'polarity-assumed');
    expect(assumed[0].message).toContain('rated as lower is better, as its target is 0');
    expect(assumed[1].message).toContain('rated as higher is better.');
  });
});
