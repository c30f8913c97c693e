import type {
  Benchmark, ColumnInfo, DetectedTable, Indicator, IndicatorConfig, Issue, Measure, PeriodTarget, PeriodValue, ScorecardConfig, SheetGrid, TableRow,
} from '../types';
import { inferUnit } from '../values/units';
import { readCell, rowStoresFractions, textAt, toMeasure, type CellReading } from './measures';
import { readPolarity } from './polarity';
import { planColumns, settingsLookup, type ColumnPlan } from './tablePlan';
import { toA1 } from '../address';
import { readTarget, readTolerance, type TargetInput } from './targets';
import { readCumulative } from './cumulative';
import { parseFrequency } from '../values/polarity';
import { flagAlone } from '../values/flags';

export { indicatorConfig, targetColumn } from './tablePlan';

/** The indicators of one table, in table order, with the issues met while reading them. */
export interface TableIndicators {
  readonly indicators: Indicator[];
  readonly issues: Issue[];
}

/**
 * Reads every indicator row of a detected table: name and reference, unit, polarity, target and
 * tolerance, the value of every period column (normalised: percentages in points whichever way
 * they are stored), benchmarks, numerator and denominator, frequency and commentary.
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
  const measures = periodReadings.map((r) => flagBeside(grid, measure(r), cols.readColumns, warnings));
  const values: PeriodValue[] = cols.periodOrder.map((i) => ({ period: cols.periods[i].period!, measure: measures[i] }));
  for (const v of values) {
    if (v.measure.flag && v.measure.fromText) {
      warnings.push(flaggedValueIssue(v.measure, null));
    } else if (v.measure.fromText && v.measure.value !== null) {
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
  const cumulative = readCumulative({ grid, row, name, nameCol: cols.name?.col ?? null, own, typeColumns: [cols.frequency, cols.unit], warnings });
  const periodTargets = readPeriodTargets(grid, row, cols.profiledTargets, { sheet, row, name, own, measure, percentage, fractions, warnings });
  const ind: Indicator = {
    id, name, sheet, row, section: tr.section, unit, polarity, target, tolerance, frequency, values, benchmarks,
    numerator: count(cols.numerator),
    denominator: count(cols.denominator),
    commentary: commentaryAt(grid, row, cols.commentary),
    rateBase: unit === 'rate' ? inferred.rateBase : null,
    currency,
    warnings,
  };
  if (!cumulative && periodTargets.length === 0) return ind;
  return { ...ind, ...(cumulative && { cumulative }), ...(periodTargets.length > 0 && { periodTargets }) };
}

/** The row's profiled targets ("Q3 target 2022/23", "Profiled target"), where they hold one. */
function readPeriodTargets(grid: SheetGrid, row: number, columns: readonly ColumnInfo[], input: Omit<TargetInput, 'readings'>): PeriodTarget[] {
  const out: PeriodTarget[] = [];
  for (const c of columns) {
    if (input.own.target !== undefined) break;
    const target = readTarget({ ...input, readings: [readCell(grid, row, c.col), null, null], warnings: [] });
    if (target) out.push({ period: c.period ?? null, header: c.header, target });
  }
  return out;
}

/**
 * A figure with its provisional or revised mark from the cell to its right ("p", "(r)"), when that
 * cell's column has no header; the warning (`value-flagged`) names both cells.
 */
function flagBeside(grid: SheetGrid, m: Measure, readColumns: ReadonlySet<number>, warnings: Issue[]): Measure {
  if (m.value === null || m.flag || readColumns.has(m.col + 1)) return m;
  const beside = textAt(grid, m.row, m.col + 1);
  const flag = beside === '' ? null : flagAlone(beside);
  if (!flag) return m;
  const flagged: Measure = { ...m, flag };
  warnings.push(flaggedValueIssue(flagged, { cell: toA1(m.row, m.col + 1), text: beside }));
  return flagged;
}

/** The warning for a figure read with a provisional or revised mark, in the cell or beside it. */
export function flaggedValueIssue(m: Measure, beside: { cell: string; text: string } | null): Issue {
  const source = beside ? `the mark '${beside.text}' in ${m.sheet}!${beside.cell}` : `the mark in '${String(m.raw)}', which is stored as text`;
  return {
    severity: 'warning', code: 'value-flagged', sheet: m.sheet, cell: m.cell,
    message: `${m.sheet}!${m.cell}: read as ${m.value} and called ${m.flag} in the narrative, from ${source}. Check the mark means ${m.flag}.`,
  };
}

/** The commentary in a row's commentary column, with its cell; null when there is none. */
function commentaryAt(grid: SheetGrid, row: number, column: ColumnInfo | null): Indicator['commentary'] {
  const text = column ? textAt(grid, row, column.col).trim() : '';
  return text ? { text, cell: toA1(row, column!.col) } : null;
}
