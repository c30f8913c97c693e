import { DEFAULT_CONFIG } from '../../src/core/config/schema';
import { currentWorkbookSettings } from '../../src/app/workbookSettings';
import { readWorkbookFields, workbookFields } from '../../src/app/workbookSettingsDraft';

describe('the workbook settings form’s fields', () => {
  // The defaults, every workbook setting but the narrative's style (chosen beside Draft, not in this form).
  const { narrativeStyle, ...settings } = currentWorkbookSettings(DEFAULT_CONFIG);

  it('starts from the defaults, and leaves the narrative’s style to the choice beside Draft', () => {
    expect(settings).toMatchObject({
      period: null,
      tolerance: { type: 'relative', value: 0.05 },
      amberRule: 'tolerance',
      percent: 'per cent',
      decimals: 1,
      ragSource: 'engine',
    });
    expect(narrativeStyle).toBe('committee');
    expect(workbookFields({ ...settings, narrativeStyle: 'briefing' })).not.toHaveProperty('narrativeStyle');
  });

  it('shows a relative tolerance in per cent of the target, and reads it back as a fraction', () => {
    const fields = workbookFields(settings);
    expect(fields).toMatchObject({
      period: '',
      toleranceType: 'relative',
      tolerance: '5',
      amberRule: 'tolerance',
      percent: 'per cent',
      decimals: '1',
      ragSource: 'engine',
    });
    expect(readWorkbookFields(fields)).toEqual({ settings, problem: null });
    expect(readWorkbookFields({ ...fields, tolerance: '7.5' }).settings?.tolerance).toEqual({
      type: 'relative',
      value: 0.075,
    });
  });

  it('keeps an absolute tolerance in points, and a chosen period', () => {
    const read = readWorkbookFields({
      ...workbookFields(settings),
      toleranceType: 'absolute',
      tolerance: '2',
      period: 'Q1 2021/22',
      decimals: '0',
    });
    expect(read.settings).toEqual({
      ...settings,
      period: 'Q1 2021/22',
      tolerance: { type: 'absolute', value: 2 },
      decimals: 0,
    });
  });

  it.each([
    ['', 'relative', 'Enter a number of per cent from 0 to 100, such as 5.'],
    ['150', 'relative', 'Enter a number of per cent from 0 to 100, such as 5.'],
    ['two', 'absolute', 'Enter a number of points or units, such as 2.'],
    ['-1', 'absolute', 'Enter a number of points or units, such as 2.'],
  ] as const)('refuses a tolerance of %p (%s)', (tolerance, toleranceType, problem) => {
    expect(readWorkbookFields({ ...workbookFields(settings), tolerance, toleranceType })).toEqual({
      settings: null,
      problem,
    });
  });
});
