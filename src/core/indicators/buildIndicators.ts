import type {
  Benchmark, ColumnInfo, DetectedTable, Indicator, IndicatorBlock, IndicatorConfig, Issue, Measure, PeriodTarget, PeriodValue, ScorecardConfig,
  SheetGrid, SheetRagReading, TableRow, Tolerance,
} from '../types';
import { RAG_MARKER } from '../rating/formatPlan';
import { parseSheetRag } from '../values/sheetRag';
import { inferUnit } from '../values/units';
import { rawAt, readCell, rowStoresFractions, textAt, toMeasure, type CellReading } from './measures';
import { isBlank } from '../tables/headerText';
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
  const block = tr.block ?? null;
  // The row to read a column from: an indicator over several rows keeps its name, reference,
  // polarity and the like in one of them (often a cell merged across them all).
  const rowAt = block ? blockRowReader(grid, row, block) : () => row;
  const name = cols.name ? textAt(grid, block ? block.nameRow : row, cols.name.col) : '';
  if (!name) return null;
  const ref = cols.ref ? textAt(grid, rowAt(cols.ref.col), cols.ref.col) : '';
  const id = ref || `${sheet}!${row + 1}`;
  const own = settings(id, name);
  if (own.exclude) return null;
  const warnings: Issue[] = [];

  const periodReadings = cols.periods.map((c) => readCell(grid, row, c.col));
  const targetReadings = cols.targets.map((c) => (c ? readCell(grid, rowAt(c.col), c.col) : null));
  const targetRowReadings = block && block.targetRow !== null ? cols.periods.map((c) => readCell(grid, block.targetRow!, c.col)) : [];
  const numbers = [...periodReadings, ...targetRowReadings];
  for (const r of targetReadings) if (r !== null) numbers.push(r);
  const anyPercentFormat = numbers.some((r) => r.parsed.percentFormat);
  const currency = numbers.find((r) => r.parsed.currency)?.parsed.currency ?? null;
  const inferred = inferUnit({ name, unitText: cols.unit ? textAt(grid, rowAt(cols.unit.col), cols.unit.col) : null, percentFormat: anyPercentFormat, currency });
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
  const tolerance = readTolerance({ grid, row: cols.tolerance ? rowAt(cols.tolerance.col) : row, own, toleranceCol: cols.tolerance, config, percentage, fractions });
  const byPeriod = block && (block.targetRow !== null || block.toleranceRow !== null)
    ? periodTargets({ grid, block, name, own, cols, targetRowReadings, measure, percentage, fractions, config })
    : undefined;
  // With no target column, a Target row's targets say whether the indicator is rated at all.
  const someTarget = target ?? byPeriod?.find((p) => p.target)?.target ?? null;
  const polarity = readPolarity({ grid, row: cols.polarity ? rowAt(cols.polarity.col) : row, name, own, polarityCol: cols.polarity, target: someTarget, warnings });
  const frequency = own.frequency ?? (cols.frequency ? parseFrequency(readCell(grid, rowAt(cols.frequency.col), cols.frequency.col).raw) : null);

  const benchmarks: Benchmark[] = [];
  for (const c of cols.benchmarks) {
    const r = readCell(grid, rowAt(c.col), c.col);
    if (r.parsed.value === null && r.parsed.noData?.reason === 'blank') continue;
    const ranked = c.benchmark!.kind === 'rank' || c.benchmark!.kind === 'quartile';
    benchmarks.push({ kind: c.benchmark!.kind, label: c.benchmark!.label, period: c.period ?? null, measure: ranked ? toMeasure(sheet, r, false, false) : measure(r) });
  }
  const sheetRags = readSheetRags(grid, cols.rags, rowAt);
  if (block?.ragRow != null) {
    // A RAG row gives the sheet's rating for each period, in the period columns.
    for (const c of cols.periods) {
      const read = parseSheetRag(rawAt(grid, block.ragRow, c.col));
      if (read) sheetRags.push({ period: c.period!, rag: read.rag, shown: read.shown, sheet, cell: toA1(block.ragRow, c.col) });
    }
  }
  const count = (c: ColumnInfo | null) => (c ? toMeasure(sheet, readCell(grid, rowAt(c.col), c.col), false, false) : null);
  return {
    id, name, sheet, row, section: tr.section, unit, polarity, target, tolerance, frequency, values, benchmarks,
    numerator: count(cols.numerator),
    denominator: count(cols.denominator),
    commentary: commentaryAt(grid, cols.commentary ? rowAt(cols.commentary.col) : row, cols.commentary),
    rateBase: unit === 'rate' ? inferred.rateBase : null,
    currency,
    warnings,
    ...(byPeriod && { byPeriod }),
    ...(sheetRags.length > 0 && { sheetRags }),
  };
}

