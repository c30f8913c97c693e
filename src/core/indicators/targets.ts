import { toA1 } from '../address';
import type { ColumnInfo, IndicatorConfig, Issue, Measure, ScorecardConfig, SheetGrid, Target, Tolerance } from '../types';
import { parseBandTarget } from '../values/polarity';
import { clean, readCell, type CellReading } from './measures';

export interface TargetInput {
  readonly sheet: string;
  readonly row: number;
  readonly name: string;
  readonly own: IndicatorConfig;
  /** Readings of the target, lower-target and upper-target columns (null where the table has none). */
  readonly readings: readonly (CellReading | null)[];
  readonly measure: (r: CellReading) => Measure;
  readonly percentage: boolean;
  readonly fractions: boolean;
  readonly warnings: Issue[];
}

/** Words officers put in a target cell to say a measure has no target. */
const NO_TARGET_WORDS = /^\s*(context(ual)?|none|no target|not set|monitor(ing)?( only)?|baseline( year)?|tbd|n\/?a|not applicable|info(rmation)?( only)?)\s*$/i;

/**
 * A target with all its fields, in one order. Not `{ ...template, ...fields }`: an object spread and
 * then given another field comes out with a hidden class of its own, and the rating and narrative
 * code, which reads every indicator's target, slows down on thousands of targets of different classes.
 */
function makeTarget(fields: Partial<Target> & Pick<Target, 'source'>): Target {
  return {
    value: fields.value ?? null,
    lower: fields.lower ?? null,
    upper: fields.upper ?? null,
    measure: fields.measure ?? null,
    lowerMeasure: fields.lowerMeasure ?? null,
    upperMeasure: fields.upperMeasure ?? null,
    source: fields.source,
  };
}

/**
 * An indicator's target: configuration first (numbers in points for percentages), then lower and
 * upper target columns (a band), then the target cell — a number, or text giving a band ("10–15%").
 * A blank or "n/a" target means no target; other text is reported and read as no target.
 */
export function readTarget(input: TargetInput): Target | null {
  const { sheet, row, name, own, readings, measure, percentage, fractions, warnings } = input;
  if (typeof own.target === 'number') return makeTarget({ value: own.target, source: 'config' });
  if (own.target) return makeTarget({ lower: own.target.lower, upper: own.target.upper, source: 'config' });
  const [single, lowR, highR] = readings;
  if (lowR && highR && lowR.parsed.value !== null && highR.parsed.value !== null) {
    const lo = measure(lowR);
    const hi = measure(highR);
    return makeTarget({ lower: lo.value, upper: hi.value, lowerMeasure: lo, upperMeasure: hi, source: 'cell' });
  }
  if (!single) return null;
  if (single.parsed.value !== null) {
    const m = measure(single);
    return makeTarget({ value: m.value, measure: m, source: 'cell' });
  }
  const reason = single.parsed.noData?.reason;
  if (reason === 'blank' || reason === 'not-available' || reason === 'to-be-confirmed') return null;
  if (NO_TARGET_WORDS.test(single.parsed.noData?.shown ?? '')) return null;
  const band = parseBandTarget(single.raw, single.format);
  const cell = toA1(single.row, single.col);
  if (band) {
    const scale = percentage && (band.percentFormat || (fractions && Math.abs(band.upper) <= 1.5)) ? 100 : 1;
    return makeTarget({ lower: clean(band.lower * scale), upper: clean(band.upper * scale), measure: measure(single), source: 'cell' });
  }
  warnings.push({
    severity: 'warning', code: 'target-unreadable', sheet, cell,
    message: `${sheet}!${cell}: the target '${single.parsed.noData?.shown ?? ''}' for '${name}' (row ${row + 1}) is not a number or a range; the indicator is not rated.`,
  });
  return null;
}

export interface ToleranceInput {
  readonly grid: SheetGrid;
  readonly row: number;
  readonly own: IndicatorConfig;
  readonly toleranceCol: ColumnInfo | null;
  readonly config: ScorecardConfig;
  readonly percentage: boolean;
  readonly fractions: boolean;
}

/**
 * The amber tolerance: the indicator's configuration, else its tolerance cell (read in the
 * workbook-wide tolerance's terms: a share of the target when relative — 5 %, 0.05 and 5 all mean
 * five per cent — or units when absolute), else the workbook-wide tolerance.
 */
export function readTolerance(input: ToleranceInput): Tolerance {
  const { grid, row, own, toleranceCol, config, percentage, fractions } = input;
  if (own.tolerance) return own.tolerance;
  if (toleranceCol) {
    const r = readCell(grid, row, toleranceCol.col);
    const v = r.parsed.value;
    if (v !== null && v >= 0) {
      if (config.tolerance.type === 'relative') return { type: 'relative', value: r.parsed.percentFormat || v <= 1 ? v : v / 100 };
      const scale = percentage && (r.parsed.percentFormat || fractions) ? 100 : 1;
      return { type: 'absolute', value: clean(v * scale) };
    }
  }
  return config.tolerance;
}
