/**
 * Working out what kind of quantity an indicator measures — percentage, rate, days, money,
 * ratio, count or plain number — from its unit cell, its number formats and its name.
 */
import type { Unit } from '../types';
import { unitReasons } from './messages';
import { normaliseCellText } from './noDataCodes';
import { currencyOf, isPercentFormat } from './numberFormat';

/** What is known about an indicator when its unit is inferred. */
export interface UnitInput {
  /** The indicator's name, e.g. "% of assessments completed within 45 working days". */
  readonly name: string;
  /** The text of its unit cell ("%", "Number", "Rate per 10,000"), when the table has one. */
  readonly unitText?: string | null;
  /** True when the value cell has a % number format (or holds text such as "92.7%"). */
  readonly percentFormat: boolean;
  /** Currency symbol of the value cell's format or text ("£"), if any. */
  readonly currency: string | null;
  /** Number format codes of the indicator's other cells (earlier periods, target). */
  readonly formatHints?: readonly string[];
}

/** The unit chosen, the rate base for rates ("per 10,000 children"), and why. */
export interface UnitInference {
  readonly unit: Unit;
  readonly rateBase: string | null;
  readonly reason: string;
}

const RATE_BASE =
  /\bper (\d{1,3}(?:,\d{3})+|\d+k?)\b(?: (children and young people|young people|children|people|population|residents|households|adults|pupils|births|dwellings))?/i;

/** Name patterns in order of precedence: "% of … within 45 days" is a percentage, not days. */
const NAME_RULES: readonly (readonly [Exclude<Unit, 'rate'>, RegExp, string?] | 'rate')[] = [
  ['percentage', /%|\bpercentage\b|\bper ?cent\b|\bproportion\b/i],
  'rate',
  ['days', /\((?:working |calendar )?days\)|\bin (?:working |calendar )?days\b|\b(?:number|no\.?) of (?:working |calendar )?days\b|^days\b/i],
  ['days', /\b(?:average|mean|median)\b(?=[^%]*\bdays?\b)/i, 'average … days'],
  ['ratio', /\bratio\b/i],
  ['count', /\b(?:number|no\.?|nos\.?) of\b/i],
  ['money', /[£€$]|\b(?:cost|costs|spend|spending|expenditure|budget|overspend|income)\b/i],
  ['count', /\b(?:count|total|how many)\b/i],
];

/** Unit cell words (lower case, trailing full stop removed) and the unit they name. */
const UNIT_WORDS: ReadonlyMap<string, Unit> = new Map<string, Unit>([
  ...['%', 'percentage', 'percent', 'per cent', 'pct', 'proportion'].map((w): [string, Unit] => [w, 'percentage']),
  ...['number', 'no', 'nos', 'count', 'total', '#'].map((w): [string, Unit] => [w, 'count']),
  ...['days', 'day', 'working days', 'calendar days', 'average days'].map((w): [string, Unit] => [w, 'days']),
  ...['rate'].map((w): [string, Unit] => [w, 'rate']),
  ...['£', '€', '$', 'cost', 'spend', 'money', 'currency', 'gbp'].map((w): [string, Unit] => [w, 'money']),
  ...['ratio'].map((w): [string, Unit] => [w, 'ratio']),
]);

/** Amounts in thousands or millions: printing them with a currency symbol would mislead. */
const THOUSANDS = /^[£€$] ?(?:k|m|bn|000s?|'000s?|thousands?|millions?)$|^(?:£|€|\$)?(?:000s|'000s)$/i;

/** "per 10,000 children" from a name or unit cell; null when it names no rate base of 100 or more. */
export function rateBaseOf(text: string): string | null {
  const match = RATE_BASE.exec(text);
  if (match === null) return null;
  const written = match[1].toLowerCase();
  const base = written.endsWith('k') ? Number(written.slice(0, -1)) * 1000 : Number(written.replace(/,/g, ''));
  if (!(base >= 100)) return null;
  const grouped = String(base).replace(/\B(?=(\d{3})+$)/g, ',');
  return match[2] === undefined ? `per ${grouped}` : `per ${grouped} ${match[2].toLowerCase()}`;
}

function fromUnitCell(unitText: string, name: string): UnitInference | null {
  const shown = normaliseCellText(unitText);
  const word = shown.toLowerCase().replace(/^\((.*)\)$/, '$1').replace(/\.$/, '');
  if (THOUSANDS.test(word)) return { unit: 'number', rateBase: null, reason: unitReasons.unitCellThousands(shown) };
  const cellBase = rateBaseOf(shown);
  const unit = cellBase !== null ? 'rate' : UNIT_WORDS.get(word);
  if (unit === undefined) return null;
  const rateBase = unit === 'rate' ? (cellBase ?? rateBaseOf(name)) : null;
  return { unit, rateBase, reason: unitReasons.unitCell(shown) };
}

function fromName(name: string): UnitInference | null {
  for (const rule of NAME_RULES) {
    if (rule === 'rate') {
      const rateBase = rateBaseOf(name);
      if (rateBase !== null) return { unit: 'rate', rateBase, reason: unitReasons.nameSays(rateBase) };
      continue;
    }
    const match = rule[1].exec(name);
    if (match !== null) return { unit: rule[0], rateBase: null, reason: unitReasons.nameSays(rule[2] ?? match[0].trim()) };
  }
  return null;
}

/**
 * Infers an indicator's unit. In order: a recognised unit cell ("%", "Number", "Days", "Rate",
 * "£", "Ratio") wins; then the value cell's format (a % format → percentage, a currency →
 * money); then the formats of the indicator's other cells; then the name ("% of …",
 * "rate per 10,000", "average number of days", "ratio", "number of …", "cost"); else 'number'.
 */
export function inferUnit(input: UnitInput): UnitInference {
  const name = normaliseCellText(input.name);
  if (input.unitText !== null && input.unitText !== undefined && input.unitText.trim() !== '') {
    const explicit = fromUnitCell(input.unitText, name);
    if (explicit !== null) return explicit;
  }
  if (input.percentFormat) return { unit: 'percentage', rateBase: null, reason: unitReasons.percentFormat() };
  if (input.currency !== null) return { unit: 'money', rateBase: null, reason: unitReasons.currencyFormat(input.currency) };
  const hints = input.formatHints ?? [];
  if (hints.some((f) => isPercentFormat(f))) return { unit: 'percentage', rateBase: null, reason: unitReasons.percentHint() };
  const hintCurrency = hints.map((f) => currencyOf(f)).find((c) => c !== null);
  if (hintCurrency !== undefined && hintCurrency !== null) {
    return { unit: 'money', rateBase: null, reason: unitReasons.currencyHint(hintCurrency) };
  }
  return fromName(name) ?? { unit: 'number', rateBase: null, reason: unitReasons.nothing() };
}
