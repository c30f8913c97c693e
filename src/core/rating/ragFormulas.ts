import type { Polarity } from '../indicators/types';
import { ROUND_PLACES } from './compare';

/** An amber margin: a share of the target, or an amount in the value cell's stored units. */
export type Margin = { readonly relative: number } | { readonly absolute: number };

/**
 * A target or bound: a cell (with a factor to the value's stored scale) or a constant. The cell is
 * in the value's row, or `rowOffset` rows below it (above when negative): a "Target" row.
 */
export type RuleRef =
  { readonly cell: string; readonly factor: number; readonly rowOffset?: number } | { readonly literal: number };

/** Everything the live formulas for one row need, in the value cell's stored scale. */
export interface RuleInputs {
  readonly polarity: Exclude<Polarity, 'none'>;
  readonly target: RuleRef | null;
  readonly lower: RuleRef | null;
  readonly upper: RuleRef | null;
  readonly margin: Margin;
  /**
   * The other reading of a tolerance whose unit the sheet does not state: a value is amber or red
   * only where both readings agree, and otherwise left uncoloured with the label "Check".
   */
  readonly altMargin?: Margin | null;
  /** Column letters of the previous period's cell and its factor, for the "or improving" rule. */
  readonly previous: { readonly cell: string; readonly factor: number } | null;
  /**
   * A key's scheme of its own (see ragKey.ts): green on the target or within this margin of it; past
   * it, amber within `margin` and red beyond, or, with `keyDirection`, by `previous`.
   */
  readonly greenMargin?: Margin;
  /**
   * Past `greenMargin`, amber where the figure improved on or matched the `previous` cell (the one the
   * key compares it with) at printed precision, and red where it did not or that cell holds no number.
   */
  readonly keyDirection?: boolean;
  /** Stored → printed scale (100 for fractions shown as percentages), and printed decimals. */
  readonly printScale: number;
  readonly decimals: number;
  /**
   * The value cell holds a number as text ("92.7%", "1,234"): the formulas read it with
   * `NUMBERVALUE(text,".",",")` (see {@link textNumber}), the same in every locale, so it is coloured now and still
   * when it is re-typed as a number.
   */
  readonly valueIsText?: boolean;
  /**
   * The provisional or revised mark the text value carries after its number (" (p)", "*"), dropped
   * before the number is read, so "49.1% (p)" is coloured as 49.1 per cent.
   */
  readonly valueMark?: string;
  /** The currency symbol the text value carries ("£" in "£1,234.50"), dropped before the number is read. */
  readonly valueCurrency?: string;
  /**
   * The text value is a share written as its counts ("1 of 9", "70/74"): read as the first over the
   * second, either side of this separator as the cell writes it (" of ", "/").
   */
  readonly valueCounts?: string;
  /**
   * The text value is "Nil", a count of none in words: the formulas read the word as 0 (and a number
   * typed over it as that number), so it is coloured as 0 is.
   */
  readonly valueNil?: boolean;
  /**
   * The text value is a percentage written with its counts: read from before its bracket
   * ("85% (17/20)": `first`) or from within it ("18 of 20 (90%)": `bracket`); a percentage typed over
   * it alone ("88%") is read as it is.
   */
  readonly valuePercent?: 'first' | 'bracket';
  /**
   * The value cell gives a bound ("<5") that the report rates as every figure it allows would be
   * (see `Rating.bound`): while the cell still holds that text, it is coloured and labelled so; a
   * figure typed over it is rated as it is.
   */
  readonly valueBound?: { readonly text: string; readonly rag: 'green' | 'amber' | 'red' };
  /** What the label says when the value cell is empty: "Reported annually" for an annual indicator. */
  readonly noDataText?: string;
  /**
   * The value is no cell's but the sum of the cells of these columns on its row, side by side (the
   * months of the year so far): read only when every one of them holds a number.
   */
  readonly valueSum?: { readonly from: string; readonly to: string; readonly count: number };
  /**
   * The period reported on comes before the date the target is to be met by ("57.5% by Q2" at Q1):
   * green where the figure meets it, and otherwise neither amber nor red and no label (`met`), or red
   * only beyond the tolerance (`met-or-past`: a cumulative count to be kept low, which only rises), as
   * the report rates it.
   */
  readonly beforeDue?: 'met' | 'met-or-past';
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
  /** Off target and amber; off target and red (both readings agreeing, when the tolerance has two). */
  readonly amberWhen: string;
  readonly redWhen: string;
  /** True when an unclear tolerance leaves some values neither amber nor red. */
  readonly unclear: boolean;
  /** True before the target's date (see `RuleInputs.beforeDue`): a value neither green nor red has no label. */
  readonly beforeDue?: boolean;
  readonly mark: string;
}

