/**
 * When a RAG label may be written, for both hosts: a label cell is written only when it is empty
 * or already holds one of our formulas (it carries the marker); any other cell is the user's, left
 * as it is, and a warning names it. Which column a table's labels go in — and the empty column
 * left after an Excel table, which would otherwise grow over them — is decided in
 * `report/labelPlacements.ts`.
 */
import { parseA1 } from '../address';
import type { FormatPlan } from '../rating/types';
import type { Issue } from '../warnings';
import { warning } from '../warningMessages';
import { labelHeaderFormula } from './palette';

/** What a host found in a label cell, described the same way whichever host read it. */
export type LabelCell =
  | { readonly kind: 'empty' }
  | { readonly kind: 'formula'; readonly formula: string }
  | { readonly kind: 'value'; readonly text: string }
  | { readonly kind: 'merged' };

export type LabelWhat = 'RAG label' | 'RAG label heading';

/** One label cell the plan asks for: where (zero-based; null when the address is not a cell), the formula without "=", and what it should show. */
export interface LabelTarget {
  readonly sheet: string;
  readonly cell: string;
  readonly at: { readonly row: number; readonly col: number } | null;
  readonly formula: string;
  readonly expected: string;
  readonly what: LabelWhat;
}

/** Why a cell cannot take a label, or null when it is empty or holds one of our formulas. */
export function labelBlocker(cell: LabelCell, marker: string): string | null {
  switch (cell.kind) {
    case 'empty':
      return null;
    case 'merged':
      return 'is part of a merged cell';
    case 'formula':
      return cell.formula.includes(marker) ? null : 'holds a formula of its own';
    case 'value':
      return cell.text === '' ? null : `holds '${cell.text.slice(0, 40)}'`;
  }
}

/** The warning for a label cell that holds the user's content. */
export function labelOccupiedIssue(sheet: string, cell: string, reason: string, what: LabelWhat): Issue {
  return warning('label-cell-occupied', { sheet, cell, reason, what }, { sheet, cell });
}

/** The error for a label whose address is not a cell. */
export function labelInvalidIssue(t: LabelTarget): Issue {
  return warning(
    'label-cell-invalid',
    { sheet: t.sheet, cell: t.cell, what: t.what },
    { sheet: t.sheet, cell: t.cell },
  );
}

/** The error for a label on a sheet the workbook does not have. */
export function labelSheetMissingIssue(t: LabelTarget): Issue {
  return warning('sheet-missing', { sheet: t.sheet, at: t.cell, lost: t.what }, { sheet: t.sheet, cell: t.cell });
}

/** The label targets of each plan, made once: the checks, the facts a host reads and the writing all go through them. */
const targetsOf = new WeakMap<FormatPlan, readonly LabelTarget[]>();

/** The plan's label cells, headers first, each address parsed once. */
export function labelTargets(plan: FormatPlan): readonly LabelTarget[] {
  let targets = targetsOf.get(plan);
  if (!targets) {
    const made: LabelTarget[] = [];
    const add = (sheet: string, cell: string, formula: string, expected: string, what: LabelWhat) =>
      made.push({
        sheet,
        cell,
        at: parseA1(cell),
        formula: formula.startsWith('=') ? formula.slice(1) : formula,
        expected,
        what,
      });
    for (const h of plan.labelHeaders)
      add(h.sheet, h.cell, h.formula || labelHeaderFormula(h.text, plan.marker), h.text, 'RAG label heading');
    for (const l of plan.labels) add(l.sheet, l.cell, l.formula, l.expected, 'RAG label');
    targetsOf.set(plan, (targets = made));
  }
  return targets;
}
