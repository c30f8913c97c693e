import type { IndicatorSettings, IndicatorSummary } from './hostApi';

/** The settings form's fields, as typed. */
export interface SettingsFields {
  readonly target: string;
  readonly polarity: IndicatorSettings['polarity'];
  /** Per cent of the target, e.g. "5". */
  readonly tolerance: string;
  /** The name used in the narrative's sentences; blank for the derived one. */
  readonly shortName: string;
}

/** The form's fields filled from an indicator's settings now. */
export function fieldsFor(settings: IndicatorSettings): SettingsFields {
  return {
    target: settings.target === null ? '' : String(settings.target),
    polarity: settings.polarity,
    tolerance: settings.tolerance === null ? '' : String(Math.round(settings.tolerance * 10000) / 100),
    shortName: settings.shortName ?? '',
  };
}

/** A typed number ("1,234", "5%"), null when blank, undefined when not a number. */
export const typedNumber = (text: string): number | null | undefined => {
  const trimmed = text.trim().replace(/,/g, '').replace(/%$/, '');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
};

/**
 * The settings to store from the form, or the problem with what was typed. A target left as it
 * came from the scorecard's own cell stays with the cell (null), so later edits there still count.
 */
export function readFields(
  fields: SettingsFields,
  indicator: Pick<IndicatorSummary, 'settings' | 'targetSource'>,
):
  | { settings: IndicatorSettings; problem: null }
  | { settings: null; problem: { field: 'target' | 'tolerance' | 'shortName'; message: string } } {
  const target = typedNumber(fields.target);
  if (target === undefined)
    return {
      settings: null,
      problem: { field: 'target', message: 'Enter the target as a number, such as 90, or leave it blank.' },
    };
  const tolerance = typedNumber(fields.tolerance);
  if (tolerance === undefined || (tolerance !== null && (tolerance < 0 || tolerance > 100))) {
    return {
      settings: null,
      problem: {
        field: 'tolerance',
        message: 'Enter a number of per cent from 0 to 100, such as 5, or leave it blank.',
      },
    };
  }
  const shortName = fields.shortName.trim().replace(/\s+/g, ' ');
  if (shortName.length > 120)
    return {
      settings: null,
      problem: {
        field: 'shortName',
        message: 'Keep the short name to 120 characters or fewer: it is used in sentences.',
      },
    };
  const unchangedCellTarget = indicator.targetSource === 'cell' && target === (indicator.settings?.target ?? null);
  return {
    settings: {
      target: unchangedCellTarget ? null : target,
      polarity: fields.polarity,
      tolerance: tolerance === null ? null : tolerance / 100,
      shortName: shortName || null,
    },
    problem: null,
  };
}
