import { readToleranceCell, toleranceUnitIn } from '../../../src/core/values/tolerance';
import { classifyHeader } from '../../../src/core/tables/columnRoles';

describe('readToleranceCell', () => {
  test.each([
    ['5%', { value: 0.05, fraction: true, unit: 'relative' }],
    ['5% of target', { value: 0.05, fraction: true, unit: 'relative' }],
    ['2pp', { value: 2, fraction: false, unit: 'absolute' }],
    ['2 pp', { value: 2, fraction: false, unit: 'absolute' }],
    ['2 points', { value: 2, fraction: false, unit: 'absolute' }],
    ['2 percentage points', { value: 2, fraction: false, unit: 'absolute' }],
    ['±2', { value: 2, fraction: false, unit: 'absolute' }],
    ['+/- 2', { value: 2, fraction: false, unit: 'absolute' }],
    ['10 days', { value: 10, fraction: false, unit: 'absolute' }],
    // How far past the target amber reaches, as a benefits scorecard writes it: an amount either way.
    ['+2 days', { value: 2, fraction: false, unit: 'absolute' }],
    ['+2', { value: 2, fraction: false, unit: 'absolute' }],
    ['-2', { value: 2, fraction: false, unit: 'absolute' }],
    // As with "±2%", per cent of the target or points: both readings are kept, and compared.
    ['+5%', { value: 5, fraction: false, unit: null }],
    ['2', { value: 2, fraction: false, unit: null }],
    ['±2%', { value: 2, fraction: false, unit: null }],
  ])('%p → %p', (text, expected) => {
    expect(readToleranceCell(text, null)).toEqual(expected);
  });

  it('takes a % format as a share of the target, and a plain number as unstated', () => {
    expect(readToleranceCell(0.05, '0%')).toEqual({ value: 0.05, fraction: true, unit: 'relative' });
    expect(readToleranceCell(1, 'General')).toEqual({ value: 1, fraction: false, unit: null });
  });

  it('gives null for a blank and undefined for text that is not a tolerance', () => {
    expect(readToleranceCell(null, null)).toBeNull();
    expect(readToleranceCell('  ', null)).toBeNull();
    expect(readToleranceCell('see note 3', null)).toBeUndefined();
    expect(readToleranceCell(-1, null)).toBeUndefined();
  });
});

describe('toleranceUnitIn', () => {
  test.each([
    ['Tolerance (%)', 'relative'],
    ['Tolerance (pp)', 'absolute'],
    ['Amber threshold (percentage points)', 'absolute'],
    ['Variance allowed (±)', 'absolute'],
    ['Tolerance: amber is within 10% of target', 'relative'],
    ['Tolerance', null],
    ['Amber threshold', null],
  ])('%p → %p', (text, unit) => {
    expect(toleranceUnitIn(text)).toBe(unit);
  });
});

describe('tolerance headers', () => {
  test.each([
    'Tolerance (%)',
    'Tolerance (pp)',
    'Amber threshold',
    'Variance allowed',
    'Tolerance (percentage points)',
    'Tolerance (±)',
  ])('%p is the tolerance column', (header) => {
    expect(classifyHeader(header)?.role).toBe('tolerance');
  });
});

describe('a status legend is not a tolerance unit', () => {
  it('"out of target" does not say a share of the target', () => {
    expect(
      toleranceUnitIn(
        'Status: On target; Within tolerance (out of target but within tolerance); Off target (out of target and tolerance).',
      ),
    ).toBeNull();
    expect(toleranceUnitIn('Tolerance is 5 % of the target')).toBe('relative');
  });
});