/** What the sheet's own RAG columns say in an indicator's row; never our own labels from an earlier run. */
function readSheetRags(grid: SheetGrid, columns: readonly ColumnInfo[], rowAt: (col: number) => number): SheetRagReading[] {
  const out: SheetRagReading[] = [];
  for (const c of columns) {
    const row = rowAt(c.col);
    if (grid.formulas?.[row]?.[c.col]?.includes(RAG_MARKER)) continue;
    const read = parseSheetRag(rawAt(grid, row, c.col));
    if (read) out.push({ period: c.period ?? null, rag: read.rag, shown: read.shown, sheet: grid.name, cell: toA1(row, c.col) });
  }
  return out;
}

/**
 * Reads a column of an indicator laid out over several rows: from the values row when that cell
 * holds something, else from the name row, else from the first other row of the indicator that does.
 */
function blockRowReader(grid: SheetGrid, row: number, block: IndicatorBlock): (col: number) => number {
  const order = [row, block.nameRow];
  for (let r = block.top; r <= block.bottom; r++) if (r !== row && r !== block.nameRow) order.push(r);
  return (col) => order.find((r) => !isBlank(rawAt(grid, r, col))) ?? row;
}

interface PeriodTargetInput {
  readonly grid: SheetGrid;
  readonly block: IndicatorBlock;
  readonly name: string;
  readonly own: IndicatorConfig;
  readonly cols: ColumnPlan;
  readonly targetRowReadings: readonly CellReading[];
  readonly measure: (r: CellReading) => Measure;
  readonly percentage: boolean;
  readonly fractions: boolean;
  readonly config: ScorecardConfig;
}

/** The target and tolerance that the Target and Tolerance rows give each period, in period order. */
function periodTargets(input: PeriodTargetInput): PeriodTarget[] {
  const { grid, block, name, own, cols, targetRowReadings, measure, percentage, fractions, config } = input;
  return cols.periodOrder.map((i) => {
    const column = cols.periods[i];
    const warnings: Issue[] = [];
    const reading = targetRowReadings[i] ?? null;
    // A target set in the configuration stands for every period (readTarget returns it first).
    const target = reading && !own.target ? readTarget({ sheet: grid.name, row: block.targetRow!, name, own, readings: [reading, null, null], measure, percentage, fractions, warnings }) : null;
    let tolerance: Tolerance | null = null;
    if (block.toleranceRow !== null && !own.tolerance && readCell(grid, block.toleranceRow, column.col).parsed.value !== null) {
      tolerance = readTolerance({ grid, row: block.toleranceRow, own, toleranceCol: column, config, percentage, fractions });
    }
    return { period: column.period!, target, cell: toA1(block.targetRow ?? block.toleranceRow!, column.col), tolerance, warnings };
  });
}

/** The commentary in a row's commentary column, with its cell; null when there is none. */
function commentaryAt(grid: SheetGrid, row: number, column: ColumnInfo | null): Indicator['commentary'] {
  const text = column ? textAt(grid, row, column.col).trim() : '';
  return text ? { text, cell: toA1(row, column!.col) } : null;
}
