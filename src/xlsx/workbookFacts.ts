/**
 * What the annotated copy's decisions read of the workbook, and those decisions, once: which of
 * the plan's rule blocks can be written and which of the officer's rules they overlap, which label
 * cells are free, whether a sheet has rules of ours, and the fingerprint of an earlier run's
 * Narrative sheet. Both readers supply the facts — the parts read directly (read/facts.ts) for a
 * copy patched from the file, exceljs's model (excelFacts.ts) for a copy rebuilt through it — so
 * both copies are decided alike. Nothing here loads exceljs.
 */
import {
  blockProblem,
  checkFormatPlan,
  type FormatPlan,
  type Issue,
  labelBlocker,
  type LabelCell,
  labelInvalidIssue,
  labelOccupiedIssue,
  labelSheetMissingIssue,
  labelTargets,
  type NarrativeCellContent,
  narrativeFingerprint,
  type OwnRule,
  ownRulesOverlap,
  type RagRuleBlock,
  warning,
} from '../core';

/** A conditional-formatting entry: the areas it covers ("A1:B3 D4") and its rules' types and formulas. */
export interface RuleEntry {
  readonly ref?: unknown;
  readonly rules: readonly { readonly type?: unknown; readonly formulae?: readonly unknown[] }[];
}

/** The workbook as the decisions read it. */
export interface WorkbookFacts {
  /** Whether the workbook has a worksheet of this name. */
  hasSheet(sheet: string): boolean;
  /** The worksheets' names, in order. */
  readonly sheetNames: readonly string[];
  /** The sheet's conditional-formatting entries, in file order. */
  rules(sheet: string): readonly RuleEntry[];
  /** The cell (zero-based) as the label policy sees it. */
  labelCell(sheet: string, row: number, col: number): LabelCell;
  /** Each non-empty cell's content as Excel gives it back (a formula as "=…"); null for no such sheet. */
  cellContents(sheet: string): NarrativeCellContent[] | null;
}

function ruleIsOurs(rule: RuleEntry['rules'][number], marker: string): boolean {
  return (rule.formulae ?? []).some((f) => typeof f === 'string' && f.includes(marker));
}

/** Whether any of the entries' rules is ours (its formula contains `marker`). */
export function hasMarkedRules(entries: readonly RuleEntry[], marker: string): boolean {
  return entries.some((entry) => entry.rules.some((r) => ruleIsOurs(r, marker)));
}

/** The entries' rules that are not ours (their formulas do not contain `marker`), each with the areas of its entry. */
export function ownRules(sheet: string, entries: readonly RuleEntry[], marker: string): OwnRule[] {
  return entries.flatMap((entry) =>
    entry.rules
      .filter((r) => !ruleIsOurs(r, marker))
      .map((r) => ({ sheet, type: String(r.type ?? ''), areas: String(entry.ref ?? '').split(/\s+/) })),
  );
}

/**
 * The plan's blocks that can be written (their sheet is in the workbook and their first range is
 * their top-left), and an issue naming each that cannot, and each rule of the officer's that
 * colours cells ours colour ({@link ownRulesOverlap}). Throws for a malformed plan.
 */
export function blocksToWrite(book: WorkbookFacts, plan: FormatPlan): { blocks: RagRuleBlock[]; issues: Issue[] } {
  checkFormatPlan(plan, 'applyFormatPlan');
  const issues: Issue[] = [];
  const blocks: RagRuleBlock[] = [];
  for (const block of plan.blocks) {
    if (!book.hasSheet(block.sheet)) {
      const at = block.ranges[0] ?? '';
      issues.push(warning('sheet-missing', { sheet: block.sheet, at, lost: 'RAG colours' }, { sheet: block.sheet }));
      continue;
    }
    const problem = blockProblem(block);
    if (problem) {
      issues.push(problem);
      continue;
    }
    blocks.push(block);
  }
  // The officer's own rules over the cells we colour keep coming first, so they win there: say so.
  const sheets = Array.from(new Set(blocks.map((b) => b.sheet)));
  const own = sheets.flatMap((name) => ownRules(name, book.rules(name), plan.marker));
  for (const issue of ownRulesOverlap({ ...plan, blocks }, own)) issues.push(issue);
  return { blocks, issues };
}

/** A label the plan asks for, in a cell that may take it: empty, or holding one of our formulas. */
export interface LabelWrite {
  readonly sheet: string;
  /** Zero-based row and column. */
  readonly row: number;
  readonly col: number;
  /** The live formula, without "=". */
  readonly formula: string;
  /** The text the formula gives, saved as its result for readers that do not recalculate. */
  readonly expected: string;
}

/**
 * The plan's label headers and labels that can be written, and an issue for each that cannot, as
 * the label policy ({@link labelBlocker}) decides from the cells as read.
 */
export function planLabels(book: WorkbookFacts, plan: FormatPlan): { writes: LabelWrite[]; issues: Issue[] } {
  const writes: LabelWrite[] = [];
  const issues: Issue[] = [];
  for (const target of labelTargets(plan)) {
    const has = book.hasSheet(target.sheet);
    if (!has || !target.at) {
      issues.push(has ? labelInvalidIssue(target) : labelSheetMissingIssue(target));
      continue;
    }
    const { row, col } = target.at;
    const reason = labelBlocker(book.labelCell(target.sheet, row, col), plan.marker);
    if (reason) issues.push(labelOccupiedIssue(target.sheet, target.cell, reason, target.what));
    else writes.push({ sheet: target.sheet, row, col, formula: target.formula, expected: target.expected });
  }
  return { writes, issues };
}

/**
 * The fingerprint of a sheet as read ({@link narrativeFingerprint}): each non-empty cell as its
 * formula ("=…") or value, as Excel gives them back; the file's sheets carry no chart of ours. A
 * sheet that is not there has none.
 */
export function fileNarrativeFingerprint(book: WorkbookFacts, sheet: string): string {
  const cells = book.cellContents(sheet);
  return cells ? narrativeFingerprint(cells, []) : 'no such sheet';
}

/** The sheet named in a reference such as "'Q2 draft'!$A$1" or "Narrative!$A$1". */
export function referencedSheet(ref: string): string {
  const sheet = ref.slice(0, ref.lastIndexOf('!'));
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}
