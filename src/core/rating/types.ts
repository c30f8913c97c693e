/**
 * Ratings and movements, and the conditional formats to write (both hosts apply the same plan).
 */
import type { Indicator, PeriodValue, PolarityUnread, SheetRag, UnusableTarget } from '../indicators/types';
import type { Bound } from '../values/noDataCodes';

export type Rag = 'green' | 'amber' | 'red' | 'none';

export type RatingStatus = 'rated' | 'no-target' | 'no-data';

/** How amber is decided. */
export type AmberRule = 'tolerance' | 'tolerance-or-improving';

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
  /**
   * True when a quarterly indicator (its frequency says so) has no value for a month that ends no
   * quarter: not due then, rather than missing.
   */
  readonly reportedQuarterly?: boolean;
  /** True when the value is not rated because the two readings of an unclear tolerance rate it differently. */
  readonly toleranceUnclear?: boolean;
  /** Where `toleranceUnclear`: the colour each reading gives, as a share of the target and as an amount. */
  readonly toleranceReadings?: { readonly relative: Rag; readonly absolute: Rag };
  /** The target cell's content, when the value is not rated because that cell cannot be a target (a date, say). */
  readonly targetUnusable?: UnusableTarget;
  /** The polarity cell's words, when the value is not rated because they are not read and nothing else states a direction. */
  readonly polarityUnread?: PolarityUnread;
  readonly shortTerm: Movement | null;
  readonly longTerm: Movement | null;
  /**
   * Where the year to date is rated in place of the period's own figure (see
   * `Indicator.ratedInPlaceOf`), which has no short-term movement: that own figure (`to`) against
   * the period before's.
   */
  readonly ownMove?: Movement & { readonly to: PeriodValue };
  /** Last year's outturn, not compared with because it looks like the year's total of a figure counted each period. */
  readonly yearTotal?: PeriodValue;
  /**
   * How a key's scheme of its own rated it, where one did (see `Indicator.keyScheme`): green short of
   * the target within the key's margin; past it, by the figure compared with the one the key names;
   * or red for want of that figure.
   */
  readonly byKey?: 'green-margin' | 'compared' | 'uncompared';
  /** The year-to-date figure for the reporting period, from a "YTD" / "Cumulative" column, when the table has one. */
  readonly yearToDate?: PeriodValue | null;
  /**
   * Where the period's cell gives a bound rather than a figure ("<5") and every figure it allows gets
   * the same colour: the bound, which the rating is by (`current`'s value is null).
   */
  readonly bound?: Bound;
}

export interface RatedIndicator {
  readonly indicator: Indicator;
  readonly rating: Rating;
  /** The sheet's own rating for the period, from its RAG or status column, when it gives one. */
  readonly sheetRag?: SheetRag | null;
}

/** Whose rating the narrative follows: ours (the default), or the sheet's own RAG column where it has one. */
export type RagSource = 'engine' | 'sheet';

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
  readonly labelHeaders: readonly {
    readonly sheet: string;
    readonly cell: string;
    readonly text: string;
    readonly formula: string;
  }[];
  readonly labels: readonly RagLabel[];
}
