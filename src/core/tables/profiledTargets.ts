import type { ColumnInfo } from './types';

/** Words that make a target header a target for part of the year: "Profiled target", "Target to date", "YTD target". */
const PROFILED_WORDS = /\b(?:profiled?|to date|ytd|cumulative)\b/i;

/** Words that make a target's header one for the year so far: "YTD target", "Target to date", "Cumulative target". */
const TO_DATE_WORDS = /\b(?:ytd|to date|cumulative)\b/i;

/** True for a target header that gives the target for the year so far ("YTD target", "Target to date"), not a profile. */
export function isToDateTargetHeader(header: string): boolean {
  return TO_DATE_WORDS.test(header);
}

/**
 * True for a target column that holds the target for a point in the year rather than the whole
 * year: a header with "profiled", "to date", "YTD" or "cumulative", or one naming a quarter, month
 * or year to date ("Q3 target 2022/23"). Such a column is used when the reporting period is its
 * own (`periodTargets` on the indicator), beside the annual target.
 */
export function isProfiledTarget(c: ColumnInfo): boolean {
  if (c.role !== 'target') return false;
  if (c.period && c.period.kind !== 'year') return true;
  return PROFILED_WORDS.test(c.header);
}
