import fc from 'fast-check';
import { HyperFormula } from 'hyperformula';
import { registerNumberValue } from '../../helpers/numberValue';
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { SheetGrid } from '../../../src/core/values/types';
import { parseSheetRag } from '../../../src/core/values/sheetRag';

registerNumberValue();

/**
 * City of Lincoln's layout: "Low target" and "High target" columns beside a stated polarity. When
 * higher is better, below the low target is red, from it up to the high target amber, at or above
 * the high target green; lower is better mirrors this. The live labels, computed by a spreadsheet
 * engine that is not ours, must say the same.
 */
type Row = { polarity: 'High' | 'Low'; low: number; high: number; value: number };

const HEADER = ['Measure', 'High or low is good', 'Low target', 'High target', 'Q3 2024/25', 'Q4 2024/25'];

function report(rows: readonly Row[]) {
  const values: SheetGrid['values'] = [
    HEADER,
    ...rows.map((r, i) => [`Measure ${i + 1}`, r.polarity, r.low, r.high, r.value, r.value]),
  ];
  return { values, report: buildReport([{ name: 'Q4', values }], parseConfig({})) };
}

describe('low and high target columns with a stated polarity', () => {
  it('rate below the low target red, between amber and at the high target green (higher is better)', () => {
    const { report: r } = report([
      { polarity: 'High', low: 85, high: 90, value: 91.2 },
      { polarity: 'High', low: 96.5, high: 99, value: 97.81 },
      { polarity: 'High', low: 78, high: 80, value: 77.4 },
      { polarity: 'High', low: 85, high: 90, value: 85 },
      { polarity: 'High', low: 85, high: 90, value: 90 },
    ]);
    expect(r.items.map((i) => i.rating.rag)).toEqual(['green', 'amber', 'red', 'amber', 'green']);
  });

  it('mirror for lower is better: above the high target red, at or below the low target green', () => {
    const { report: r } = report([
      { polarity: 'Low', low: 10, high: 15, value: 9 },
      { polarity: 'Low', low: 10, high: 15, value: 12 },
      { polarity: 'Low', low: 10, high: 15, value: 15.5 },
      { polarity: 'Low', low: 10, high: 15, value: 10 },
    ]);
    expect(r.items.map((i) => i.rating.rag)).toEqual(['green', 'amber', 'red', 'green']);
    expect(r.items[0].indicator.target?.value).toBe(10);
  });

  it('take the better of the two as the target whichever column holds it (the low target the lenient one)', () => {
    // Lincoln's re-let time, lower is better: "Low target" 35 days (acceptable), "High target" 30 (aspirational).
    const { report: r } = report([
      { polarity: 'Low', low: 35, high: 30, value: 28.1 },
      { polarity: 'Low', low: 60, high: 40, value: 50 },
      { polarity: 'Low', low: 60, high: 40, value: 81 },
      { polarity: 'High', low: 98, high: 96, value: 97 },
    ]);
    expect(r.items.map((i) => [i.rating.rag, i.indicator.target?.value])).toEqual([
      ['green', 30],
      ['amber', 40],
      ['red', 40],
      ['amber', 98],
    ]);
    const said = r.issues.filter((i) => i.code === 'target-pair-as-amber');
    expect(said.map((i) => i.cell)).toEqual(['C2:D2', 'C3:D3', 'C4:D4', 'C5:D5']);
    expect(said[1].message).toContain('(60 in C3) and the target (40 in D3)');
    expect(r.issues.some((i) => i.code === 'band-target-one-side')).toBe(false);
  });

  it('says so, naming both target cells', () => {
    const { report: r } = report([{ polarity: 'High', low: 85, high: 90, value: 88 }]);
    const issue = r.issues.find((i) => i.code === 'target-pair-as-amber');
    expect(issue).toMatchObject({ sheet: 'Q4', cell: 'C2:D2' });
    expect(issue?.message).toContain('edge of amber');
  });

  it('keeps a range to stay inside when the polarity says so, or says nothing', () => {
    const values: SheetGrid['values'] = [
      HEADER,
      ['In range', 'Within range', 10, 15, 12, 13],
      ['No polarity', null, 10, 15, 12, 13],
    ];
    const r = buildReport([{ name: 'Q4', values }], parseConfig({}));
    expect(r.items.map((i) => [i.indicator.polarity, i.rating.rag])).toEqual([
      ['band', 'green'],
      ['band', 'green'],
    ]);
    expect(r.issues.some((i) => i.code === 'target-pair-as-amber')).toBe(false);
  });

  it('live labels agree with the rating', () => {
    const n = fc.integer({ min: 0, max: 400 }).map((x) => x / 4);
    const row = fc
      .record({
        polarity: fc.constantFrom<'High' | 'Low'>('High', 'Low'),
        low: n,
        gap: n.filter((g) => g > 0),
        value: n,
      })
      .map(({ polarity, low, gap, value }): Row => ({ polarity, low, high: low + gap, value }));
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 5 }), (rows) => {
        const { values, report: r } = report(rows);
        const hf = HyperFormula.buildFromSheets(
          { Q4: values.map((v) => [...v]) as (string | number | null)[][] },
          { licenseKey: 'gpl-v3' },
        );
        const sheet = hf.getSheetId('Q4')!;
        for (const item of r.items) {
          const label = r.formatPlan.labels.find((l) => l.cell.endsWith(String(item.indicator.row + 1)));
          expect(label).toBeDefined();
          expect([item.indicator.row, hf.calculateFormula(`=${label!.formula}`, sheet)]).toEqual([
            item.indicator.row,
            label!.expected,
          ]);
          expect(label!.expected.toLowerCase()).toBe(item.rating.rag);
        }
        hf.destroy();
      }),
      { numRuns: 40 },
    );
  });
});

describe("the sheet's own status in Lincoln's words", () => {
  it.each([
    ['Met or exceeded the high target', 'green'],
    ['Met or exceeded higher target', 'green'],
    ['Met or exceeded a higher target', 'green'],
    ['Within target boundaries', 'amber'],
    ['Below target', 'red'],
    ['Below the low target', 'red'],
    ['Volumetric', 'none'],
  ])('%j is %s', (text, rag) => {
    expect(parseSheetRag(text)?.rag).toBe(rag);
  });
});
