import { laterPeriod, periodEndingAlike } from '../periods/periodOrder';
import { ScorecardError } from '../errors';
import { pushAll } from '../arrays';
import { defaultShapedStyle, defaultShapedTolerance } from '../config/defaults';
import { buildIndicators } from '../indicators/buildIndicators';
import { unmatchedSettings } from '../indicators/tablePlan';
import { closestNames } from '../config/closestWord';
import { printedDecimals, printMeasure } from '../narrative/citations';
import { draftNarrative } from '../narrative/draftNarrative';
import { planFormats } from '../rating/formatPlan';
import { earlierValue, rateIndicator } from '../rating/rateIndicator';
import { budgetHeader, findTables, ragTableHeader, unheadedNames } from '../tables/findTables';
import { colToLetters, toA1 } from '../address';
import { tidySpaces } from '../values/whitespace';
import { configFor, sameName } from '../tables/tableConfig';
import { farCellIssues } from '../tables/farCells';
import type { ScorecardConfig } from '../config/types';
import type { ExcludedIndicator, SheetSoFar } from '../indicators/buildIndicators';
import type { Indicator } from '../indicators/types';
import type { Narrative } from '../narrative/types';
import type { Period } from '../periods/types';
import type { FormatPlan, RatedIndicator } from '../rating/types';
import { copyKey, findRepeats } from './repeatedIndicators';
import type { ColumnRole, DetectedTable, UnreadTable } from '../tables/types';
import { isOurLabelColumn } from '../tables/headerRow';
import type { SheetGrid } from '../values/types';
import type { Issue } from '../warnings';
import { warning } from '../warningMessages';
import { averageKey, keyComparator, sheetKey } from '../indicators/tableNotes';
import { choosePeriod, KIND_PREFERENCE } from './choosePeriod';
import { roundDiff } from '../rating/compare';
import { labelPlacements } from './labelPlacements';
import { namePeriodIssues } from './namePeriods';
import {
  profiledColumnsToDate,
  targetsOfOtherYears,
  withPeriodBenchmarks,
  withPeriodTarget,
  withRowTarget,
  ytdColumnIssues,
} from './periodTargets';
import { compareSheetRags, ratingsForNarrative } from './sheetRags';
import { polarityFromSheetRags, polarityFromTrends } from './sheetRagPolarity';
import { followSheetBands, settleToleranceUnits, toleranceUnstated } from './sheetRagBands';
import { transposedTableIssue } from '../tables/periodsDown';
import { namelessHeader } from '../tables/findTables';
import { chooseSheets, hiddenSheetIssues } from './sheetChoice';

/** Everything the engine makes of a workbook for one period. */
export interface Report {
  /** The reporting period, or null when the workbook has no indicator table. */
  readonly period: Period | null;
  /** Every period the tables have a column for, oldest first. */
  readonly periods: readonly Period[];
  readonly tables: readonly DetectedTable[];
  /** Excel tables (and configured header rows) not read for want of a column of indicator names. */
  readonly unreadTables: readonly UnreadTable[];
  readonly items: readonly RatedIndicator[];
  readonly narrative: Narrative;
  readonly formatPlan: FormatPlan;
  /** Problems with the data, each naming its sheet and cell; none of them stops the report. */
  readonly issues: readonly Issue[];
  readonly config: ScorecardConfig;
  /** What the configuration leaves out (`exclude`): tables found but not read, and indicator rows not rated. */
  readonly excluded: {
    readonly tables: readonly DetectedTable[];
    readonly indicators: readonly ExcludedIndicator[];
  };
}

export { choosePeriod } from './choosePeriod';

function uniquePeriods(tables: readonly DetectedTable[]): Period[] {
  const seen = new Map<string, Period>();
  for (const t of tables)
    for (const c of t.columns)
      if (c.period && c.role === 'period') seen.set(`${c.period.kind}:${c.period.sortKey}`, c.period);
  return [...seen.values()].sort((a, b) => a.sortKey - b.sortKey || KIND_PREFERENCE[a.kind] - KIND_PREFERENCE[b.kind]);
}

/** Thrown when the configuration asks for a period that no table has. */
export class PeriodNotFoundError extends ScorecardError<'period-not-found'> {
  override readonly name = 'PeriodNotFoundError';

