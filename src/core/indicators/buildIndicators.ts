import type {
  Benchmark, ColumnInfo, ColumnRole, DetectedTable, Indicator, IndicatorConfig, Issue, PeriodValue, ScorecardConfig, SheetGrid, TableRow,
} from '../types';
import { inferUnit } from '../values/units';
import { readCell, rowStoresFractions, textAt, toMeasure, type CellReading } from './measures';
import { readPolarity } from './polarity';
import { readTarget, readTolerance } from './targets';
import { parseFrequency } from '../values/polarity';

/** The indicators of one table, in table order, with the issues met while reading them. */
export interface TableIndicators {
  readonly indicators: Indicator[];
  readonly issues: Issue[];
}

const first = (cols: readonly ColumnInfo[], role: ColumnRole) => cols.find((c) => c.role === role) ?? null;

/** Looks up an indicator's settings by its reference, then by its exact name. */
export function indicatorConfig(config: ScorecardConfig, id: string, name: string): IndicatorConfig {
  return config.indicators[id] ?? config.indicators[name] ?? {};
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
  const cols = table.columns;
  for (const tr of table.rows) {
    const ind = buildOne(grid, tr, config, cols);
    if (!ind) continue;
    const n = (seen.get(ind.id) ?? 0) + 1;
    seen.set(ind.id, n);
    if (n > 1) {
      const cell = `${grid.name}!${ind.id}`;
      issues.push({ severity: 'warning', code: 'duplicate-reference', sheet: grid.name, message: `${grid.name} row ${tr.row + 1}: the reference '${ind.id}' is used more than once; this one is reported as '${ind.id} (${n})'.`, cell });
      indicators.push({ ...ind, id: `${ind.id} (${n})` });
    } else indicators.push(ind);
    issues.push(...ind.warnings);
  }
  return { indicators, issues };
}

function buildOne(grid: SheetGrid, tr: TableRow, config: ScorecardConfig, cols: readonly ColumnInfo[]): Indicator | null {
  const sheet = grid.name;
  const row = tr.row;
  const nameCol = first(cols, 'name');
  const refCol = first(cols, 'ref');
  const name = nameCol ? textAt(grid, row, nameCol.col) : '';
  if (!name) return null;
  const ref = refCol ? textAt(grid, row, refCol.col) : '';
  const id = ref || `${sheet}!${row + 1}`;
  const own = indicatorConfig(config, id, name);
  if (own.exclude) return null;
  const warnings: Issue[] = [];
  const read = (c: ColumnInfo | null): CellReading | null => (c ? readCell(grid, row, c.col) : null);

  const periodCols = cols.filter((c) => c.role === 'period' && c.period);
  const periodReadings = periodCols.map((c) => ({ c, r: readCell(grid, row, c.col) }));
  const targetCols = (['target', 'targetLower', 'targetUpper'] as const).map((role) => targetColumn(cols, role));
  const targetReadings = targetCols.map(read);
  const unitCol = first(cols, 'unit');
  const numbers = [...periodReadings.map((p) => p.r), ...targetReadings.filter((r): r is CellReading => r !== null)];
  const anyPercentFormat = numbers.some((r) => r.parsed.percentFormat);
  const currency = numbers.find((r) => r.parsed.currency)?.parsed.currency ?? null;
  const inferred = inferUnit({ name, unitText: unitCol ? textAt(grid, row, unitCol.col) : null, percentFormat: anyPercentFormat, currency });
  const unit = own.unit ?? inferred.unit;
  const percentage = unit === 'percentage';
  const { fractions, guessed } = percentage ? rowStoresFractions(numbers) : { fractions: false, guessed: false };
  if (guessed) {
    const cell = periodReadings.find((p) => p.r.parsed.value !== null)?.r;
    warnings.push({
      severity: 'warning', code: 'fraction-guess', sheet,
      message: `${sheet} row ${row + 1} ('${name}'): percentages between 0 and 1 with no % format are read as fractions (0.9 = 90 per cent). Format the cells as percentages to make this certain.`,
      cell: cell ? toMeasure(sheet, cell, false, false).cell : undefined,
    });
  }
  const measure = (r: CellReading) => toMeasure(sheet, r, percentage, fractions);

  const values: PeriodValue[] = periodReadings
    .map(({ c, r }) => ({ period: c.period!, measure: measure(r) }))
    .sort((a, b) => a.period.sortKey - b.period.sortKey || kindOrder(a.period.kind) - kindOrder(b.period.kind));
  for (const v of values) {
    if (v.measure.fromText && v.measure.value !== null) {
      warnings.push({ severity: 'warning', code: 'number-as-text', sheet, cell: v.measure.cell, message: `${sheet}!${v.measure.cell}: '${String(v.measure.raw)}' is a number stored as text; it is read as a number, but other tools may not: store it as a number.` });
    }
    if (v.measure.noData?.reason === 'error') {
      warnings.push({ severity: 'warning', code: 'cell-error', sheet, cell: v.measure.cell, message: `${sheet}!${v.measure.cell} holds the error ${v.measure.noData.shown}: read as no data.` });
    }
  }

  const target = readTarget({ sheet, row, name, own, readings: targetReadings, measure, percentage, fractions, warnings });
  const polarity = readPolarity({ grid, row, name, own, polarityCol: first(cols, 'polarity'), target, warnings });
  const tolerance = readTolerance({ grid, row, own, toleranceCol: first(cols, "tolerance"), config, percentage, fractions });
  const frequencyCol = first(cols, 'frequency');
  const frequency = own.frequency ?? (frequencyCol ? parseFrequency(readCell(grid, row, frequencyCol.col).raw) : null);

  const benchmarks: Benchmark[] = [];
  for (const c of cols) {
    if (c.role !== 'benchmark' || !c.benchmark) continue;
    const r = readCell(grid, row, c.col);
    if (r.parsed.value === null && r.parsed.noData?.reason === 'blank') continue;
    const ranked = c.benchmark.kind === 'rank' || c.benchmark.kind === 'quartile';
    benchmarks.push({ kind: c.benchmark.kind, label: c.benchmark.label, period: c.period ?? null, measure: ranked ? toMeasure(sheet, r, false, false) : measure(r) });
  }
  const count = (role: ColumnRole) => {
    const c = first(cols, role);
    return c ? toMeasure(sheet, readCell(grid, row, c.col), false, false) : null;
  };
  const commentaryCol = first(cols, 'commentary');
  return {
    id, name, sheet, row, section: tr.section, unit, polarity, target, tolerance, frequency, values, benchmarks,
    numerator: count('numerator'),
    denominator: count('denominator'),
    commentary: commentaryCol ? textAt(grid, row, commentaryCol.col) || null : null,
    rateBase: unit === 'rate' ? inferred.rateBase : null,
    currency,
    warnings,
  };
}

/**
 * The target column for the table's latest year: with "Target 2020/21" and "Target 2021/22", the
 * one whose year matches the latest period column; else one that names no year; else the last.
 */
export function targetColumn(cols: readonly ColumnInfo[], role: ColumnRole): ColumnInfo | null {
  const candidates = cols.filter((c) => c.role === role);
  if (candidates.length < 2) return candidates[0] ?? null;
  const latest = cols.filter((c) => c.role === 'period' && c.period).reduce<number | null>((fy, c) => Math.max(fy ?? -Infinity, c.period!.fyStart), null);
  return candidates.find((c) => c.period?.fyStart === latest) ?? candidates.find((c) => !c.period) ?? candidates[candidates.length - 1];
}

function kindOrder(kind: string): number {
  return kind === 'ytd' ? 2 : kind === 'year' ? 1 : 0;
}