/** A string as a formula literal. */
const literal = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * A number typed as text in `cell`, as the formulas read it: the number, or "" (no data) when the
 * cell is empty, blank or not a number. `NUMBERVALUE(text,".",",")` reads a "." decimal point,
 * "," thousands separators, spaces and a trailing "%" whatever the locale, where `--text` follows
 * the locale (a comma decimal separator reads "92.7" as an error, or as a date). NUMBERVALUE
 * gives 0 for empty text, so empty text is tested first. The mark and the currency symbol the value
 * carries are dropped first. (NUMBERVALUE also reads "1 234" and "9%%", which the engine does not
 * take as numbers: a refresh then plans no colour for such a cell.)
 */
export function textNumber(
  cell: string,
  inputs: Pick<RuleInputs, 'valueMark' | 'valueCurrency' | 'valueCounts' | 'valueNil' | 'valuePercent'>,
): string {
  let text = `TRIM(${cell})`;
  if (inputs.valueCounts) {
    // "1 of 9": the count before " of " over the count after it.
    const sep = inputs.valueCounts;
    const at = `FIND(${literal(sep)},${text})`;
    const share = `NUMBERVALUE(LEFT(${text},${at}-1),".",",")/NUMBERVALUE(MID(${text},${at}+${sep.length},99),".",",")`;
    return `IF(${text}="","",IFERROR(${share},""))`;
  }
  const open = `FIND("(",${text})`;
  if (inputs.valuePercent === 'first') text = `LEFT(${text},IFERROR(${open}-1,LEN(${text})))`;
  else if (inputs.valuePercent === 'bracket')
    text = `IFERROR(MID(${text},${open}+1,FIND(")",${text})-${open}-1),${text})`;
  if (inputs.valueMark) text = `SUBSTITUTE(${text},${literal(inputs.valueMark)},"")`;
  if (inputs.valueCurrency) text = `SUBSTITUTE(${text},${literal(inputs.valueCurrency)},"")`;
  const number = `IFERROR(NUMBERVALUE(${text},".",","),"")`;
  return `IF(${text}="","",${inputs.valueNil ? `IF(LOWER(${text})="nil",0,${number})` : number})`;
}

/** The sum of a row's cells `sum` names, or "" where any of them holds no number: "IF(COUNT($G5:$L5)=6,SUM($G5:$L5),"")". */
function sumOfCells(sum: NonNullable<RuleInputs['valueSum']>, row: number | string): string {
  const range = `$${sum.from}${row}:$${sum.to}${row}`;
  return `IF(COUNT(${range})=${sum.count},SUM(${range}),"")`;
}

function conditions(cell: string, row: number | string, inputs: RuleInputs, marker: string): Conditions {
  const c = ratingConditions(cell, row, inputs, marker);
  if (!inputs.beforeDue) return c;
  // Before the target's date: no amber, and red only past it for good; neither is labelled otherwise.
  const redWhen = inputs.beforeDue === 'met-or-past' ? c.redWhen : 'FALSE';
  return { ...c, amberWhen: 'FALSE', redWhen, unclear: false, beforeDue: true };
}

function ratingConditions(cell: string, row: number | string, inputs: RuleInputs, marker: string): Conditions {
  const v = inputs.valueSum ? sumOfCells(inputs.valueSum, row) : inputs.valueIsText ? textNumber(cell, inputs) : cell;
  const refs = [inputs.target, inputs.lower, inputs.upper].filter((r): r is RuleRef => r !== null);
  const guards = [
    `ISNUMBER(${v})`,
    ...refs.filter((r) => 'cell' in r).map((r) => `ISNUMBER(${(r as { cell: string }).cell})`),
  ];
  let onTarget: string;
  let within: (margin: Margin) => string;
  if (inputs.polarity === 'band') {
    const lo = refText(inputs.lower!);
    const hi = refText(inputs.upper!);
    onTarget = `AND(${round(`${v}-${lo}`)}>=0,${round(`${v}-${hi}`)}<=0)`;
    within = (mg) =>
      `AND(${round(`${v}-(${lo}-${marginText(mg, lo)})`)}>=0,${round(`${v}-(${hi}+${marginText(mg, hi)})`)}<=0)`;
  } else {
    const t = refText(inputs.target!);
    const higher = inputs.polarity === 'higher';
    onTarget = `${round(`${v}-${t}`)}${higher ? '>=' : '<='}0`;
    within = (mg) =>
      higher ? `${round(`${v}-(${t}-${marginText(mg, t)})`)}>=0` : `${round(`${v}-(${t}+${marginText(mg, t)})`)}<=0`;
  }
  // A key's green margin: green on the target or within it.
  if (inputs.greenMargin) onTarget = within(inputs.greenMargin);
  let improving: string | null = null;
  if (inputs.previous && inputs.polarity !== 'band') {
    const p = inputs.previous;
    const pCell = `${p.cell}${row}`;
    const printed = (x: string, f: number) => `ROUND(${x}*${num(f * inputs.printScale)},${inputs.decimals})`;
    // "Improved or been maintained", as a key's scheme says it; "improving" under the amber rule.
    const better = `${inputs.polarity === 'higher' ? '>' : '<'}${inputs.keyDirection ? '=' : ''}`;
    improving = `AND(ISNUMBER(${pCell}),${printed(v, 1)}${better}${printed(pCell, p.factor)})`;
  }
  if (inputs.keyDirection && improving !== null) {
    const mark = `N("${marker}")=0`;
    return { v, guards, onTarget, amberWhen: improving, redWhen: `NOT(${improving})`, unclear: false, mark };
  }
  const amberBy = (mg: Margin) => (improving === null ? within(mg) : `OR(${within(mg)},${improving})`);
  const redBy = (mg: Margin) =>
    improving === null ? `NOT(${within(mg)})` : `AND(NOT(${within(mg)}),NOT(${improving}))`;
  const mark = `N("${marker}")=0`;
  const alt = inputs.altMargin;
  if (alt) {
    const a = amberBy(inputs.margin);
    const b = amberBy(alt);
    return {
      v,
      guards,
      onTarget,
      amberWhen: `AND(${a},${b})`,
      redWhen: `AND(NOT(${a}),NOT(${b}))`,
      unclear: true,
      mark,
    };
  }
  return {
    v,
    guards,
    onTarget,
    amberWhen: amberBy(inputs.margin),
    redWhen: redBy(inputs.margin),
    unclear: false,
    mark,
  };
}

