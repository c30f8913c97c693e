import type { IndicatorConfig, ScorecardConfig, Tolerance } from '../config/types';
import { describeTolerance } from '../rating/rateIndicator';
import type {
  Benchmark,
  Indicator,
  Measure,
  PeriodTarget,
  PeriodValue,
  Polarity,
  PolarityUnread,
  RowTarget,
  SheetRagReading,
  Target,
  UnusableTarget,
} from './types';
import type { ColumnInfo, DetectedTable, IndicatorBlock, TableRow } from '../tables/types';
import type { Magnitude, RawValue, SheetGrid, Unit } from '../values/types';
import type { Issue } from '../warnings';
import { warning } from '../warningMessages';
import { RAG_MARKER } from '../rating/formatPlan';
import { parseSheetRag, saysBlue, type SheetRagValue } from '../values/sheetRag';
import {
  formatScale,
  inferUnit,
  readMagnitude,
  readSuffix,
  splitTargetUnit,
  isUnitCellText,
  printedUnitWord,
  splitUnitPer,
  unitWordKey,
} from '../values/units';
import { clean, rawAt, readCell, rowStoresFractions, textAt, toMeasure, type CellReading } from './measures';
import { isBlank } from '../tables/headerText';
import { benchmarkRow } from '../tables/rowKinds';
import { cellValue, mergedTextAt } from '../tables/gridAccess';
import { tidySpaces } from '../values/whitespace';
import { isPercentFormat } from '../values/numberFormat';
import { readPolarity } from './polarity';
import {
  planColumns,
  settingsLookup,
  TO_DATE_TARGET,
  WHOLE_YEAR_TARGET,
  YEAR_TARGET_PERIOD,
  type ColumnPlan,
} from './tablePlan';
import { toA1 } from '../address';
import { sameTimeYearBefore } from '../periods/makePeriod';
import { directionOfTarget, readTarget, readTolerance, withoutNote, type TargetInput } from './targets';
import { figureKindOf, readCumulative, saysCumulative } from './cumulative';
import { parseBandTarget, parseFrequency, parseWordedTarget, saysAnnual, sectionFrequency } from '../values/polarity';
import { flagAlone } from '../values/flags';
import { isProgressWord, measureInWords, readBound } from '../values/noDataCodes';
import {
  accountsNegative,
  durationNumber,
  durationSeconds,
  durationUnits,
  isNilText,
  parseNumber,
  SECONDS_PER_DAY,
} from '../values/parseNumber';
import { labelSaysPercent } from '../values/storage';
import { nameMark, readTableNotes, type FigureMark, type RowSpan, type TableNotes } from './tableNotes';
import { targetInName } from './nameTarget';
import { periodInName } from './namePeriod';
import { unitReasons } from '../values/messages';
import { comparisonColumns, readRowComparisons, type ComparisonColumns } from './comparisons';
import { qualifiedName } from '../tables/nameQualifiers';

export { indicatorConfig, targetColumn } from './tablePlan';

/** "Time period to achieve target: Financial year" where the row's cell in such a column says the year; else null. */
function yearTargetPeriod(grid: SheetGrid, rowAt: (col: number) => number, c: ColumnInfo): string | null {
  const said = textAt(grid, rowAt(c.col), c.col);
  return YEAR_TARGET_PERIOD.test(said) ? `${c.header}: ${said}` : null;
}

