import { parseWordedTarget } from '../../../src/core/values/polarity';
import { splitTargetUnit } from '../../../src/core/values/units';
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue, SheetGrid } from '../../../src/core/values/types';

describe('targets written in words', () => {
  it.each<[string, string, 'higher' | 'lower']>([
    ['less than 3%', '3%', 'lower'],
    ['no more than 5', '5', 'lower'],
    ['not exceeding 30 seconds', '30', 'lower'],
    ['under 20 days', '20', 'lower'],
    ['≤ 10', '10', 'lower'],
    ['3 or fewer', '3', 'lower'],
    ['at least 95%', '95%', 'higher'],
    ['minimum of 90%', '90%', 'higher'],
    ['> 90%', '90%', 'higher'],
    ['90% or more', '90%', 'higher'],
    ['95%+', '95%', 'higher'],
  ])('%p → %p, %p is better', (text, number, polarity) => {
    expect(parseWordedTarget(text)).toMatchObject({ number, polarity });
  });

  it.each(['10-15%', '95', 'above average', 'TBC', 'within 20 days'])('%p is not a worded target', (text) => {
    expect(parseWordedTarget(text)).toBeNull();
  });

  it('rates against the number, with the polarity the words state and no polarity warning', () => {
    const values: RawValue[][] = [
      ['Measure', 'Target', 'Q1 2025/26', 'Q2 2025/26'],
      ['Contact Centres: incoming calls abandoned', 'less than 3%', 0.04, 0.02],
      ['Live chats answered within 20 seconds', 'at least 90%', 0.89, 0.99],
      ['Average waiting time (seconds)', 'not exceeding 30 seconds', 35, 31],
    ];
    const formats = values.map((row, r) => row.map((_, c) => (r > 0 && r < 3 && c > 1 ? '0%' : null)));
    const grid: SheetGrid = { name: 'Standards', values, formats };
    const r = buildReport([grid], parseConfig({}));
    const get = (name: string) => r.items.find((i) => i.indicator.name === name)!;
    expect(get('Contact Centres: incoming calls abandoned').indicator).toMatchObject({
      polarity: 'lower',
      target: { value: 3 },
    });
    expect(get('Contact Centres: incoming calls abandoned').rating.rag).toBe('green');
    expect(get('Live chats answered within 20 seconds').indicator).toMatchObject({
      polarity: 'higher',
      target: { value: 90 },
    });
    // 31 seconds against a limit of 30, within the default 5 % tolerance: amber.
    expect(get('Average waiting time (seconds)').indicator).toMatchObject({ polarity: 'lower', target: { value: 30 } });
    expect(get('Average waiting time (seconds)').rating.rag).toBe('amber');
    expect(r.issues.filter((i) => i.code === 'polarity-assumed' || i.code === 'target-unreadable')).toEqual([]);
  });
});

describe('a target written with its unit', () => {
  it('"2 days" is a target of 2 and puts the figures in days', () => {
    const values: RawValue[][] = [
      ['Performance indicator', '2023/24 target', 'Q1 2023/24', 'Q2 2023/24', 'Q3 2023/24'],
      ['Average time taken to clear a reported fly-tip (Minimise)', '2 days', 1.8, 2.3, 2.1],
    ];
    const formats = values.map((row, r) => row.map((_, c) => (r > 0 && c > 1 ? '0.0' : null)));
    const r = buildReport([{ name: 'Waste', values, formats }], parseConfig({}));
    const got = r.items[0];
    expect(got.indicator).toMatchObject({ polarity: 'lower', unit: 'days', target: { value: 2 } });
    // 2.1 against 2 with the default 5 % tolerance (up to 2.1): amber.
    expect(got.rating.rag).toBe('amber');
    expect(r.issues.map((i) => i.code)).not.toContain('target-unreadable');
  });

  it.each([
    ['2 days', '2', 'days'],
    ['30 seconds', '30', 'seconds'],
    ['5 working days', '5', 'working days'],
  ])('%p → %p %p', (text, number, unit) => {
    expect(splitTargetUnit(text)).toEqual({ number, unit });
  });

  it.each(['2 apples', 'TBC', '10-15'])('%p is not a number with a unit', (text) =>
    expect(splitTargetUnit(text)).toBeNull(),
  );
});

describe('a target with its polarity in brackets', () => {
  // Mole Valley's performance indicators report writes its targets so.
  it.each([
    ['58.0% (aim to maximise)', '58.0%', 'higher'],
    ['3550 tonnes (aim to minimise)', '3550', 'lower'],
    ['95% (higher is better)', '95%', 'higher'],
  ])('%p is %p, %p is better', (text, number, polarity) => {
    expect(parseWordedTarget(text)).toMatchObject({ number, polarity });
  });

  it.each(['95% (provisional)', '58% (2022/23)', 'Increase (aim to maximise)'])('%p is not', (text) =>
    expect(parseWordedTarget(text)).toBeNull(),
  );

  it('rates against the number, with the bracket’s polarity; "N/A (aim to maximise)" is no target', () => {
    const values: RawValue[][] = [
      [null, 'Performance Indicator', 'Current Target', 'Q2 2022/23', 'Q3 2022/23'],
      [null, 'Percentage of Waste sent for Recycling, Reuse and Composting', '58.0% (aim to maximise)', 0.557, 0.545],
      [null, 'Residual waste (tonnes)', '3550 tonnes (aim to minimise)', 3271, 3289],
      [null, 'Number of Telecare service users', 'N/A (aim to maximise)', 1245, 1220],
    ];
    const r = buildReport([{ name: 'PIs', values }], parseConfig({}));
    // 54.5 < 58 × 0.95 = 55.1: red. 3,289 ≤ 3,550: green. Telecare: no target, a context measure.
    expect(r.items.map((i) => [i.indicator.polarity, i.indicator.target?.value ?? null, i.rating.rag])).toEqual([
      ['higher', 58, 'red'],
      ['lower', 3550, 'green'],
      ['none', null, 'none'],
    ]);
    const codes = r.issues.map((i) => i.code);
    expect(codes).not.toContain('target-unreadable');
    expect(codes).not.toContain('polarity-assumed');
  });
});

