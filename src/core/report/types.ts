/**
 * Counts the report gives beside the narrative.
 */

/** How many indicators fall under each rating, for the Narrative sheet's counts block (both hosts). */
export interface RagCounts {
  readonly green: number;
  readonly amber: number;
  readonly red: number;
  /** Not rated for want of a target or a polarity: context measures. */
  readonly noTarget: number;
  /**
   * Not rated until a cell is checked (a target cell that holds a date or a target for another
   * period, a tolerance whose unit is unclear): they have a target. Absent where there is none.
   */
  readonly toCheck?: number;
  /** No figure this period (those reported annually or not due included), progress in words apart. */
  readonly noData: number;
  /** Progress reported in words ("Complete", "Delayed") in place of a figure; absent where there is none. */
  readonly inWords?: number;
}
