/**
 * Grouping a plan's rows into blocks that share their rules, and the label formula they share
 * but for the row number (and, for targets on a "Target" row, that row's number).
 */
import { colToLetters } from '../address';
import type { Tolerance } from '../config/types';
import { ragLabelFormula, type RuleInputs, type RuleRef } from './ragFormulas';

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

/**
 * Rows whose rules differ only in their row number share a key (and so a block). Built from plain
 * fields rather than JSON: it is made for every rated indicator. None of the fields before the
 * sheet name can hold "|", so the key stands for one set of fields only.
 */
export function groupKey(col: number, inputs: RuleInputs, tolerance: Tolerance, sheet: string): string {
  const p = inputs.previous;
  return [
    col,
    inputs.polarity,
    refKey(inputs.target),
    refKey(inputs.lower),
    refKey(inputs.upper),
    `${tolerance.type}:${tolerance.value}`,
    inputs.altMargin ? JSON.stringify(inputs.altMargin) : '-',
    p ? `${p.cell}*${p.factor}` : '-',
    inputs.greenMargin ? JSON.stringify(inputs.greenMargin) : '-',
    inputs.keyDirection ? 'key' : '-',
    inputs.printScale,
    inputs.decimals,
    inputs.valueIsText,
    inputs.valueMark ?? '',
    inputs.valueCurrency ?? '',
    inputs.valueCounts ?? '',
    inputs.valueNil ? 'nil' : '',
    inputs.valuePercent ?? '',
    inputs.valueBound ? `${inputs.valueBound.rag}:${inputs.valueBound.text}` : '',
    inputs.noDataText ?? '',
    inputs.valueSum ? `${inputs.valueSum.from}:${inputs.valueSum.to}` : '-',
    sheet,
  ].join('|');
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
