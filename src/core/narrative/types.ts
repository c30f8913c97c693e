/**
 * The drafted narrative and the cells it cites.
 */
import type { Rag } from '../rating/types';
import type { RawValue } from '../values/types';

/**
 * How the narrative is written: `committee` (paragraphs of a covering report), `briefing` (one line
 * per indicator) or `exceptions` (only red and amber, with their actions).
 */
export type NarrativeStyle = 'committee' | 'briefing' | 'exceptions';

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
  /** Indicators whose cell for the period says none is due ("Not due", "Measured twice per year"). */
  readonly notDue: number;
  /** Indicators whose cell for the period reports progress in words ("Complete", "Delayed"); absent when none. */
  readonly inWords?: number;
  /** Indicators whose figure is given with words that are not read ("7.3 per day", "65 of 93"); absent when none. */
  readonly notRead?: number;
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
  /**
   * Indicators not rated until the officer checks a cell: a target cell holding a date, say, or a
   * tolerance whose unit is unclear. Left out when there are none (a narrative made before this
   * list was added has none).
   */
  readonly check?: readonly NarrativeItem[];
  /** Measures without a target (or polarity), with their trend. */
  readonly context: readonly NarrativeItem[];
  /**
   * Indicators whose cell for the period reports progress in words ("Complete", "Delayed"), as a
   * milestone's does: said as written. Left out when there are none.
   */
  readonly inWords?: readonly NarrativeItem[];
  /** Data not available, and indicators reported annually. */
  readonly noData: readonly NarrativeItem[];
  /** The whole narrative as plain text with headings. */
  readonly text: string;
}
