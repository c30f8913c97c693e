/**
 * The officer's own conditional formats over the cells we colour, for both hosts. Excel applies a
 * sheet's rules in priority order, and where two rules that hold set the same format the one
 * earlier in that order wins (a rule with "Stop If True" also keeps every later rule off the
 * cell): Excel.ConditionalFormat.priority and stopIfTrue,
 * https://learn.microsoft.com/javascript/api/excel/excel.conditionalformat. Both hosts put our
 * rules after the officer's, so that their rules keep working as they did; an overlapping rule of
 * theirs therefore wins wherever its condition holds, and the colour disagrees with the label and
 * the pane. We do not move or delete it (it is theirs): a warning names the cells instead.
 */
import { type Bounds, boundsToA1, parseBounds } from '../address';
import type { FormatPlan } from '../rating/types';
import type { Issue } from '../warnings';
import { warning } from '../warningMessages';

/** A conditional format of the officer's (it does not carry our marker) as a host read it. */
export interface OwnRule {
  readonly sheet: string;
  /** Its type as the host names it: "Custom", "CellValue", "ColorScale" (Office.js); "expression", "cellIs", "colorScale" (the file). */
  readonly type: string;
  /** The areas it applies to, each an A1 range that may name its sheet ("F5:F9", "Sheet1!F5"). */
  readonly areas: readonly string[];
}

/** Whether a rule of this type colours cells: data bars and icon sets draw in the cell and leave its fill and font alone. */
export function ruleSetsColours(type: string): boolean {
  return !/^(databar|iconset)$/i.test(type.trim());
}

function overlap(a: Bounds, b: Bounds): Bounds | null {
  const top = Math.max(a.top, b.top);
  const left = Math.max(a.left, b.left);
  const bottom = Math.min(a.bottom, b.bottom);
  const right = Math.min(a.right, b.right);
  return top <= bottom && left <= right ? { top, left, bottom, right } : null;
}

/** The warning for one rule of the officer's over cells we colour: `range` is where they overlap. */
export function ownRulesOverlapIssue(sheet: string, range: string): Issue {
  return warning('own-rules-overlap', { sheet, range }, { sheet, cell: range });
}

/**
 * One warning for each rule of the officer's that colours any cell the plan's rules colour,
 * naming the cells both cover (the first few areas, when there are many). `rules` are the
 * officer's rules only, in any order: ours always come after them.
 */
export function ownRulesOverlap(plan: FormatPlan, rules: readonly OwnRule[]): Issue[] {
  // Most workbooks have no colouring rule of their own: then our ranges need not be read at all.
  if (!rules.some((rule) => ruleSetsColours(rule.type))) return [];
  const ours = new Map<string, Bounds[]>();
  for (const block of plan.blocks) {
    const list = ours.get(block.sheet) ?? [];
    for (const r of block.ranges) {
      const b = parseBounds(r);
      if (b) list.push(b);
    }
    ours.set(block.sheet, list);
  }
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const rule of rules) {
    const mine = ours.get(rule.sheet);
    if (!mine?.length || !ruleSetsColours(rule.type)) continue;
    const shared: string[] = [];
    for (const area of rule.areas) {
      const b = parseBounds(area);
      if (!b) continue;
      for (const m of mine) {
        const o = overlap(b, m);
        if (o) shared.push(boundsToA1(o));
      }
    }
    if (!shared.length) continue;
    const range = shared.length > 3 ? `${shared.slice(0, 3).join(', ')} …` : shared.join(', ');
    const key = `${rule.sheet}\u0000${range}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(ownRulesOverlapIssue(rule.sheet, range));
  }
  return issues;
}
