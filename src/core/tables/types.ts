/**
 * Indicator tables as found on a sheet, and what their columns mean.
 */
import type { Period } from '../periods/types';
import type { Issue } from '../warnings';

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
  /**
   * The sheet's own comparison of each figure with a benchmark ("Compared with England": Better,
   * Similar, Worse), as a public health profile gives it; `benchmark` says which.
   */
  | 'significance'
  /** The lower and upper ends of each figure's confidence interval ("95% Lower CI", "95% Upper CI"). */
  | 'confidenceLower'
  | 'confidenceUpper'
  | 'actions'
  | 'ignore';

export type BenchmarkKind =
  'statisticalNeighbours' | 'england' | 'wales' | 'national' | 'regional' | 'rank' | 'quartile' | 'other';

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
  /**
   * For a row that gives its own period for the table's column of latest figures, earlier than the
   * table's (Oct 2024 where the latest row gives Nov 2024): that column and the row's period.
   */
  readonly ownPeriod?: { readonly col: number; readonly period: Period };
  /** A row of commentary beneath the indicator ("Comments: …"): its row and the column of its text. */
  readonly comment?: { readonly row: number; readonly col: number };
  /**
   * For a row that shares its name with others in the table, the words of another column that tell
   * it apart ("Male" under "Sex"), which its indicator's name is given with (see `nameQualifiers.ts`).
   */
  readonly qualifier?: { readonly col: number; readonly text: string };
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
  /** The row labelled with the year before the period columns' ("2017/18" beneath "2018/19"): last year's figures, in the period columns. */
  readonly lastYearRow?: number | null;
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
  /**
   * The period a title above the table names ("Corporate Services Performance Report, 2018/19
   * Quarter Year to June"), or else the sheet's name ("CS PIs Q1 2018-19"): the title's cell, null
   * for the sheet's name. Absent when neither names one.
   */
  readonly named?: { readonly period: Period; readonly cell: string | null; readonly text: string };
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
