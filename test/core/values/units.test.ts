import type { Unit } from '../../../src/core/values/types';
import { inferUnit, rateBaseOf, readSuffix } from '../../../src/core/values/units';
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';

const byName = (name: string) => inferUnit({ name, percentFormat: false, currency: null });

describe('inferUnit from the name', () => {
  test.each<[string, Unit, string | null]>([
    ['% of assessments completed within 45 working days', 'percentage', null],
    ['Percentage of children with a plan', 'percentage', null],
    ['Re-referrals within 12 months (per cent)', 'percentage', null],
    ['Proportion of care leavers in suitable accommodation', 'percentage', null],
    ['Rate of children in need per 10,000 children', 'rate', 'per 10,000 children'],
    ['Children subject to a plan, rate per 10,000', 'rate', 'per 10,000'],
    ['Hospital admissions per 100,000 population', 'rate', 'per 100,000 population'],
    ['Under-18 conceptions per 1,000', 'rate', 'per 1,000'],
    ['Looked after children per 10k', 'rate', 'per 10,000'],
    ['Average number of days between entering care and adoption', 'days', null],
    ['Average time between a child entering care and moving in with its adoptive family (days)', 'days', null],
    ['Time to complete assessment (working days)', 'days', null],
    ['Number of days lost to sickness', 'days', null],
    ['Social worker to child ratio', 'ratio', null],
    ['Number of children in care', 'count', null],
    ['No. of contacts', 'count', null],
    ['Number of high-cost placements', 'count', null],
    ['Children seen within 10 days - count', 'count', null],
    ['Total referrals', 'count', null],
    ['Average cost of a residential placement', 'money', null],
    ['Total spend on agency staff', 'money', null],
    ['Placement budget (£)', 'money', null],
    ['Average caseload', 'number', null],
    // People counted each day, on average, are people, not days.
    ['Average number of people per day in hospital with no criteria to reside', 'count', null],
    ['Average days lost per FTE', 'days', null],
    // Sickness absence, counted in days each employee: not a share of the table's percentages.
    ['Working days lost to sickness per FTE (rolling 12 months)', 'days', null],
    ['Days sickness per employee', 'days', null],
    ['% of working days lost to sickness', 'percentage', null],
    ['Stability index', 'number', null],
  ])('%p → %p', (name, unit, rateBase) => {
    const inferred = byName(name);
    expect(inferred.unit).toBe(unit);
    expect(inferred.rateBase).toBe(rateBase);
    expect(inferred.reason).not.toBe('');
  });

  test('the reason names what decided it', () => {
    expect(byName('Average days to adoption').reason).toBe("the name says 'average … days'");
    expect(byName('Number of children in care').reason).toBe("the name says 'Number of'");
    expect(byName('Average caseload').reason).toMatch(/nothing/);
  });
});

describe('inferUnit from the formats', () => {
  test('a % format makes a percentage whatever the name says', () => {
    expect(inferUnit({ name: 'Number of re-referrals', percentFormat: true, currency: null })).toMatchObject({
      unit: 'percentage',
      reason: 'the value cell has a percentage number format',
    });
  });

  test('a currency in the format makes money', () => {
    expect(inferUnit({ name: 'Agency staff', percentFormat: false, currency: '£' }).unit).toBe('money');
  });

  test("the indicator's other cells speak when the value cell does not", () => {
    const input = { name: 'Re-referrals', percentFormat: false, currency: null };
    expect(inferUnit({ ...input, formatHints: ['General', '0.0%'] })).toMatchObject({ unit: 'percentage' });
    expect(inferUnit({ ...input, formatHints: ['General', '£#,##0'] })).toMatchObject({ unit: 'money' });
    expect(inferUnit({ ...input, formatHints: ['General', 'mmm-yy'] })).toMatchObject({ unit: 'number' });
  });
});

