import fc from 'fast-check';
import { rateIndicator } from '../../../src/core/rating/rateIndicator';
import type { Indicator } from '../../../src/core/indicators/types';
import type { Rag } from '../../../src/core/rating/types';
import { makeIndicator, Q } from '../../helpers/makeIndicator';

const NOW = Q(2021, 2);
const options = { amberRule: 'tolerance' as const, decimals: () => 1 };
const rate = (ind: Indicator, amberRule: 'tolerance' | 'tolerance-or-improving' = 'tolerance') =>
  rateIndicator(ind, NOW, { ...options, amberRule });

describe('rateIndicator', () => {
  it.each<[string, Indicator['polarity'], number, number, Rag]>([
    ['above target, higher is better', 'higher', 92.7, 90, 'green'],
    ['exactly on target, higher is better', 'higher', 90, 90, 'green'],
    ['within 5 % below, higher is better', 'higher', 86, 90, 'amber'],
    ['on the amber boundary (90 × 0.95 = 85.5)', 'higher', 85.5, 90, 'amber'],
    ['just past the amber boundary', 'higher', 85.49, 90, 'red'],
    ['below target, lower is better', 'lower', 16, 18, 'green'],
    ['exactly on target, lower is better', 'lower', 18, 18, 'green'],
    ['on the amber boundary (18 × 1.05 = 18.9)', 'lower', 18.9, 18, 'amber'],
    ['beyond tolerance, lower is better', 'lower', 19, 18, 'red'],
  ])('%s', (_, polarity, value, target, rag) => {
    const r = rate(makeIndicator({ polarity, values: [value], target }));
    expect(r.rag).toBe(rag);
    expect(r.status).toBe('rated');
  });

  it('agrees with the stored fraction on a boundary (0.855 against 0.9 stored as fractions)', () => {
    const ind = makeIndicator({ values: [85.5], target: 90, scale: 100 });
    expect(rate(ind).rag).toBe('amber');
  });

  it('uses an absolute tolerance in percentage points', () => {
    const ind = makeIndicator({ values: [88.1], target: 90, tolerance: { type: 'absolute', value: 2 } });
    expect(rate(ind).rag).toBe('amber');
    expect(rate({ ...ind, tolerance: { type: 'absolute', value: 1 } }).rag).toBe('red');
    expect(rate(ind).reason).toContain('2 percentage points');
  });

  it('says a margin of days in days, and one point as one', () => {
    // 9.5 days to process a change against 8, lower is better, amber up to 10 ("+2 days").
    const days = makeIndicator({
      polarity: 'lower',
      unit: 'days',
      values: [9.5],
      target: 8,
      tolerance: { type: 'absolute', value: 2 },
    });
    expect([rate(days).rag, rate(days).reason]).toEqual(['amber', 'off target, within 2 days of it']);
    const point = makeIndicator({ values: [89.5], target: 90, tolerance: { type: 'absolute', value: 1 } });
    expect(rate(point).reason).toBe('off target, within 1 percentage point of it');
  });

  it('rates a band: green inside, amber just outside, red far outside', () => {
    const band = { lower: 10, upper: 15 };
    expect(rate(makeIndicator({ polarity: 'band', values: [12], target: band })).rag).toBe('green');
    expect(rate(makeIndicator({ polarity: 'band', values: [15], target: band })).rag).toBe('green');
    expect(rate(makeIndicator({ polarity: 'band', values: [15.5], target: band })).rag).toBe('amber');
    expect(rate(makeIndicator({ polarity: 'band', values: [9.6], target: band })).rag).toBe('amber');
    expect(rate(makeIndicator({ polarity: 'band', values: [20], target: band })).rag).toBe('red');
  });

  it('does not rate a measure with no target or no polarity', () => {
    const noTarget = rate(makeIndicator({ values: [278], target: null, unit: 'count' }));
    expect(noTarget).toMatchObject({ rag: 'none', status: 'no-target' });
    const noPolarity = rate(makeIndicator({ polarity: 'none', values: [278], target: 250, unit: 'count' }));
    expect(noPolarity).toMatchObject({ rag: 'none', status: 'no-target' });
  });

  it('reports no data, never zero, when the period has no value', () => {
    const r = rate(makeIndicator({ values: [80, null], target: 90 }));
    expect(r).toMatchObject({ rag: 'none', status: 'no-data', reportedAnnually: false });
  });

  it('says an annual indicator with an empty quarter is reported annually', () => {
    const r = rate(makeIndicator({ values: [65, null, null], target: 70, frequency: 'annual' }));
    expect(r).toMatchObject({ status: 'no-data', reportedAnnually: true, reason: 'reported annually' });
  });

  it('makes a red indicator amber when it is improving, under the direction-of-travel rule', () => {
    const ind = makeIndicator({ values: [70, 75], target: 90 });
    expect(rate(ind).rag).toBe('red');
    expect(rate(ind, 'tolerance-or-improving').rag).toBe('amber');
    expect(rate(makeIndicator({ values: [80, 75], target: 90 }), 'tolerance-or-improving').rag).toBe('red');
  });

  it('works out direction of travel through polarity, short and long term', () => {
    const higher = rate(makeIndicator({ values: [85, 88, 89, 91, 90.5], target: 90 }));
    expect(higher.shortTerm?.direction).toBe('declining');
    expect(higher.longTerm?.direction).toBe('improving');
    expect(higher.longTerm?.from.period.label).toBe('Q2 2020/21');
    const lower = rate(makeIndicator({ polarity: 'lower', values: [20, 18], target: 18 }));
    expect(lower.shortTerm?.direction).toBe('improving');
    const context = rate(makeIndicator({ polarity: 'none', unit: 'count', values: [270, 278], target: null }));
    expect(context.shortTerm?.direction).toBe('increasing');
    expect(context.shortTerm?.change).toBe(8);
  });

  it('calls values that print the same unchanged', () => {
    expect(rate(makeIndicator({ values: [92.71, 92.74], target: 90 })).shortTerm?.direction).toBe('unchanged');
  });

  it('compares with the latest earlier period that has a value', () => {
    const r = rate(makeIndicator({ values: [80, null, 85], target: 90 }));
    expect(r.shortTerm?.from.period.label).toBe('Q4 2020/21');
  });
});

