import type { HouseStyle } from '../config/types';
import type { Indicator, Measure } from '../indicators/types';
import type { CellCitation } from './types';
import { printNumber, withoutZeroDecimals } from '../values/display';

/** Decimal places a measure is printed with: its cell's format when it says, else the house style. */
export function printedDecimals(m: Measure, style: HouseStyle): number {
  return m.formatDecimals ?? style.decimals;
}

/**
 * A measure as the narrative prints it: the cell's own decimals when its format says, else the house
 * style, and a whole number as a whole number ("100 per cent", not "100.0 per cent"; "231", not
 * "231.0"); a rate with `rateBase` (the indicator's own unless given: null prints the figure alone).
 * Extra decimals (to tell a value from the target it just misses) are printed as they fall.
 */
export function printMeasure(
  ind: Indicator,
  m: Measure,
  style: HouseStyle,
  extraDecimals = 0,
  rateBase = ind.rateBase,
): string {
  return printFigure(ind, m.value ?? 0, m.formatDecimals, style, extraDecimals, rateBase);
}

/**
 * A figure of the indicator's, as {@link printMeasure} prints it, with the decimals a cell's format
 * gives (`formatDecimals`, null for the house style's): a target from its own cell, one from the
 * configuration, a figure in a message.
 */
export function printFigure(
  ind: Indicator,
  value: number,
  formatDecimals: number | null,
  style: HouseStyle,
  extraDecimals = 0,
  rateBase = ind.rateBase,
): string {
  const decimals = formatDecimals === null ? null : formatDecimals + extraDecimals;
  const s = extraDecimals ? { ...style, decimals: style.decimals + extraDecimals } : style;
  const printed = printNumber(
    value / (ind.displayDivisor ?? 1),
    ind.unit,
    s,
    decimals,
    rateBase,
    ind.currency,
    ind.magnitude,
    ind.suffix,
  );
  const whole = extraDecimals ? printed : withoutZeroDecimals(printed);
  return ind.per ? `${whole} ${ind.per}` : whole;
}

/** A rate's base without what it counts: "10,000 children" → "10,000", "per 100,000 population" → "per 100,000". */
function shortBase(base: string): string {
  const m = /^(?:per\s+)?[\d,]+k?/i.exec(base.trim());
  return m ? m[0] : base;
}

/**
 * Prints numbers for one sentence and remembers the cell behind each, so that every number in the
 * narrative can be traced to the cell it came from.
 */
export class Citations {
  private readonly cells: Cited[] = [];
  private rateBaseShown = false;

  constructor(
    private readonly indicator: Indicator,
    private readonly style: HouseStyle,
  ) {}

  /**
   * The measure as the narrative prints it ("92.7 per cent", "278", "12.5 days"). A rate's base is
   * printed whole with the sentence's first figure ("72.2 per 10,000 children") and short after it
   * ("up from 71.4 per 10,000 last quarter"): every figure keeps its unit. A provisional or revised
   * figure says so: "153 (provisional)"; `withFlag` false leaves that to the caller (see
   * {@link flagged}, {@link bracketed}). The cell's printed figure is the figure alone.
   */
  value(m: Measure, extraDecimals = 0, withFlag = true): string {
    const ind = this.indicator;
    const rateBase = this.rateBaseShown && ind.rateBase ? shortBase(ind.rateBase) : ind.rateBase;
    if (ind.unit === 'rate' && ind.rateBase) this.rateBaseShown = true;
    const printed = this.cite(m, printMeasure(ind, m, this.style, extraDecimals, rateBase));
    return withFlag ? this.flagged(m, printed) : printed;
  }

  /** A printed figure with its flag after it, when it has one: "153 (provisional)". */
  flagged(m: Measure, printed: string): string {
    return m.flag ? `${printed} (${m.flag})` : printed;
  }

  /** A printed figure with its flag, for use inside a bracket: "153, provisional". */
  bracketed(m: Measure, printed: string): string {
    return m.flag ? `${printed}, ${m.flag}` : printed;
  }

