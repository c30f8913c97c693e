/// <reference types="office-js" />
/**
 * Labels of ours left by an earlier refresh on rows this refresh does not rate — an indicator or a
 * table the officer has since left out of the report, a row taken out of a table — cleared, so that
 * no cell goes on showing a rating the report no longer gives. A cell is ours when its formula
 * carries the plan's marker, as when labels are written (see `labelBlocker`): the officer's cells
 * are never touched.
 */
import { colToLetters, type FormatPlan, labelTargets, type SheetGrid } from '../core';

/** A run of stale label cells in one column of one sheet ("G5:G9"). */
export interface StaleRun {
  readonly sheet: string;
  readonly address: string;
}

/** Our label cells in the grids as read that the plan does not write again, as runs down each column. */
export function staleLabelRuns(grids: readonly SheetGrid[], plan: FormatPlan): StaleRun[] {
  const planned = new Set(labelTargets(plan).map((t) => `${t.sheet}\u0000${t.at?.row}\u0000${t.at?.col}`));
  const runs: StaleRun[] = [];
  for (const grid of grids) {
    const byColumn = new Map<number, number[]>();
    grid.formulas?.forEach((row, r) =>
      row.forEach((formula, c) => {
        if (formula?.includes(plan.marker) && !planned.has(`${grid.name}\u0000${r}\u0000${c}`))
          byColumn.set(c, [...(byColumn.get(c) ?? []), r]);
      }),
    );
    for (const [col, rows] of byColumn) {
      let start = 0;
      for (let i = 1; i <= rows.length; i++) {
        if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
        const [top, bottom] = [rows[start] + 1, rows[i - 1] + 1];
        const letters = colToLetters(col);
        runs.push({
          sheet: grid.name,
          address: top === bottom ? `${letters}${top}` : `${letters}${top}:${letters}${bottom}`,
        });
        start = i;
      }
    }
  }
  return runs;
}

/** Queues clearing the runs' contents (their formats stay, as the officer may have set them); the caller syncs. */
export function clearStaleLabels(context: Excel.RequestContext, runs: readonly StaleRun[]): void {
  for (const run of runs) context.workbook.worksheets.getItem(run.sheet).getRange(run.address).clear('Contents');
}