describe('rating invariants', () => {
  const polarity = fc.constantFrom<'higher' | 'lower'>('higher', 'lower');
  const num = fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true });
  const tolerance = fc.record({
    type: fc.constantFrom<'relative' | 'absolute'>('relative', 'absolute'),
    value: fc.double({ min: 0, max: 1, noNaN: true }),
  });

  it('meeting the target is never red (nor amber)', () => {
    fc.assert(
      fc.property(polarity, num, tolerance, (p, t, tol) => {
        expect(rate(makeIndicator({ polarity: p, values: [t], target: t, tolerance: tol })).rag).toBe('green');
      }),
    );
  });

  it('mirroring the values and flipping the polarity mirrors the rating', () => {
    fc.assert(
      fc.property(polarity, num, num, fc.double({ min: 0, max: 50, noNaN: true }), (p, v, t, abs) => {
        const tol = { type: 'absolute' as const, value: abs };
        const a = rate(makeIndicator({ polarity: p, values: [v], target: t, tolerance: tol }));
        const b = rate(
          makeIndicator({ polarity: p === 'higher' ? 'lower' : 'higher', values: [-v], target: -t, tolerance: tol }),
        );
        expect(b.rag).toBe(a.rag);
      }),
    );
  });

  it('a better value never gets a worse rating', () => {
    const order: Record<string, number> = { red: 0, amber: 1, green: 2 };
    fc.assert(
      fc.property(num, fc.double({ min: 0, max: 100, noNaN: true }), num, (v, gain, t) => {
        const worse = rate(makeIndicator({ values: [v], target: t }));
        const better = rate(makeIndicator({ values: [v + gain], target: t }));
        expect(order[better.rag]).toBeGreaterThanOrEqual(order[worse.rag]);
      }),
    );
  });
});
