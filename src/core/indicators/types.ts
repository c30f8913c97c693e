/**
 * Indicators as read from a table: their measures, targets, polarity and the sheet's own RAG.
 */
import type { KeyScheme } from './ragKey';
import type { Tolerance } from '../config/types';
import type { Period } from '../periods/types';
import type { Rag } from '../rating/types';
import type { BenchmarkKind } from '../tables/types';
import type { Counts, Magnitude, ParsedNumber, RawValue, Unit } from '../values/types';
import type { Issue } from '../warnings';
import type { NamePeriod } from './namePeriod';

export type Polarity = 'higher' | 'lower' | 'band' | 'none';

/** A polarity cell whose words are not read: its address ("C16") and its text ("T"). */
export interface PolarityUnread {
  readonly cell: string;
  readonly shown: string;
}

export type Frequency = 'monthly' | 'quarterly' | 'annual';

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
  readonly noData: ParsedNumber['noData']; /** Provisional, estimated or revised, from a mark on the figure ("153 (p)", "39.8% (est)") or in the cell beside it. */
  readonly flag?: 'provisional' | 'estimated' | 'revised' | 'projected';
  /** The counts the cell writes its share as ("1 of 9"), where it does. */
  readonly counts?: Counts;
  /**
   * Where no cell holds the figure: the first and last of the columns, side by side on its row, whose
   * figures it is the sum of (the months of the year so far, where the sheet gives no year to date);
   * `cell` is then their range ("G5:L5").
   */
  readonly summed?: { readonly from: number; readonly to: number };
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
  /** The sheet's own comparison of the figure with it ("Similar" under "Compared with England"), where it gives one. */
  readonly compared?: SheetComparison;
}

/** What the sheet says of a figure against a benchmark, as a public health profile does ("Better", "Similar", "Worse"). */
export interface SheetComparison {
  readonly said: 'better' | 'similar' | 'worse' | 'higher' | 'lower';
  /** The cell that says it, and what it holds. */
  readonly cell: string;
  readonly raw: RawValue;
  /**
   * False where the figures say the other way (the sheet's "Better" of a figure worse than the
   * benchmark, its polarity considered): the narrative then judges neither way, and a warning says so.
   */
  readonly agrees: boolean;
}

/** The ends of a figure's confidence interval, from the sheet's "95% Lower CI" and "95% Upper CI" columns. */
export interface ConfidenceInterval {
  readonly lower: Measure;
  readonly upper: Measure;
}

/** A floor standard ("Floor" 75 % beside a target of 85 %): its cell, its value in the figures' units, the header's words. */
export interface Floor {
  readonly cell: string;
  readonly value: number;
  /** "floor", "floor standard" or "floor level". */
  readonly word: string;
}

/**
 * A target cell that holds something, but nothing the indicator can be rated against: a date (a
 * number under a date format), a percentage beside figures the sheet says are something else, or
 * words ("To be better than baseline").
 * Unlike a blank target, it does not make the indicator a context measure: it is not rated until
 * the officer checks the cell.
 */
