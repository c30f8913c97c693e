import type {
  Benchmark, ColumnInfo, DetectedTable, Indicator, IndicatorConfig, Issue, PeriodValue, ScorecardConfig, SheetGrid, TableRow,
} from '../types';
import { inferUnit } from '../values/units';
import { readCell, rowStoresFractions, textAt, toMeasure, type CellReading } from './measures';
import { readPolarity } from './polarity';
import { planColumns, settingsLookup, type ColumnPlan } from './tablePlan';
import { toA1 } from '../address';
import { readTarget, readTolerance } from './targets';
import { parseFrequency } from '../values/polarity';

export { indicatorConfig, targetColumn } from './tablePlan';

/** The indicators of one table, in table order, with the issues met while reading them. */
export interface TableIndicators {
  readonly indicators: Indicator[];
  readonly issues: Issue[];
}

/**
 * Reads every indicator row of a detected table: name and reference, unit, polarity, target and
 * tolerance, the value of every period column (normalised: percentages in points whichever way
 * they are stored), benchmarks, numerator and denominator, frequency, commentary and actions.
 */
export function buildIndicators(grid: SheetGrid, table: DetectedTable, config: ScorecardConfig): TableIndicators {
  const issues: Issue[] = [];
  const indicators: Indicator[] = [];
  const seen = new Map<string, number>();
  const plan = planColumns(table.columns);
  const settings = settingsLookup(config);
  for (const tr of table.rows) {
    const ind = buildOne(grid, tr, config, plan, settings);
    if (!ind) continue;
    const n = (seen.get(ind.id) ?? 0) + 1;
    seen.set(ind.id, n);
    if (n > 1) {
      const cell = `${grid.name}!${ind.id}`;
      issues.push({ severity: 'warning', code: 'duplicate-reference', sheet: grid.name, message: `${grid.name} row ${tr.row + 1}: the reference '${ind.id}' is used more than once; this one is reported as '${ind.id} (${n})'.`, cell });
      indicators.push({ ...ind, id: `${ind.id} (${n})` });
    } else indicators.push(ind);
    for (const w of ind.warnings) issues.push(w);
  }
  return { indicators, issues };
}

function buildOne(
  grid: SheetGrid, tr: TableRow, config: ScorecardConfig, cols: ColumnPlan, settings: (id: string, name: string) => IndicatorConfig,
): Indicator | null {
  const sheet = grid.name;
  const row = tr.row;
  const name = cols.name ? textAt(grid, row, cols.name.col) : '';
  if (!name) return null;
  const ref = cols.ref ? textAt(grid, row, cols.ref.col) : '';
  const id = ref || `${sheet}!${row + 1}`;
  const own = settings(id, name);
  if (own.exclude) return null;
  const warnings: Issue[] = [];

  const periodReadings = cols.periods.map((c) => readCell(grid, row, c.col));
  const targetReadings = cols.targets.map((c) => (c ? readCell(grid, row, c.col) : null));
  const numbers = [...periodReadings];
  for (const r of targetReadings) if (r !== null) numbers.push(r);
  const anyPercentFormat = numbers.some((r) => r.parsed.percentFormat);
  const currency = numbers.find((r) => r.parsed.currency)?.parsed.currency ?? null;
  const inferred = inferUnit({ name, unitText: cols.unit ? textAt(grid, row, cols.unit.col) : null, percentFormat: anyPercentFormat, currency });
  const unit = own.unit ?? inferred.unit;
  const percentage = unit === 'percentage';
  const { fractions, guessed } = percentage ? rowStoresFractions(numbers) : { fractions: false, guessed: false };
  if (guessed) {
    const cell = periodReadings.find((r) => r.parsed.value !== null);
    warnings.push({
      severity: 'warning', code: 'fraction-guess', sheet,
      message: `${sheet} row ${row + 1} ('${name}'): percentages between 0 and 1 with no % format are read as fractions (0.9 = 90 per cent). Format the cells as percentages to make this certain.`,
      cell: cell ? toMeasure(sheet, cell, false, false).cell : undefined,
    });
  }
  const measure = (r: CellReading) => toMeasure(sheet, r, percentage, fractions);

  // Measures are made in sheet order (as the cells are read), then put in period order.
  const measures = periodReadings.map(measure);
  const values: PeriodValue[] = cols.periodOrder.map((i) => ({ period: cols.periods[i].period!, measure: measures[i] }));
  for (const v of values) {
    if (v.measure.fromText && v.measure.value !== null) {
      warnings.push({ severity: 'warning', code: 'number-as-text', sheet, cell: v.measure.cell, message: `${sheet}!${v.measure.cell}: '${String(v.measure.raw)}' is a number stored as text; it is read as a number, but other tools may not: store it as a number.` });
    }
    if (v.measure.noData?.reason === 'error') {
      warnings.push({ severity: 'warning', code: 'cell-error', sheet, cell: v.measure.cell, message: `${sheet}!${v.measure.cell} holds the error ${v.measure.noData.shown}: read as no data.` });
    }
  }

  const target = readTarget({ sheet, row, name, own, readings: targetReadings, measure, percentage, fractions, warnings });
  const polarity = readPolarity({ grid, row, name, own, polarityCol: cols.polarity, target, warnings });
  const tolerance = readTolerance({ grid, row, own, toleranceCol: cols.tolerance, config, percentage, fractions });
  const frequency = own.frequency ?? (cols.frequency ? parseFrequency(readCell(grid, row, cols.frequency.col).raw) : null);

  const benchmarks: Benchmark[] = [];
  for (const c of cols.benchmarks) {
    const r = readCell(grid, row, c.col);
    if (r.parsed.value === null && r.parsed.noData?.reason === 'blank') continue;
    const ranked = c.benchmark!.kind === 'rank' || c.benchmark!.kind === 'quartile';
    benchmarks.push({ kind: c.benchmark!.kind, label: c.benchmark!.label, period: c.period ?? null, measure: ranked ? toMeasure(sheet, r, false, false) : measure(r) });
  }
  const count = (c: ColumnInfo | null) => (c ? toMeasure(sheet, readCell(grid, row, c.col), false, false) : null);
  return {
    id, name, sheet, row, section: tr.section, unit, polarity, target, tolerance, frequency, values, benchmarks,
    numerator: count(cols.numerator),
    denominator: count(cols.denominator),
    commentary: commentaryAt(grid, row, cols.commentary),
    actions: commentaryAt(grid, row, cols.actions),
    shortName: own.shortName ?? null,
    rateBase: unit === 'rate' ? inferred.rateBase : null,
    currency,
    warnings,
  };
}

/** The commentary in a row's commentary column, with its cell; null when there is none. */
function commentaryAt(grid: SheetGrid, row: number, column: ColumnInfo | null): Indicator['commentary'] {
  const text = column ? textAt(grid, row, column.col).trim() : '';
  return text ? { text, cell: toA1(row, column!.col) } : null;
}
