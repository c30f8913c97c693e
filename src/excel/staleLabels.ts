/// <reference types="office-js" />
/**
 * Clears the label runs the engine found stale (`staleLabelRuns` in core: labels of ours on rows a
 * refresh no longer rates).
 */
import type { LabelRun } from '../core';

/** Queues clearing the runs' contents (their formats stay, as the officer may have set them); the caller syncs. */
export function clearStaleLabels(context: Excel.RequestContext, runs: readonly LabelRun[]): void {
  for (const run of runs) context.workbook.worksheets.getItem(run.sheet).getRange(run.range).clear('Contents');
}
