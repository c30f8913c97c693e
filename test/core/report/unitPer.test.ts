/**
 * A unit column that says what each figure is for: Waverley's HR2 "average working days lost due to
 * sickness absence per employee" (1.63 days a quarter), Herefordshire's "average days of sickness
 * per FTE", waste in "kg per household", a cost "£ per household". The unit cell was not understood,
 * so the figures were printed bare ("2.3 against a target of 2"). Each is now printed with its unit
 * and what it is for.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import { reportToJson } from '../../../src/core/report/toJson';
import { inferUnit, splitUnitPer } from '../../../src/core/values/units';
import type { RawValue, SheetGrid } from '../../../src/core/values/types';

describe('a unit cell that says what each figure is for', () => {
  it.each([
    ['Days per FTE', 'Days', 'per FTE'],
    ['days per employee', 'days', 'per employee'],
    ['kg per household', 'kg', 'per household'],
    ['£ per head', '£', 'per head'],
  ])('%j is %j, %j', (text, unit, per) => {
    expect(splitUnitPer(text)).toEqual({ unit, per });
  });

  it.each(['Rate per 1,000', 'Number per 10,000 children', 'Score per month', '% per annum', 'Days'])(
    '%j is not split',
    (text) => {
      expect(splitUnitPer(text)).toBeNull();
    },
  );

  it('gives the unit the words before "per" give', () => {
    const plain = { percentFormat: false, currency: null };
    expect(inferUnit({ name: 'Sickness absence', unitText: 'Days per FTE', ...plain }).unit).toBe('days');
    expect(inferUnit({ name: 'Cost of collection', unitText: '£ per household', ...plain }).unit).toBe('money');
    expect(inferUnit({ name: 'Referrals', unitText: 'Rate per 1,000', ...plain }).unit).toBe('rate');
  });

  it('prints every figure with it, in the narrative and the JSON', () => {
    const values: RawValue[][] = [
      ['Corporate KPIs Quarter 2 2024/25'],
      [],
      ['Indicator', 'Unit', 'Polarity', 'Target', 'Q1 2024/25', 'Q2 2024/25'],
      ['Working days lost to sickness absence', 'Days per FTE', 'Lower', 1.6, 1.5, 1.9],
      ['Residual household waste', 'kg per household', 'Lower', 110, 105, 112],
      ['Cost of waste collection', '£ per household', 'Lower', 50, 48, 47],
    ];
    const grid: SheetGrid = { name: 'KPIs', values };
    const r = buildReport([grid], parseConfig({}));
    // 1.9 against 1.6 (lower): 18.8 % over, red. 112 against 110: 1.8 % over, amber. £47 against £50: green.
    expect(r.items.map((i) => i.rating.rag)).toEqual(['red', 'amber', 'green']);
    const text = r.narrative.text;
    expect(text).toContain(
      '• Working days lost to sickness absence: 1.9 days per FTE against a target of 1.6 days per FTE.',
    );
    expect(text).toContain(
      'Residual household waste stood at 112 kg per household, just above the target of 110 kg per household.',
    );
    expect(text).toContain(
      'Cost of waste collection stood at £47 per household, below the target of £50 per household.',
    );
    expect(text).toContain('up 0.4 days per FTE to 1.9 days per FTE');
    const json = reportToJson(r);
    expect(json.indicators.map((i) => [i.display, i.targetDisplay])).toEqual([
      ['1.9 days per FTE', '1.6 days per FTE'],
      ['112 kg per household', '110 kg per household'],
      ['£47 per household', '£50 per household'],
    ]);
  });
});