  constructor(
    readonly wanted: string,
    readonly available: readonly string[],
    /** The period the tables have that ends with the one asked for (a quarter's last month), if any. */
    readonly endingAlike: { readonly asked: Period; readonly found: Period } | null = null,
  ) {
    super(
      'period-not-found',
      `No column for the period '${wanted}'. The tables have: ${available.join(', ') || 'no period columns'}.${endingAlike ? ` ${endingText(endingAlike.asked, endingAlike.found)}` : ''}`,
    );
  }
}

/** "Q2 2024/25 ends with September 2024, which they have: ask for 'September 2024' to report on it." */
function endingText(asked: Period, found: Period): string {
  const ends =
    asked.kind === 'month' ? `${asked.label} ends ${found.label}` : `${asked.label} ends with ${found.label}`;
  return `${ends}, which they have: ask for '${found.label}' to report on it.`;
}

/** The column of a table with no target headed as the average a key rates against ("3 year average"), or null. */
function averageColumn(
  tables: readonly DetectedTable[],
  average: string,
): { readonly table: DetectedTable; readonly column: DetectedTable['columns'][number] } | null {
  for (const table of tables) {
    if (table.columns.some((c) => c.role === 'target')) continue;
    // (Without such a key, a service's average over past years is read as a comparator.)
    const column = table.columns.find(
      (c) => (c.role === 'ignore' || c.role === 'benchmark') && averageKey(c.header) === average,
    );
    if (column) return { table, column };
  }
  return null;
}

/** The roles of the columns that give a table something to report. */
const REPORTABLE: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  'period',
  'target',
  'targetLower',
  'targetUpper',
  'numerator',
  'denominator',
  'rag',
]);

/**
 * Reads every indicator table in the grids, rates each indicator for the reporting period, sets
 * the sheet's own RAG beside ours (warning where they differ), drafts the narrative (following the
 * sheet's ratings under `ragSource: 'sheet'`) and plans the live conditional formats — always
 * from our ratings. Pure: the same grids and configuration
 * always give the same report.
 */
