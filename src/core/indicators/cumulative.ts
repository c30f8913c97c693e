import { toA1 } from '../address';
import type { IndicatorConfig } from '../config/types';
import type { ColumnInfo } from '../tables/types';
import type { SheetGrid } from '../values/types';
import type { Issue } from '../warnings';
import { warning } from '../warningMessages';
import { textAt } from './measures';

/** Words that say a measure counts up through the year. */
const CUMULATIVE_WORDS =
  /\b(?:cumulative|cumulatively|year[\s-]+to[\s-]+date|ytd|fytd|in[\s-]year)\b|(?<!\bup[\s-])\bto[\s-]+date\b/i;

/**
 * True when text says "cumulative", "year to date", "to date" ("Capital programme spend to date"; not
 * "up to date") or "in-year" ("Council Tax collected in-year": so much of the year's due, so far).
 */
export function saysCumulative(text: string): boolean {
  return CUMULATIVE_WORDS.test(text);
}

export interface CumulativeInput {
  readonly grid: SheetGrid;
  readonly row: number;
  readonly name: string;
  readonly nameCol: number | null;
  readonly own: IndicatorConfig;
  /** The frequency and unit (type) columns, where the table has them. */
  readonly typeColumns: readonly (ColumnInfo | null)[];
  readonly warnings: Issue[];
}

/**
 * Whether an indicator is a cumulative (year-to-date) measure: the configuration's `cumulative`
 * first; then a frequency or unit column saying "Cumulative" or "YTD" (stated by the sheet); then
 * the name ("… (cumulative)", "… year to date", "YTD …"), which is a reading of the name and so
 * comes with a warning (`cumulative-from-name`) naming the name cell.
 */
export function readCumulative(input: CumulativeInput): boolean {
  const { grid, row, name, nameCol, own, typeColumns, warnings } = input;
  if (own.cumulative !== undefined) return own.cumulative;
  for (const c of typeColumns) if (c && saysCumulative(textAt(grid, row, c.col))) return true;
  if (!saysCumulative(name)) return false;
  const cell = toA1(row, nameCol ?? 0);
  warnings.push(warning('cumulative-from-name', { sheet: grid.name, cell, name }, { sheet: grid.name, cell }));
  return true;
}
