/**
 * Marks councils put on a figure to say it is provisional, estimated, revised or a projection: "153*",
 * "153 (p)", "153p", "153 [r]", "153 (provisional)", "39.8% (est)", "1.13% (projected end of year)",
 * or a flag alone in the cell beside the figure ("p", "r").
 */
import { tidySpaces } from './whitespace';

/** What a mark says about a figure. */
export type ValueFlag = 'provisional' | 'estimated' | 'revised' | 'projected';

const WORDS: ReadonlyMap<string, ValueFlag> = new Map<string, ValueFlag>([
  ['p', 'provisional'],
  ['prov', 'provisional'],
  ['provisional', 'provisional'],
  ['*', 'provisional'],
  ['**', 'provisional'],
  // An estimate is a figure of its own kind: "(est) = estimated figure" in North Herts' key.
  ['est', 'estimated'],
  ['estimate', 'estimated'],
  ['estimated', 'estimated'],
  ['e', 'estimated'],
  ['r', 'revised'],
  ['rev', 'revised'],
  ['revised', 'revised'],
]);

/**
 * A projection in words, in brackets after a figure only: "(projected end of year)", "(forecast
 * outturn)", "[projected]". A cell that says "Forecast" beside a figure may head something else.
 */
const PROJECTED = new Set([
  'projected',
  'projection',
  'forecast',
  'projected end of year',
  'projected year end',
  'projected outturn',
  'forecast outturn',
  'forecast year end',
  'year end forecast',
  'year end projection',
  'end of year forecast',
  'end of year projection',
]);

/** A figure followed by its mark: "153*", "153 (p)", "153p", "92.7% [r]", "1,234 (provisional)", "1.13% (projected end of year)". */
const MARKED =
  /^(.*?\d%?)\s*(?:(\*{1,2})|\(\s*([a-z]+(?:[ -][a-z]+)*)\s*\)|\[\s*([a-z]+(?:[ -][a-z]+)*)\s*\]|(?<=\d|%)\s?([pr]))$/i;

/**
 * Splits a mark off the end of cell text: `{ text: '153', flag: 'provisional' }` for "153 (p)";
 * null when the text carries no known mark. A lone "*" is not a figure and gets null (it is a
 * suppression code).
 */
export function splitFlag(text: string): { text: string; flag: ValueFlag } | null {
  const m = MARKED.exec(text.trim());
  if (!m) return null;
  const word = (m[2] ?? m[3] ?? m[4] ?? m[5] ?? '').toLowerCase();
  const flag = WORDS.get(word) ?? (PROJECTED.has(word.replace(/-/g, ' ')) ? 'projected' : undefined);
  return flag ? { text: m[1].trim(), flag } : null;
}

/** The flag a cell holds on its own ("p", "(r)", "Provisional"), or null. */
export function flagAlone(text: string): ValueFlag | null {
  const word = text
    .trim()
    .toLowerCase()
    .replace(/^[([]\s*|\s*[)\]]$/g, '');
  if (word === '*' || word === 'e') return null;
  return WORDS.get(word) ?? null;
}

/** The mark after the number in cell text, with the spaces before it, as Excel's TRIM leaves them: " (p)" in "49.1% (p)"; "" when none. */
export function markOf(text: string): string {
  const t = tidySpaces(text);
  const m = MARKED.exec(t);
  return m && splitFlag(t) ? t.slice(m[1].length) : '';
}