export interface UnusableTarget {
  /** The target's cell, "D5". */
  readonly cell: string;
  /** What it holds, as read: "01/04/2025", "85%". */
  readonly shown: string;
  /**
   * A date; a percentage beside figures read as `unit` ("a count"); words that are not a figure ("To
   * be better than baseline"); or a plain number beside lengths of time, which says nothing of its unit.
   */
  readonly why:
    | { readonly kind: 'date' }
    | { readonly kind: 'percent-unit'; readonly unit: string }
    /** `change`: where the words are a change on a baseline ("Reduce by 5%"), the way they say is better. */
    | { readonly kind: 'text'; readonly change?: 'higher' | 'lower' }
    | { readonly kind: 'no-time-unit' }
    /** A number with a unit word ("7 working days") beside figures that are percentages. */
    | { readonly kind: 'unit-word'; readonly word: string }
    | {
        readonly kind: 'other-year';
        /** The year the target's header names ("2018/19"), and the period reported on ("2017/18"). */
        readonly year: string;
        readonly reported: string;
      }
    | {
        /**
         * The sheet's target for the year to date ("YTD target"), where the figure reported on is the
         * quarter's or month's own: the year to date, when the sheet gives it, is in `yearToDate`.
         */
        readonly kind: 'to-date';
        readonly header: string;
        readonly yearToDate: string | null;
      }
    | {
        /**
         * A target to be met by a date after the period reported on ("57.5% by Q2" beside Q1's
         * figure), which the figure does not yet meet: `due` is the date's period ("Q2 2024/25"),
         * `reported` the period reported on.
         */
        readonly kind: 'due-later';
        readonly due: string;
        readonly reported: string;
      }
    | {
        readonly kind: 'for-the-year';
        /** The target column's header ("2024/25 Target"). */
        readonly header: string;
        /** The year-to-date cell the period's figures add up to. */
        readonly yearToDate: string;
        /** True when the figure reported on is itself the year so far (a year to date, or a cumulative measure's). */
        readonly soFar?: boolean;
        /** The year before's label, when `yearToDate` is its outturn, which shows the periods add up. */
        readonly priorYear?: string;
        /** True when the sheet has no figure for the year, and the target itself is many times each period's figure. */
        readonly byTarget?: boolean;
        /**
         * Where the year so far is already past the target the better way or the worse (an amount, which
         * a refund may take down, so not a colour): `above` it, or `meets` it exactly.
         */
        readonly passed?: 'above' | 'meets';
        /**
         * Where no cell holds this year's figure so far but each of its periods so far is filled in
         * (`parts`, cells in one row): what they add up to, for `passed`.
         */
        readonly partsSum?: { readonly value: number; readonly cells: readonly string[] };
      };
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
  /** The target's text, where its words leave out the bound itself: "<50", "less than 50", "over 95%". */
  readonly strict?: string;
  /** The date the target is to be met by, where its cell gives one ("57.5% by Q2"): see {@link TargetDue}. */
  readonly due?: TargetDue;
}

/**
 * The date a target is to be met by, as its cell writes it after the figure: "by Q2", "by September",
 * "by March 2025", "by the end of 2025/26". A figure for an earlier period is not held to it unless it
 * already meets it (see `withPeriodTarget`).
 */
export interface TargetDue {
  /** The words: "by Q2", "by the end of 2025/26". */
  readonly words: string;
  /** The target's cell as written: "57.5% by Q2". */
  readonly written: string;
  /** The period they name, where they give its year ("by March 2025": March 2025). */
  readonly period: Period | null;
  /** Without a year, the quarter (1–4) or the calendar month (1–12) they name, in the target's year. */
  readonly quarter: number | null;
  readonly month: number | null;
  /** True for the end of the target's year ("by year end", "by the end of the year"). */
  readonly yearEnd?: boolean;
}

/**
 * A tolerance cell whose unit the sheet's own RAG may settle: a plain number (`alternative` is then
 * the other reading), or a percentage's tolerance written with a per cent sign ("1%"), read as a
 * share of the target as written, though councils often mean points by it (`points`).
 */
export interface ToleranceUnitQuestion {
  readonly cell: string;
  readonly shown: string;
  /** The reading in percentage points of a percentage's "1%". */
  readonly points?: Tolerance;
}