export function buildReport(grids: readonly SheetGrid[], config: ScorecardConfig): Report {
  const issues: Issue[] = [];
  const tables: DetectedTable[] = [];
  const unreadTables: UnreadTable[] = [];
  const indicators: Indicator[] = [];
  const excluded: Report['excluded'] = { tables: [], indicators: [] };
  // The settings the engine reads most, in one shape whatever their origin (see defaults.ts).
  const style = defaultShapedStyle(config.style);
  const readConfig = { ...config, tolerance: defaultShapedTolerance(config.tolerance) };
  // Very hidden sheets and sheets of earlier figures are left out, said so (see sheetChoice.ts).
  const sheets = chooseSheets(grids, config.sheets ? new Set(config.sheets) : null);
  let coverKey: (NonNullable<SheetSoFar['key']> & { readonly sheet: string }) | null = null;
  let coverKeySaid = false;
  // Sheets said to hold a tracker of actions (rag-table-unread) or a budget monitoring table
  // (budget-table-unread): no other warning about their headers.
  const trackers = new Set<string>();
  const readSheet = (grid: SheetGrid): void => {
    pushAll(issues, farCellIssues(grid));
    const configs = config.tables.filter((t) => configFor(grid, t));
    let found = findTables(grid, configs);
    // A sheet whose names column has no header (the top-left cell left empty) is read with that column as the names, said so.
    const unheaded = found.tables.length === 0 && configs.length === 0 ? unheadedNames(grid) : null;
    if (unheaded) {
      const letter = colToLetters(unheaded.col);
      const again = findTables(grid, [{ sheet: grid.name, columns: { [letter]: 'name' } }]);
      if (again.tables.length) {
        found = again;
        const args = {
          sheet: grid.name,
          cell: toA1(unheaded.row, unheaded.col),
          column: letter,
          first: unheaded.first,
          firstCell: toA1(unheaded.firstRow, unheaded.col),
          ...(unheaded.title !== undefined && { title: unheaded.title }),
        };
        issues.push(warning('names-unheaded', args, { sheet: grid.name, cell: args.cell }));
      }
    }
    // A key that rates against an average of the sheet's own ("Green = below the three year average"),
    // beside a table with no target and a column headed so: that column is the target, said so.
    const against = found.tables.length && configs.length === 0 ? keyComparator(grid) : null;
    const average = against ? averageColumn(found.tables, against.average) : null;
    if (against && average) {
      const letter = colToLetters(average.column.col);
      const again = findTables(grid, [{ sheet: grid.name, columns: { [letter]: 'target' } }]);
      if (again.tables.length) {
        found = again;
        const at = { sheet: grid.name, cell: toA1(average.table.headerRow, average.column.col) };
        const args = { ...at, header: average.column.header, key: `${grid.name}!${against.cell}`, text: against.text };
        issues.push(warning('target-from-key', args, at));
      }
    }
    // A budget monitoring table is not a scorecard: said so, where nothing else on the sheet was read.
    const budget = found.tables.length === 0 && found.unread.length === 0 ? budgetHeader(grid) : null;
    if (budget) {
      issues.push(warning('budget-table-unread', budget, { sheet: grid.name, cell: budget.range }));
      // Its own warning says it all: its rows of £'000 are no header of dates wanting a names column.
      trackers.add(grid.name);
    }
    // A tracker of actions or projects with its own RAG: not a scorecard either, and not left unsaid.
    const tracker = found.tables.length === 0 && found.unread.length === 0 && !budget ? ragTableHeader(grid) : null;
    if (tracker) {
      issues.push(warning('rag-table-unread', tracker, { sheet: grid.name, cell: tracker.range }));
      trackers.add(grid.name);
    }
    pushAll(issues, found.issues);
    pushAll(unreadTables, found.unread);
    // A key on a cover or contents sheet before the tables holds for every table after it without a key of its own.
    if (found.tables.length === 0 && found.unread.length === 0 && coverKey === null) {
      const key = sheetKey(grid);
      // (A scheme of its own there is, as before, not taken: its note speaks of one table's key.)
      if (key?.statement.tolerance && !key.statement.scheme) coverKey = { ...key, sheet: grid.name };
    }
    // A key at the sheet's top holds for its tables below, each down to the next with a key of its own.
    const spans = found.tables.map((t) => ({ top: t.top, bottom: t.bottom }));
    let sheetSoFar: SheetSoFar = { key: coverKey, keyFrom: 0, tables: spans };
    for (const table of found.tables) {
      if (leftOut(grid, table, config)) {
        (excluded.tables as DetectedTable[]).push(table);
        continue;
      }
      tables.push(table);
      pushAll(issues, table.warnings);
      // Nothing to report: no column of a period's figures, a target or a rating (a public health
      // profile's whose rows' periods are not read). Its warnings say why; its indicators are not
      // listed as missing figures the sheet has.
      if (!table.columns.some((c) => REPORTABLE.has(c.role))) continue;
      const built = buildIndicators(grid, table, readConfig, sheetSoFar);
      if (coverKey && built.key === coverKey && !coverKeySaid && built.indicators.length) {
        coverKeySaid = true;
        const at = { sheet: coverKey.sheet, cell: coverKey.cell };
        const args = { ...at, text: coverKey.text, tolerance: coverKey.statement.tolerance!, first: grid.name };
        issues.push(warning('tolerance-from-cover-key', args, at));
      }
      sheetSoFar = { key: built.key, keyFrom: table.bottom + 1, tables: spans };
      pushAll(indicators, built.indicators);
      pushAll(issues, built.issues);
      pushAll(excluded.indicators as ExcludedIndicator[], built.excluded);
    }
  };
  pushAll(issues, sheets.issues);
  sheets.read.forEach(readSheet);
  // Held-back sheets are read only when no other sheet has a table: they are then the only figures.
  if (tables.length === 0) sheets.held.forEach(readSheet);
  else pushAll(issues, sheets.heldIssues);
  // A sheet read without a table may be one turned the other way round: said so, since nothing on it is read.
  for (const grid of tables.length === 0 ? [...sheets.read, ...sheets.held] : sheets.read) {
    const has = (t: { sheet: string }) => t.sheet === grid.name;
    if (tables.some(has) || excluded.tables.some(has) || unreadTables.some(has)) continue;
    const turned = transposedTableIssue(grid);
    if (turned) issues.push(turned);
    // Beside sheets that are read, a sheet of figures whose names column is not recognised would go unsaid.
    // A tracker's row with a date ("Sep-24") is no header of figures wanting a names column: its own warning says it all.
    const nameless = turned || trackers.has(grid.name) || tables.length === 0 ? null : namelessHeader(grid, true);
    if (nameless) {
      const args = {
        sheet: grid.name,
        cell: nameless.range,
        row: nameless.row,
        headers: nameless.headers,
        column: nameless.nameColumn,
      };
      issues.push(warning('sheet-without-names', args, { sheet: grid.name, cell: nameless.range }));
    }
  }
  pushAll(
    issues,
    hiddenSheetIssues(config.sheets ? [] : grids, (sheet) => indicators.filter((i) => i.sheet === sheet).length),
  );
  for (const t of config.tables) {
    if (grids.some((grid) => configFor(grid, t))) continue;
    const names = grids.flatMap((g) => [g.name, ...(g.tables ?? []).map((l) => l.name)]);
    issues.push(warning('config-sheet-unmatched', { config: t.sheet, closest: closestNames(t.sheet, names) }));
  }
  pushAll(issues, unmatchedSettings(config, indicators));
  nameUnsectionedTables(tables, indicators, grids);
  // Decided before the period is chosen, so that its counts are of the indicators reported.
  const repeated = findRepeats(indicators, grids, tables);
  pushAll(issues, repeated.issues);
  const reported = repeated.repeats.size ? indicators.filter((i) => !repeated.repeats.has(copyKey(i))) : indicators;
  const periods = uniquePeriods(tables);
  const choice = choosePeriod(reported, periods, config.period, tables);
  const period = choice.period;
  pushAll(issues, choice.issues);
  // Said here, once it is known which indicators are rated on a year-to-date column.
  const ytdIssuesAt = issues.length;
  if (period) {
    pushAll(issues, targetsOfOtherYears(indicators, period));
    const columnsToDate = profiledColumnsToDate(indicators, period);
    const besideSaid = new Set<string>();
    for (let i = 0; i < indicators.length; i++)
      indicators[i] = withPeriodBenchmarks(
        withPeriodTarget(indicators[i], period, issues, columnsToDate, besideSaid),
        period,
        issues,
      );
  }
  const later = issues.splice(ytdIssuesAt);
  pushAll(issues, ytdColumnIssues(tables, period, indicators), later);
  if (config.period && !period && indicators.length)
    throw new PeriodNotFoundError(
      config.period,
      periods.map((p) => p.label),
      periodEndingAlike(periods, config.period),
    );
  if (period) for (let i = 0; i < indicators.length; i++) indicators[i] = withRowTarget(indicators[i], period, issues);
  const options = {
    amberRule: config.amberRule,
    decimals: (pv: { measure: Parameters<typeof printedDecimals>[0] }) => printedDecimals(pv.measure, style),
  };
  let items: RatedIndicator[] = period
    ? indicators.map((indicator) => ({ indicator, rating: rateIndicator(indicator, period, options) }))
    : [];
  pushAll(
    issues,
    yearTotalIssues(items, style),
    zeroTargetIssues(items, style),
    uncomparedIssues(items, style),
    namePeriodIssues(items),
  );
  if (period) pushAll(issues, tablesWithoutPeriod(tables, items, period), onStrictBounds(items, style));
  const ragSource = config.ragSource ?? 'engine';
  // The sheet's own RAG settles a polarity it does not state; where it gives none, its trend's words may.
  if (period && indicators.some((i) => i.sheetRags)) items = polarityFromSheetRags(items, period, options, issues);
  if (period && indicators.some((i) => i.trendSaid)) items = polarityFromTrends(items, period, options, issues);
  if (period && indicators.some((i) => i.sheetRags)) {
    // Where nothing states a tolerance, the sheet's own amber or red draws amber's edge, not our 5 %.
    // A tolerance cell whose unit is open to question ("1%" beside percentages, a plain 2): the sheet's RAG may settle it.
    if (indicators.some((i) => i.toleranceQuestion))
      items = settleToleranceUnits(items, period, options, style, issues);
    items = followSheetBands(items, period, readConfig.tolerance, options, style, issues);
    const unstated = (item: RatedIndicator) => toleranceUnstated(item.indicator, readConfig.tolerance);
    const compared = compareSheetRags(items, period, style, ragSource, unstated);
    items = compared.items;
    pushAll(issues, compared.issues);
  }
  // A bound rated as every figure it allows would be: its cell's note says so, not that it gives no figure.
  if (items.some((i) => i.rating.bound)) items = boundsRated(items, issues, style);

  const emptyPeriod = period ?? {
    kind: 'quarter',
    fyStart: 0,
    quarter: null,
    month: null,
    label: 'no period',
    sortKey: 0,
  };
  // An indicator shown on a summary sheet and on its own tab is reported once, and coloured in both places.
  const coloured = items;
  if (repeated.repeats.size) items = items.filter((i) => !repeated.repeats.has(copyKey(i.indicator)));
  const narrative = draftNarrative(
    ratingsForNarrative(items, ragSource),
    emptyPeriod,
    style,
    config.narrativeStyle ?? 'committee',
  );
  const placements = period ? labelPlacements(grids, tables, coloured, issues) : [];
  const formatPlan = planFormats(
    coloured,
    config.amberRule,
    (i) => (i.rating.current ? printedDecimals(i.rating.current.measure, style) : style.decimals),
    placements,
    period?.label ?? '',
  );
  return {
    period,
    periods,
    tables,
    unreadTables,
    items,
    narrative,
    formatPlan,
    issues: dedupe(issues),
    config,
    excluded,
  };
}

