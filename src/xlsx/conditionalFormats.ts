import type { ConditionalFormattingRule, Worksheet } from 'exceljs';
import type { OwnRule, RagRuleBlock } from '../core';
import { toFileFormula } from './fileFormula';
import { hasMarkedRules as hasMarked, ownRules as ownRulesOf } from './workbookFacts';

/** A conditional-formatting entry as exceljs keeps it on a worksheet (not in its published types). */
export interface CfEntry {
  ref: string;
  rules: (ConditionalFormattingRule & { formulae?: unknown[] })[];
}

/** The worksheet's conditional-formatting entries, in file order. */
export function cfEntries(ws: Worksheet): CfEntry[] {
  const holder = ws as unknown as { conditionalFormattings?: CfEntry[] };
  holder.conditionalFormattings ??= [];
  return holder.conditionalFormattings;
}

/** Whether any rule on the sheet is ours (its formula contains `marker`). */
export function hasMarkedRules(ws: Worksheet, marker: string): boolean {
  return hasMarked(cfEntries(ws), marker);
}

const ruleIsOurs = (rule: CfEntry['rules'][number], marker: string) => hasMarked([{ rules: [rule] }], marker);

/**
 * Removes every rule whose formula contains `marker`; an entry left with no rules goes, the user's
 * entries and rules stay as they are, in their order. Returns how many rules were removed.
 */
export function removeMarkedRules(ws: Worksheet, marker: string): number {
  const holder = ws as unknown as { conditionalFormattings: CfEntry[] };
  let removed = 0;
  const kept: CfEntry[] = [];
  for (const entry of cfEntries(ws)) {
    const rules = entry.rules.filter((r) => !ruleIsOurs(r, marker));
    removed += entry.rules.length - rules.length;
    if (rules.length === entry.rules.length) kept.push(entry);
    else if (rules.length) kept.push({ ...entry, rules });
  }
  holder.conditionalFormattings = kept;
  return removed;
}

/** The sheet's rules that are not ours (their formulas do not contain `marker`), each with the areas of its entry. */
export function ownRules(ws: Worksheet, marker: string): OwnRule[] {
  return ownRulesOf(ws.name, cfEntries(ws), marker);
}

/** The lowest priority (highest number) any rule on the sheet has, or 0. */
export function lastPriority(ws: Worksheet): number {
  let max = 0;
  for (const entry of cfEntries(ws))
    for (const r of entry.rules) if (typeof r.priority === 'number' && r.priority > max) max = r.priority;
  return max;
}

/** "#C6EFCE", "C6EFCE" or "FFC6EFCE" → "FFC6EFCE". Throws on anything else (a bad plan is a bug). */
export function toArgb(colour: string): string {
  const hex = colour.trim().replace(/^#/, '').toUpperCase();
  if (/^[0-9A-F]{8}$/.test(hex)) return hex;
  if (/^[0-9A-F]{6}$/.test(hex)) return `FF${hex}`;
  throw new Error(`Not a colour: "${colour}" (expected hex RGB or ARGB).`);
}

/** Adds one entry for the block: one formula rule per RAG rule, numbered from `priority` on. */
export function addBlock(ws: Worksheet, block: RagRuleBlock, priority: number): number {
  let p = priority;
  ws.addConditionalFormatting({
    ref: block.ranges.join(' '),
    rules: block.rules.map((rule) => ({
      type: 'expression' as const,
      priority: p++,
      formulae: [toFileFormula(rule.formula.replace(/^=/, ''))],
      style: {
        fill: {
          type: 'pattern',
          pattern: 'solid',
          fgColor: { argb: toArgb(rule.fill) },
          bgColor: { argb: toArgb(rule.fill) },
        },
        font: { color: { argb: toArgb(rule.font) } },
      },
    })),
  });
  return p;
}