export interface Indicator {
  /** The reference column when there is one, else a stable id from sheet and row ("Scorecard!7"). */
  readonly id: string;
  readonly name: string;
  /**
   * The name as the sheet writes it, where the report names the indicator otherwise: with its sheet,
   * told apart from another of the same name on another sheet ("… (North)"). Settings are keyed by it.
   */
  readonly writtenName?: string;
  readonly sheet: string;
  readonly row: number;
  readonly section: string | null;
  readonly unit: Unit;
  readonly polarity: Polarity;
  readonly target: Target | null;
  /** Why the target cell, which is not blank, gave no target (left out when it gave one, or was blank). */
  readonly targetUnusable?: UnusableTarget;
  /**
   * The polarity cell's words where they are not read ("T", Kent's "stay close to the target") and
   * nothing else states a direction for an indicator with a target: its polarity is then 'none' and
   * it is not rated until they are checked (the sheet's own colour for one period does not settle
   * them: "stay close to the target" is no direction).
   */
  readonly polarityUnread?: PolarityUnread;
  readonly tolerance: Tolerance;
  /**
   * The other reading of a tolerance cell whose unit the sheet does not state (a plain 2: 2 % of the
   * target, or 2 points). When present, `tolerance` is the relative reading and this the absolute
   * one; a value the two rate differently is not rated.
   */
  readonly toleranceAlternative?: Tolerance;
  /**
   * The tolerance cell, where its unit is open to question and the sheet's own RAG may settle it: a
   * plain number (with {@link toleranceAlternative}), or a percentage's "1%" (with its reading in points).
   */
  readonly toleranceQuestion?: ToleranceUnitQuestion;
  /** The floor standard amber's edge was read from, where a "Floor" column gives it. */
  readonly floor?: Floor;
  /**
   * A key's scheme of its own, followed for a row rated with the key's tolerance: green within
   * `green` of the target, and past it amber and red as the key says (see ragKey.ts); `cell` the key's.
   */
  readonly keyScheme?: KeyScheme & { readonly cell: string };
  /** What the target is, where its column's header names an average rather than a target ("3 year average"). */
  readonly targetCalled?: string;
  readonly frequency: Frequency | null;
  /** Period values in period order (oldest first). */
  readonly values: readonly PeriodValue[];
  readonly benchmarks: readonly Benchmark[];
  /**
   * The figure's confidence interval, where the table gives one beside its one column of figures: a
   * benchmark within it is similar to the figure, not better or worse.
   */
  readonly interval?: ConfidenceInterval;
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
  /**
   * The code that opens the name ("CRE4" of "CRE4 The percentage of priority graffiti jobs …"), or
   * closes it ("PAM/043" of "Kilograms of residual waste generated per person PAM/043"), where most
   * names of a table without a reference column do so: prose names the indicator without it, and
   * gives it as the reference.
   */
  readonly nameCode?: string;
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
  /** What each figure is for, from a unit cell such as "Days per FTE" or "£ per household": "per FTE", printed after each figure. */
  readonly per?: string | null;
  readonly warnings: readonly Issue[];
  /**
   * A cumulative (year-to-date) measure, from its name, a frequency or unit column saying
   * "Cumulative" or "YTD", or the configuration: compared with the same point last year rather
   * than the period before, and rated against a profiled target where the sheet gives one.
   */
  readonly cumulative?: boolean;
  /**
   * What the sheet's type column ("Data type") says each figure is, where it says so: the period's own
   * ("In-month", "Discrete"), or a level at the period's end ("Snapshot", "Point in time"), which does
   * not add up over the year.
   */
  readonly figureKind?: 'own' | 'level';
  /** Targets for a point in the year ("Q3 target 2022/23", "Profiled target"); `period` null when the header names none. */
  readonly periodTargets?: readonly PeriodTarget[];
  /** Set by the report when `target` is the profiled target for the reporting period rather than the annual one. */
  readonly targetProfiled?: boolean;
  /**
   * True for a cumulative measure whose target column gives the target for now ("Current Target"):
   * it is the target to the reporting point, so it is neither called nor warned about as a full-year target.
   */
  readonly targetToDate?: boolean;
  /**
   * The header of a target column that says it is for the year so far ("Target to date", "Cumulative
   * target"), for a measure not read as cumulative: its figures are each the period's own, so the
   * report holds the year to date to it, or nothing (see `rated-to-date`, `target-to-date`).
   */
  readonly targetForYearToDate?: string;
  /**
   * What the target column's header says of its year: the year it names ("Target 2018/19"), which
   * the reporting period must be in, and whether it is the whole year's target ("2024/25 Target",
   * "Annual target"; never for a cumulative measure), which a quarter's or month's figure that is a
   * part of the year's (the periods add up to the year to date) is not rated against.
   */
  readonly targetColumn?: { readonly header: string; readonly year: Period | null; readonly wholeYear: boolean };
  /**
   * The period of the indicator's latest figure when its row gives one earlier than the table's
   * (Oct 2024 where the latest is Nov 2024, in a column of each measure's latest result): rated on
   * that figure, and the narrative names its period.
   */
  readonly latestOwn?: Period;
  /**
   * Set by the report at the year's end for a measure whose periods add up to the year's figure,
   * against a target for the whole year: the year (or year to date) whose figure is rated in place of
   * the last quarter's or month's own, and named in the narrative ("in 2023/24").
   */
  readonly ratedOn?: Period;
  /**
   * The period whose own figure {@link ratedOn}'s is rated in place of, where their ends differ: a
   * quarter or month whose year to date ("YTD 2024/25") is held to a target for the year to date.
   */
  readonly ratedInPlaceOf?: Period;
  /**
   * The year so far as the sum of its periods' own figures, where the sheet gives no year to date and
   * the target is for the year to date: the figure {@link ratedOn} names (see `rated-on-sum`).
   */
  readonly summedToDate?: PeriodValue;
  /**
   * Set by the report where the target is for the whole year and the year so far already settles
   * the colour before the year is over (see `year-target-settled`): the target is called the
   * full-year target.
   */
  readonly targetForYear?: boolean;
  /**
   * Set by the report where the period reported on comes before the date its target is to be met by
   * ("57.5% by Q2" at Q1): the target (kept here where the figure is not rated, and so has none), and
   * whether a figure past it is red already (a cumulative count to be kept low, which only rises). The
   * copy's live colours hold a figure to it as the report does: green where it meets it, red where
   * `pastIsRed` and it is past it, and otherwise no colour.
   */
  readonly beforeDue?: { readonly target: Target; readonly pastIsRed: boolean };
  /**
   * For an indicator with a "Target" row (see {@link IndicatorBlock}): the target and tolerance
   * the sheet gives each period, in period order. The report puts the reporting period's in
   * `target` and `tolerance`; `target` here is the table's target column, if any (an annual target).
   */
  readonly byPeriod?: readonly RowTarget[];
  /** What the sheet's own RAG or status columns say for this indicator, one entry per such column. */
  readonly sheetRags?: readonly SheetRagReading[];
  /**
   * The period the name says its figures are for ("… (Q1 data)", "… (reported one quarter in
   * arrears)"), and the name's cell: checked against the period reported on once it is known.
   */
  readonly namePeriod?: NamePeriod & { readonly cell: string };
  /**
   * What the sheet's own trend or direction-of-travel column says of the latest figure, where it says
   * in words that it got better or worse ("Improve", "Worsen", "Declined", Fingertips's "Increasing /
   * Getting worse"), did not change ("No significant change") or moved without a judgement
   * ("Decreasing"). A polarity the sheet does not state may be read from better or worse (see
   * `report/sheetRagPolarity.ts`); the narrative says it where it has no earlier figure to compare
   * with. `header` is the column's.
   */
  readonly trendSaid?: {
    readonly said: 'better' | 'worse' | 'unchanged' | 'moved';
    readonly shown: string;
    readonly raw: RawValue;
    readonly cell: string;
    readonly header: string;
  };
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
  /** True for a Yes or No under a header that asks whether something went wrong ("Service credit", "Target missed?"): Yes is red. */
  readonly failure?: boolean;
}

/** The sheet's own rating of an indicator for the reporting period. */
export interface SheetRag {
  readonly rag: Rag;
  readonly shown: string;
  readonly sheet: string;
  readonly cell: string;
  /**
   * True when its column says only whether the target was met (every rating in it "Yes" or "No",
   * "Met" or "Not met", ticks and crosses): its red ("not met") is then no disagreement with our amber.
   */
  readonly metOrNot?: boolean;
  /**
   * True for a Yes or No under a header that asks whether something went wrong ("Service credit",
   * "Target missed?"): its green ("no service credit") is then no disagreement with our amber, and
   * its red is a failure, which our amber does not say.
   */
  readonly failure?: boolean;
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
  /** Why the cell, which is not blank, gave no target (a date, say). */
  readonly unusable?: UnusableTarget;
}

/** A target for a point in the year, from a profiled target column. */
export interface PeriodTarget {
  readonly period: Period | null;
  /** The column's header, for messages. */
  readonly header: string;
  readonly target: Target;
}
