/**
 * The invariants of a {@link FormatPlan}, checked once for both hosts before anything is written:
 * every rule and label carries the marker (or a refresh could never tell ours from the user's), no
 * cell is written twice, and each block of rules lies on the sheet with its first range at its
 * top-left (the rules' formulas are relative to that cell).
 */
import { type Bounds, parseRange } from '../address';
import type { FormatPlan, RagRuleBlock } from '../rating/types';
import type { Issue } from '../warnings';
import { warning } from '../warningMessages';
import { labelTargets } from './labels';

/**
 * Why a block cannot be written as planned, or null. Its formulas are relative to the top-left cell
 * of its first range, and spreadsheet applications take the top-left cell of the whole area as the
 * anchor: the two must agree, or the colours would land on the wrong rows.
 */
export function blockProblem(block: RagRuleBlock): Issue | null {
  const bounds = block.ranges.map(parseRange);
  if (!bounds.length || bounds.some((b) => b === null)) {
    return warning('rule-range-invalid', { sheet: block.sheet, ranges: block.ranges }, { sheet: block.sheet });
  }
  const all = bounds as Bounds[];
  const first = all[0];
  if (all.some((b) => b.top < first.top || b.left < first.left)) {
    return warning('rule-anchor', { sheet: block.sheet, ranges: block.ranges }, { sheet: block.sheet });
  }
  return null;
}

/**
 * Throws when the plan could not be applied safely — a programming error, not bad data: no marker,
 * a rule or label without it, or two labels for one cell. `who` names the caller in the message.
 */
export function checkFormatPlan(plan: FormatPlan, who: string): void {
  if (!plan.marker.trim())
    throw new Error(`${who}: the plan has no marker, so its rules could never be told from the user’s.`);
  for (const block of plan.blocks) {
    for (const rule of block.rules) {
      if (!rule.formula.includes(plan.marker))
        throw new Error(
          `${who}: a ${rule.rag} rule for ${block.sheet}!${block.ranges.join(' ')} does not carry the marker "${plan.marker}".`,
        );
    }
  }
  const seen = new Set<string>();
  for (const target of labelTargets(plan)) {
    if (!target.formula.includes(plan.marker))
      throw new Error(
        `${who}: the label formula for ${target.sheet}!${target.cell} does not carry the marker "${plan.marker}".`,
      );
    if (!target.at) continue;
    const key = `${target.sheet}\u0000${target.at.row}\u0000${target.at.col}`;
    if (seen.has(key)) throw new Error(`${who}: the plan writes ${target.sheet}!${target.cell} twice.`);
    seen.add(key);
  }
}