/** A target column's header that names an average, not a target ("3 year average"), lower case; else null. */
function averageHeader(c: ColumnInfo | null): string | null {
  if (!c || !/\baverage\b/i.test(c.header) || /\btargets?\b/i.test(c.header)) return null;
  return c.header.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A row whose progress is reported in words ("On track", "Complete") and never as a figure. */
function isMilestone(read: readonly PeriodValue[]): boolean {
  let words = false;
  for (const v of read) {
    if (v.measure.value !== null) return false;
    if (measureInWords(v.measure)) words = true;
  }
  return words;
}

/** The indicators of one table, in table order, with the issues met while reading them. */
export interface TableIndicators {
  readonly indicators: Indicator[];
  readonly issues: Issue[];
  /** Rows left out by the configuration (`exclude`), so that a host can offer them back. */
  readonly excluded: ExcludedIndicator[];
  /** The key the table was rated by (its own, or one above it on the sheet): it holds for the tables below it too. */
  readonly key: TableNotes['key'];
}

/** What a sheet's earlier tables leave to the next: the key above them, and the first row read for notes above it. */
export interface SheetSoFar {
  readonly key: TableNotes['key'];
  /** The first row above the table read for a key (the row after the table before it, or the sheet's top). */
  readonly keyFrom: number;
  /** The rows every table found on the sheet takes up, where no note on another table is read. */
  readonly tables?: readonly RowSpan[];
}

/** An indicator row the configuration leaves out: the key its settings are under, its name and row. */
export interface ExcludedIndicator {
  /** Its reference, else its sheet and row ("Scorecard!12"), as the indicator's id would be. */
  readonly id: string;
  readonly name: string;
  readonly sheet: string;
  /** Zero-based row of its name. */
  readonly row: number;
}

/**
 * Reads every indicator row of a detected table: name and reference, unit, polarity, target and
 * tolerance, the value of every period column (normalised: percentages in points whichever way
 * they are stored), benchmarks, numerator and denominator, frequency, commentary and actions.
 */
export function buildIndicators(
  grid: SheetGrid,
  table: DetectedTable,
  config: ScorecardConfig,
  sheet: SheetSoFar = { key: null, keyFrom: table.top },
): TableIndicators {
  const issues: Issue[] = [];
  const indicators: Indicator[] = [];
  const excluded: ExcludedIndicator[] = [];
  const seen = new Map<string, number>();
  const plan = planColumns(table.columns);
  const settings = settingsLookup(config);
  const notes = readTableNotes(grid, table, sheet.keyFrom, sheet.tables);
  // A title that says the figures are cumulative ("(cumulative from 1 April)") speaks for every row,
  // unless the table also has a year to date, which shows its period columns are each the period's own.
  const cumulative =
    notes.cumulative !== null && table.rows.length > 0 && !table.columns.some((c) => c.period?.kind === 'ytd');
  const ownUnitCells = toleranceOwnUnits(grid, table, plan);
  // A key beside the table that puts a figure on amber's edge is the tolerance of its rows that have none of their own.
  // A key above an earlier table on the sheet holds for this one too, unless it has a key of its own (said once, for the first).
  const key = table.rows.length ? (notes.key ?? sheet.key) : null;
  const ctx: TableContext = {
    notes,
    blue: key?.statement.blue ?? null,
    tablePoints: tablePointsOf(grid, table, plan, settings),
    mostlyPercent: mostlyPercentOf(grid, table, plan, settings),
    cumulative,
    ownUnits: ownUnitCells && { cells: ownUnitCells, used: 0 },
    comparing: comparisonColumns(grid, table, plan, issues),
    marksUsed: new Set(),
  };
  if (cumulative && notes.cumulative) {
    const at = { sheet: grid.name, cell: notes.cumulative.cell };
    issues.push(warning('cumulative-from-title', { ...at, text: notes.cumulative.text }, at));
  }
  // A plain "Target" beside an "Annual Target": the first is read as the period's, which the sheet does not say.
  const annual = plan.annualTarget;
  const plain = plan.targets[0];
  if (annual && plain && table.rows.length) {
    const cell = toA1(table.headerRow, plain.col);
    const args = {
      sheet: grid.name,
      cell,
      header: plain.header,
      annual: annual.header,
      annualCell: toA1(table.headerRow, annual.col),
    };
    issues.push(warning('target-beside-annual', args, { sheet: grid.name, cell }));
  }
  const keyed = key?.statement.tolerance;
  const rowConfig = keyed ? { ...config, tolerance: keyed } : config;
  if (key && key !== sheet.key) {
    const { cell, text } = key;
    const place = { sheet: grid.name, cell };
    const scheme = key.statement.scheme;
    if (scheme) {
      const beyond = scheme.beyond;
      const against =
        beyond.by === 'direction' ? (typeof beyond.against === 'string' ? beyond.against : beyond.against.label) : null;
      const edge = beyond.by === 'tolerance' ? keyed! : null;
      issues.push(
        warning('rag-key-scheme', { sheet: grid.name, cell, text, green: scheme.green, edge, against }, place),
      );
    } else if (keyed)
      issues.push(
        warning(
          'tolerance-from-key',
          { sheet: grid.name, cell, text, tolerance: keyed, ...(key.statement.yellowAsAmber && { yellow: true }) },
          place,
        ),
      );
    // (A key that says only what blue means states nothing of the rating's scheme.)
    else if (key.statement.ownScheme) issues.push(warning('rag-key-differs', { sheet: grid.name, cell, text }, place));
  }
  // A key in percentage points ("within 2 percentage points") says nothing of a row in hours or days.
  const pointsOnly = keyed?.type === 'absolute' && key !== null && POINTS.test(key.text);
  const annualSections = new Set<string>();
  for (const tr of table.rows) {
    const built = buildOne(grid, tr, rowConfig, plan, settings, ctx, excluded);
    // A section whose title says its measures are annual, said once, naming the title's cell.
    if (
      built &&
      tr.section &&
      built.frequency === 'annual' &&
      sectionFrequency(tr.section) &&
      !annualSections.has(tr.section)
    ) {
      annualSections.add(tr.section);
      const at = { sheet: grid.name, cell: sectionCell(grid, tr.section, tr.row, table.top) };
      issues.push(warning('annual-from-section', { ...at, section: tr.section }, at));
    }
    const ind =
      built && pointsOnly && built.tolerance === keyed && built.unit !== 'percentage'
        ? notInPoints(built, key!.cell, key!.statement.others ?? config.tolerance, grid.name, !!key!.statement.others)
        : built && key?.statement.scheme && built.tolerance === keyed
          ? { ...built, keyScheme: { ...key.statement.scheme, cell: key.cell } }
          : built;
    if (!ind) continue;
    const n = (seen.get(ind.id) ?? 0) + 1;
    seen.set(ind.id, n);
    if (n > 1) {
      const cell = `${grid.name}!${ind.id}`;
      issues.push(
        warning('duplicate-reference', { sheet: grid.name, row: tr.row, id: ind.id, n }, { sheet: grid.name, cell }),
      );
      indicators.push({ ...ind, id: `${ind.id} (${n})` });
    } else indicators.push(ind);
    for (const w of ind.warnings) issues.push(w);
  }
  // A key whose amber has no edge ("slightly off-target") leaves it to the report's tolerance: said once, where a row used it.
  const unstated = key && key !== sheet.key && !keyed ? key.statement.amberUnstated : undefined;
  if (unstated && indicators.some((i) => i.target !== null && i.tolerance === rowConfig.tolerance)) {
    const at = { sheet: grid.name, cell: key!.cell };
    const args = { ...at, text: key!.text, tolerance: rowConfig.tolerance };
    issues.push(warning('key-amber-unstated', args, at));
  }
  // Bare tolerances read in the units the column keeps the others in: said once, at its header.
  if (ctx.ownUnits?.used && plan.tolerance) {
    const at = { sheet: grid.name, cell: toA1(table.headerRow, plan.tolerance.col) };
    const args = { ...at, header: plan.tolerance.header, cells: ctx.ownUnits.cells, n: ctx.ownUnits.used };
    issues.push(warning('tolerance-unit-from-column', args, at));
  }
  // Marks a key explains, read for the indicators named with them: said once, at the key.
  const used = [...notes.marks.values()].filter((m) => ctx.marksUsed.has(m));
  if (used.length) {
    const at = { sheet: grid.name, cell: used[0].cell };
    issues.push(warning('figure-marks-from-key', { ...at, marks: used }, at));
  }
  const unset = targetsNotGiven(grid, table, plan, indicators);
  if (unset) issues.push(unset);
  return {
    indicators: plan.ref ? indicators : withNameCodes(indicators),
    issues,
    excluded,
    key: notes.key ?? sheet.key,
  };
}

/** The cell of a section's title above `row` (the first row of the table where it is not found). */
function sectionCell(grid: SheetGrid, section: string, row: number, top: number): string {
  for (let r = row - 1; r >= top; r--) {
    const cells = grid.values[r] ?? [];
    const c = cells.findIndex((v) => typeof v === 'string' && v.trim() === section.trim());
    if (c >= 0) return toA1(r, c);
  }
  return toA1(top, 0);
}

/** A key's words for percentage points. */
const POINTS = /\b(?:percentage points?|pp|p\.p\.|points?|pts?)\b|\d\s*pp\b/i;

/**
 * An indicator whose figures are not percentages, in a table whose key puts amber's edge in percentage
 * points: the workbook's tolerance, not so many of its own units, and a note (`key-points-not-unit`).
 */
function notInPoints(ind: Indicator, keyCell: string, tolerance: Tolerance, sheet: string, keyed: boolean): Indicator {
  // A context measure is rated by no edge: the note would say how it is rated.
  if (!ind.target && !ind.periodTargets?.length) return { ...ind, tolerance };
  const at = { sheet, cell: keyCell };
  const args = {
    ...at,
    row: ind.row,
    name: ind.name,
    ...(keyed && { others: describeTolerance(tolerance, ind.unit) }),
  };
  const note = warning('key-points-not-unit', args, at);
  return { ...ind, tolerance, warnings: [...ind.warnings, note] };
}

/**
 * A code opening a name: capitals, then digits, perhaps after a space, stop, slash or hyphen ("CRE4",
 * "HHA/013", "PLA/004b", "NI 117", "BV 66a", "PMF-03"), and before the name perhaps a colon or a
 * spaced dash ("PMF-03: Emergency repairs …", "NI 117 – Young people …").
 */
const NAME_CODE = /^([A-Z]{2,6}[ ./-]?\d{1,4}[A-Za-z]?(?:[./-]\d{1,4}[A-Za-z]?)*)(?::|\s+[–—-])?\s+(?=\S*[A-Za-z])/;

/**
 * A code closing a name, after a space (or a spaced dash), in the same shapes: Carmarthenshire's
 * "Kilograms of residual waste generated per person PAM/043". A code in brackets is read where the
 * short name is made.
 */
const NAME_CODE_END = /(?:\s+[–—-])?\s+([A-Z]{2,6}[ ./-]?\d{1,4}[A-Za-z]?(?:[./-]\d{1,4}[A-Za-z]?)*)$/;

/**
 * The indicators, each whose name opens with a code given it as its `nameCode`, where at least two
 * thirds of a table's names (two or more) open so: Swansea's "CRE4 The percentage of priority
 * graffiti jobs completed within 7 days ↑" under "PI & Desired Direction of Travel"; else each whose
 * name ends with one, where two thirds end so ("… per person PAM/043"). One name that happens to open
 * or end like a code ("CO2 emissions from council buildings") is left as it is.
 */
function withNameCodes(indicators: Indicator[]): Indicator[] {
  if (indicators.length < 2) return indicators;
  for (const pattern of [NAME_CODE, NAME_CODE_END]) {
    const codes = indicators.map((ind) => pattern.exec(ind.name)?.[1] ?? null);
    const coded = codes.filter((c) => c !== null).length;
    if (coded * 3 < indicators.length * 2) continue;
    return indicators.map((ind, i) => {
      const code = codes[i];
      return code ? { ...ind, nameCode: code } : ind;
    });
  }
  return indicators;
}

/**
 * A target column for the table's latest year with no target in it ("2022/23 Target": 'n/a' on every
 * row) beside one for another year that has them ("2021/22 Target"): the indicators are not rated, and
 * the other year's targets are not used for this one. One warning (`targets-not-given`) says so,
 * naming the empty column's cells and the other column; null where the column has a target anywhere.
 */
function targetsNotGiven(
  grid: SheetGrid,
  table: DetectedTable,
  plan: ColumnPlan,
  indicators: readonly Indicator[],
): Issue | null {
  const main = plan.targets[0];
  if (!main?.period || indicators.length === 0) return null;
  const others = table.columns.filter((c) => c.role === 'target' && c.col !== main.col && c.period);
  if (others.length === 0) return null;
  let given: ColumnInfo | null = null;
  for (const ind of indicators) {
    if (typeof cellValue(grid, ind.row, main.col) === 'number' || ind.target?.source === 'config') return null;
    given ??= others.find((c) => typeof cellValue(grid, ind.row, c.col) === 'number') ?? null;
  }
  if (!given) return null;
  const first = indicators[0].row;
  const last = indicators[indicators.length - 1].row;
  const cell = `${toA1(first, main.col)}:${toA1(last, main.col)}`;
  const args = { sheet: grid.name, cell, header: main.header, year: main.period.label, other: given.header };
  return warning('targets-not-given', args, { sheet: grid.name, cell });
}

/** What one row's reading shares with the rest of its table. */
interface TableContext {
  /** What the lines around the table state: a key to polarity symbols, a tolerance unit, a money scale. */
  readonly notes: TableNotes;
  /** What the key the table is under says the sheet's "Blue" means, where one says (see `KeyStatement.blue`). */
  readonly blue: 'green' | 'none' | null;
  /** 'points' when the table's other percentage rows store plain numbers as 0–100 (worked out once, when first needed). */
  readonly tablePoints: () => 'points' | null;
  /** True when at least half of the table's rows whose unit something states are percentages (worked out once, when first needed). */
  readonly mostlyPercent: () => boolean;
  /** True when a title or note above the table says its figures are cumulative, and it has no year-to-date column. */
  readonly cumulative: boolean;
  /**
   * The tolerance cells that show the column keeps each tolerance in its measure's own units (a
   * percentage's in the figures' own percentage format), where at least two do and none shows a
   * share of the target; and how many bare tolerances were read so.
   */
  readonly ownUnits: { readonly cells: readonly string[]; used: number } | null;
  /** The sheet's comparisons with benchmarks and its figures' confidence intervals, where a row's are read. */
  readonly comparing: ComparisonColumns | null;
  /** The marks of {@link TableNotes.marks} that opened the name of an indicator read so. */
  readonly marksUsed: Set<FigureMark>;
}

/**
 * The tolerance cells of a table that are kept in their row's figures' own percentage format (0.02
 * as "2.00%" beside "99.01%": 2 points), where at least two are and no other is a percentage in
 * another format or written with "%" (a share of the target): the column is in the measures' own
 * units. Null otherwise.
 */
function toleranceOwnUnits(grid: SheetGrid, table: DetectedTable, plan: ColumnPlan): string[] | null {
  const col = plan.tolerance?.col;
  if (col === undefined || plan.periods.length === 0) return null;
  const cells: string[] = [];
  for (const tr of table.rows) {
    if (tr.block) continue;
    const t = readCell(grid, tr.row, col);
    if (typeof t.raw === 'string' && /%/.test(t.raw)) return null;
    if (typeof t.raw !== 'number' || !isPercentFormat(t.format)) continue;
    // A row without figures (a measure reported annually), or of mixed formats, says nothing either way.
    const shared = sharedFormat(plan.periods.map((p) => readCell(grid, tr.row, p.col)));
    if (shared === null) continue;
    if (shared !== t.format) return null;
    cells.push(toA1(tr.row, col));
  }
  return cells.length >= 2 ? cells : null;
}

/**
 * A row's period and target cells (and, for an indicator with a Target row, that row's cells),
 * read, and the unit they and the name suggest.
 */
function readRow(
  grid: SheetGrid,
  row: number,
  name: string,
  cols: ColumnPlan,
  block: IndicatorBlock | null = null,
  rowAt: (col: number) => number = () => row,
  /** A target at the end of the name, where the table has no column of targets (see `nameTarget.ts`). */
  named: CellReading | null = null,
) {
  const targetRead = named ? [named] : cols.targets.map((c) => (c ? readCell(grid, rowAt(c.col), c.col) : null));
  // With no unit column, a target written with its unit ("2 days", "not exceeding 30 seconds") says it.
  const targetRaw = targetRead[0]?.raw ?? null;
  const targetUnit = cols.unit
    ? null
    : (parseWordedTarget(targetRaw)?.unit ?? splitTargetUnit(targetRaw)?.unit ?? null);
  const statedUnit = cols.unit ? textAt(grid, rowAt(cols.unit.col), cols.unit.col) : targetUnit;
  const read = cols.periods.map((c) => readCell(grid, row, c.col));
  const targetRowRead =
    block && block.targetRow !== null ? cols.periods.map((c) => readCell(grid, block.targetRow!, c.col)) : [];
  // Times typed as text ("04:50"), read as the name or the target says: minutes and seconds, or hours and minutes.
  const clock = clockTimes(name, read, targetRowRead, targetRead);
  const periodCells = clock ? read.map(clock) : read;
  const targetRowCells = clock ? targetRowRead.map(clock) : targetRowRead;
  const clockTarget = clock ? null : clockTargetRead(statedUnit, name, read, targetRead[0]);
  const targetReadings = clock
    ? targetRead.map((r) => r && clock(r))
    : clockTarget
      ? [clockTarget.reading, ...targetRead.slice(1)]
      : targetRead;
  // A row of lengths of time (a time format, "4 minutes 22 seconds", or times in more than one unit:
  // "51 seconds" beside "3 minutes") reads its other times as such too.
  const timed =
    periodCells.some(isDuration) ||
    targetRowCells.some(isDuration) ||
    targetReadings.some((r) => r && isDuration(r)) ||
    timesInUnits(periodCells, targetRowCells, targetReadings);
  if (timed) return timedRow(periodCells, targetRowCells, targetReadings, statedUnit);
  const typed = figuresWithUnits(periodCells, statedUnit ?? readSuffix(name));
  const periodReadings = typed.readings;
  const targetRowReadings = targetRowCells;
  const numbers = [...periodReadings, ...targetRowReadings];
  for (const r of targetReadings) if (r !== null) numbers.push(r);
  // A target of "+10%" or "-5%" beside figures that are not percentages is a change on something
  // (last year's figure, say), not a level: it does not make them percentages, and is not rated against.
  const first = targetReadings[0];
  const change =
    first !== null &&
    first !== undefined &&
    typeof first.raw === 'string' &&
    SIGNED_PERCENT.test(first.raw) &&
    !periodReadings.some((r) => r.parsed.percentFormat && r.parsed.value !== null);
  const evidence = change ? numbers.filter((r) => r !== first) : numbers;
  // A band target written with a per cent sign ("10-15%") says so as "85%" does.
  const band = first && !change ? parseBandTarget(first.raw, first.format) : null;
  const anyPercentFormat = evidence.some((r) => r.parsed.percentFormat) || band?.percentFormat === true;
  const currency = numbers.find((r) => r.parsed.currency)?.parsed.currency ?? null;
  // A unit in the target's words ("7 working days") is the timescale when the figures are formatted
  // as percentages (the share done within it): the figures' format says what they are.
  const periodPercent = periodReadings.some((r) => r.parsed.percentFormat && r.parsed.value !== null);
  const unitText = (periodPercent && statedUnit === targetUnit ? null : statedUnit) ?? typed.unit;
  const percentOnlyInTarget =
    anyPercentFormat && !evidence.some((r) => r.parsed.percentFormat && !targetReadings.includes(r));
  const read0 = inferUnit({ name, unitText, percentFormat: anyPercentFormat, currency, percentOnlyInTarget });
  // Every period column's header says its figures are per cent ("Q2 2024/25 (%)"): so they are, where
  // no unit cell or currency says otherwise, whatever a name's words guess ("Households prevented …").
  const inferred =
    read0.unit !== 'percentage' && unitText === null && currency === null && headersPercent(cols).everyPeriod
      ? { unit: 'percentage' as const, rateBase: null, reason: "the period columns' headers say '%'" }
      : read0;
  return {
    periodReadings,
    targetReadings,
    targetRowReadings,
    numbers,
    inferred,
    unitText,
    currency,
    unitsDiffer: typed.differ,
    untimed: NONE_UNTIMED,
    clockTarget,
  };
}

/** The words that say figures are counted in seconds, or in minutes. */
const IN_SECONDS = /\b(?:seconds?|secs?)\b/i;
const IN_MINUTES = /\b(?:minutes?|mins?)\b/i;

/** A target typed as a time, read as a number of the figures' unit (see {@link clockTargetRead}). */
interface ClockTarget {
  readonly reading: CellReading;
  readonly as: 'minutes and seconds' | 'hours and minutes';
  readonly unit: 'seconds' | 'minutes';
}

/**
 * A target typed as a time ("2:00") beside figures that are plain numbers of seconds or of minutes,
 * as the unit or the name says ("Average call waiting time (seconds)"): read as minutes and seconds or
 * as hours and minutes, whichever puts it within ten times the figures (2:00 beside 131 and 118
 * seconds is 120 seconds; as hours and minutes it would be 7,200). Null for any other target, or
 * where the words say neither unit or both, or neither reading is near the figures.
 */
function clockTargetRead(
  unitText: string | null,
  name: string,
  cells: readonly CellReading[],
  t: CellReading | null,
): ClockTarget | null {
  // (Most targets are numbers: the words are read only for one typed as a time.)
  const count = t ? clockCount(t.raw) : null;
  if (!t || count === null || count <= 0) return null;
  const words = `${unitText ?? ''} ${name}`;
  const seconds = IN_SECONDS.test(words);
  if (seconds === IN_MINUTES.test(words)) return null;
  let most = 0;
  for (const r of cells) {
    if (r.parsed.duration || (r.parsed.value === null && !isBlank(r.raw))) return null;
    if (r.parsed.value !== null) most = Math.max(most, r.parsed.value);
  }
  if (most <= 0) return null;
  // In seconds, m:ss is the count and h:mm sixty times it; in minutes, m:ss is a sixtieth of it and h:mm the count.
  const asMinSec = seconds ? count : count / 60;
  const asHourMin = seconds ? count * 60 : count;
  const distance = (v: number) => Math.abs(Math.log10(most / v));
  const minSec = distance(asMinSec) <= distance(asHourMin);
  const value = minSec ? asMinSec : asHourMin;
  if (distance(value) > 1) return null;
  return {
    reading: { ...t, parsed: parseNumber(clean(value)) },
    as: minSec ? 'minutes and seconds' : 'hours and minutes',
    unit: seconds ? 'seconds' : 'minutes',
  };
}

const isDuration = (r: CellReading): boolean => r.parsed.duration === true;

/** A time typed as text: "04:50", "4:50", which may be minutes and seconds or hours and minutes. */
const CLOCK_TEXT = /^\s*(\d{1,2}):([0-5]\d)\s*$/;

/** A time typed as text as a count of its smaller unit ("04:50" → 290), or null for anything else. */
function clockCount(raw: RawValue): number | null {
  const m = typeof raw === 'string' ? CLOCK_TEXT.exec(raw) : null;
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** How a time typed as text ("04:50") was read, given its measure in seconds: minutes and seconds, or hours and minutes. */
function clockAs(raw: RawValue, seconds: number): 'minutes and seconds' | 'hours and minutes' | null {
  const count = clockCount(raw);
  if (count === null) return null;
  return Math.round(seconds) === count ? 'minutes and seconds' : 'hours and minutes';
}

/**
 * How a row's times typed as text ("04:50") are read, as a reading of a cell: as minutes and seconds
 * where the name says "mm:ss", as hours and minutes where it says "hh:mm"; else as whichever puts them
 * on the scale of the row's target, a length of time ("5 mins", or a time Excel keeps), within ten
 * times either way: "04:50" beside a target of 5 minutes is 4 minutes 50 seconds, not 4 hours 50.
 * Null where the row has no such text, or nothing says which it is (it is then not read, and said so).
 */
function clockTimes(
  name: string,
  cells: readonly CellReading[],
  targetRowCells: readonly CellReading[],
  targets: readonly (CellReading | null)[],
): ((r: CellReading) => CellReading) | null {
  let found = false;
  let most = 0;
  for (const group of [cells, targetRowCells])
    for (const r of group) {
      const count = clockCount(r.raw);
      if (count === null) continue;
      found = true;
      most = Math.max(most, count);
    }
  if (!found) return null;
  let scale: number | null = /\bmm:ss\b/i.test(name) ? 1 : /\bhh:mm\b/i.test(name) ? 60 : null;
  if (scale === null) {
    const t = targets[0];
    const target = !t
      ? null
      : t.parsed.duration && t.parsed.value !== null
        ? t.parsed.value * SECONDS_PER_DAY
        : typeof t.raw === 'string'
          ? durationSeconds(t.raw, true)
          : null;
    if (target === null || target <= 0) return null;
    const distance = (s: number) => Math.abs(Math.log10((most * s) / target));
    const best = distance(1) <= distance(60) ? 1 : 60;
    if (most <= 0 || distance(best) > 1) return null;
    scale = best;
  }
  const by = scale;
  return (r) => {
    const count = clockCount(r.raw);
    if (count === null) return r;
    return { ...r, parsed: durationNumber((count * by) / SECONDS_PER_DAY, true) };
  };
}

/** A percentage with its sign written: "+10%", "-5%", "− 2.5 %". */
const SIGNED_PERCENT = /^\s*[+\-\u2212]\s*\d[\d,]*(?:\.\d+)?\s*%\s*$/;

/** True when the row's figures written as text give lengths of time in more than one unit ("3 minutes", "51 seconds"). */
function timesInUnits(...groups: readonly (readonly (CellReading | null)[])[]): boolean {
  let first: string | null = null;
  for (const group of groups)
    for (const r of group) {
      if (r === null || r.parsed.noData?.reason !== 'text') continue;
      const units = durationUnits(String(r.raw));
      if (units === null) continue;
      if (first === null) first = units;
      else if (units !== first) return true;
    }
  return false;
}

/** The number format every figure of the row is shown in, or null when they differ or there is none. */
function sharedFormat(readings: readonly CellReading[]): string | null {
  let format: string | null = null;
  for (const r of readings) {
    if (r.parsed.value === null) continue;
    if (!r.format || (format !== null && r.format !== format)) return null;
    format = r.format;
  }
  return format;
}

/** A target header that gives the target for now: "Current Target", "Target (current)". */
const CURRENT_TARGET = /\bcurrent\b/i;

/**
 * What a target column's header says of its year: the year it names ("Target 2018/19"), and whether
 * it is the whole year's ("2024/25 Target", "Annual target", "Year end target"), asked only of the
 * table's first target column (`forPart`). Null when it says neither.
 */
function yearOfTarget(c: ColumnInfo | null, forPart: boolean): Indicator['targetColumn'] | null {
  if (!c) return null;
  const year = c.period?.kind === 'year' ? c.period : null;
  const wholeYear = forPart && (year !== null || WHOLE_YEAR_TARGET.test(c.header));
  return year || wholeYear ? { header: c.header, year, wholeYear } : null;
}

/** A name that measures a time ("Average time to process new claims", "Time taken to …"): never a percentage by the table's. */
const MEASURES_TIME = /\b(?:average|mean|median)\s+(?:time|wait|waiting time|length)\b|\btime taken\b/i;
/**
 * A name that says its figure is a score, an index or a ratio ("Average Attainment 8 score", "Progress
 * 8 score", "Net promoter score", "Index of multiple deprivation"): not a per cent, whatever the rows
 * around it are.
 */
const NAMES_A_SCORE = /\b(?:score|scores|index|ratio)\b/i;
/**
 * A name that measures an average of things per someone, or a caseload ("Average caseload per social
 * worker", "Average number of visits per household"): a number, not a per cent like the rows around it.
 */
const NAMES_PER_HEAD = /\b(?:average|mean|median)\b[^%]*\bper (?!cent\b)[a-z]|\bcaseloads?\b/i;

/** No plain number beside lengths of time: shared by every row that has none. */
const NONE_UNTIMED: readonly CellReading[] = [];

/** What a duration row's unit is, and why. */
const DURATION_UNIT = {
  unit: 'duration' as const,
  rateBase: null,
  reason: 'the figures are lengths of time (kept in a time format such as mm:ss, or written as "4 minutes 22 seconds")',
};

/**
 * The readings of a row of lengths of time (see {@link readRow}): a time written in one unit ("3
 * minutes", "51 seconds") is read as a length of time too; a plain number among them says nothing of
 * its unit (3 what?), so it is not read, and `untimed` names it.
 */
function timedRow(
  periodCells: readonly CellReading[],
  targetRowCells: readonly CellReading[],
  targetCells: readonly (CellReading | null)[],
  statedUnit: string | null,
) {
  const untimed: CellReading[] = [];
  const asTime = (r: CellReading): CellReading => {
    if (r.parsed.duration) return r;
    if (r.parsed.value !== null) {
      const unread = {
        ...r,
        parsed: { ...r.parsed, value: null, noData: { reason: 'text' as const, shown: String(r.raw) } },
      };
      untimed.push(unread);
      return unread;
    }
    const seconds = r.parsed.noData?.reason === 'text' ? durationSeconds(String(r.raw), true) : null;
    return seconds === null ? r : { ...r, parsed: durationNumber(seconds / SECONDS_PER_DAY, true) };
  };
  const periodReadings = periodCells.map(asTime);
  const targetRowReadings = targetRowCells.map(asTime);
  const targetReadings = targetCells.map((r) => (r === null ? null : asTime(r)));
  const numbers = [...periodReadings, ...targetRowReadings];
  for (const r of targetReadings) if (r !== null) numbers.push(r);
  return {
    periodReadings,
    targetReadings,
    targetRowReadings,
    numbers,
    inferred: DURATION_UNIT,
    unitText: statedUnit,
    currency: null,
    unitsDiffer: NONE_DIFFER,
    untimed,
    clockTarget: null,
  };
}

/** No figure typed in another unit: shared by every row that types none. */
const NONE_DIFFER: readonly { reading: CellReading; word: string; stated: string | null }[] = [];

/**
 * Figures typed with their unit ("34 days", "45 seconds", as Mansfield's housing table gives a
 * re-let time): read as their numbers, stored as text (which `number-as-text` says), when they
 * all give one unit and it is the unit the row states, if it states one (`stated`: its unit cell,
 * its target's unit word, a unit in its name). Otherwise they are left unread, and `differ` names
 * them: "51 seconds" beside a target of "3 minutes" is not 51 minutes.
 */
function figuresWithUnits(
  cells: CellReading[],
  stated: string | null,
): {
  readings: CellReading[];
  unit: string | null;
  differ: readonly { reading: CellReading; word: string; stated: string | null }[];
} {
  const typed: { i: number; number: string; word: string }[] = [];
  cells.forEach((r, i) => {
    if (r.parsed.noData?.reason !== 'text') return;
    const split = splitTargetUnit(r.raw);
    if (split) typed.push({ i, number: split.number, word: split.unit });
  });
  // Most rows type no unit: their readings are kept as read, with nothing copied.
  if (typed.length === 0) return { readings: cells, unit: null, differ: NONE_DIFFER };
  const statedKey = stated === null ? null : unitWordKey(stated);
  // The unit the row is in: the one it states, else the one its typed figures all give.
  const keys = new Set(typed.map((t) => unitWordKey(t.word)));
  const unit = statedKey ?? (keys.size === 1 ? [...keys][0] : null);
  const readings = [...cells];
  const differ: { reading: CellReading; word: string; stated: string | null }[] = [];
  for (const t of typed) {
    if (unit === null || unitWordKey(t.word) !== unit) {
      differ.push({ reading: cells[t.i], word: t.word, stated: statedKey === null ? null : stated });
      continue;
    }
    const parsed = parseNumber(t.number, cells[t.i].format);
    if (parsed.value !== null) readings[t.i] = { ...cells[t.i], parsed: { ...parsed, fromText: true } };
  }
  return {
    readings,
    unit: differ.length < typed.length ? typed.find((t) => unitWordKey(t.word) === unit)!.word : null,
    differ,
  };
}

/** True when the name, the unit cell or a period or target header writes the unit as "(%)". */
function saysPercent(name: string, unitText: string | null, cols: ColumnPlan): boolean {
  return labelSaysPercent(name) || labelSaysPercent(unitText) || headersPercent(cols).any;
}

/** What a table's headers say of per cent, worked out once per table. */
interface HeadersPercent {
  /** A period or target header writes the unit as "(%)". */
  readonly any: boolean;
  /** Every period column's header says its figures are per cent: "Q2 2024/25 (%)", "Q1 2024/25 %". */
  readonly everyPeriod: boolean;
}
const HEADERS_PERCENT = new WeakMap<ColumnPlan, HeadersPercent>();

function headersPercent(cols: ColumnPlan): HeadersPercent {
  let says = HEADERS_PERCENT.get(cols);
  if (says === undefined) {
    says = {
      any:
        cols.periods.some((c) => labelSaysPercent(c.header)) ||
        cols.targets.some((c) => c !== null && labelSaysPercent(c.header)),
      everyPeriod:
        cols.periods.length > 0 &&
        cols.periods.every((c) => labelSaysPercent(c.header) || /\s%$/.test(c.header.trim())),
    };
    HEADERS_PERCENT.set(cols, says);
  }
  return says;
}

/** Whether the table's percentage rows that settle their storage by their own cells or label keep points. */
function tablePointsOf(
  grid: SheetGrid,
  table: DetectedTable,
  cols: ColumnPlan,
  settings: (id: string, name: string) => IndicatorConfig,
): () => 'points' | null {
  let known: 'points' | null | undefined;
  return () => {
    if (known !== undefined) return known;
    known = null;
    for (const tr of table.rows) {
      const name = cols.name ? textAt(grid, tr.row, cols.name.col) : '';
      if (!name) continue;
      const { numbers, inferred, unitText } = readRow(grid, tr.row, name, cols);
      const ref = cols.ref ? textAt(grid, tr.row, cols.ref.col) : '';
      if ((settings(ref || `${grid.name}!${tr.row + 1}`, name).unit ?? inferred.unit) !== 'percentage') continue;
      const d = rowStoresFractions(numbers, { labelSaysPercent: saysPercent(name, unitText, cols) });
      if (!d.fractions && !d.guessed && numbers.some((r) => r.parsed.value !== null && !r.parsed.percentFormat)) {
        known = 'points';
        break;
      }
    }
    return known;
  };
}

function mostlyPercentOf(
  grid: SheetGrid,
  table: DetectedTable,
  cols: ColumnPlan,
  settings: (id: string, name: string) => IndicatorConfig,
): () => boolean {
  let known: boolean | undefined;
  return () => {
    if (known !== undefined) return known;
    let stated = 0;
    let percent = 0;
    const nothing = unitReasons.nothing();
    for (const tr of table.rows) {
      const name = cols.name ? textAt(grid, tr.row, cols.name.col) : '';
      if (!name) continue;
      const { inferred } = readRow(grid, tr.row, name, cols);
      const ref = cols.ref ? textAt(grid, tr.row, cols.ref.col) : '';
      const unit =
        settings(ref || `${grid.name}!${tr.row + 1}`, name).unit ??
        (inferred.reason === nothing ? null : inferred.unit);
      if (unit === null) continue;
      stated += 1;
      if (unit === 'percentage') percent += 1;
    }
    known = stated > 0 && percent * 2 >= stated;
    return known;
  };
}

/**
 * A row whose unit nothing states, with figures like a percentage kept as 0–100 (between 0 and 100,
 * not all whole numbers, no format that says otherwise), in a table mostly of percentages some of
 * which are kept as 0–100.
 */
function looksLikeTablePercent(numbers: readonly CellReading[], ctx: TableContext): boolean {
  const values = numbers.filter((r) => r.parsed.value !== null && !r.parsed.fromText);
  if (values.length === 0) return false;
  if (
    !values.every(
      (r) =>
        r.parsed.value! >= 0 &&
        r.parsed.value! <= 100 &&
        (r.format === null || r.format === '' || /^general$/i.test(r.format) || /^0(?:\.0+)?$/.test(r.format)),
    )
  )
    return false;
  if (values.every((r) => Number.isInteger(r.parsed.value))) return false;
  return ctx.tablePoints() === 'points' && ctx.mostlyPercent();
}

function buildOne(
  grid: SheetGrid,
  tr: TableRow,
  config: ScorecardConfig,
  tableCols: ColumnPlan,
  settings: (id: string, name: string) => IndicatorConfig,
  ctx: TableContext,
  excluded: ExcludedIndicator[],
): Indicator | null {
  const sheet = grid.name;
  const row = tr.row;
  const block = tr.block ?? null;
  // The row to read a column from: an indicator over several rows keeps its name, reference,
  // polarity and the like in one of them (often a cell merged across them all).
  const rowAt = block ? blockRowReader(grid, row, block) : () => row;
  const cols = rowTargetColumns(grid, tableCols, rowAt);
  const nameRow = block ? block.nameRow : row;
  // A name merged down over this row from the one above is this row's too (said where the table was read).
  const written = cols.name
    ? textAt(grid, nameRow, cols.name.col) || tidySpaces(mergedTextAt(grid, nameRow, cols.name.col) ?? '')
    : '';
  if (!written) return null;
  const ref = cols.ref ? textAt(grid, rowAt(cols.ref.col), cols.ref.col) : '';
  const id = ref || `${sheet}!${row + 1}`;
  const own = settings(id, written);
  if (own.exclude) {
    excluded.push({ id, name: written, sheet, row: nameRow });
    return null;
  }
  const warnings: Issue[] = [];
  // A target at the end of the name ("… within 60 seconds. Target is 80%"), where nothing else gives
  // one: no target column, or a blank cell in it ("Major applications … (target 60%)" beside a blank
  // "Target" that other rows fill in).
  const noTargetCell = cols.targets.every((c) => !c || isBlank(rawAt(grid, rowAt(c.col), c.col)));
  const untargeted = cols.name && !own.target && noTargetCell && !cols.profiledTargets.length && !block?.targetRow;
  // Read from the cell's own text, whose new lines end the name's sentences.
  const nameRaw = untargeted && cols.name ? rawAt(grid, nameRow, cols.name.col) : null;
  const inName = typeof nameRaw === 'string' ? targetInName(nameRaw) : null;
  // Rows of one name told apart by another column ("Sex": Male, Female) are each named with its words.
  const name = qualifiedName(inName?.name ?? written, tr.qualifier);
  let named: CellReading | null = null;
  if (inName && cols.name) {
    const raw = inName.target;
    named = { row: nameRow, col: cols.name.col, raw, format: null, parsed: parseNumber(raw, null) };
    const at = { sheet, cell: toA1(nameRow, cols.name.col) };
    warnings.push(warning('target-from-name', { ...at, phrase: inName.phrase }, at));
  }

  const rowRead = readRow(grid, row, name, cols, block, rowAt, named);
  const { targetRowReadings, numbers, inferred, unitText, unitsDiffer, untimed } = rowRead;
  for (const { reading, word, stated } of unitsDiffer) {
    const at = { sheet, cell: toA1(reading.row, reading.col) };
    const args = { ...at, shown: String(reading.raw), word, stated };
    warnings.push(warning('figure-unit-differs', args, at));
  }
  for (const reading of untimed) {
    const at = { sheet, cell: toA1(reading.row, reading.col) };
    warnings.push(warning('figure-not-time', { ...at, shown: String(reading.raw), name }, at));
  }
  const clocked = rowRead.clockTarget;
  if (clocked) {
    const { reading } = clocked;
    const at = { sheet, cell: toA1(reading.row, reading.col) };
    const args = {
      ...at,
      shown: String(reading.raw).trim(),
      as: clocked.as,
      value: reading.parsed.value!,
      unit: clocked.unit,
      name,
    };
    warnings.push(warning('target-clock-read', args, at));
  }
  // With nothing to say what the figures are, a table of per cent stored as 0–100 suggests it: a guess to warn about.
  const unitFromTable =
    !own.unit &&
    inferred.reason === unitReasons.nothing() &&
    !MEASURES_TIME.test(name) &&
    !NAMES_A_SCORE.test(name) &&
    !NAMES_PER_HEAD.test(name) &&
    looksLikeTablePercent(numbers, ctx);
  const unit = own.unit ?? (unitFromTable ? 'percentage' : inferred.unit);
  // In a row of money, "(85)" is a negative, as accounts write an underspend.
  const negatives = (r: CellReading): CellReading =>
    r.parsed.noData?.reason === 'text' ? { ...r, parsed: accountsNegative(r.parsed) } : r;
  const periodReadings = unit === 'money' ? rowRead.periodReadings.map(negatives) : rowRead.periodReadings;
  const targetReadings =
    unit === 'money' ? rowRead.targetReadings.map((r) => r && negatives(r)) : rowRead.targetReadings;
  if (unitFromTable) {
    const first = periodReadings.find((r) => r.parsed.value !== null);
    warnings.push(
      warning('unit-from-table', { sheet, row, name }, { sheet, cell: first ? toA1(first.row, first.col) : undefined }),
    );
  }
  const percentage = unit === 'percentage';
  const storage = percentage
    ? rowStoresFractions(numbers, { labelSaysPercent: saysPercent(name, unitText, cols), table: ctx.tablePoints })
    : null;
  const fractions = storage?.fractions ?? false;
  if (storage?.guessed) {
    const cell = periodReadings.find((r) => r.parsed.value !== null);
    const at = cell ? toA1(cell.row, cell.col) : undefined;
    if (storage.basis === 'mixed' || storage.basis === 'label') {
      // The plain numbers are read as written: the cells said, so the officer can check them.
      const readingsOf = (formatted: boolean) =>
        numbers
          .filter((r) => r.parsed.value !== null && r.parsed.percentFormat === formatted)
          .sort((a, b) => a.row - b.row || a.col - b.col);
      const plain = readingsOf(false);
      const args = {
        sheet,
        row,
        name,
        cell: plain.length ? toA1(plain[0].row, plain[0].col) : (at ?? null),
        plain: plain.map((r) => toA1(r.row, r.col)),
        formatted: readingsOf(true).map((r) => toA1(r.row, r.col)),
        example: plain.find((r) => r.parsed.value !== 0)?.parsed.value ?? 0.5,
      };
      warnings.push(
        warning(storage.basis === 'mixed' ? 'percent-format-mixed' : 'percent-label-small', args, {
          sheet,
          cell: args.cell ?? undefined,
        }),
      );
    } else {
      warnings.push(
        warning(
          storage.basis === 'table' ? 'percent-points-guess' : 'fraction-guess',
          { sheet, row, name },
          { sheet, cell: at },
        ),
      );
    }
  }
  const measure = (r: CellReading) => toMeasure(sheet, r, percentage, fractions);

  // Measures are made in sheet order (as the cells are read), then put in period order.
  const measures = periodReadings.map((r) => flagBeside(grid, measure(r), cols.readColumns, warnings));
  // A row that gives its own, earlier period for the column of latest figures keeps it there.
  const ownPeriod = tr.ownPeriod;
  const read: PeriodValue[] = cols.periodOrder.map((i) => ({
    period: ownPeriod && cols.periods[i].col === ownPeriod.col ? ownPeriod.period : cols.periods[i].period!,
    measure: measures[i],
  }));
  if (cols.notes.length) markedInNotes(grid, rowAt, cols.notes, ctx.notes.provisionalMark, read, warnings);
  for (const v of read) {
    if (v.measure.flag && v.measure.fromText) {
      warnings.push(flaggedValueIssue(v.measure, null));
    } else if (v.measure.counts && v.measure.value !== null) {
      // "1 of 9": a share written as its counts, as small numbers are, read as the share it is.
      const at = { sheet, cell: v.measure.cell };
      const { of, in: total } = v.measure.counts;
      // "85% (17/20)": the percentage as written (stored as the fraction 0.85), which its counts bear out.
      const given = String(v.measure.raw).includes('%');
      const stored = v.measure.value / (v.measure.scale || 1);
      const share = given ? Math.round(stored * 1e6) / 1e4 : Math.round((of / total) * 1000) / 10;
      const args = { ...at, shown: String(v.measure.raw), share: `${share}%`, ...(given && { given }) };
      warnings.push(warning('share-from-counts', args, at));
    } else if (v.measure.fromText && v.measure.value !== null) {
      const at = { sheet, cell: v.measure.cell };
      const time = unit === 'duration';
      const clock = time ? clockAs(v.measure.raw, v.measure.value) : null;
      const shown = String(v.measure.raw);
      const args = { ...at, shown, time, ...(clock && { clock }), ...(isNilText(shown) && { nil: true }) };
      warnings.push(warning('number-as-text', args, at));
    }
    if (v.measure.noData?.reason === 'error') {
      const at = { sheet, cell: v.measure.cell };
      warnings.push(warning('cell-error', { ...at, error: v.measure.noData.shown }, at));
    }
    // Text that is neither a figure nor a known code ("4 minutes 22 seconds", "see note"): no figure, said.
    if (
      v.measure.noData?.reason === 'text' &&
      !unitsDiffer.some((d) => d.reading.col === v.measure.col) &&
      !untimed.some((r) => r.col === v.measure.col)
    ) {
      const at = { sheet, cell: v.measure.cell };
      const args = { ...at, shown: v.measure.noData.shown, period: v.period.label };
      // A milestone's "Complete" or "Delayed" is progress reported in words: noted, not an error to mend.
      const bound = readBound(v.measure.noData.shown);
      if (isProgressWord(v.measure.noData.shown)) warnings.push(warning('figure-in-words', { ...args, name }, at));
      else if (bound) warnings.push(warning('figure-bound', { ...args, name, above: !bound.below }, at));
      else warnings.push(warning('figure-unreadable', args, at));
    }
    if (v.measure.noData?.reason === 'date') {
      const at = { sheet, cell: v.measure.cell };
      const args = {
        ...at,
        name,
        what: 'figure' as const,
        shown: v.measure.noData.shown,
        serial: Number(v.measure.raw),
      };
      warnings.push(warning('date-not-figure', args, at));
    }
  }
  // A period headed as provisional ("2022/23 Outturn Prov.") makes its figures so, as a mark on each would.
  const flags = headerFlags(cols);
  const flagged = flags
    ? cols.periodOrder.map((i, k) => {
        const v = read[k];
        const flag = flags[i];
        return flag && !v.measure.flag && v.measure.value !== null ? { ...v, measure: { ...v.measure, flag } } : v;
      })
    : read;
  // A row labelled with the year before ("2017/18" beneath "2018/19"): last year's figures for the same quarters, first in time.
  const values =
    block?.lastYearRow != null ? [...lastYearValues(grid, block.lastYearRow, cols, measure), ...flagged] : flagged;

  const benchmarks: Benchmark[] = [];
  for (const c of cols.benchmarks) {
    // "628.2 (England 16/17)": the figure, and the period its note names where the header names none.
    const r = withoutNote(readCell(grid, rowAt(c.col), c.col));
    if (r.parsed.value === null && r.parsed.noData?.reason === 'blank') continue;
    const ranked = c.benchmark!.kind === 'rank' || c.benchmark!.kind === 'quartile';
    const place = ranked ? toMeasure(sheet, r, false, false) : null;
    benchmarks.push({
      kind: c.benchmark!.kind,
      label: c.benchmark!.label,
      period: c.period ?? r.notePeriod ?? null,
      measure: place ? placeInWords(place, c.benchmark!.kind) : measure(r),
    });
  }
  let targetUnusable: UnusableTarget | undefined;
  const target = readTarget({
    sheet,
    row,
    name,
    own,
    readings: targetReadings,
    measure,
    percentage,
    unit,
    fractions,
    warnings,
    unusable: (u) => (targetUnusable = u),
    untimed,
    benchmarks,
    milestone: isMilestone(read),
  });
  const { tolerance, alternative, floor, question } = readTolerance({
    grid,
    row: cols.tolerance ? rowAt(cols.tolerance.col) : row,
    name,
    own,
    toleranceCol: cols.tolerance,
    config,
    percentage,
    unit,
    fractions,
    target: target?.value ?? null,
    note: ctx.notes.tolerance,
    valueFormat: cols.tolerance && percentage ? sharedFormat(periodReadings) : null,
    ownUnits: ctx.ownUnits,
    warnings,
  });
  const byPeriod =
    block && (block.targetRow !== null || block.toleranceRow !== null)
      ? rowTargets({
          grid,
          block,
          name,
          own,
          cols,
          targetRowReadings,
          measure,
          percentage,
          fractions,
          config,
          note: ctx.notes.tolerance,
        })
      : undefined;
  // Targets for a period ("Q3 target", "Milestone 5 – Nov 24"): read here, as they too say whether the
  // indicator is rated at all; their warnings keep their place after the polarity's.
  const periodTargetWarnings: Issue[] = [];
  const periodTargets = readPeriodTargets(grid, row, cols.profiledTargets, {
    sheet,
    row,
    name,
    own,
    measure,
    percentage,
    fractions,
    unit,
    warnings: periodTargetWarnings,
  });
  // With no target column, a Target row's targets, or else a period's, say whether the indicator is rated at all.
  const someTarget =
    target ?? byPeriod?.find((p) => p.target)?.target ?? periodTargets.find((p) => p.target)?.target ?? null;
  const targetCell = targetReadings[0];
  const worded = targetCell ? parseWordedTarget(targetCell.raw) : null;
  // "Reduce" or "Increase" in the target cell: no figure to rate against, but the way that is better;
  // and so for a change on a baseline ("Reduce by 5%"), whose target's warning has said it.
  const direction = !someTarget && targetCell ? directionOfTarget(targetCell.raw) : null;
  const change = !someTarget && !direction && targetUnusable?.why.kind === 'text' ? targetUnusable.why.change : null;
  const targetWords = worded
    ? { polarity: worded.polarity, words: worded.words, cell: toA1(targetCell!.row, targetCell!.col) }
    : direction || change
      ? {
          polarity: (direction ?? change)!,
          words: String(targetCell!.raw).trim(),
          cell: toA1(targetCell!.row, targetCell!.col),
          ...(change && { said: true }),
        }
      : null;
  let contextual = false;
  let polarityUnread: PolarityUnread | undefined;
  const polarity = readPolarity({
    contextual: () => (contextual = true),
    unread: (u) => (polarityUnread = u),
    grid,
    row: cols.polarity ? rowAt(cols.polarity.col) : row,
    name,
    own,
    polarityCol: cols.polarity,
    nameCol: cols.name?.col ?? null,
    nameRow: block ? block.nameRow : row,
    target: someTarget,
    targetWords,
    warnings,
    symbols: ctx.notes.symbols,
    unit,
  });
  const edged = target && !own.target ? pairAsAmberEdge(grid, name, target, polarity, warnings) : null;
  const oneSide =
    target && !edged && target.source === 'cell' ? bandEndFor(target, polarity, sheet, name, warnings) : null;
  // A polarity that asks for a range beside a target of one figure: nothing to rate against, said so.
  if (polarity === 'band' && target && target.value !== null && (target.lower === null || target.upper === null)) {
    const at = { sheet, cell: target.measure?.cell ?? toA1(row, cols.name?.col ?? 0) };
    const shown = target.value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
    warnings.push(warning('band-target-single', { ...at, name, shown }, at));
  }
  // The sheet's "Similar" beside England's average, and the figure's confidence interval: a table's one column of figures.
  const compared =
    ctx.comparing && !block
      ? readRowComparisons({
          grid,
          row,
          name,
          columns: ctx.comparing,
          figure: read.length === 1 ? read[0].measure : null,
          benchmarks,
          polarity,
          measureAt: (col) => measure(readCell(grid, row, col)),
          warnings,
        })
      : null;
  const interval = compared?.interval ?? null;
  // Stated by the configuration, the row's frequency column, or the title of the section it is under
  // ("Tenant perception measures (annual survey)"); else by its own name or note (below).
  const statedFrequency =
    own.frequency ??
    (cols.frequency ? parseFrequency(readCell(grid, rowAt(cols.frequency.col), cols.frequency.col).raw) : null) ??
    sectionFrequency(tr.section);

  const periodBenchmarks: Benchmark[] = [];
  for (const bRow of block?.benchmarkRows ?? []) {
    const label =
      benchmarkRow(cellValue(grid, bRow, cols.name?.col ?? 0)) ?? benchmarkLabelLeft(grid, bRow, cols.periods);
    if (!label) continue;
    for (const c of cols.periods) {
      const r = readCell(grid, bRow, c.col);
      if (r.parsed.value === null && r.parsed.noData?.reason === 'blank') continue;
      periodBenchmarks.push({ kind: label.kind, label: label.label, period: c.period ?? null, measure: measure(r) });
    }
  }
  const sheetRags = readSheetRags(grid, cols.rags, rowAt, ctx.blue);
  if (block?.ragRow != null) {
    // A RAG row gives the sheet's rating for each period, in the period columns.
    for (const c of cols.periods) {
      const read = asKeySays(parseSheetRag(rawAt(grid, block.ragRow, c.col)), ctx.blue);
      if (read)
        sheetRags.push({ period: c.period!, rag: read.rag, shown: read.shown, sheet, cell: toA1(block.ragRow, c.col) });
    }
  }
  const count = (c: ColumnInfo | null) =>
    c ? toMeasure(sheet, readCell(grid, rowAt(c.col), c.col), false, false) : null;
  const commentary =
    commentaryAt(grid, cols.commentary ? rowAt(cols.commentary.col) : row, cols.commentary) ??
    commentRowAt(grid, tr.comment);
  // A name or note that says the measure is counted once a year ("(annual)", "Annual measure: 2023/24
  // outturn shown"), said in a note naming its cell.
  const annualSaid =
    statedFrequency === null && cols.name ? annualInWords(name, toA1(nameRow, cols.name.col), commentary) : null;
  if (annualSaid) {
    const at = { sheet, cell: annualSaid.cell };
    warnings.push(warning('annual-from-words', { ...at, name, from: annualSaid.from, text: annualSaid.text }, at));
  }
  const frequency = statedFrequency ?? (annualSaid ? 'annual' : null);
  // A mark opening the name that a key explains ("(C)": "Outturns reported cumulatively") says what
  // each figure is, as a type column would, unless the row's type column says otherwise.
  const markKey = ctx.notes.marks.size ? nameMark(written) : null;
  const marked = markKey === null ? null : (ctx.notes.marks.get(markKey) ?? null);
  const typeKind = figureKindAt(grid, row, [cols.frequency, cols.unit]);
  const figureKind = typeKind ?? (marked && marked.kind !== 'cumulative' ? marked.kind : null);
  if (marked && !typeKind) ctx.marksUsed.add(marked);
  const current = cols.targets[0];
  // What the target's header says of its year, checked against the reporting period once it is known.
  const fromHeader = target === null ? null : yearOfTarget(current ?? cols.targets[1], current !== null);
  const cumulative = readCumulative({
    grid,
    row,
    name,
    nameCol: cols.name?.col ?? null,
    own,
    typeColumns: [cols.frequency, cols.unit],
    warnings,
    values,
    unit,
    comment: commentary,
    periodTargets,
    tableSaysCumulative: ctx.cumulative,
    figureKind,
    markedCumulative: marked?.kind === 'cumulative',
    yearTarget: fromHeader?.wholeYear ? (target?.value ?? null) : null,
  });
  for (const w of periodTargetWarnings) warnings.push(w);
  // A cumulative measure's "Current Target" (Northumberland's, beside "Current Performance"), or a
  // plain "Target" beside an "Annual Target", is the target to the reporting point, whenever that
  // is: not a full-year target to warn about.
  const targetToDate =
    cumulative &&
    target !== null &&
    current !== null &&
    (CURRENT_TARGET.test(current.header) || cols.annualTarget !== null);
  const called = averageHeader(current);
  // A column saying the row's target is to be met over the financial year ("Time period to achieve target").
  const overYear = target !== null && cols.targetPeriod ? yearTargetPeriod(grid, rowAt, cols.targetPeriod) : null;
  const targetColumn = overYear ? { header: overYear, year: fromHeader?.year ?? null, wholeYear: true } : fromHeader;
  const scale = scaleOf({
    sheet,
    row,
    name,
    unit,
    unitText,
    numbers,
    cols,
    notes: ctx.notes,
    unitReason: inferred.reason,
    warnings,
  });
  // Every field written, in one order (no spreads): thousands of indicators then share one hidden class.
  const ind: Indicator = {
    id,
    name,
    sheet,
    row,
    section: tr.section,
    unit,
    polarity,
    // A measure the name calls contextual is reported with its trend: a figure in its target column is a
    // forecast or a level to watch ("Contextual indicators are measured against a forecast"), not a target.
    target: contextual ? null : (edged?.target ?? oneSide ?? target),
    targetUnusable: contextual ? undefined : targetUnusable,
    polarityUnread,
    tolerance: edged?.tolerance ?? tolerance,
    toleranceAlternative: edged ? undefined : (alternative ?? undefined),
    ...(question && !edged && { toleranceQuestion: question }),
    ...(floor && !edged && { floor }),
    ...(target && !edged && called && { targetCalled: called }),
    frequency,
    values,
    benchmarks: compared?.benchmarks ?? benchmarks,
    numerator: count(cols.numerator),
    denominator: count(cols.denominator),
    commentary,
    actions: commentaryAt(grid, cols.actions ? rowAt(cols.actions.col) : row, cols.actions),
    shortName: own.shortName ?? null,
    rateBase: unit === 'rate' ? inferred.rateBase : null,
    currency: scale.currency,
    magnitude: scale.magnitude,
    displayDivisor: scale.displayDivisor,
    suffix: scale.suffix,
    per: unit === 'rate' || unit === 'percentage' || unitText === null ? null : (splitUnitPer(unitText)?.per ?? null),
    warnings,
  };
  const trendSaid = trendWords(grid, rowAt, cols.trends);
  // The period the name says its figures are for, if it says one.
  const stated = cols.name ? periodInName(name) : null;
  const namePeriod = stated && cols.name ? { ...stated, cell: toA1(nameRow, cols.name.col) } : null;
  // "Target to date", "Cumulative target" beside a measure whose figures are each the period's own.
  const sinceYearStart =
    !cumulative && !contextual && target !== null && current !== null && TO_DATE_TARGET.test(current.header);
  const toDate = sinceYearStart ? current.header : null;
  if (
    !namePeriod &&
    !trendSaid &&
    !cumulative &&
    !figureKind &&
    !toDate &&
    !targetColumn &&
    !ownPeriod &&
    periodTargets.length === 0 &&
    !byPeriod &&
    sheetRags.length === 0 &&
    periodBenchmarks.length === 0 &&
    !interval
  )
    return ind;
  return {
    ...ind,
    ...(interval && { interval }),
    ...(periodBenchmarks.length > 0 && { periodBenchmarks }),
    ...(cumulative && { cumulative }),
    ...(figureKind && { figureKind }),
    ...(targetToDate && !contextual && { targetToDate }),
    ...(toDate && { targetForYearToDate: toDate }),
    ...(targetColumn && !contextual && { targetColumn }),
    ...(ownPeriod && { latestOwn: ownPeriod.period }),
    ...(periodTargets.length > 0 && !contextual && { periodTargets }),
    ...(byPeriod && !contextual && { byPeriod }),
    ...(sheetRags.length > 0 && { sheetRags }),
    ...(namePeriod && { namePeriod }),
    ...(trendSaid && { trendSaid }),
  };
}

/** What the first of the row's type columns that says so says each figure is (see {@link figureKindOf}). */
function figureKindAt(grid: SheetGrid, row: number, columns: readonly (ColumnInfo | null)[]): 'own' | 'level' | null {
  for (const c of columns) {
    const kind = c ? figureKindOf(textAt(grid, row, c.col)) : null;
    if (kind) return kind;
  }
  return null;
}

/** A place written as words: a rank "11th", a quartile "Q3". */
const ORDINAL = /^(\d{1,4})(?:st|nd|rd|th)$/i;
const QUARTILE = /^Q\s?([1-4])$/i;

/**
 * A rank or quartile written in words ("11th" of 16, "Q3" for the third quartile): its number, so
 * that it is said ("It ranked 11th of 16"), not dropped as text; anything else as read.
 */
function placeInWords(m: Measure, kind: string): Measure {
  if (m.value !== null || typeof m.raw !== 'string') return m;
  const text = m.raw.trim();
  const n = (kind === 'rank' ? ORDINAL : QUARTILE).exec(text)?.[1];
  return n === undefined ? m : { ...m, value: Number(n), noData: null };
}

/**
 * A target range ("10% - 15%") beside a polarity that says which way is better ("Low is good"): the
 * end that matters, as a single target — the upper end where lower is better (at or below 15 % is on
 * target; below 10 % better still), the lower end where higher is. Null for anything else. A note
 * (`band-target-one-side`) names the target's cell.
 */
function bandEndFor(target: Target, polarity: Polarity, sheet: string, name: string, warnings: Issue[]): Target | null {
  if (target.value !== null || target.lower === null || target.upper === null) return null;
  if (polarity !== 'higher' && polarity !== 'lower') return null;
  const lower = polarity === 'lower';
  const end = lower ? target.upper : target.lower;
  const cellOf = (lower ? target.upperMeasure : target.lowerMeasure) ?? target.measure;
  const at = { sheet, cell: cellOf?.cell ?? '' };
  const shown = cellOf && typeof cellOf.raw === 'string' ? cellOf.raw.trim() : `${target.lower} to ${target.upper}`;
  // The end's figure, cited to the target's cell. One cell holding both ends as text ("10% - 15%") is
  // no figure a live rule can read: the rules take the end as a constant.
  const m = cellOf && cellOf.value !== end ? { ...cellOf, value: end, fromText: true } : cellOf;
  warnings.push(
    warning('band-target-one-side', { ...at, name, shown, end: lower ? 'upper' : 'lower', better: polarity }, at),
  );
  return {
    value: end,
    lower: null,
    upper: null,
    measure: m,
    lowerMeasure: null,
    upperMeasure: null,
    source: target.source,
  };
}

/** Where an indicator's own name or note says it is counted once a year, what says so and its cell. */
function annualInWords(
  name: string,
  nameCell: string,
  note: Indicator['commentary'],
): { from: 'name' | 'note'; text: string; cell: string } | null {
  if (saysAnnual(name, 'name')) return { from: 'name', text: name, cell: nameCell };
  if (note && saysAnnual(note.text, 'note')) return { from: 'note', text: note.text, cell: note.cell };
  return null;
}

/** Words in a trend column that say the figure got better, or worse (not arrows: ↑ may be a rise either way). */
const TREND_BETTER = /^(?:improv(?:e|ed|ing|ement)|better|getting better)$/i;
const TREND_WORSE = /^(?:wors(?:e|en|ened|ening)|deteriorat(?:e|ed|ing|ion)|declin(?:e|ed|ing)|getting worse)$/i;
/** Fingertips's recent trend: "Increasing / Getting worse", "Decreasing and getting better", "Increasing". */
const TREND_MOVED = /^(?:increasing|decreasing)(?:\s*(?:&|and|\/|,)\s*getting\s+(better|worse))?$/i;
/** A trend that says the figure has not changed: "No significant change", "No change". */
const TREND_UNCHANGED = /^no\s+(?:significant\s+)?change$/i;

/**
 * What a trend column's words say: better, worse, unchanged, up or down without a judgement
 * ('moved': "Increasing"), or nothing sure (arrows, "-", "Could not be calculated").
 */
function trendSays(shown: string): NonNullable<Indicator['trendSaid']>['said'] | null {
  const moved = TREND_MOVED.exec(shown);
  if (moved) return moved[1] === undefined ? 'moved' : moved[1].toLowerCase() === 'better' ? 'better' : 'worse';
  if (TREND_BETTER.test(shown)) return 'better';
  if (TREND_WORSE.test(shown)) return 'worse';
  return TREND_UNCHANGED.test(shown) ? 'unchanged' : null;
}

/** What the row's trend column says, where one of them says in words that it got better or worse, or did not change. */
function trendWords(
  grid: SheetGrid,
  rowAt: (col: number) => number,
  columns: readonly ColumnInfo[],
): Indicator['trendSaid'] | null {
  for (const c of columns) {
    const row = rowAt(c.col);
    const shown = textAt(grid, row, c.col).replace(/[.!]$/, '').trim();
    const said = trendSays(shown);
    if (said) return { said, shown, raw: rawAt(grid, row, c.col), cell: toA1(row, c.col), header: c.header };
  }
  return null;
}

/**
 * The table's columns as a row reads them: where the table has a plain "Target" beside an "Annual
 * Target" (see `targetColumn`) and this row gives only the year's (a measure reported once a year
 * among quarterly ones), its target is the year's, read as a target its header gives the year.
 */
function rowTargetColumns(grid: SheetGrid, cols: ColumnPlan, rowAt: (col: number) => number): ColumnPlan {
  const annual = cols.annualTarget;
  const plain = cols.targets[0];
  if (!annual || !plain || !isBlank(rawAt(grid, rowAt(plain.col), plain.col))) return cols;
  if (isBlank(rawAt(grid, rowAt(annual.col), annual.col))) return cols;
  return { ...cols, targets: [annual, cols.targets[1], cols.targets[2]], annualTarget: null };
}

/** The benchmark a row's label gives when the label stands left of the figures, not in the name column. */
function benchmarkLabelLeft(
  grid: SheetGrid,
  row: number,
  periods: readonly ColumnInfo[],
): ReturnType<typeof benchmarkRow> {
  const first = periods.reduce((m, c) => Math.min(m, c.col), Infinity);
  for (let col = 0; col < first; col++) {
    const found = benchmarkRow(cellValue(grid, row, col));
    if (found) return found;
  }
  return null;
}

/**
 * Low and high target columns under a stated polarity (City of Lincoln's "Low target" and "High
 * target" with "High or low is good"): not a range to stay inside but two steps — the nearer one
 * to bad is the edge of amber, the other the target. Higher is better: below the low target red,
 * from it to the high target amber, at or above the high target green; lower is better mirrors
 * this. The amber margin becomes the distance between the two (as for an "Amber value" column),
 * with a warning (`target-pair-as-amber`) naming both cells. Null when the target is not such a pair.
 */
function pairAsAmberEdge(
  grid: SheetGrid,
  name: string,
  target: Target,
  polarity: Polarity,
  warnings: Issue[],
): { target: Target; tolerance: Tolerance } | null {
  if (polarity !== 'higher' && polarity !== 'lower') return null;
  const lo = target.lowerMeasure;
  const hi = target.upperMeasure;
  if (target.source !== 'cell' || target.value !== null || target.lower === null || target.upper === null || !lo || !hi)
    return null;
  // The better of the two is the target, whichever column holds it: Lincoln's "Low target" is the
  // lenient one, which where lower is better is the larger figure (35 days beside a "High target" of 30).
  const loBetter = polarity === 'higher' ? target.lower > target.upper : target.lower < target.upper;
  const [goal, edge] = loBetter ? [lo, hi] : [hi, lo];
  const [goalValue, edgeValue] = loBetter ? [target.lower, target.upper] : [target.upper, target.lower];
  const sheet = grid.name;
  const cells = `${lo.cell}:${hi.cell}`;
  const textOf = (m: Measure) => `${textAt(grid, m.row, m.col)} in ${m.cell}`;
  const args = { sheet, cell: cells, name, polarity, edge: textOf(edge), target: textOf(goal) };
  warnings.push(warning('target-pair-as-amber', args, { sheet, cell: cells }));
  return {
    target: {
      value: goalValue,
      lower: null,
      upper: null,
      measure: goal,
      lowerMeasure: null,
      upperMeasure: null,
      source: 'cell',
    },
    tolerance: { type: 'absolute', value: clean(Math.abs(goalValue - edgeValue)) },
  };
}

/** The row's profiled targets ("Q3 target 2022/23", "Profiled target"), where they hold one. */
function readPeriodTargets(
  grid: SheetGrid,
  row: number,
  columns: readonly ColumnInfo[],
  input: Omit<TargetInput, 'readings'>,
): PeriodTarget[] {
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

/**
 * The row's latest figure called provisional (or revised) where a column of notes on the data holds
 * only a mark: "p", "(r)", or the mark a note above or below the table says is provisional (Kent's
 * DATA NOTE column, "*" beside "Figures marked * are provisional"). A lone "*" with no such note says
 * nothing known. The warning (`value-flagged`) names the figure and the mark's cell.
 */
function markedInNotes(
  grid: SheetGrid,
  rowAt: (col: number) => number,
  notes: readonly ColumnInfo[],
  known: TableNotes['provisionalMark'],
  read: PeriodValue[],
  warnings: Issue[],
): void {
  for (const c of notes) {
    const row = rowAt(c.col);
    const text = textAt(grid, row, c.col).trim();
    if (text === '') continue;
    const flag = known && text === known.mark ? 'provisional' : flagAlone(text);
    if (!flag) continue;
    let latest = -1;
    for (let i = 0; i < read.length; i++) if (read[i].measure.value !== null) latest = i;
    if (latest < 0 || read[latest].measure.flag) return;
    const flagged: Measure = { ...read[latest].measure, flag };
    read[latest] = { ...read[latest], measure: flagged };
    warnings.push(flaggedValueIssue(flagged, { cell: toA1(row, c.col), text }));
    return;
  }
}

/** The warning for a figure read with a provisional or revised mark, in the cell or beside it. */
export function flaggedValueIssue(m: Measure, beside: { cell: string; text: string } | null): Issue {
  const at = { sheet: m.sheet, cell: m.cell };
  const args = { ...at, value: m.value, flag: String(m.flag), raw: String(m.raw), beside };
  return warning('value-flagged', args, at);
}

/** What each period column's header says of its figures ("2022/23 Outturn Prov.": provisional), worked out once per table; null when none says. */
const HEADER_FLAGS = new WeakMap<ColumnPlan, readonly (Measure['flag'] | null)[] | null>();
const PROVISIONAL_HEADER = /\b(?:prov|provisional|unvalidated)\b/i;
const REVISED_HEADER = /\brevised\b/i;

function headerFlags(cols: ColumnPlan): readonly (Measure['flag'] | null)[] | null {
  if (!HEADER_FLAGS.has(cols)) {
    const flags = cols.periods.map(({ header }) =>
      PROVISIONAL_HEADER.test(header)
        ? ('provisional' as const)
        : REVISED_HEADER.test(header)
          ? ('revised' as const)
          : null,
    );
    HEADER_FLAGS.set(cols, flags.some((f) => f !== null) ? flags : null);
  }
  return HEADER_FLAGS.get(cols) ?? null;
}

/** The scale a period or target header gives ("Q2 2021/22 (£000)"), worked out once per table. */
const HEADER_MAGNITUDE = new WeakMap<ColumnPlan, ReturnType<typeof readMagnitude>>();

function headerMagnitude(cols: ColumnPlan): ReturnType<typeof readMagnitude> {
  if (!HEADER_MAGNITUDE.has(cols)) {
    const headers = [...cols.periods.map((c) => c.header), ...cols.targets.map((c) => c?.header ?? '')];
    HEADER_MAGNITUDE.set(cols, headers.map(readMagnitude).find((m) => m !== null) ?? null);
  }
  return HEADER_MAGNITUDE.get(cols) ?? null;
}

interface ScaleInput {
  readonly sheet: string;
  readonly row: number;
  readonly name: string;
  readonly unit: Unit;
  readonly unitText: string | null;
  readonly numbers: readonly CellReading[];
  readonly cols: ColumnPlan;
  readonly notes: TableNotes;
  readonly unitReason: string;
  readonly warnings: Issue[];
}

/** What an amount written in a scale is divided by to print it so. */
const MAGNITUDE_DIVISOR: Readonly<Record<Magnitude, number>> = { thousands: 1e3, millions: 1e6, billions: 1e9 };

const WORKING_DAYS = /\bworking days?\b/i;
const WORKING_DAYS_BRACKET = /\((?:in\s+)?(?:average\s+|mean\s+)?working days?\)/i;

/**
 * The currency, scale and unit word of a row's figures. The scale comes from the cells' number
 * formats (`£#,##0"k"`, `#,##0,"k"`), else the unit cell ("£m"), the name ("(£000s)") or a
 * period or target header; for money only, else from a title or note above the table (a guess,
 * with a warning). The unit word ("weeks", "tonnes") from the formats, the unit cell or the name.
 */
function scaleOf(input: ScaleInput): {
  currency: string | null;
  magnitude: Magnitude | null;
  displayDivisor: number;
  suffix: string | null;
} {
  const { sheet, row, name, unit, unitText, numbers, cols, notes, warnings } = input;
  let currency = numbers.find((r) => r.parsed.currency)?.parsed.currency ?? null;
  // Days are printed as days, or as working days where the unit cell says so, or a bracket the short
  // name leaves out ("Average length of assessment (working days)"): a name that says it keeps it.
  if (unit === 'days') {
    const working = WORKING_DAYS_BRACKET.test(name) || (unitText !== null && WORKING_DAYS.test(unitText));
    return { currency, magnitude: null, displayDivisor: 1, suffix: working ? 'working days' : null };
  }
  if (unit === 'percentage' || unit === 'rate' || unit === 'ratio')
    return { currency, magnitude: null, displayDivisor: 1, suffix: null };
  let magnitude: Magnitude | null = null;
  let displayDivisor = 1;
  let suffix: string | null = null;
  for (const r of numbers) {
    if (r.parsed.value === null) continue;
    // An amount typed with its scale ("£1.25m") is read whole, and printed in the scale written.
    if (r.parsed.fromText) {
      if (magnitude === null && r.parsed.magnitude) {
        magnitude = r.parsed.magnitude;
        displayDivisor = MAGNITUDE_DIVISOR[r.parsed.magnitude];
      }
      continue;
    }
    const f = formatScale(r.format);
    if (magnitude === null && f.magnitude !== null) {
      magnitude = f.magnitude;
      displayDivisor = f.divisor;
    }
    suffix ??= f.suffix;
  }
  if (magnitude === null) {
    const stated = (unitText ? readMagnitude(unitText) : null) ?? readMagnitude(name) ?? headerMagnitude(cols);
    if (stated !== null) {
      magnitude = stated.magnitude;
      currency ??= stated.currency;
    } else if (unit === 'money' && notes.magnitude !== null) {
      magnitude = notes.magnitude.magnitude;
      currency ??= notes.magnitude.currency;
      const cell = notes.magnitude.cell;
      warnings.push(warning('scale-from-title', { sheet, row, name, cell }, { sheet, cell }));
    }
  }
  // A title that gives the table's money in "£000s" names its currency too.
  if (unit === 'money') currency ??= notes.magnitude?.currency ?? null;
  if (unit === 'money' && currency === null && !/[£€$]/.test(`${name} ${unitText ?? ''}`)) {
    const first = numbers.find((r) => r.parsed.value !== null);
    const cell = first ? toA1(first.row, first.col) : undefined;
    warnings.push(warning('currency-assumed', { sheet, row, name, reason: input.unitReason }, { sheet, cell }));
  }
  if (unit !== 'money') suffix ??= readSuffix(name, unitText);
  else suffix = null;
  // A unit column's word the engine has no meaning for is printed as the sheet gives it ("112,000
  // visits", "12.5 FTE", "41 µg/m³"); one it cannot print is said to be left out.
  const ownText = cols.unit && unitText !== null && unitText.trim() !== '' ? unitText : null;
  // A type column's "Cumulative" or "Quarterly" says how the figures are kept, not what they count.
  const typeWord =
    ownText !== null && (saysCumulative(ownText) || parseFrequency(ownText) !== null || figureKindOf(ownText) !== null);
  if (
    ownText !== null &&
    !typeWord &&
    suffix === null &&
    (unit === 'count' || unit === 'number') &&
    !isUnitCellText(ownText)
  ) {
    suffix = printedUnitWord(ownText);
    // One word that says what kind of figure it is ("Score", "Quarterly", "n/a") is left out without a word.
    if (suffix === null && /\s/.test(ownText.trim()) && !splitUnitPer(ownText)) {
      const cell = toA1(row, cols.unit!.col);
      warnings.push(warning('unit-not-read', { sheet, cell, name, shown: ownText.trim() }, { sheet, cell }));
    }
  }
  return { currency, magnitude, displayDivisor, suffix };
}

/** Last year's figures from a block's row labelled with the year before, in period order, each for the same quarter or month a year earlier. */
function lastYearValues(
  grid: SheetGrid,
  row: number,
  cols: ColumnPlan,
  measure: (r: CellReading) => Measure,
): PeriodValue[] {
  const out: PeriodValue[] = [];
  for (const i of cols.periodOrder) {
    const p = cols.periods[i].period;
    const period = p ? sameTimeYearBefore(p) : null;
    if (period) out.push({ period, measure: measure(readCell(grid, row, cols.periods[i].col)) });
  }
  return out;
}

/**
 * A header that asks whether something went wrong: "Service credit (Sep)", "Target missed?",
 * "Penalty incurred", "KPI failure", "Breach", "Default". A contract's KPI sheet answers Yes where the
 * KPI failed, so Yes beneath it is red, and No green, the other way from "Target met?".
 */
const FAILURE_HEADER =
  /\b(?:service credits?|missed|not met|penalt(?:y|ies)|failures?|failed|fail|breach(?:es|ed)?|defaults?|exceptions?)\b/i;
const YES_OR_NO = /^(?:y|yes|n|no)[.!]?$/i;

/** A Yes or No under a header that asks whether something went wrong: Yes red, No green. */
function failureRag(shown: string): 'red' | 'green' {
  return /^y/i.test(shown) ? 'red' : 'green';
}

/** A sheet's "Blue" read as its key says it means (`blue`), where one says; any other reading as it is. */
function asKeySays(read: SheetRagValue | null, blue: 'green' | 'none' | null): SheetRagValue | null {
  return read && read.rag === null && blue && saysBlue(read.shown) ? { rag: blue, shown: read.shown } : read;
}

/** What the sheet's own RAG columns say in an indicator's row; never our own labels from an earlier run. */
function readSheetRags(
  grid: SheetGrid,
  columns: readonly ColumnInfo[],
  rowAt: (col: number) => number,
  blue: 'green' | 'none' | null,
): SheetRagReading[] {
  const out: SheetRagReading[] = [];
  for (const c of columns) {
    const row = rowAt(c.col);
    if (grid.formulas?.[row]?.[c.col]?.includes(RAG_MARKER)) continue;
    const read = asKeySays(parseSheetRag(rawAt(grid, row, c.col)), blue);
    if (!read) continue;
    const failure = FAILURE_HEADER.test(c.header) && YES_OR_NO.test(read.shown);
    out.push({
      period: c.period ?? null,
      rag: failure ? failureRag(read.shown) : read.rag,
      shown: read.shown,
      sheet: grid.name,
      cell: toA1(row, c.col),
      ...(failure && { failure: true }),
    });
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

interface RowTargetInput {
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
  readonly note: TableNotes['tolerance'];
}

/** The target and tolerance that the Target and Tolerance rows give each period, in period order. */
function rowTargets(input: RowTargetInput): RowTarget[] {
  const { grid, block, name, own, cols, targetRowReadings, measure, percentage, fractions, config, note } = input;
  return cols.periodOrder.map((i) => {
    const column = cols.periods[i];
    const warnings: Issue[] = [];
    const reading = targetRowReadings[i] ?? null;
    let unusable: UnusableTarget | undefined;
    // A target set in the configuration stands for every period (readTarget returns it first).
    const target =
      reading && !own.target
        ? readTarget({
            sheet: grid.name,
            row: block.targetRow!,
            name,
            own,
            readings: [reading, null, null],
            measure,
            percentage,
            fractions,
            warnings,
            unusable: (u) => (unusable = u),
          })
        : null;
    let tolerance: Tolerance | null = null;
    if (
      block.toleranceRow !== null &&
      !own.tolerance &&
      readCell(grid, block.toleranceRow, column.col).parsed.value !== null
    ) {
      tolerance = readTolerance({
        grid,
        row: block.toleranceRow,
        name,
        own,
        toleranceCol: column,
        config,
        percentage,
        fractions,
        target: target?.value ?? null,
        note,
        warnings,
      }).tolerance;
    }
    return {
      period: column.period!,
      target,
      cell: toA1(block.targetRow ?? block.toleranceRow!, column.col),
      tolerance,
      warnings,
      unusable,
    };
  });
}

/** The commentary in a row of its own beneath the indicator, without the word that labels it ("Comments:"). */
function commentRowAt(grid: SheetGrid, at: TableRow['comment']): Indicator['commentary'] {
  if (!at) return null;
  const text = textAt(grid, at.row, at.col)
    .replace(/^\s*[^:\-–—]*?\s*[:\-–—]\s*/, '')
    .trim();
  return text ? { text, cell: toA1(at.row, at.col) } : null;
}

/** The commentary in a row's commentary column, with its cell; null when there is none. */
function commentaryAt(grid: SheetGrid, row: number, column: ColumnInfo | null): Indicator['commentary'] {
  const text = column ? textAt(grid, row, column.col).trim() : '';
  return text ? { text, cell: toA1(row, column!.col) } : null;
}
