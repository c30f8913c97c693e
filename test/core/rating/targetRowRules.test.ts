import fc from 'fast-check';
import { HyperFormula } from 'hyperformula';
import { registerNumberValue } from '../../helpers/numberValue';
import { planFormats } from '../../../src/core/rating/formatPlan';
import { rateIndicator } from '../../../src/core/rating/rateIndicator';
import type { RatedIndicator } from '../../../src/core/rating/types';
import { makeIndicator, measure, Q } from '../../helpers/makeIndicator';

registerNumberValue();

/**
 * Indicators laid out over a values row and a Target row: the live rules and labels, copied down a
 * block by a spreadsheet engine that is not ours (HyperFormula), must read each row's own target —
 * the Target row's cell in the value's column — and agree with the engine.
 */
const VALUE_COL = 5;
const LABEL_COL = 8;

type Spec = { polarity: 'higher' | 'lower'; v: number; t: number; offset: 1 | -1 };

function check(specs: readonly Spec[]): RatedIndicator[] {
  // Indicator i has its values on row 2 + 3i (zero-based) and its target on the row above or below.
  const items: RatedIndicator[] = specs.map((s, i) => {
    const row = 2 + 3 * i;
    const base = makeIndicator({ polarity: s.polarity, values: [s.v], target: s.t, unit: 'count', row });
    const indicator = { ...base, target: { ...base.target!, measure: measure(s.t, VALUE_COL, row + s.offset) } };
    return { indicator, rating: rateIndicator(indicator, Q(2021, 2), { amberRule: 'tolerance', decimals: () => 1 }) };
  });
  const rows = new Set(items.map((i) => i.indicator.row));
  const plan = planFormats(
    items,
    'tolerance',
    () => 1,
    [{ sheet: 'S', headerRow: 0, col: LABEL_COL, rows }],
    'Q2 2021/22',
  );
  const sheet: (number | null)[][] = Array.from({ length: 4 + 3 * specs.length }, () => []);
  for (const { indicator } of items) {
    sheet[indicator.row][VALUE_COL] = indicator.values[0].measure.value;
    sheet[indicator.target!.measure!.row][VALUE_COL] = indicator.target!.value;
  }
  const hf = HyperFormula.buildFromSheets({ S: sheet, scratch: [] }, { licenseKey: 'gpl-v3' });
  const data = hf.getSheetId('S')!;
  const scratch = hf.getSheetId('scratch')!;
  const shown = new Map<number, string>();
  for (const block of plan.blocks) {
    const cells = block.ranges.flatMap((r) => {
      const [a, b = a] = r.split(':');
      const from = Number(a.slice(1)) - 1;
      const to = Number(b.slice(1)) - 1;
      return Array.from({ length: to - from + 1 }, (_, k) => from + k);
    });
    for (const rule of block.rules) {
      hf.setCellContents({ sheet: scratch, row: cells[0], col: VALUE_COL }, `=${rule.formula}`);
      hf.copy({
        start: { sheet: scratch, row: cells[0], col: VALUE_COL },
        end: { sheet: scratch, row: cells[0], col: VALUE_COL },
      });
      for (const row of cells) {
        if (row !== cells[0]) hf.paste({ sheet: scratch, row, col: VALUE_COL });
        const formula = hf.getCellFormula({ sheet: scratch, row, col: VALUE_COL })!;
        if (hf.calculateFormula(formula, data) === true) {
          expect(shown.has(row)).toBe(false);
          shown.set(row, rule.rag);
        }
        hf.setCellContents({ sheet: scratch, row, col: VALUE_COL }, null);
      }
    }
  }
  for (const { indicator, rating } of items) {
    expect([indicator.row, shown.get(indicator.row) ?? 'none']).toEqual([indicator.row, rating.rag]);
    const label = plan.labels.find((l) => l.cell === `I${indicator.row + 1}`)!;
    expect(hf.calculateFormula(`=${label.formula}`, data)).toBe(label.expected);
    expect(label.expected.toLowerCase()).toBe(rating.rag);
  }
  hf.destroy();
  return items;
}

describe('live rules for targets on a Target row', () => {
  it('colour and label each row against its own target, with the Target row below or above', () => {
    const n = fc.integer({ min: 0, max: 400 }).map((x) => x / 4);
    const spec = fc.record({
      polarity: fc.constantFrom<'higher' | 'lower'>('higher', 'lower'),
      v: n,
      t: n.filter((t) => t > 0),
      offset: fc.constantFrom<1 | -1>(1, -1),
    });
    fc.assert(
      fc.property(fc.array(spec, { minLength: 1, maxLength: 6 }), (specs) => {
        check(specs);
      }),
      { numRuns: 60 },
    );
  });

  it('give rows one set of rules when their Target rows sit the same way, and another when not', () => {
    const same = check([
      { polarity: 'higher', v: 10, t: 10, offset: 1 },
      { polarity: 'higher', v: 5, t: 10, offset: 1 },
    ]);
    expect(planFormats(same, 'tolerance', () => 1, [], '').blocks).toHaveLength(1);
    const mixed = check([
      { polarity: 'higher', v: 10, t: 10, offset: 1 },
      { polarity: 'higher', v: 5, t: 10, offset: -1 },
    ]);
    expect(planFormats(mixed, 'tolerance', () => 1, [], '').blocks).toHaveLength(2);
  });
});
