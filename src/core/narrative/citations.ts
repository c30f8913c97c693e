import type { CellCitation, HouseStyle, Indicator, Measure } from '../types';
import { printNumber } from '../values/display';

/** Decimal places a measure is printed with: its cell's format when it says, else the house style. */
export function printedDecimals(m: Measure, style: HouseStyle): number {
  return m.formatDecimals ?? style.decimals;
}

/** A measure as the narrative prints it: the cell's own decimals when its format says, else the house style. */
export function printMeasure(ind: Indicator, m: Measure, style: HouseStyle, extraDecimals = 0): string {
  const decimals = m.formatDecimals === null ? null : m.formatDecimals + extraDecimals;
  const s = extraDecimals ? { ...style, decimals: style.decimals + extraDecimals } : style;
  return printNumber(m.value ?? 0, ind.unit, s, decimals, ind.rateBase, ind.currency);
}

/**
 * Prints numbers for one sentence and remembers the cell behind each, so that every number in the
 * narrative can be traced to the cell it came from.
 */
export class Citations {
  private readonly cells: CellCitation[] = [];

  constructor(
    private readonly indicator: Indicator,
    private readonly style: HouseStyle,
  ) {}

  /** The measure as the narrative prints it ("92.7 per cent", "278", "12.5 days"). */
  value(m: Measure, extraDecimals = 0): string {
    this.add(m);
    return printMeasure(this.indicator, m, this.style, extraDecimals);
  }

  /** A plain count from a cell ("5", "1,234"), whatever the indicator's unit. */
  count(m: Measure): string {
    this.add(m);
    return printNumber(m.value ?? 0, 'count', this.style, m.formatDecimals);
  }

  /** A rank from a cell as an ordinal ("21st"). */
  ordinal(m: Measure): string {
    this.add(m);
    const n = Math.round(m.value ?? 0);
    const tens = n % 100;
    const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
    return `${n}${suffix}`;
  }

  /** Cites a cell without printing it (a number the sentence relies on but does not show). */
  add(m: Measure): void {
    // A plain loop: a sentence cites a handful of cells, and this runs for every number printed.
    for (const c of this.cells) if (c.cell === m.cell && c.sheet === m.sheet) return;
    this.cells.push({ sheet: m.sheet, cell: m.cell, value: m.raw });
  }

  list(): CellCitation[] {
    return [...this.cells];
  }
}
