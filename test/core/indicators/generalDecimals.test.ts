/**
 * Moray's complaints per 1,000 population (1.13 last quarter, 1.05 now) and Welwyn Hatfield's rent
 * lost (0.96, 1.08), typed to two places in cells without a number format. Excel shows them as
 * typed; printed at the house style's one place they read "1.1" and "1.1", and a fall of 7 % was
 * "the same as last quarter". Worked out by hand first.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { toMeasure } from '../../../src/core/indicators/measures';
import { buildReport } from '../../../src/core/report/buildReport';
import { parseNumber } from '../../../src/core/values/parseNumber';
import type { RawValue, SheetGrid } from '../../../src/core/values/types';

const measure = (raw: RawValue, format: string | null, percentage = false, fractions = false) =>
  toMeasure('S', { row: 1, col: 2, raw, format, parsed: parseNumber(raw, format) }, percentage, fractions);

describe('the decimals of a figure in a cell without a number format', () => {
  it.each([
    [1.13, 'General', 2],
    [97.65, null, 2],
    [1.1, 'General', null],
    [26, 'General', null],
    [1.1333333, 'General', null],
    [2.125, 'General', null],
    [1.13, '0.0', 1],
  ])('%p under %p: %p', (raw, format, decimals) => {
    expect(measure(raw, format).formatDecimals).toBe(decimals);
  });

  it('counts a percentage kept as a fraction in its points: 0.9765 is 97.65 per cent', () => {
    expect(measure(0.9765, 'General', true, true)).toMatchObject({ value: 97.65, formatDecimals: 2 });
    expect(measure(0.85, 'General', true, true)).toMatchObject({ value: 85, formatDecimals: null });
  });

  it('prints them as typed, and tells a change of 0.08 from none', () => {
    const grid: SheetGrid = {
      name: 'Chief Executive',
      values: [
        ['Indicator', 'Polarity', 'Target', 'Q1 2017/18', 'Q2 2017/18'],
        ['Complaints received per 1,000 population', 'Lower', 1.2, 1.13, 1.05],
        ['Missed bins per 1,000 collections', 'Lower', 1.2, 0.96, 1.04],
      ],
    };
    const text = buildReport([grid], parseConfig({})).narrative.performingWell.map((i) => i.text);
    expect(text).toEqual([
      expect.stringMatching(
        /^Complaints received stood at 1\.05 per 1,000 population, below the target of 1\.2 per 1,000\. .*1\.13 per 1,000 last quarter\.$/,
      ),
      'Missed bins stood at 1.04 per 1,000, below the target of 1.2 per 1,000. That is worse than 0.96 per 1,000 last quarter.',
    ]);
    expect(text.join(' ')).not.toContain('same as last quarter');
  });
});
