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
import { inferUnit, printedUnitWord, splitUnitPer } from '../../../src/core/values/units';
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

describe('a unit cell the engine has no meaning for', () => {
  it.each([
    ['Visits', 'visits'],
    ['FTE', 'FTE'],
    ['µg/m³', 'µg/m³'],
    ['Score out of 10', 'out of 10'],
    ['Score', null],
    ['Quarterly', null],
    ['Number', null],
    ['Level of service', null],
  ])('%j is printed as %j', (text, printed) => {
    expect(printedUnitWord(text)).toBe(printed);
  });

  it('is printed after each figure where it is one word, and said to be left out where it is more', () => {
    const values: RawValue[][] = [
      ['Corporate KPIs Quarter 2 2024/25'],
      [],
      ['Indicator', 'Unit', 'Polarity', 'Target', 'Q1 2024/25', 'Q2 2024/25'],
      ['Visits to leisure centres', 'Visits', 'Higher', 110000, 105000, 112000],
      ['Nitrogen dioxide at the roadside monitor', 'µg/m³', 'Lower', 40, 38, 41],
      ['Residents satisfied with the area', 'Score out of 10', 'Higher', 7.5, 7.1, 7.4],
      ['Streets graded acceptable for litter', 'Grade A or B share', 'Higher', 90, 92, 93],
      ['Homes brought back into use', 'Homes', 'Higher', 1, 2, 1],
    ];
    const r = buildReport([{ name: 'KPIs', values }], parseConfig({}));
    const text = r.narrative.text;
    expect(text).toContain('Visits to leisure centres stood at 112,000 visits, above the target of 110,000 visits.');
    expect(text).toContain('stood at 41 µg/m³, just above the target of 40 µg/m³.');
    expect(text).toContain('stood at 7.4 out of 10, just below the target of 7.5 out of 10.');
    expect(text).toContain('Homes brought back into use stood at 1 home, meeting the target of 1 home.');
    // "Grade A or B share" is neither a unit nor a word to print: the figures go bare, and a note says so.
    expect(text).toContain('Streets graded acceptable for litter stood at 93, above the target of 90.');
    expect(r.issues.filter((i) => i.code === 'unit-not-read').map((i) => i.message)).toEqual([
      "KPIs!B7: the unit 'Grade A or B share' is not one that is read, so the figures of 'Streets graded acceptable for litter' are printed without it; if it matters, set the indicator's unit in the configuration.",
    ]);
  });

  it('prints no word of a type column that says how the figures are kept', () => {
    const values: RawValue[][] = [
      ['Corporate KPIs Quarter 2 2024/25'],
      [],
      ['Indicator', 'Unit', 'Polarity', 'Target', 'Q1 2024/25', 'Q2 2024/25'],
      ['Affordable homes delivered', 'Cumulative', 'Higher', 100, 40, 95],
      ['Visits to libraries', 'Quarterly', 'Higher', 100, 40, 95],
    ];
    const r = buildReport([{ name: 'KPIs', values }], parseConfig({}));
    // "Cumulative" says how the figures are kept: 95 is the year so far, and the sentence says so.
    expect(r.narrative.text).toContain(
      'Affordable homes delivered stood at 95 so far this year, just below the target of 100.',
    );
    expect(r.narrative.text).toContain('Visits to libraries stood at 95, just below the target of 100.');
    expect(r.issues.some((i) => i.code === 'unit-not-read')).toBe(false);
  });
});
