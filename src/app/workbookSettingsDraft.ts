import { typedNumber } from './indicatorSettingsDraft';
import { withAbsentFilled, type WorkbookSettings } from './workbookSettings';

/**
 * The workbook settings form's fields, as typed. A setting whose form control gives its value as
 * it is (a choice from a list) is a field of the same name and type; only these are shaped for
 * the form: the period ("" for the latest with data), the tolerance (per cent of the target when
 * relative, "5"; points or units when absolute, "2") and the decimals (a choice of text).
 * The narrative's style is chosen beside Draft, not here.
 */
export type WorkbookFields = Readonly<
  Omit<Required<WorkbookSettings>, 'period' | 'tolerance' | 'decimals' | 'narrativeStyle'>
> & {
  readonly period: string;
  readonly toleranceType: WorkbookSettings['tolerance']['type'];
  readonly tolerance: string;
  readonly decimals: string;
};

const trim = (n: number) => String(Math.round(n * 1e6) / 1e6);

/** The form's fields filled from the settings now. */
export function workbookFields(settings: WorkbookSettings): WorkbookFields {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- chosen beside Draft, not in this form
  const { narrativeStyle, period, tolerance, decimals, ...asTheyAre } = withAbsentFilled(settings);
  return {
    ...asTheyAre,
    period: period ?? '',
    toleranceType: tolerance.type,
    tolerance: trim(tolerance.type === 'relative' ? tolerance.value * 100 : tolerance.value),
    decimals: String(decimals),
  };
}

/** The settings to store from the form, or what is wrong with the tolerance typed. */
export function readWorkbookFields(
  fields: WorkbookFields,
): { settings: WorkbookSettings; problem: null } | { settings: null; problem: string } {
  const { period, toleranceType, tolerance, decimals, ...asTheyAre } = fields;
  const value = typedNumber(tolerance);
  const relative = toleranceType === 'relative';
  if (value === null || value === undefined || value < 0 || (relative && value > 100)) {
    return {
      settings: null,
      problem: relative
        ? 'Enter a number of per cent from 0 to 100, such as 5.'
        : 'Enter a number of points or units, such as 2.',
    };
  }
  return {
    settings: {
      ...asTheyAre,
      period: period === '' ? null : period,
      tolerance: { type: toleranceType, value: relative ? Number(trim(value / 100)) : value },
      decimals: Number(decimals),
    },
    problem: null,
  };
}
