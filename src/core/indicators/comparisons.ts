/**
 * A public health profile's own comparisons: the sheet's word on each figure against a benchmark
 * ("Compared with England": Better, Similar, Worse, tested at 95 %), and each figure's confidence
 * interval ("95% Lower CI", "95% Upper CI"), by which OHID's Fingertips compares a figure with a
 * benchmark: a benchmark within the interval is not significantly different from it. Both speak of
 * one figure, so they are read only in a table with one column of figures.
 */
import { toA1 } from '../address';
import type { ColumnPlan } from './tablePlan';
import type { ColumnInfo, DetectedTable } from '../tables/types';
import type { RawValue, SheetGrid } from '../values/types';
import type { Issue } from '../warnings';
import { warning } from '../warningMessages';
import { displayText, headerKey } from '../tables/headerText';
import { holdsFigures } from '../tables/periodsDown';
import type { Benchmark, ConfidenceInterval, Measure, Polarity, SheetComparison } from './types';

/** The comparison columns a table's rows are read with: null where there are none to read. */
export interface ComparisonColumns {
  /** "Compared with England": each with the benchmark it names, which the table has a column of. */
  readonly significance: readonly ColumnInfo[];
  readonly lower: ColumnInfo | null;
  readonly upper: ColumnInfo | null;
}

/**
 * The comparison columns of a table its rows are read with, warning of those that cannot be read: a
 * comparison or an interval beside figures for more than one period (which figure would it be of?),
 * one end of an interval without the other, and a comparison with a benchmark the table gives no
 * figures for.
 */
export function comparisonColumns(
  grid: SheetGrid,
  table: DetectedTable,
  plan: ColumnPlan,
  issues: Issue[],
): ComparisonColumns | null {
  const sheet = grid.name;
  const significance = table.columns.filter((c) => c.role === 'significance');
  const lower = table.columns.find((c) => c.role === 'confidenceLower') ?? null;
  const upper = table.columns.find((c) => c.role === 'confidenceUpper') ?? null;
  const all = [lower, upper, ...significance].filter((c): c is ColumnInfo => c !== null);
  if (all.length === 0 || table.rows.length === 0) return null;
  const at = (c: ColumnInfo) => ({ sheet, cell: toA1(table.headerRow, c.col) });
  const headers = all.map((c) => c.header);
  if (plan.periods.length !== 1) {
    const args = { ...at(all[0]), headers, reason: 'periods' as const, periods: plan.periods.length };
    issues.push(warning('comparison-columns-unread', args, at(all[0])));
    return null;
  }
  const interval = lower !== null && upper !== null;
  if (!interval && (lower || upper)) {
    const one = (lower ?? upper)!;
    const args = { ...at(one), headers: [one.header], reason: 'one-end' as const, periods: 1 };
    issues.push(warning('comparison-columns-unread', args, at(one)));
  }
  const read: ColumnInfo[] = [];
  for (const c of significance) {
    // Figures under "Compared with England" (a difference from England's, "+1.2") are not its word on each.
    if (holdsFigures(grid, c.col, table.rows)) {
      const args = { ...at(c), headers: [c.header], reason: 'figures' as const, periods: 1 };
      issues.push(warning('comparison-columns-unread', args, at(c)));
    } else if (plan.benchmarks.some((b) => b.benchmark!.kind === c.benchmark?.kind)) read.push(c);
    else issues.push(warning('comparison-no-benchmark', { ...at(c), header: c.header }, at(c)));
  }
  if (!interval && read.length === 0) return null;
  return { significance: read, lower: interval ? lower : null, upper: interval ? upper : null };
}

/** What a cell under "Compared with England" says, as Fingertips and its users write it; null for anything else. */
export function sheetSays(raw: RawValue): SheetComparison['said'] | null {
  if (typeof raw !== 'string') return null;
  const key = headerKey(displayText(raw));
  return SAYS.get(key.replace(/^(?:statistically\s+)?significantly\s+/, '')) ?? null;
}

const SAYS = new Map<string, SheetComparison['said']>([
  ['better', 'better'],
  ['worse', 'worse'],
  ['similar', 'similar'],
  ['statistically similar', 'similar'],
  ['not significantly different', 'similar'],
  ['not significantly different from england', 'similar'],
  ['no significant difference', 'similar'],
  ['not different', 'similar'],
  ['higher', 'higher'],
  ['lower', 'lower'],
]);

/** What a row's comparison columns give: its benchmarks with the sheet's words beside them, and its figure's interval. */
export interface RowComparisons {
  readonly benchmarks: readonly Benchmark[];
  readonly interval: ConfidenceInterval | null;
}

/**
 * The row's benchmarks with the sheet's word on each (see {@link sheetSays}), and the figure's
 * confidence interval, where the row gives them. A word the figures contradict ("Better" of a
 * figure worse than the benchmark) is kept but marked, and a warning names its cell; an interval
 * that does not hold its figure is not read, and a warning names it.
 */
export function readRowComparisons(input: {
  readonly grid: SheetGrid;
  readonly row: number;
  readonly name: string;
  readonly columns: ComparisonColumns;
  readonly figure: Measure | null;
  readonly benchmarks: readonly Benchmark[];
  readonly polarity: Polarity;
  readonly measureAt: (col: number) => Measure;
  readonly warnings: Issue[];
}): RowComparisons {
  const { grid, row, name, columns, figure, polarity, warnings } = input;
  const value = figure?.value ?? null;
  let benchmarks = input.benchmarks;
  for (const c of columns.significance) {
    const raw = grid.values[row]?.[c.col] ?? null;
    const said = sheetSays(raw);
    const at = benchmarks.findIndex((b) => b.kind === c.benchmark!.kind && b.measure.value !== null);
    if (said === null || at < 0) continue;
    const b = benchmarks[at];
    const cell = toA1(row, c.col);
    const agrees = value === null || agreesWith(said, value, b.measure.value!, polarity);
    if (!agrees) {
      const args = {
        sheet: grid.name,
        cell,
        name,
        shown: displayText(String(raw)),
        figure: figure!.cell,
        benchmark: b.measure.cell,
      };
      warnings.push(warning('comparison-disagrees', args, { sheet: grid.name, cell }));
    }
    const compared: SheetComparison = { said, cell, raw, agrees };
    benchmarks = benchmarks.map((x, i) => (i === at ? { ...x, compared } : x));
  }
  let interval: ConfidenceInterval | null = null;
  if (columns.lower && columns.upper && value !== null) {
    const lower = input.measureAt(columns.lower.col);
    const upper = input.measureAt(columns.upper.col);
    if (lower.value !== null && upper.value !== null) {
      if (lower.value <= value && value <= upper.value) interval = { lower, upper };
      else {
        const at = { sheet: grid.name, cell: lower.cell };
        const args = { ...at, upper: upper.cell, figure: figure!.cell, name };
        warnings.push(warning('confidence-interval-odd', args, at));
      }
    }
  }
  return { benchmarks, interval };
}

/** Whether the sheet's word fits the figures: "Better" of a figure better than the benchmark, its polarity considered. */
function agreesWith(said: SheetComparison['said'], value: number, benchmark: number, polarity: Polarity): boolean {
  if (said === 'similar' || value === benchmark) return true;
  if (said === 'higher' || said === 'lower') return (said === 'higher') === value > benchmark;
  if (polarity !== 'higher' && polarity !== 'lower') return true;
  return (said === 'better') === (polarity === 'higher' ? value > benchmark : value < benchmark);
}
