/**
 * The engine's vocabulary. Every module in `src/core` speaks these types; the adapters
 * (`src/excel`, `src/xlsx`) translate the host's cells into a {@link SheetGrid} and write
 * back what a {@link Report} and a {@link FormatPlan} describe.
 *
 * Conventions: rows and columns are zero-based numbers inside the engine; cell addresses
 * handed to people (JSON, narrative, messages) are A1 strings such as "F5".
 */

/** An Excel error value such as `#N/A` or `#DIV/0!`. */
export interface ExcelError {
  readonly error: string;
}

/**
 * A cell's stored value as the host gives it. Dates arrive as Excel serial numbers (the
 * adapters convert), formulas as their cached result.
 */
export type RawValue = number | string | boolean | ExcelError | null;

/** One worksheet as a rectangle of values and number formats, anchored at A1. */
export interface SheetGrid {
  readonly name: string;
  /** `values[row][col]`, zero-based from A1. Ragged rows are allowed; missing cells are blank. */
  readonly values: readonly (readonly RawValue[])[];
  /** Number format codes in the same shape (`"0.0%"`, `"mmm-yy"`, `"General"`); optional. */
  readonly formats?: readonly (readonly (string | null | undefined)[])[];
  /** Excel tables (ListObjects) on the sheet, when the host knows them. */
  readonly tables?: readonly ListObjectInfo[];
  /**
   * Formulas in the same shape, without the leading "=" (null where the cell holds a constant);
   * optional. The engine reads them to recognise cells it wrote itself on an earlier run, and rows
   * of `SUBTOTAL` formulas, which are totals rather than indicators.
   */
  readonly formulas?: readonly (readonly (string | null | undefined)[])[];
}

/** An Excel table (ListObject): the header row is its first row. */
export interface ListObjectInfo {
  readonly name: string;
  /** Zero-based inclusive bounds, header row included. */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  /** True when the table shows its totals row (its last row, `bottom`), which is not an indicator. */
  readonly totalsRow?: boolean;
}

