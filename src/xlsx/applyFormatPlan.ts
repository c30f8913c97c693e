import type { Workbook, Worksheet } from 'exceljs';
import type { FormatPlan, Issue, RagRuleBlock } from '../core';
import { addBlock, lastPriority, removeMarkedRules } from './conditionalFormats';
import { excelFacts } from './excelFacts';
import { blocksToWrite as blocksToWriteFrom } from './workbookFacts';
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

/** {@link blocksToWriteFrom} the workbook as exceljs holds it. */
export function blocksToWrite(wb: Workbook, plan: FormatPlan): { blocks: RagRuleBlock[]; issues: Issue[] } {
  return blocksToWriteFrom(excelFacts(wb), plan);
}
