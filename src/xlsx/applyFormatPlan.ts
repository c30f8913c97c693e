import type { Workbook, Worksheet } from 'exceljs';
import {
  blockProblem,
  checkFormatPlan,
  type FormatPlan,
  type Issue,
  ownRulesOverlap,
  type RagRuleBlock,
  warning,
} from '../core';
import { addBlock, lastPriority, ownRules, removeMarkedRules } from './conditionalFormats';
import { writeLabels } from './ragLabels';

/**
 * Applies a {@link FormatPlan} to a loaded workbook. On every sheet, first removes each conditional
 * format rule whose formula contains `plan.marker` (an entry goes only when all its rules were ours;
 * the user's rules stay untouched and in order), then adds one entry per block — formula rules with a
 * solid fill and font colour, ranked after the user's rules — and writes the label headers and labels
 * as live formulas into cells that are empty or already ours. Running it again on its output leaves
 * exactly one set of our rules. Returns issues for blocks or cells it could not write (naming them);
 * throws only for a malformed plan.
 */
export function applyFormatPlan(wb: Workbook, plan: FormatPlan): Issue[] {
  const { blocks, issues } = blocksToWrite(wb, plan);
  for (const ws of wb.worksheets) removeMarkedRules(ws, plan.marker);
  const next = new Map<Worksheet, number>();
  for (const block of blocks) {
    const ws = wb.getWorksheet(block.sheet)!;
    next.set(ws, addBlock(ws, block, next.get(ws) ?? lastPriority(ws) + 1));
  }
  for (const issue of writeLabels(wb, plan)) issues.push(issue);
  if (plan.labels.length || plan.labelHeaders.length) {
    // Our labels are formulas: ask Excel to recalculate on opening rather than trust saved results.
    wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
  }
  return issues;
}

/**
 * The plan's blocks that can be written (their sheet is in the workbook and their first range is
 * their top-left), and an issue naming each that cannot, and each rule of the officer's that
 * colours cells ours colour ({@link ownRulesOverlap}). Throws for a malformed plan.
 */
export function blocksToWrite(wb: Workbook, plan: FormatPlan): { blocks: RagRuleBlock[]; issues: Issue[] } {
  checkFormatPlan(plan, 'applyFormatPlan');
  const issues: Issue[] = [];
  const blocks: RagRuleBlock[] = [];
  for (const block of plan.blocks) {
    if (!wb.getWorksheet(block.sheet)) {
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
  const sheets = [...new Set(blocks.map((b) => b.sheet))];
  const own = sheets.flatMap((name) => ownRules(wb.getWorksheet(name)!, plan.marker));
  for (const issue of ownRulesOverlap({ ...plan, blocks }, own)) issues.push(issue);
  return { blocks, issues };
}
