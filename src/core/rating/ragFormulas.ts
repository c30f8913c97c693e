import type { Polarity } from '../types';
import { ROUND_PLACES } from './compare';

/**
 * A target or bound: a cell (with a factor to the value's stored scale) or a constant. The cell is
 * in the value's row, or `rowOffset` rows below it (above when negative): a "Target" row.
 */
export type RuleRef = { readonly cell: string; readonly factor: number; readonly rowOffset?: number } | { readonly literal: number };

/** Everything the live formulas for one row need, in the value cell's stored scale. */
export interface RuleInputs {
  readonly polarity: Exclude<Polarity, 'none'>;
  readonly target: RuleRef | null;
  readonly lower: RuleRef | null;
  readonly upper: RuleRef | null;
  readonly margin: { readonly relative: number } | { readonly absolute: number };
  /** Column letters of the previous period's cell and its factor, for the "or improving" rule. */
  readonly previous: { readonly cell: string; readonly factor: number } | null;
  /** Stored → printed scale (100 for fractions shown as percentages), and printed decimals. */
  readonly printScale: number;
  readonly decimals: number;
  /**
   * The value cell holds a number as text ("92.7%", "1,234"): the formulas read it as Excel does
   * in arithmetic (`--` after dropping spaces and thousands commas), so it is coloured now and still when it is re-typed as a number.
   */
  readonly valueIsText?: boolean;
  /** What the label says when the value cell is empty: "Reported annually" for an annual indicator. */
  readonly noDataText?: string;
}

export interface RagFormulas {
  readonly green: string;
  readonly amber: string;
  readonly red: string;
  /** Gives "Green", "Amber", "Red", "No data" (no value) or "" (no target in the cell). */
  readonly label: string;
}

/** Formula text of numbers already written: a plan repeats the same few factors and margins. */
const NUM_TEXT = new Map<number, string>();

/** A number as Excel formula text: no binary noise, no lower-case exponent. */
export function num(n: number): string {
  let text = NUM_TEXT.get(n);
  if (text === undefined) {
    text = String(Number(n.toPrecision(15))).toUpperCase();
    if (NUM_TEXT.size >= 1000) NUM_TEXT.clear();
    NUM_TEXT.set(n, text);
  }
  return text;
}

function refText(r: RuleRef): string {
  if ('literal' in r) return num(r.literal);
  return r.factor === 1 ? r.cell : `(${r.cell}*${num(r.factor)})`;
}

const round = (x: string) => `ROUND(${x},${ROUND_PLACES})`;

/** The pieces the four formulas of a value cell are made of. */
interface Conditions {
  /** The value as the formulas read it. */
  readonly v: string;
  readonly guards: readonly string[];
  readonly onTarget: string;
  readonly withinTolerance: string;
  readonly amberWhen: string;
  /** The "or improving" test, when the rule has one. */
  readonly improving: string | null;
  readonly mark: string;
}

function conditions(cell: string, row: number | string, inputs: RuleInputs, marker: string): Conditions {
  const v = inputs.valueIsText ? `IFERROR(--SUBSTITUTE(TRIM(${cell}),",",""),"")` : cell;
  const refs = [inputs.target, inputs.lower, inputs.upper].filter((r): r is RuleRef => r !== null);
  const guards = [`ISNUMBER(${v})`, ...refs.filter((r) => 'cell' in r).map((r) => `ISNUMBER(${(r as { cell: string }).cell})`)];
  const m = (t: string) => ('relative' in inputs.margin ? `${num(inputs.margin.relative)}*ABS(${t})` : num(inputs.margin.absolute));
  let onTarget: string;
  let withinTolerance: string;
  if (inputs.polarity === 'band') {
    const lo = refText(inputs.lower!);
    const hi = refText(inputs.upper!);
    onTarget = `AND(${round(`${v}-${lo}`)}>=0,${round(`${v}-${hi}`)}<=0)`;
    withinTolerance = `AND(${round(`${v}-(${lo}-${m(lo)})`)}>=0,${round(`${v}-(${hi}+${m(hi)})`)}<=0)`;
  } else {
    const t = refText(inputs.target!);
    const higher = inputs.polarity === 'higher';
    onTarget = `${round(`${v}-${t}`)}${higher ? '>=' : '<='}0`;
    withinTolerance = higher ? `${round(`${v}-(${t}-${m(t)})`)}>=0` : `${round(`${v}-(${t}+${m(t)})`)}<=0`;
  }
  let amberWhen = withinTolerance;
  let improving: string | null = null;
  if (inputs.previous && inputs.polarity !== 'band') {
    const p = inputs.previous;
    const pCell = `${p.cell}${row}`;
    const printed = (x: string, f: number) => `ROUND(${x}*${num(f * inputs.printScale)},${inputs.decimals})`;
    improving = `AND(ISNUMBER(${pCell}),${printed(v, 1)}${inputs.polarity === 'higher' ? '>' : '<'}${printed(pCell, p.factor)})`;
    amberWhen = `OR(${withinTolerance},${improving})`;
  }
  return { v, guards, onTarget, withinTolerance, amberWhen, improving, mark: `N("${marker}")=0` };
}

function labelOf(c: Conditions, noDataText = 'No data'): string {
  const targetGuards = c.guards.slice(1);
  const verdict = `IF(${c.onTarget},"Green",IF(${c.amberWhen},"Amber","Red"))`;
  const rated = targetGuards.length ? `IF(AND(${targetGuards.join(',')}),${verdict},"")` : verdict;
  return `IF(AND(${c.mark},ISNUMBER(${c.v})),${rated},"${noDataText}")`;
}

/**
 * The formulas for one value cell `v` (e.g. "F5", on sheet row `row`), mutually exclusive so that
 * every spreadsheet application shows one colour whatever it does with overlapping rules.
 * Each carries the no-op term `N("marker")=0` so our rules can be told from the user's.
 */
export function ragFormulas(cell: string, row: number, inputs: RuleInputs, marker: string): RagFormulas {
  const c = conditions(cell, row, inputs, marker);
  const redWhen = c.improving === null ? `NOT(${c.withinTolerance})` : `AND(NOT(${c.withinTolerance}),NOT(${c.improving}))`;
  const all = (...parts: string[]) => `AND(${[c.mark, ...c.guards, ...parts].join(',')})`;
  return {
    green: all(c.onTarget),
    amber: all(`NOT(${c.onTarget})`, c.amberWhen),
    red: all(`NOT(${c.onTarget})`, redWhen),
    label: labelOf(c, inputs.noDataText),
  };
}

/**
 * Only the label formula of {@link ragFormulas} (the same text). `row` may be a stand-in text
 * rather than a number, for a formula to be used as a template for many rows.
 */
export function ragLabelFormula(cell: string, row: number | string, inputs: RuleInputs, marker: string): string {
  return labelOf(conditions(cell, row, inputs, marker), inputs.noDataText);
}
