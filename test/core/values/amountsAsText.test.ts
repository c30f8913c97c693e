/**
 * Finance scorecards type amounts with their scale ("£1.25m", "£245k") and negatives in brackets
 * ("(85)", an underspend), as text. Neither was read: a sundry debt of £1.25m against a ceiling of
 * £1.0m, red by the sheet's own status, went under "Data not available". The answers below were
 * worked out by hand before the engine was run.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import { accountsNegative, parseNumber } from '../../../src/core/values/parseNumber';
import { parseBandTarget } from '../../../src/core/values/polarity';
import type { SheetGrid } from '../../../src/core/values/types';

describe('an amount typed with its scale, or in brackets', () => {
  it.each([
    ['£1.25m', 1_250_000, 'millions'],
    ['£1.1m', 1_100_000, 'millions'],
    ['£245k', 245_000, 'thousands'],
    ['£1.2bn', 1_200_000_000, 'billions'],
    ['£3 million', 3_000_000, 'millions'],
    ['(£245k)', -245_000, 'thousands'],
  ])('%p is %p, in %s', (text, value, magnitude) => {
    const p = parseNumber(text);
    expect([p.value, p.magnitude, p.currency, p.fromText]).toEqual([value, magnitude, '£', true]);
  });

  it('in brackets is a negative in a row of money only: a bare "(12)" may be a count beside a share', () => {
    expect(parseNumber('(12)').value).toBeNull();
    expect(accountsNegative(parseNumber('(85)')).value).toBe(-85);
    expect(accountsNegative(parseNumber('(1,120.5)')).value).toBe(-1120.5);
    expect(accountsNegative(parseNumber('(p)')).value).toBeNull();
  });

  it.each(['1.25m', '12 months', '(p)', '((5))', '(0)'])('%p is not a figure', (text) => {
    expect(parseNumber(text).value).toBeNull();
  });

  const grid: SheetGrid = {
    name: 'Resources',
    values: [
      ['Code', 'Indicator', 'Good Perf', 'Q1 2023/24', 'Q2 2023/24', 'Target'],
      ['FIN06', 'Sundry debt over 90 days', '↓', '£1.10m', '£1.25m', '£1.0m'],
      ['FIN09', 'Directorate revenue forecast variance £k', '↓', '(120)', '(85)', 0],
      ['FIN10', 'Cases awaiting assessment (number under 5 days in brackets)', '↓', '(12)', '(14)', 10],
    ],
    formats: [[], [], [null, null, null, null, null, null], [null, null, null, null, null, '0.0%'], []],
  };
  const r = buildReport([grid], parseConfig({}));

  it('is rated, and printed in the scale it was written in', () => {
    // £1.25m against a ceiling of £1.0m: 25 % over, red. -£85k against 0, lower is better: green.
    expect(
      r.items.map((i) => [i.indicator.unit === 'money', i.rating.current?.measure.value ?? null, i.rating.rag]),
    ).toEqual([
      [true, 1_250_000, 'red'],
      [true, -85, 'green'],
      // Not money: "(14)" is not read as -14, and is said to be unread.
      [false, null, 'none'],
    ]);
    expect(r.issues.filter((i) => i.code === 'figure-unreadable').map((i) => i.cell)).toContain('E4');
    expect(r.narrative.text).toContain('Sundry debt over 90 days (FIN06): £1.25m against a target of £1m.');
    // The name's "£k" says money, though the target column is formatted as per cent; a 0 is £0.
    expect(r.narrative.text).toContain('stood at -£85k, below the target of £0');
    expect(r.issues.map((i) => i.code)).not.toContain('target-percent-unit');
  });

  it('is left out of the live rules, which cannot read it, and still rated in the report', () => {
    const live = r.formatPlan.blocks.flatMap((b) => b.ranges);
    expect(live).not.toContain('E2');
    expect(live).not.toContain('E3');
    expect(r.formatPlan.labels.map((l) => l.cell)).toEqual(['G4']);
  });
});

describe('a target of "±1%"', () => {
  it('is a band either side of nothing', () => {
    expect(parseBandTarget('±1%')).toEqual({ lower: -0.01, upper: 0.01, percentFormat: true });
    expect(parseBandTarget('+/- 2')).toEqual({ lower: -2, upper: 2, percentFormat: false });
    expect(parseBandTarget('±0')).toBeNull();
  });

  it('rates a forecast variance within it green, and says which way it moved, not that it is the same', () => {
    const r = buildReport(
      [
        {
          name: 'Financial health',
          values: [
            ['Indicator', 'Target', 'Q1 2024/25', 'Q2 2024/25'],
            ['Forecast variance as % of net revenue budget', '±1%', -0.002, 0.009],
          ],
          formats: [[], [null, null, '0.0%', '0.0%']],
        },
      ],
      parseConfig({}),
    );
    expect(r.items.map((i) => [i.indicator.polarity, i.rating.rag])).toEqual([['band', 'green']]);
    expect(r.narrative.text).toContain('It is within the target range of -1 per cent to 1 per cent.');
    expect(r.narrative.text).toContain('That is up from -0.2 per cent last quarter.');
  });
});