/** Zero-based position of a cell on a named sheet. */
export interface CellRef {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

// ---------------------------------------------------------------------------------------------
// Parsed values
// ---------------------------------------------------------------------------------------------

/** Why a cell holds no usable number. */
export type NoDataReason =
  | 'blank' // empty cell
  | 'not-available' // "n/a", "-", "DNA", "not available"
  | 'to-be-confirmed' // "TBC", "TBA", "awaited"
  | 'suppressed' // official statistics codes c, z, x, k, ":", "*"
  | 'error' // an Excel error such as #N/A or #DIV/0!
  | 'reported-annually' // "Annual", "Reported annually", "Year end" in a quarter's cell
  | 'text'; // some other text that is not a number

/** A cell understood as a number (or as no data, with the reason). */
export interface ParsedNumber {
  /** The number as stored (a fraction stays a fraction: 0.927 for 92.7 %). `null` when no data. */
  readonly value: number | null;
  /** True when the cell shows a percentage: a % number format, or text such as "92.7%". */
  readonly percentFormat: boolean;
  /** True when the number came from text ("1,234", "92.7%"). Live formulas cannot compare it. */
  readonly fromText: boolean;
  /** Decimal places the number format shows, when it says (e.g. 1 for "0.0%"). */
  readonly formatDecimals: number | null;
  /** Set when `value` is null. */
  readonly noData: { readonly reason: NoDataReason; readonly shown: string } | null;
  /** Currency symbol the format or text carries ("£"), if any. */
  readonly currency: string | null;  /** A mark on the figure: "153 (p)" is provisional, "153 r" revised. */
  readonly flag?: 'provisional' | 'revised';
}

/** The kind of quantity an indicator measures. */
export type Unit = 'percentage' | 'count' | 'days' | 'rate' | 'money' | 'ratio' | 'number';

// ---------------------------------------------------------------------------------------------
// Periods (UK financial years: Q1 = April–June, … Q4 = January–March)
// ---------------------------------------------------------------------------------------------

export type PeriodKind = 'quarter' | 'month' | 'year' | 'ytd';

export interface Period {
  readonly kind: PeriodKind;
  /** Calendar year in which the financial year starts: 2021 for 2021/22. */
  readonly fyStart: number;
  /** 1–4 for quarters (and for months, the quarter they fall in). */
  readonly quarter: number | null;
  /** Calendar month 1–12 for month periods (December = 12). */
  readonly month: number | null;
  /** How the narrative names it: "Q3 2021/22", "December 2021", "2021/22", "2021/22 year to date". */
  readonly label: string;
  /**
   * Month index of the period's last month, counted from April 2000 = 0; orders periods and finds
   * "the same point last year" (sortKey − 12). Year periods end in March; YTD ends where stated or
   * is ordered after the year's quarters when nothing says.
   */
  readonly sortKey: number;
}

// ---------------------------------------------------------------------------------------------
// Tables and column roles
// ---------------------------------------------------------------------------------------------

export type ColumnRole =
  | 'name'
  | 'ref'
  | 'polarity'
  | 'target'
  | 'targetLower'
  | 'targetUpper'
  | 'tolerance'
  | 'period'
  | 'benchmark'
  | 'numerator'
  | 'denominator'
  | 'frequency'
  | 'unit'
  | 'commentary'
  /** The sheet's own RAG or status column ("RAG", "Status", "G/A/R"): read to compare with ours. */
  | 'rag'
  | 'actions'
  | 'ignore';

export type BenchmarkKind =
  | 'statisticalNeighbours'
  | 'england'
  | 'wales'
  | 'national'
  | 'regional'
  | 'rank'
  | 'quartile'
  | 'other';

export interface ColumnInfo {
  /** Zero-based sheet column. */
  readonly col: number;
  /** The header as shown (dates rendered as their label). */
  readonly header: string;
  readonly role: ColumnRole;
  /** Why this role: "header 'Good is' is a polarity synonym", "set by configuration". */
  readonly reason: string;
  readonly source: 'detected' | 'config';
  /** For `period` columns (and a target or benchmark header that names its period). */
  readonly period?: Period;
  /** For `benchmark` columns. */
  readonly benchmark?: { readonly kind: BenchmarkKind; readonly label: string };
}

/** A row of a table that holds an indicator. */
export interface TableRow {
  /** Zero-based sheet row. */
  readonly row: number;
  /** The section heading above it ("Front Door"), or null. */
  readonly section: string | null;
  /**
   * For an indicator laid out over several rows — an "Actual" row and a "Target" row (perhaps a
   * "Tolerance" or "Variance" row too) under one name, often merged across them — those rows.
   * `row` is then the row holding the values. Absent for an indicator on one row.
   */
  readonly block?: IndicatorBlock;
}

/** The rows of an indicator laid out over several rows (zero-based sheet rows). */
export interface IndicatorBlock {
  /** First and last row of the indicator. */
  readonly top: number;
  readonly bottom: number;
  /** The row holding its name (the top-left cell of a merged name). */
  readonly nameRow: number;
  /** The row labelled "Target": a target for each period, in the period columns. */
  readonly targetRow: number | null;
  /** The row labelled "Tolerance", read in the period columns. */
  readonly toleranceRow: number | null;
  /** The row labelled "RAG" or "Status": the sheet's own rating for each period, in the period columns. */
  readonly ragRow?: number | null;
  /** Rows labelled as a benchmark ("Scotland comparisons", "England average"), read in the period columns. */
  readonly benchmarkRows?: readonly number[];
  /** The cell holding the word that labels the values row ("Actual"), when there is one. */
  readonly labelCol: number | null;
}

export interface DetectedTable {
  readonly sheet: string;
  /** ListObject name when the table is an Excel table. */
  readonly tableName: string | null;
  /** Zero-based header row and inclusive bounds of the whole table (header included). */
  readonly headerRow: number;
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  readonly columns: readonly ColumnInfo[];
  readonly rows: readonly TableRow[];
  /** Why this block was taken as a table. */
  readonly reason: string;
  readonly warnings: readonly Issue[];
}

/**
 * A table known to be one (an Excel table, or a header row set by configuration) that could not be
 * read because none of its columns holds indicator names: its header row and columns as read, so
 * that a column can be given that role.
 */
export interface UnreadTable {
  readonly sheet: string;
  readonly tableName: string | null;
  /** Zero-based header row, and the columns' inclusive bounds. */
  readonly headerRow: number;
  readonly left: number;
  readonly right: number;
  readonly columns: readonly ColumnInfo[];
  /** Why it was not read, naming the sheet. */
  readonly reason: string;
}

// ---------------------------------------------------------------------------------------------
// Indicators, ratings, direction
// ---------------------------------------------------------------------------------------------

export type Polarity = 'higher' | 'lower' | 'band' | 'none';
export type Rag = 'green' | 'amber' | 'red' | 'none';
export type RatingStatus = 'rated' | 'no-target' | 'no-data';
export type Frequency = 'monthly' | 'quarterly' | 'annual';


/** How amber is decided. */
export type AmberRule = 'tolerance' | 'tolerance-or-improving';

/** A number read from a cell, normalised: percentages are in points (92.7), whatever the storage. */
export interface Measure {
  readonly sheet: string;
  /** A1 address, e.g. "F5". */
  readonly cell: string;
  readonly row: number;
  readonly col: number;
  /** The value as stored in the cell (0.927 for a fraction). */
  readonly raw: RawValue;
  /** Normalised number (92.7 for a percentage whichever way it is stored); null when no data. */
  readonly value: number | null;
  /** Multiply the stored number by this to get `value` (100 for a stored fraction, else 1). */
  readonly scale: number;
  readonly fromText: boolean;
  readonly formatDecimals: number | null;
  readonly noData: ParsedNumber['noData'];  /** Provisional or revised, from a mark on the figure ("153 (p)") or in the cell beside it. */
  readonly flag?: 'provisional' | 'revised';
}

export interface PeriodValue {
  readonly period: Period;
  readonly measure: Measure;
}

export interface Benchmark {
  readonly kind: BenchmarkKind;
  readonly label: string;
  /** The period the benchmark is for, when its header says ("England 2020/21"). */
  readonly period: Period | null;
  readonly measure: Measure;
}

export interface Target {
  /** For higher/lower: the target. */
  readonly value: number | null;
  /** For band: inclusive bounds. */
  readonly lower: number | null;
  readonly upper: number | null;
  /** Where it came from: the cell(s), or configuration. */
  readonly measure: Measure | null;
  readonly lowerMeasure: Measure | null;
  readonly upperMeasure: Measure | null;
  readonly source: 'cell' | 'config';
}

export interface Indicator {
  /** The reference column when there is one, else a stable id from sheet and row ("Scorecard!7"). */
  readonly id: string;
  readonly name: string;
  readonly sheet: string;
  readonly row: number;
  readonly section: string | null;
  readonly unit: Unit;
  readonly polarity: Polarity;
  readonly target: Target | null;
  readonly tolerance: Tolerance;
  /**
   * The other reading of a tolerance cell whose unit the sheet does not state (a plain 2: 2 % of the
   * target, or 2 points). When present, `tolerance` is the relative reading and this the absolute
   * one; a value the two rate differently is not rated.
   */
  readonly toleranceAlternative?: Tolerance;
  readonly frequency: Frequency | null;
  /** Period values in period order (oldest first). */
  readonly values: readonly PeriodValue[];
  readonly benchmarks: readonly Benchmark[];
  /**
   * Benchmarks given in rows beneath the indicator ("Scotland comparisons"), one for each period
   * column; the report's period's join `benchmarks` once the period is chosen.
   */
  readonly periodBenchmarks?: readonly Benchmark[];
  readonly numerator: Measure | null;
  readonly denominator: Measure | null;
  /** The service's commentary on the indicator, from its commentary column, and that cell. */
  readonly commentary: { readonly text: string; readonly cell: string } | null;
  /** What the service is doing about it, from an actions column ("Action plan", "Remedial action"), and that cell. */
  readonly actions?: { readonly text: string; readonly cell: string } | null;
  /** The short name the narrative uses in prose, when the configuration sets one (else it is derived from `name`). */
  readonly shortName?: string | null;
  /** "per 10,000 children" and similar, read from the name or the unit column, for display. */
  readonly rateBase: string | null;
  readonly currency: string | null;
  /**
   * The scale the sheet shows the figures in ("£903k" for a cell holding 903 under "£000s", or 903,000
   * under the format `#,##0,"k"`), when it states one. Printing only: values and targets are compared as stored.
   */
  readonly magnitude?: Magnitude | null;
  /** Divide a stored figure by this before printing it with `magnitude` (1,000 for `#,##0,"k"`; 1 when stored in thousands). */
  readonly displayDivisor?: number;
  /** A unit word the figures are in, for counts and plain numbers: "weeks", "tonnes", "kg", "hours", "minutes". */
  readonly suffix?: string | null;
  readonly warnings: readonly Issue[];
  /**
   * A cumulative (year-to-date) measure, from its name, a frequency or unit column saying
   * "Cumulative" or "YTD", or the configuration: compared with the same point last year rather
   * than the period before, and rated against a profiled target where the sheet gives one.
   */
  readonly cumulative?: boolean;
  /** Targets for a point in the year ("Q3 target 2022/23", "Profiled target"); `period` null when the header names none. */
  readonly periodTargets?: readonly PeriodTarget[];
  /** Set by the report when `target` is the profiled target for the reporting period rather than the annual one. */
  readonly targetProfiled?: boolean;
  /**
   * For an indicator with a "Target" row (see {@link IndicatorBlock}): the target and tolerance
   * the sheet gives each period, in period order. The report puts the reporting period's in
   * `target` and `tolerance`; `target` here is the table's target column, if any (an annual target).
   */
  readonly byPeriod?: readonly RowTarget[];
  /** What the sheet's own RAG or status columns say for this indicator, one entry per such column. */
  readonly sheetRags?: readonly SheetRagReading[];
}

/** One cell of a sheet's own RAG or status column. */
export interface SheetRagReading {
  /** The period the column's header names ("Q3 RAG"), or null when it names none. */
  readonly period: Period | null;
  /** The rating the cell means; null when it holds something that is not a rating. */
  readonly rag: Rag | null;
  /** The cell's text as shown ("G", "On target"). */
  readonly shown: string;
  readonly sheet: string;
  readonly cell: string;
}

/** The sheet's own rating of an indicator for the reporting period. */
export interface SheetRag {
  readonly rag: Rag;
  readonly shown: string;
  readonly sheet: string;
  readonly cell: string;
}

/** The target (and tolerance) a "Target" row gives one period. */
export interface RowTarget {
  readonly period: Period;
  /** Null when the Target row's cell for the period is blank or not a target. */
  readonly target: Target | null;
  /** The Target row's cell for the period ("F6"). */
  readonly cell: string;
  /** From a "Tolerance" row, when it has a number for the period. */
  readonly tolerance: Tolerance | null;
  /** Problems with that cell, reported only when the period is the one reported on. */
  readonly warnings: readonly Issue[];
}

/** A target for a point in the year, from a profiled target column. */
export interface PeriodTarget {
  readonly period: Period | null;
  /** The column's header, for messages. */
  readonly header: string;
  readonly target: Target;
}

/** Figures kept in thousands, millions or billions. */
export type Magnitude = 'thousands' | 'millions' | 'billions';

export type Direction = 'improving' | 'declining' | 'unchanged' | 'increasing' | 'decreasing';

export interface Movement {
  readonly direction: Direction;
  readonly from: PeriodValue;
  /** current − previous, in the indicator's units (percentage points for percentages). */
  readonly change: number;
}

export interface Rating {
  readonly rag: Rag;
  readonly status: RatingStatus;
  /** Plain-English reason: "on or above target", "within 5 % of target", "no target set". */
  readonly reason: string;
  /** The value being rated, or null. */
  readonly current: PeriodValue | null;
  /** True when the value is within the tolerance band but not on target, or amber by improvement. */
  readonly withinTolerance: boolean;
  /** True when an annual indicator has no value this period because it is reported annually. */
  readonly reportedAnnually: boolean;
  /** True when the value is not rated because the two readings of an unclear tolerance rate it differently. */
  readonly toleranceUnclear?: boolean;
  readonly shortTerm: Movement | null;
  readonly longTerm: Movement | null;
  /** The year-to-date figure for the reporting period, from a "YTD" / "Cumulative" column, when the table has one. */
  readonly yearToDate?: PeriodValue | null;
}

export interface RatedIndicator {
  readonly indicator: Indicator;
  readonly rating: Rating;
  /** The sheet's own rating for the period, from its RAG or status column, when it gives one. */
  readonly sheetRag?: SheetRag | null;
}

/** Whose rating the narrative follows: ours (the default), or the sheet's own RAG column where it has one. */
export type RagSource = 'engine' | 'sheet';

// ---------------------------------------------------------------------------------------------
// Issues (bad data comes back as values, never thrown)
// ---------------------------------------------------------------------------------------------

export type { Issue, IssueSeverity, WarningCode } from './warnings';
import type { Issue } from './warnings';

// ---------------------------------------------------------------------------------------------
// Conditional formats to write (hosts apply the same plan)
// ---------------------------------------------------------------------------------------------

/** One formula rule: colour the cells of `ranges` where `formula` (relative to the first cell) holds. */
export interface RagRule {
  readonly rag: 'green' | 'amber' | 'red';
  /** Excel formula without a leading "=", relative to the top-left cell of `ranges[0]`. Carries the marker. */
  readonly formula: string;
  readonly fill: string;
  readonly font: string;
}

/** The rules for one block of value cells that share polarity, tolerance and target scale. */
export interface RagRuleBlock {
  readonly sheet: string;
  /** A1 ranges, e.g. ["F5:F9", "F12:F14"]. */
  readonly ranges: readonly string[];
  readonly rules: readonly RagRule[];
}

/** A text label beside a rated cell, as a live formula, so RAG reads without colour. */
export interface RagLabel {
  readonly sheet: string;
  readonly cell: string;
  /** Formula without "=", giving "Green", "Amber", "Red" or "" */
  readonly formula: string;
  /** What the engine expects it to show now. */
  readonly expected: string;
}

export interface FormatPlan {
  /** The text every rule formula carries, so a refresh can find and replace only our rules. */
  readonly marker: string;
  readonly blocks: readonly RagRuleBlock[];
  /** Label column header cells, per table: the text, and the formula to write (the text plus the marker). */
  readonly labelHeaders: readonly { readonly sheet: string; readonly cell: string; readonly text: string; readonly formula: string }[];
  readonly labels: readonly RagLabel[];
}

// ---------------------------------------------------------------------------------------------
// Configuration (validated by `config/schema.ts`; the add-in stores the same shape in the workbook)
// ---------------------------------------------------------------------------------------------

/**
 * How the narrative is written: `committee` (paragraphs of a covering report), `briefing` (one line
 * per indicator) or `exceptions` (only red and amber, with their actions).
 */
export type NarrativeStyle = 'committee' | 'briefing' | 'exceptions';

export type { HouseStyle, IndicatorConfig, ScorecardConfig, TableConfig, Tolerance } from './config/types';
import type { Tolerance } from './config/types';

// ---------------------------------------------------------------------------------------------
// Narrative
// ---------------------------------------------------------------------------------------------

/** A number the narrative printed, and the cell it came from. */
export interface CellCitation {
  readonly sheet: string;
  readonly cell: string;
  /** The value as stored in the cell. */
  readonly value: RawValue;
  /** How the sentence prints it ("88.1 per cent"); absent when the sentence relies on the cell without printing it. */
  readonly shown?: string | undefined;
  /** Where `shown` stands in the sentence's text (a string index), when it could be placed. */
  readonly offset?: number | undefined;
}

/** One sentence (or short paragraph) of the narrative. */
export interface NarrativeItem {
  /** The indicator it is about; null for the opening summary. */
  readonly indicatorId: string | null;
  readonly section: string | null;
  readonly rag: Rag | null;
  readonly text: string;
  /** Every number in `text` comes from one of these cells (indicator counts in the opening excepted). */
  readonly cells: readonly CellCitation[];
}

/**
 * The RAG summary as committees print it: the indicators' short names under each rating, and how
 * many have no data this period.
 */
export interface RagSummary {
  readonly green: readonly string[];
  readonly amber: readonly string[];
  readonly red: readonly string[];
  /** Indicators whose figure for the period is missing (reported annually not counted). */
  readonly unavailable: number;
  /** Indicators reported annually, without a figure this period. */
  readonly annual: number;
}

export interface Narrative {
  /** The reporting period's label, e.g. "Q2 2021/22". */
  readonly period: string;
  /** How it is written. */
  readonly style: NarrativeStyle;
  /** The opening: counts, direction of travel, the largest movements, data not available. */
  readonly summary: readonly NarrativeItem[];
  /** Every red indicator with its figure and target, listed after the opening. */
  readonly reds: readonly NarrativeItem[];
  readonly ragSummary: RagSummary;
  readonly performingWell: readonly NarrativeItem[];
  readonly areasForFocus: readonly NarrativeItem[];
  /** Measures without a target (or polarity), with their trend. */
  readonly context: readonly NarrativeItem[];
  /** Data not available, and indicators reported annually. */
  readonly noData: readonly NarrativeItem[];
  /** The whole narrative as plain text with headings. */
  readonly text: string;
}

/** How many indicators fall under each rating, for the Narrative sheet's counts block (both hosts). */
export interface RagCounts {
  readonly green: number;
  readonly amber: number;
  readonly red: number;
  readonly noTarget: number;
  readonly noData: number;
}