/** A margin around a target or bound `t`, as formula text. */
function marginText(mg: Margin, t: string): string {
  return 'relative' in mg ? `${num(mg.relative)}*ABS(${t})` : num(mg.absolute);
}

function labelOf(c: Conditions, noDataText = 'No data', bound?: Bound): string {
  const targetGuards = c.guards.slice(1);
  const offTarget = c.beforeDue
    ? c.redWhen === 'FALSE'
      ? '""'
      : `IF(${c.redWhen},"Red","")`
    : c.unclear
      ? `IF(${c.amberWhen},"Amber",IF(${c.redWhen},"Red","Check"))`
      : `IF(${c.amberWhen},"Amber","Red")`;
  const verdict = `IF(${c.onTarget},"Green",${offTarget})`;
  const rated = targetGuards.length ? `IF(AND(${targetGuards.join(',')}),${verdict},"")` : verdict;
  const label = `IF(AND(${c.mark},ISNUMBER(${c.v})),${rated},"${noDataText}")`;
  return bound ? `IF(AND(${c.mark},${bound.holds}),"${RAG_WORDS[bound.rag]}",${label})` : label;
}

/** A bound the value cell gives (see `RuleInputs.valueBound`): the test that it still holds it, and its colour. */
interface Bound {
  readonly holds: string;
  readonly rag: 'green' | 'amber' | 'red';
}

const RAG_WORDS = { green: 'Green', amber: 'Amber', red: 'Red' } as const;

function boundOf(cell: string, inputs: RuleInputs): Bound | undefined {
  const b = inputs.valueBound;
  return b && { holds: `TRIM(${cell})=${literal(b.text.trim())}`, rag: b.rag };
}

/**
 * The formulas for one value cell `v` (e.g. "F5", on sheet row `row`), mutually exclusive so that
 * every spreadsheet application shows one colour whatever it does with overlapping rules.
 * Each carries the no-op term `N("marker")=0` so our rules can be told from the user's.
 */
export function ragFormulas(cell: string, row: number, inputs: RuleInputs, marker: string): RagFormulas {
  const c = conditions(cell, row, inputs, marker);
  const all = (...parts: string[]) => `AND(${[c.mark, ...c.guards, ...parts].join(',')})`;
  const bound = boundOf(cell, inputs);
  // The bound's colour while the cell holds it; the others need a number, which it is not. (IF, not
  // OR: OR takes the error the number's test gives on text, where IF tests only the branch it takes.)
  const or = (rag: Bound['rag'], formula: string) =>
    bound?.rag === rag ? `AND(${c.mark},IF(${bound.holds},TRUE,${formula}))` : formula;
  return {
    green: or('green', all(c.onTarget)),
    amber: or('amber', all(`NOT(${c.onTarget})`, c.amberWhen)),
    red: or('red', all(`NOT(${c.onTarget})`, c.redWhen)),
    label: labelOf(c, inputs.noDataText, bound),
  };
}

/**
 * Only the label formula of {@link ragFormulas} (the same text). `row` may be a stand-in text
 * rather than a number, for a formula to be used as a template for many rows.
 */
export function ragLabelFormula(cell: string, row: number | string, inputs: RuleInputs, marker: string): string {
  return labelOf(conditions(cell, row, inputs, marker), inputs.noDataText, boundOf(cell, inputs));
}
