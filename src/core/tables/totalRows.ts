import type { SheetGrid } from '../values/types';
import type { Issue } from '../warnings';
import { warning } from '../warningMessages';
import { headerKey } from './headerText';

/**
 * Rows that sum or summarise a table rather than hold an indicator: an Excel table's totals row, a
 * row named "Total", "Overall" or "All indicators", and a row whose figures are SUBTOTAL (or
 * AGGREGATE) formulas. Read as an indicator, such a row's cached figures can move the reporting
 * period and its "indicator" would be rated; it is skipped instead, with a warning.
 */

/**
 * Names that mean a totals or summary row, matched on the whole name (lower case, punctuation
 * dropped): "Total", "Grand total", "Sub-total", "Totals", "Overall", "Overall score",
 * "All indicators", "All KPIs", "Total for all services", "Average", "Average (percentage indicators)",
 * "Average across all measures", "Summary". A name that only
 * starts with "Total" ("Total number of households in temporary accommodation") is an indicator.
 */
const TOTAL_NAME = new RegExp(
  '^(?:' +
    [
      '(?:grand |sub |overall |column )?totals?(?: all)?',
      '(?:totals?|sub totals?|overall) (?:for|of|across) (?:all|the|this|each) ?(?:[a-z]+ ?){0,3}',
      'overall(?: (?:total|score|position|summary|rag|rating|status))?',
      'all (?:indicators|measures|kpis|pis|performance indicators|performance measures|services|metrics)',
      '(?:summary|sum|count|average|mean)(?: (?:of|across|for) (?:all |the )?(?:[a-z]+ )?(?:indicators|measures|kpis|pis|metrics))?',
      '(?:indicators|measures|kpis|pis) (?:total|summary|count)',
    ].join('|') +
    ')$',
);

/** The first words a totals row's name can start with. */
const FIRST_WORD =
  /^[^a-z0-9]*(?:total|grand|sub|overall|all|summary|sum|count|average|mean|indicators|measures|kpis|pis|column)/i;

/** True when an indicator column's text names a totals or summary row rather than an indicator. */
export function isTotalName(name: string): boolean {
  // Most names are indicators: a cheap look at the first word settles them before the full match.
  if (name.length > 60 || !FIRST_WORD.test(name)) return false;
  // A bracket after it says what is totalled: "Average (percentage indicators)", "Total (all services)".
  const key = headerKey(name.replace(/\s*\([^()]*\)\s*$/, '')).replace(/\bsubtotals?\b/, 'sub total');
  return key !== '' && key.length <= 60 && TOTAL_NAME.test(key);
}

const SUBTOTAL = /\b(?:SUBTOTAL|AGGREGATE)\s*\(/i;

/** The first of `cols` in `row` whose formula is a SUBTOTAL or AGGREGATE, or null. */
export function subtotalColumn(grid: SheetGrid, row: number, cols: readonly number[]): number | null {
  const formulas = grid.formulas?.[row];
  if (!formulas) return null;
  for (const col of cols) {
    const f = formulas[col];
    if (f && SUBTOTAL.test(f)) return col;
  }
  return null;
}

/** Why a row was taken as a totals row. */
export type TotalRowWhy =
  | { readonly kind: 'name'; readonly name: string }
  | { readonly kind: 'sum'; readonly name: string; readonly rows: readonly number[]; readonly column: string }
  | { readonly kind: 'section-sum'; readonly name: string; readonly rows: readonly number[] }
  | { readonly kind: 'subtotal'; readonly formulaCell: string }
  | { readonly kind: 'table'; readonly table: string };

/** The warning for a skipped totals row (code `total-row-skipped`), naming its first cell. */
export function totalRowIssue(sheet: string, cell: string, why: TotalRowWhy): Issue {
  return warning('total-row-skipped', { sheet, cell, why }, { sheet, cell });
}

/** A name that starts like a total ("Total collected (Business Rates and Council Tax)", "Combined …"). */
const TOTAL_START = /^[^a-z0-9]*(?:total|totals|combined|sum|overall|grand total)\b/i;

/** Rows above a possible total that are looked at; 2^16 subsets at most. */
const MAX_ADDENDS = 16;

/**
 * How many of the rows above a possible total {@link summedRows} needs to be given: the last
 * MAX_ADDENDS, and one more to tell "all the rows above" from "the last sixteen of them".
 */
export const ROWS_ABOVE_NEEDED = MAX_ADDENDS + 1;

/**
 * Equal but for rounding: a total of large figures each rounded to the pound may be a pound or two
 * from their sum (£2,757,704 beside lines adding up to £2,757,703), a millionth of it.
 */
function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** A cell's number, or null for anything else. */
function figureAt(grid: SheetGrid, r: number, c: number): number | null {
  const v = grid.values[r]?.[c];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** True when `row`'s number in column `c` is, but for rounding, the sum of `rows`' numbers there (each having one). */
function addsUp(grid: SheetGrid, row: number, rows: readonly number[], c: number): boolean {
  let sum = 0;
  for (const r of rows) {
    const v = figureAt(grid, r, c);
    if (v === null) return false;
    sum += v;
  }
  return same(sum, figureAt(grid, row, c)!);
}

/**
 * The rows above whose figures a row named like a total adds up: two or more of `above` (values
 * rows of indicators already read) whose sum equals the row's figure in every one of `cols` where
 * it has a number — in at least two columns, or in one when the rows are all those above. Null when
 * the name does not start like a total or no such rows exist: "Total number of households in
 * temporary accommodation" is then an indicator. Only the last {@link ROWS_ABOVE_NEEDED} of `above`
 * count, so a caller reading a long table need give no more.
 */
export function summedRows(
  grid: SheetGrid,
  row: number,
  name: string,
  above: readonly number[],
  cols: readonly number[],
): number[] | null {
  if (!TOTAL_START.test(name) || above.length < 2) return null;
  const used = cols.filter((c) => figureAt(grid, row, c) !== null);
  if (used.length === 0) return null;
  const rows = above.slice(-MAX_ADDENDS);
  for (let mask = 3; mask < 1 << rows.length; mask++) {
    const picked = rows.filter((_, i) => (mask & (1 << i)) !== 0);
    if (picked.length < 2) continue;
    if (used.length < 2 && picked.length !== above.length) continue;
    if (used.every((c) => addsUp(grid, row, picked, c))) return picked;
  }
  return null;
}

/**
 * True when a row's figures and its target are the sums of `rows` (every indicator above it in its
 * section, two or more): its value and target columns where it has a number, at least one of each,
 * each equal but for rounding to the sum of the rows' numbers there. ARP's 'Fraud Identified',
 * £2,757,704 against £1,300,000, under five lines of fraud found adding up to £2,757,703 and
 * £1,300,000, is their total, whatever its name.
 */
export function sumsSection(
  grid: SheetGrid,
  row: number,
  rows: readonly number[],
  valueCols: readonly number[],
  targetCols: readonly number[],
): boolean {
  if (rows.length < 2) return false;
  const values = valueCols.filter((c) => figureAt(grid, row, c) !== null);
  const targets = targetCols.filter((c) => figureAt(grid, row, c) !== null);
  const adds = (c: number) => addsUp(grid, row, rows, c);
  return values.length > 0 && targets.length > 0 && values.every(adds) && targets.every(adds);
}
