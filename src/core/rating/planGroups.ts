/**
 * Grouping a plan's rows into blocks that share their rules, and the label formula they share
 * but for the row number (and, for targets on a "Target" row, that row's number).
 */
import { colToLetters } from '../address';
import type { Tolerance } from '../config/types';
import { ragLabelFormula, type Margin, type RuleInputs, type RuleRef } from './ragFormulas';

/** A cell reference without its row number: "$D5" → "$D". */
function withoutRow(cell: string): string {
  let end = cell.length;
  while (end > 0 && cell.charCodeAt(end - 1) >= 0x30 && cell.charCodeAt(end - 1) <= 0x39) end--;
  return cell.slice(0, end);
}

/** A rule reference with its row number left out, as part of a group key: "c$D*1", "l90", "-". */
function refKey(r: RuleRef | null): string {
  if (r === null) return '-';
  if ('literal' in r) return `l${r.literal}`;
  return `c${withoutRow(r.cell)}${r.rowOffset ? `@${r.rowOffset}` : ''}*${r.factor}`;
}

/** A margin as part of a group key: "r0.05", "a2". */
const marginKey = (m: Margin): string => ('relative' in m ? `r${m.relative}` : `a${m.absolute}`);

/**
 * How each field of the rule inputs goes into a group key. Every field is listed (the type requires
 * it), so that a field added to {@link RuleInputs} cannot be left out of the key: rows whose fields
 * differ in it would otherwise share one row's rules. None of them can hold "|".
 */
const KEY_PARTS: { readonly [K in keyof RuleInputs]-?: (inputs: RuleInputs) => string | number | boolean } = {
  polarity: (i) => i.polarity,
  target: (i) => refKey(i.target),
  lower: (i) => refKey(i.lower),
  upper: (i) => refKey(i.upper),
  margin: (i) => marginKey(i.margin),
  altMargin: (i) => (i.altMargin ? marginKey(i.altMargin) : '-'),
  previous: (i) => (i.previous ? `${i.previous.cell}*${i.previous.factor}` : '-'),
  greenMargin: (i) => (i.greenMargin ? marginKey(i.greenMargin) : '-'),
  keyDirection: (i) => (i.keyDirection ? 'key' : '-'),
  printScale: (i) => i.printScale,
  decimals: (i) => i.decimals,
  valueIsText: (i) => !!i.valueIsText,
  valueMark: (i) => i.valueMark ?? '',
  valueCurrency: (i) => i.valueCurrency ?? '',
  valueCounts: (i) => i.valueCounts ?? '',
  valueNil: (i) => (i.valueNil ? 'nil' : ''),
  valuePercent: (i) => i.valuePercent ?? '',
  valueBound: (i) => (i.valueBound ? `${i.valueBound.rag}:${i.valueBound.text}` : ''),
  noDataText: (i) => i.noDataText ?? '',
  valueSum: (i) => (i.valueSum ? `${i.valueSum.from}:${i.valueSum.to}` : '-'),
  beforeDue: (i) => i.beforeDue ?? '',
};
const KEY_PART_LIST = Object.values(KEY_PARTS);

/**
 * Rows whose rules differ only in their row number share a key (and so a block): the column, the
 * tolerance, every field of the rule inputs ({@link KEY_PARTS}) and the sheet. Built from plain
 * fields rather than JSON: it is made for every rated indicator.
 */
export function groupKey(col: number, inputs: RuleInputs, tolerance: Tolerance, sheet: string): string {
  let key = `${col}|${tolerance.type}:${tolerance.value}`;
  for (const part of KEY_PART_LIST) key += `|${part(inputs)}`;
  return `${key}|${sheet}`;
}

/** Stands in for the row number in a group's label formula. */
const ROW_MARK = '\u0001';
/** Stands in for the row number of a target on another row ("Target" row) in a group's label formula. */
const OFFSET_MARK = '\u0002';

/** How many rows below the value a group's targets are (0 when on its own row). */
export function targetOffset(inputs: RuleInputs): number {
  for (const r of [inputs.target, inputs.lower, inputs.upper]) if (r && 'cell' in r && r.rowOffset) return r.rowOffset;
  return 0;
}

/**
 * The label formula of a group's rows with {@link ROW_MARK} for the row number. Every cell a label
 * reads is on its indicator's row, and the rows of a group differ in nothing else (see
 * {@link groupKey}), so a row's label is this with its number put in: one formula built per group
 * rather than per row.
 */
export function labelTemplate(col: number, inputs: RuleInputs, marker: string): string {
  const marked = (r: RuleRef | null): RuleRef | null =>
    r && 'cell' in r ? { cell: `${withoutRow(r.cell)}${r.rowOffset ? OFFSET_MARK : ROW_MARK}`, factor: r.factor } : r;
  const template = {
    ...inputs,
    target: marked(inputs.target),
    lower: marked(inputs.lower),
    upper: marked(inputs.upper),
  };
  return ragLabelFormula(`${colToLetters(col)}${ROW_MARK}`, ROW_MARK, template, marker);
}

/**
 * The label formula of a group's row (zero-based `row`) from the group's {@link labelTemplate};
 * `offset` is the group's {@link targetOffset}.
 */
export function rowLabel(template: string, row: number, offset = 0): string {
  const own = template.split(ROW_MARK).join(String(row + 1));
  return offset === 0 ? own : own.split(OFFSET_MARK).join(String(row + 1 + offset));
}
