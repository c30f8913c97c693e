/**
 * Where each conditional-format rule of a plan block goes in Excel, and with which formula.
 *
 * With ExcelApi 1.9 (`Worksheet.getRanges`, `RangeAreas.conditionalFormats`) one rule covers all of
 * a block's ranges, so a block costs its three rules whatever its shape. Without it, each range
 * gets its own copy of the rules, the formula moved to that range's top-left cell. Excel documents
 * an 8,192-character limit on a `getRanges` address, so very fragmented blocks are cut into
 * groups of at most {@link MAX_AREAS_ADDRESS} characters, each with its own three rules. The
 * areas are joined with the separator that Excel takes (see `areaSeparator`).
 */
import { blockProblem, type Bounds, type Issue, parseBounds, type RagRuleBlock } from '../core';
import { type AreaSeparator, joinAreas } from './areaSeparator';
import { shiftFormula } from './shiftFormula';

/** Longest `getRanges` address we pass: half the documented limit, for headroom. */
export const MAX_AREAS_ADDRESS = 4000;

/** One conditional format to add: its colours and its formula (with "=") for `address`. */
export interface TargetRule {
  readonly formula: string;
  /** "#RRGGBB", as Office.js takes colours. */
  readonly fill: string;
  readonly font: string;
}

/** The rules to add over one range (`multi` false) or several ranges at once (`multi` true). */
export interface RuleTarget {
  readonly sheet: string;
  readonly address: string;
  readonly multi: boolean;
  readonly rules: readonly TargetRule[];
}

/** "FFC6EFCE", "C6EFCE" or "#C6EFCE" → "#C6EFCE". Throws on anything else: a bad plan is a bug. */
export function htmlColour(colour: string): string {
  const hex = colour.trim().replace(/^#/, '').toUpperCase();
  if (/^[0-9A-F]{8}$/.test(hex)) return `#${hex.slice(2)}`;
  if (/^[0-9A-F]{6}$/.test(hex)) return `#${hex}`;
  throw new Error(`Not a colour: "${colour}" (expected hex RGB or ARGB).`);
}

/** Consecutive ranges in groups whose joined address stays within the limit, each anchored top-left. */
function groups(ranges: readonly string[], bounds: readonly Bounds[]): number[][] {
  const out: number[][] = [];
  let current: number[] = [];
  let length = 0;
  ranges.forEach((range, i) => {
    const anchor = current.length ? bounds[current[0]] : null;
    const fits = length + range.length + 2 <= MAX_AREAS_ADDRESS;
    const anchored = !anchor || (bounds[i].top >= anchor.top && bounds[i].left >= anchor.left);
    if (current.length && (!fits || !anchored)) {
      out.push(current);
      current = [];
      length = 0;
    }
    current.push(i);
    length += range.length + 2;
  });
  if (current.length) out.push(current);
  return out;
}

/**
 * The conditional formats to add for one plan block. Every rule formula is relative to the
 * top-left cell of the block's first range; each target gets it moved to its own top-left cell.
 * A block whose ranges do not parse, or whose first range is not its top-left, comes back as an
 * issue (its rules would colour the wrong cells).
 */
export function ruleTargets(
  block: RagRuleBlock,
  rangeAreas: boolean,
  separator: AreaSeparator = ',',
): { targets: RuleTarget[]; issue: Issue | null } {
  const issue = blockProblem(block);
  if (issue) return { targets: [], issue };
  const all = block.ranges.map((r) => parseBounds(r)!);
  const first = all[0];
  const sets = rangeAreas ? groups(block.ranges, all) : block.ranges.map((_, i) => [i]);
  const targets = sets.map((set): RuleTarget => {
    const anchor = all[set[0]];
    return {
      sheet: block.sheet,
      address: joinAreas(
        set.map((i) => block.ranges[i]),
        separator,
      ),
      multi: set.length > 1,
      rules: block.rules.map((rule) => ({
        formula: `=${shiftFormula(rule.formula.replace(/^=/, ''), anchor.top - first.top, anchor.left - first.left)}`,
        fill: htmlColour(rule.fill),
        font: htmlColour(rule.font),
      })),
    };
  });
  return { targets, issue: null };
}