  /** A plain count from a cell ("5", "1,234"), whatever the indicator's unit. */
  count(m: Measure): string {
    return this.cite(m, withoutZeroDecimals(printNumber(m.value ?? 0, 'count', this.style, m.formatDecimals)));
  }

  /** A rank from a cell as an ordinal ("21st"). */
  ordinal(m: Measure): string {
    const n = Math.round(m.value ?? 0);
    const tens = n % 100;
    const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
    return this.cite(m, `${n}${suffix}`);
  }

  /** Cites a cell without printing it (a number the sentence relies on but does not show). */
  add(m: Measure): void {
    this.cite(m, null);
  }

  /** Cites a cell of words the sentence relies on without quoting it ("Similar" under "Compared with England"). */
  addCell(sheet: string, cell: string, value: CellCitation['value']): void {
    this.cite({ sheet, cell, raw: value } as Measure, null);
  }

  /** Records the cell (once) and, the first time it is printed, how it reads; returns what is printed. */
  private cite<T extends string | null>(m: Measure, shown: T): T {
    // A plain loop: a sentence cites a handful of cells, and this runs for every number printed.
    for (const c of this.cells) {
      if (c.cell !== m.cell || c.sheet !== m.sheet) continue;
      if (shown !== null && c.shown === undefined) c.shown = shown;
      return shown;
    }
    // Every record of one shape (absent fields undefined, which JSON leaves out): the code that
    // reads citations then meets one kind of object, not several.
    this.cells.push({ sheet: m.sheet, cell: m.cell, value: m.raw, shown: shown ?? undefined, offset: undefined });
    return shown;
  }

  /**
   * The cells cited, in the order the sentence printed them. Given the finished sentence, each
   * printed cell also says where its number stands in it (`offset`): found in order, from `from`
   * (where the figures start, after the indicator's name), as a whole number, not part of another
   * ("5" is not found in "Q2" or "45"). Call it once, when the sentence is done.
   */
  list(text?: string, from = 0): CellCitation[] {
    let cursor = from;
    // The records are completed in place rather than copied: this runs for every sentence.
    if (text !== undefined) {
      for (const c of this.cells) {
        if (c.shown === undefined) continue;
        const at = findWhole(text, c.shown, cursor);
        if (at < 0) continue;
        c.offset = at;
        cursor = at + c.shown.length;
      }
    }
    // A copy the length of the list: the array grown by push has room for 16 or more, and the
    // narrative keeps one list a sentence (at 50,000 indicators, some 7 MiB of empty room).
    return this.cells.slice();
  }
}

/** A cell cited so far, filled in as the sentence is written. */
interface Cited {
  readonly sheet: string;
  readonly cell: string;
  readonly value: CellCitation['value'];
  shown: string | undefined;
  offset: number | undefined;
}

const isDigit = (code: number) => code >= 48 && code <= 57;
/** Letters, digits and the marks that join onto a number: "Q2", "2021/22", "£5", "-3", "1.5", "1,234". */
const joinsBefore = (code: number) =>
  isDigit(code) ||
  ((code | 0x20) >= 97 && (code | 0x20) <= 122) ||
  code === 0x2e ||
  code === 0x2c ||
  code === 0x2f ||
  code === 0xa3 ||
  code === 0x2d;

/** Where `needle` first stands in `text` at or after `from` as a whole number, or -1. */
function findWhole(text: string, needle: string, from: number): number {
  for (let at = text.indexOf(needle, from); at >= 0; at = text.indexOf(needle, at + 1)) {
    const before = at > 0 ? text.charCodeAt(at - 1) : 32;
    const end = at + needle.length;
    const after = end < text.length ? text.charCodeAt(end) : 32;
    const afterNext = end + 1 < text.length ? text.charCodeAt(end + 1) : 32;
    const continues = isDigit(after) || after === 0x2f || ((after === 0x2e || after === 0x2c) && isDigit(afterNext));
    if (!joinsBefore(before) && !continues) return at;
  }
  return -1;
}
