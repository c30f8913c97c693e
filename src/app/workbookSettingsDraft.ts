import { typedNumber } from './indicatorSettingsDraft';
import type { WorkbookSettings } from './hostApi';

/** The workbook settings form's fields, as typed. */
export interface WorkbookFields {
  /** A period's label, or "" for the latest with data. */
  readonly period: string;
  readonly toleranceType: WorkbookSettings['tolerance']['type'];
  /** Per cent of the target when relative ("5"), points or units when absolute ("2"). */
  readonly tolerance: string;
  readonly amberRule: WorkbookSettings['amberRule'];
  readonly percent: WorkbookSettings['percent'];
  readonly decimals: string;
  readonly ragSource: NonNullable<WorkbookSettings['ragSource']>;
}

const trim = (n: number) => String(Math.round(n * 1e6) / 1e6);

/** The form's fields filled from the settings now. */
export function workbookFields(settings: WorkbookSettings): WorkbookFields {
  const { type, value } = settings.tolerance;
  return {
    period: settings.period ?? '',
    toleranceType: type,
    tolerance: trim(type === 'relative' ? value * 100 : value),
    amberRule: settings.amberRule,
    percent: settings.percent,
    decimals: String(settings.decimals),
    ragSource: settings.ragSource ?? 'engine',
  };
}

/** The settings to store from the form, or what is wrong with the tolerance typed. */
export function readWorkbookFields(fields: WorkbookFields): { settings: WorkbookSettings; problem: null } | { settings: null; problem: string } {
  const value = typedNumber(fields.tolerance);
  const relative = fields.toleranceType === 'relative';
  if (value === null || value === undefined || value < 0 || (relative && value > 100)) {
    return { settings: null, problem: relative ? 'Enter a number of per cent from 0 to 100, such as 5.' : 'Enter a number of points or units, such as 2.' };
  }
  return {
    settings: {
      period: fields.period === '' ? null : fields.period,
      tolerance: { type: fields.toleranceType, value: relative ? Number(trim(value / 100)) : value },
      amberRule: fields.amberRule,
      percent: fields.percent,
      decimals: Number(fields.decimals),
      ragSource: fields.ragSource,
    },
    problem: null,
  };
}
