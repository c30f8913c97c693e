/**
 * Counts the report gives beside the narrative.
 */

/** How many indicators fall under each rating, for the Narrative sheet's counts block (both hosts). */
export interface RagCounts {
  readonly green: number;
  readonly amber: number;
  readonly red: number;
  readonly noTarget: number;
  readonly noData: number;
}