/**
 * A warning (`target-strict-bound`) for each figure exactly on a target whose words leave the bound
 * out ("<50", "Over 95%"), as contract KPIs are written: it is rated as meeting the target, as the
 * copy's live colours are, but the words say it does not.
 */
function onStrictBounds(items: readonly RatedIndicator[], style: Parameters<typeof printMeasure>[2]): Issue[] {
  const out: Issue[] = [];
  for (const { indicator, rating } of items) {
    const t = indicator.target;
    const m = rating.current?.measure;
    if (!t?.strict || !t.measure || t.value === null || !m || m.value === null || rating.rag !== 'green') continue;
    if (roundDiff(m.value - t.value) !== 0) continue;
    const at = { sheet: m.sheet, cell: m.cell };
    const shown = printMeasure(indicator, m, style);
    const args = { ...at, name: indicator.name, shown, target: t.strict, targetCell: t.measure.cell };
    out.push(warning('target-strict-bound', args, at));
  }
  return out;
}

/**
 * For each indicator rated by a bound ("<5": see `Rating.bound`), its cell's `figure-bound` note
 * said again with the rating: every figure the bound allows would be green against the target, say.
 * In the report's issues and the indicator's own warnings alike.
 */
function boundsRated(
  items: readonly RatedIndicator[],
  issues: Issue[],
  style: Parameters<typeof printMeasure>[2],
): RatedIndicator[] {
  // The notes said again, by their cells, then put in place in one pass over the issues.
  const said = new Map<string, Issue>();
  const cellOf = (i: { sheet?: string; cell?: string }) => `${i.sheet}!${i.cell}`;
  for (const { indicator, rating } of items) {
    const m = rating.current?.measure;
    const t = indicator.target;
    if (!rating.bound || !m || !t || t.value === null) continue;
    const at = { sheet: m.sheet, cell: m.cell };
    const target = t.measure ? printMeasure(indicator, t.measure, style) : String(t.value);
    const rated = { rag: rating.rag, target, targetCell: t.measure?.cell ?? null };
    const period = rating.current!.period.label;
    const args = { ...at, shown: m.noData!.shown, period, name: indicator.name, above: !rating.bound.below, rated };
    said.set(cellOf(at), warning('figure-bound', args, at));
  }
  const again = (i: Issue) => (i.code === 'figure-bound' ? (said.get(cellOf(i)) ?? i) : i);
  for (let k = 0; k < issues.length; k++) issues[k] = again(issues[k]);
  return items.map((item) =>
    item.rating.bound
      ? { ...item, indicator: { ...item.indicator, warnings: item.indicator.warnings.map(again) } }
      : item,
  );
}

