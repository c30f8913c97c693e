/// <reference types="office-js" />
/**
 * Clears the label runs the engine found stale (`staleLabelRuns` in core: labels of ours on rows a
 * refresh no longer rates).
 */
import type { LabelRun } from '../core';

/**
 * Queues clearing the runs' contents (their formats stay, as the officer may have set them), and
 * setting `text` (cells a refresh had turned from Text to General) back to Text; the caller syncs.
 */
export function clearStaleLabels(
  context: Excel.RequestContext,
  runs: readonly LabelRun[],
  text: readonly LabelRun[] = [],
): void {
  const range = (run: LabelRun) => context.workbook.worksheets.getItem(run.sheet).getRange(run.range);
  for (const run of runs) range(run).clear('Contents');
  for (const run of text) range(run).numberFormat = Array.from({ length: run.cells }, () => ['@']);
}
