import type { NarrativeItem } from '../../src/core/narrative/types';

const NUMBER = /\d[\d,]*(?:\.\d+)?/g;

/** Numbers printed in a text ("1,234.5" → 1234.5) with their printed decimal places. */
export function numbersIn(text: string): { value: number; decimals: number; shown: string }[] {
  return [...text.matchAll(NUMBER)].map((m) => ({
    value: Number(m[0].replace(/,/g, '')),
    decimals: m[0].split('.')[1]?.length ?? 0,
    shown: m[0],
  }));
}

/**
 * Numbers in a narrative item that do not come from any cell it cites, up to rounding. A cell's
 * stored number counts as itself or ×100 (a fraction printed as a percentage), or divided by
 * `divisor` when the indicator's figures are shown in thousands or millions as their cells' format
 * shows them (903,000 under `#,##0,"k"` is "£903k"); a text cell counts for the numbers written in
 * it. `allowed` strips names and period labels first.
 */
export function untracedNumbers(item: NarrativeItem, allowed: readonly string[], divisor = 1): string[] {
  let text = item.text;
  for (const a of [...allowed].sort((x, y) => y.length - x.length)) text = text.split(a).join(' ');
  const candidates: number[] = [];
  for (const c of item.cells) {
    if (typeof c.value === 'number') candidates.push(c.value, c.value * 100, c.value / divisor);
    else if (typeof c.value === 'string') candidates.push(...numbersIn(c.value).map((n) => n.value));
  }
  return numbersIn(text)
    .filter((n) => !candidates.some((c) => Math.abs(Math.abs(c) - n.value) <= 0.5 * 10 ** -n.decimals + 1e-9))
    .map((n) => n.shown);
}