/**
 * A warning (`table-period-missing`) for each table with indicators of which none has a column for
 * the period reported on: a Better Care Fund table of quarters beside an urgent care table of months
 * on a health and wellbeing board's sheet, reported on November 2023. A report is on one period, so
 * its indicators have no figure; the warning names the table's latest period, which can be asked for.
 */
function tablesWithoutPeriod(
  tables: readonly DetectedTable[],
  items: readonly RatedIndicator[],
  period: Period,
): Issue[] {
  // One pass over the items: each to its table (the few on its sheet), counted, and whether any has a figure.
  const found = new Map<DetectedTable, { items: RatedIndicator[]; covered: boolean }>();
  for (const item of items) {
    const { sheet, row } = item.indicator;
    const t = tables.find((x) => x.sheet === sheet && row >= x.top && row <= x.bottom);
    if (!t) continue;
    let f = found.get(t);
    if (!f) found.set(t, (f = { items: [], covered: false }));
    f.items.push(item);
    if (item.rating.current) f.covered = true;
  }
  const out: Issue[] = [];
  for (const [t, f] of found) {
    if (f.covered) continue;
    let latest: Period | null = null;
    for (const { indicator } of f.items)
      for (const v of indicator.values) {
        const p = v.period;
        if (v.measure.value === null || p.kind === 'ytd') continue;
        latest = laterPeriod(latest, p);
      }
    if (!latest || latest.sortKey >= period.sortKey) continue;
    const at = { sheet: t.sheet, cell: toA1(t.headerRow, t.left) };
    // The officer's table: our label column, put beside it on an earlier run, is not part of it.
    const right = t.columns.reduce((r, c) => (isOurLabelColumn(c) ? r : Math.max(r, c.col)), t.left);
    const range = `${toA1(t.headerRow, t.left)}:${toA1(t.bottom, right)}`;
    const count = f.items.length;
    out.push(warning('table-period-missing', { ...at, range, count, period: period.label, latest: latest.label }, at));
  }
  return out;
}

