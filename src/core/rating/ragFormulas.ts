import type { Polarity } from '../types';
import { ROUND_PLACES } from './compare';

/** A target or bound: a cell in the same row (with a factor to the value's stored scale) or a constant. */
export type RuleRef = { readonly cell: string; readonly factor: number } | { readonly literal: number };

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
}

export interface RagFormulas {
  readonly green: string;
  readonly amber: string;
  readonly red: string;
  /** Gives "Green", "Amber", "Red", "No data" (no value) or "" (no target in the cell). */
  readonly label: string;
}

/** A number as Excel formula text: no binary noise, no lower-case exponent. */
export function num(n: number): string {
  return String(Number(n.toPrecision(15))).toUpperCase();
}

function refText(r: RuleRef): string {
  if ('literal' in r) return num(r.literal);
  return r.factor === 1 ? r.cell : `(${r.cell}*${num(r.factor)})`;
}

const round = (x: string) => `ROUND(${x},${ROUND_PLACES})`;

/**
 * The formulas for one value cell `v` (e.g. "F5", on sheet row `row`), mutually exclusive so that
 * every spreadsheet application shows one colour whatever it does with overlapping rules.
 * Each carries the no-op term `N("marker")=0` so our rules can be told from the user's.
 */
export function ragFormulas(cell: string, row: number, inputs: RuleInputs, marker: string): RagFormulas {
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
  let redWhen = `NOT(${withinTolerance})`;
  if (inputs.previous && inputs.polarity !== 'band') {
    const p = inputs.previous;
    const pCell = `${p.cell}${row}`;
    const printed = (x: string, f: number) => `ROUND(${x}*${num(f * inputs.printScale)},${inputs.decimals})`;
    const improving = `AND(ISNUMBER(${pCell}),${printed(v, 1)}${inputs.polarity === 'higher' ? '>' : '<'}${printed(pCell, p.factor)})`;
    amberWhen = `OR(${withinTolerance},${improving})`;
    redWhen = `AND(NOT(${withinTolerance}),NOT(${improving}))`;
  }
  const mark = `N("${marker}")=0`;
  const all = (...parts: string[]) => `AND(${[mark, ...guards, ...parts].join(',')})`;
  const targetGuards = guards.slice(1);
  const verdict = `IF(${onTarget},"Green",IF(${amberWhen},"Amber","Red"))`;
  const rated = targetGuards.length ? `IF(AND(${targetGuards.join(',')}),${verdict},"")` : verdict;
  return {
    green: all(onTarget),
    amber: all(`NOT(${onTarget})`, amberWhen),
    red: all(`NOT(${onTarget})`, redWhen),
    label: `IF(AND(${mark},ISNUMBER(${v})),${rated},"No data")`,
  };
}