describe('inferUnit from a unit cell', () => {
  test.each<[string, Unit, string | null]>([
    ['%', 'percentage', null],
    ['Percentage', 'percentage', null],
    ['per cent', 'percentage', null],
    ['Number', 'count', null],
    ['No.', 'count', null],
    ['Count', 'count', null],
    ['Days', 'days', null],
    ['Rate', 'rate', 'per 10,000'],
    ['Rate per 1,000', 'rate', 'per 1,000'],
    ['per 100,000 population', 'rate', 'per 100,000 population'],
    ['£', 'money', null],
    ['Cost', 'money', null],
    ['Ratio', 'ratio', null],
    ['(%)', 'percentage', null],
    ['£k', 'money', null],
    ["£'000s", 'money', null],
    ['£m', 'money', null],
  ])('%p → %p', (unitText, unit, rateBase) => {
    const inferred = inferUnit({
      name: 'Looked after children per 10,000',
      unitText,
      percentFormat: false,
      currency: null,
    });
    expect(inferred.unit).toBe(unit);
    expect(inferred.rateBase).toBe(rateBase);
  });

  test('an explicit unit wins over the name and the format', () => {
    const inferred = inferUnit({ name: '% of children seen', unitText: 'Number', percentFormat: true, currency: null });
    expect(inferred).toEqual({ unit: 'count', rateBase: null, reason: "the unit column says 'Number'" });
  });

  test('an unknown or blank unit cell leaves the decision to the name', () => {
    expect(inferUnit({ name: 'Number of visits', unitText: 'Visits', percentFormat: false, currency: null }).unit).toBe(
      'count',
    );
    expect(inferUnit({ name: 'Number of visits', unitText: '  ', percentFormat: false, currency: null }).unit).toBe(
      'count',
    );
    expect(inferUnit({ name: 'Number of visits', unitText: null, percentFormat: false, currency: null }).unit).toBe(
      'count',
    );
  });
});

describe('rateBaseOf', () => {
  test.each<[string, string | null]>([
    ['per 10,000', 'per 10,000'],
    ['per 10000 children', 'per 10,000 children'],
    ['Per 100K Population', 'per 100,000 population'],
    ['per 1 child', null],
    ['per FTE', null],
    ['days per FTE', null],
  ])('%p → %p', (text, expected) => {
    expect(rateBaseOf(text)).toBe(expected);
  });
});

describe('a name that opens on things counted', () => {
  it.each([
    'Reports about non-collection of waste (Minimise)',
    'Households in temporary accommodation',
    'Complaints received',
  ])('%p is a count', (name) => {
    expect(inferUnit({ name, unitText: null, percentFormat: false, currency: null }).unit).toBe('count');
  });
  it('but not one about timeliness, usually a share', () => {
    expect(
      inferUnit({
        name: 'Complaints resolved within 10 working days',
        unitText: null,
        percentFormat: false,
        currency: null,
      }).unit,
    ).not.toBe('count');
  });
});

describe('a difference between two percentages', () => {
  it('is a number in percentage points, not a share', () => {
    const name = 'KS2 attainment gap – disadvantaged pupils and their peers (percentage points)';
    expect(byName(name).unit).toBe('number');
    expect(readSuffix(name)).toBe('percentage points');
    expect(readSuffix('Gap in good level of development (pp)')).toBe('percentage points');
  });

  it('leaves a share as a share', () => {
    expect(byName('% of pupils meeting the expected standard').unit).toBe('percentage');
    expect(readSuffix('% of pupils meeting the expected standard')).toBeNull();
  });

  it('is printed in percentage points in the narrative', () => {
    const report = buildReport(
      [
        {
          name: 'Education',
          values: [
            ['Measure', 'Polarity', '2022/23', '2023/24', 'Target'],
            ['KS2 attainment gap, disadvantaged pupils (percentage points)', 'Lower', 23, 21.8, 20],
          ],
        },
      ],
      parseConfig({}),
    );
    expect(report.narrative.text).toContain('stood at 21.8 percentage points');
    expect(report.narrative.text).toContain('the target of 20 percentage points');
    expect(report.narrative.text).not.toContain('per cent');
  });
});