/**
 * Whether the configuration leaves a table out: an entry with `exclude` naming its Excel table, or
 * naming its sheet (every table on the sheet).
 */
function leftOut(grid: SheetGrid, table: DetectedTable, config: ScorecardConfig): boolean {
  return config.tables.some(
    (t) =>
      t.exclude === true &&
      (sameName(t.sheet, grid.name) || (table.tableName !== null && sameName(t.sheet, table.tableName))),
  );
}

/**
 * With more than one table, indicators of a table without section rows are grouped under the
 * table's name, so the narrative does not run one table's indicators on under another's last
 * heading: where a sheet has several tables, the Excel table's name, or else the short heading each
 * table has above it ("Repairs", "Caretaking", "Complaints"), when every table on the sheet has one
 * of its own; otherwise the sheet's name.
 */
function nameUnsectionedTables(
  tables: readonly DetectedTable[],
  indicators: Indicator[],
  grids: readonly SheetGrid[],
): void {
  if (tables.length < 2) return;
  const headings = new Map<DetectedTable, string>();
  for (const grid of grids) {
    const onSheet = tables.filter((t) => t.sheet === grid.name).sort((a, b) => a.top - b.top);
    if (onSheet.length < 2) continue;
    const found = onSheet.map((t, k) => headingAbove(grid, t, k > 0 ? onSheet[k - 1].bottom : -1));
    if (found.every((h) => h !== null) && new Set(found).size === found.length)
      onSheet.forEach((t, k) => headings.set(t, found[k]!));
  }
  for (let i = 0; i < indicators.length; i++) {
    const ind = indicators[i];
    if (ind.section !== null) continue;
    const table = tables.find((t) => t.sheet === ind.sheet && ind.row >= t.top && ind.row <= t.bottom);
    const shared = tables.filter((t) => t.sheet === ind.sheet).length > 1;
    const name = shared && table ? (table.tableName ?? headings.get(table) ?? null) : null;
    indicators[i] = { ...ind, section: name ?? ind.sheet };
  }
}

/** The longest heading read over a table: a few words, as a committee report heads its sections. */
const HEADING_CHARS = 60;

/**
 * The heading over a table: the nearest text above its top, within three rows and below the table
 * before it, alone on its row and short (a sentence under the heading, ending in a full stop, is
 * passed over: "We monitor the number of repairs fixed first time…"). Null when there is none.
 */