describe('a target with the date it is to be met by', () => {
  // An annual appendix's "Reduce % of calls lost to 5%", its target "5% by March 2024".
  it('is the figure, whatever the date', () => {
    const values: RawValue[][] = [
      ['Indicator', 'Target', '2023/24'],
      ['Reduce % of calls lost to 5% (%)', '5% by March 2024', 2.87],
      ['Percentage of household waste recycled (%)', 'at least 50% by the end of 2025/26', 46],
      ['Number of homes built', '250 by Q4 2023/24', 180],
    ];
    const r = buildReport([{ name: 'Appendix 1', values }], parseConfig({}));
    // 2.87 ≤ 5, lower is better ("Reduce"): green. 180 < 237.5: red. 46 against 50 by the end of
    // 2025/26, two years on: not yet due and not met, so not rated (`target-due-later`), its target 50.
    expect(r.items.map((i) => [i.indicator.target?.value ?? null, i.rating.rag])).toEqual([
      [5, 'green'],
      [null, 'none'],
      [250, 'red'],
    ]);
    expect(r.items[1].indicator.targetUnusable).toMatchObject({ shown: 'at least 50% by the end of 2025/26' });
    expect(r.issues.map((i) => i.code)).not.toContain('target-unreadable');
    expect(r.issues.filter((i) => i.code === 'target-due-later').map((i) => i.cell)).toEqual(['B3']);
  });

  it('is still words to check where no figure comes before the date', () => {
    const values: RawValue[][] = [
      ['Indicator', 'Target', '2023/24'],
      ['Reduce % of calls lost', 'Improve by March 2024', 2.87],
    ];
    const r = buildReport([{ name: 'Appendix 1', values }], parseConfig({}));
    expect(r.issues.map((i) => i.code)).toContain('target-unreadable');
  });
});

/**
 * Northern Ireland's statutory standards, as councils publish them: "30 weeks (max)", "A maximum of 30
 * weeks", "70% (min)". A "(max)" after a target says it is a ceiling, so lower is better; it was read
 * as "maximise", and 67.4 weeks to decide major planning applications was green against 30. Worked by
 * hand: 67.4 weeks against a 30-week maximum is red; 65.3 % against a 70 % minimum, 6.7 % under, red;
 * 15,239 tonnes landfilled against a 16,387-tonne allowance, green.
 */
describe('a target that says it is a maximum or a minimum', () => {
  it.each([
    ['30 weeks (max)', '30', 'lower'],
    ['16,387 (max.)', '16,387', 'lower'],
    ['15 weeks (maximum)', '15', 'lower'],
    ['70% (min)', '70%', 'higher'],
    ['95% (minimum)', '95%', 'higher'],
    ['A maximum of 30 weeks', '30', 'lower'],
    ['A minimum of 70%', '70%', 'higher'],
  ])('%p: %p, %p is better', (text, number, polarity) => {
    expect(parseWordedTarget(text)).toMatchObject({ number, polarity });
  });

  it('rates the standards so, whatever words the names have', () => {
    const values: RawValue[][] = [
      ['Indicator', '2022/23', '2023/24', 'Standard'],
      ['Major planning applications processed (weeks)', 52.6, 67.4, '30 weeks (max)'],
      ['Enforcement cases concluded within 39 weeks (%)', 72.1, 65.3, '70% (min)'],
      ['Biodegradable waste (tonnes)', 16020, 15239, '16,387 (max)'],
    ];
    const r = buildReport([{ name: 'Statutory PIs', values }], parseConfig({}));
    expect(r.items.map((i) => [i.indicator.polarity, i.rating.rag])).toEqual([
      ['lower', 'red'],
      ['higher', 'red'],
      ['lower', 'green'],
    ]);
    expect(r.items[0].rating.longTerm?.direction).toBe('declining');
  });
});

/**
 * A contract's KPI written "<50": a figure of exactly 50 does not meet it by its words, but is rated
 * as meeting it, as the copy's live rules (which compare with "<=") colour it. That is said, with the
 * target's own words; "no more than 50" includes the bound, and says nothing.
 */
describe('a figure exactly on a bound the target leaves out', () => {
  const values: RawValue[][] = [
    ['Indicator', 'Q1 2024/25', 'Q2 2024/25', 'Target'],
    ['Missed bins per 100,000 collections', 52, 50, '<50'],
    ['Premises broadly compliant (%)', 94, 95, 'Over 95%'],
    ['Missed bins per 100,000 (no more than)', 52, 50, 'no more than 50'],
    ['Missed bins per 100,000 (below it)', 52, 49, '<50'],
  ];
  const r = buildReport([{ name: 'Contract', values }], parseConfig({}));

  it('is rated as meeting it, and said so with the target as written', () => {
    expect(r.items.map((i) => i.rating.rag)).toEqual(['green', 'green', 'green', 'green']);
    const said = r.issues.filter((i) => i.code === 'target-strict-bound');
    expect(said.map((i) => i.cell)).toEqual(['C2', 'C3']);
    expect(said[0].message).toBe(
      "Contract!C2: 'Missed bins per 100,000 collections' is exactly 50 per 100,000, the bound of its target '<50' (D2), which the target's words leave out. It is rated as meeting the target, as the copy's colours are: check whether the service counts it as met.",
    );
  });
});