function headingAbove(grid: SheetGrid, table: DetectedTable, above: number): string | null {
  for (let r = table.top - 1; r > above && r >= table.top - 3; r--) {
    const row = grid.values[r] ?? [];
    const filled = row.flatMap((v, c) => (v === null || v === '' ? [] : [c]));
    if (filled.length === 0) continue;
    const text = row[filled[0]];
    if (filled.length > 1 || typeof text !== 'string') return null;
    const heading = tidySpaces(text);
    if (/[.!?]$/.test(heading) || heading.length > HEADING_CHARS) continue;
    return heading === '' ? null : heading;
  }
  return null;
}

/** A note for each figure not compared with last year's outturn because that looks like the year's total (see direction.ts). */
function yearTotalIssues(items: readonly RatedIndicator[], style: Parameters<typeof printMeasure>[2]): Issue[] {
  const out: Issue[] = [];
  for (const { indicator, rating } of items) {
    const total = rating.yearTotal;
    const now = rating.current;
    if (!total || !now) continue;
    const args = {
      sheet: indicator.sheet,
      cell: now.measure.cell,
      name: indicator.name,
      shown: printMeasure(indicator, now.measure, style),
      period: now.period.label,
      total: printMeasure(indicator, total.measure, style),
      totalCell: total.measure.cell,
      year: total.period.label,
      each: now.period.kind === 'month' ? ('month' as const) : ('quarter' as const),
    };
    out.push(warning('year-total-not-compared', args, { sheet: indicator.sheet, cell: now.measure.cell }));
  }
  return out;
}

/**
 * A warning for each figure rated red against a target of 0 under a tolerance that is a share of the
 * target: the share of 0 is 0, so there is no amber at all (339 incidents against a target of none is
 * red however near it came), which the officer may not expect and should know to set otherwise.
 */
function zeroTargetIssues(items: readonly RatedIndicator[], style: Parameters<typeof printMeasure>[2]): Issue[] {
  const out: Issue[] = [];
  for (const { indicator, rating } of items) {
    const t = indicator.target;
    const now = rating.current;
    if (rating.rag !== 'red' || !now || t?.value !== 0 || t.lower !== null || indicator.tolerance.type !== 'relative')
      continue;
    if (rating.byKey) continue; // red by a key's scheme of its own, which says what red is.
    const args = {
      sheet: indicator.sheet,
      cell: now.measure.cell,
      name: indicator.name,
      shown: printMeasure(indicator, now.measure, style),
      tolerance: indicator.tolerance.value,
    };
    out.push(warning('tolerance-at-zero', args, { sheet: indicator.sheet, cell: now.measure.cell }));
  }
  return out;
}

/**
 * A warning for each figure rated red by a key's scheme of its own for want of the earlier figure the
 * key compares it with (`key-scheme-uncompared`): the key's red is "has not improved", which the row
 * cannot show either way.
 */
function uncomparedIssues(items: readonly RatedIndicator[], style: Parameters<typeof printMeasure>[2]): Issue[] {
  const out: Issue[] = [];
  for (const { indicator, rating } of items) {
    const now = rating.current;
    const scheme = indicator.keyScheme;
    if (rating.byKey !== 'uncompared' || !now || scheme?.beyond.by !== 'direction') continue;
    const before = earlierValue(indicator, now, scheme.beyond.against);
    const at = { sheet: indicator.sheet, cell: now.measure.cell };
    const args = {
      ...at,
      name: indicator.name,
      shown: printMeasure(indicator, now.measure, style),
      key: scheme.cell,
      against: before ? `${before.period.label} (${emptyOrShown(before.measure)})` : null,
    };
    out.push(warning('key-scheme-uncompared', args, at));
  }
  return out;
}

/** "H18 is empty", or "G25 holds 'n/a'": what a cell without a figure holds. */
function emptyOrShown(m: { readonly cell: string; readonly noData: { readonly shown: string } | null }): string {
  return m.noData?.shown ? `${m.cell} holds '${m.noData.shown}'` : `${m.cell} is empty`;
}

function dedupe(issues: readonly Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => (seen.has(i.message) ? false : (seen.add(i.message), true)));
}
