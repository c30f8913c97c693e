/**
 * Reading Excel number-format codes: does a cell show a percentage, a date, a currency, and
 * how many decimal places does it show? Formats are read as Excel reads them: text in quotes,
 * escaped characters and bracketed blocks (`[Red]`, `[$-809]`) are not format code.
 */
import { formatSections, isGeneralFormat, type FormatToken } from './formatTokens';

const DIGIT_PLACEHOLDERS = new Set(['0', '#', '?']);
const CURRENCY_SYMBOLS = new Set(['£', '€', '$', '¥']);
const CURRENCY_CODES: Readonly<Record<string, string>> = { GBP: '£', EUR: '€', USD: '$' };

/** The numeric sections (positive; negative; zero): the fourth section is for text. */
function numericSections(format: string | null | undefined): FormatToken[][] {
  return formatSections(format).slice(0, 3);
}

/**
 * True when the format shows numbers as percentages: a `%` that is format code, not quoted,
 * escaped or inside brackets ("0.0%" yes; `0"%"` and `0\%` no, as Excel does not scale those).
 */
export function isPercentFormat(format: string | null | undefined): boolean {
  return numericSections(format).some((section) => section.some((t) => t.kind === 'code' && t.text === '%'));
}

/**
 * Decimal places the first section of a format shows: "0.0%" → 1, "#,##0" → 0,
 * "£#,##0.00" → 2. Null for "General", an empty format, a date or text format.
 */
export function formatDecimals(format: string | null | undefined): number | null {
  if (isGeneralFormat(format) || isDateFormat(format)) return null;
  const first = numericSections(format)[0];
  if (first === undefined) return null;
  const code = first.filter((t) => t.kind === 'code').map((t) => t.text);
  if (!code.some((c) => DIGIT_PLACEHOLDERS.has(c))) return null;
  const point = code.indexOf('.');
  if (point === -1) return 0;
  let decimals = 0;
  for (let i = point + 1; i < code.length && DIGIT_PLACEHOLDERS.has(code[i]); i += 1) decimals += 1;
  return decimals;
}

/** A run of one date/time letter in a section's code, e.g. "mmm" or "yyyy". */
interface DateToken {
  readonly letter: string;
  readonly length: number;
}

/** A token's letters as date/time code: elapsed `[h]` and `[s]` count, `[mm]` is minutes ("n"). */
function dateCode(token: FormatToken): string {
  if (token.kind === 'code') return token.text.toLowerCase();
  if (token.kind !== 'bracket') return ' ';
  const elapsed = /^(h+|m+|s+)$/i.exec(token.text);
  if (elapsed === null) return ' ';
  const letter = elapsed[1][0].toLowerCase();
  return ` ${letter === 'm' ? 'n' : letter} `;
}

/** The date/time letter runs of a section, with "General", "AM/PM" and "A/P" removed. */
function dateTokens(section: readonly FormatToken[]): DateToken[] {
  const code = section
    .map(dateCode)
    .join('')
    .replace(/general|am\/pm|a\/p/g, ' ');
  const runs = code.match(/d+|m+|y+|h+|s+/g) ?? [];
  return runs.map((run) => ({ letter: run[0], length: run.length }));
}

/** True when an `m` run is minutes: after an hour or before seconds (as Excel reads it). */
function isMinutes(tokens: readonly DateToken[], index: number): boolean {
  if (tokens[index].length > 2) return false;
  return tokens[index - 1]?.letter === 'h' || tokens[index + 1]?.letter === 's';
}

/**
 * True when the format shows a date: day, month or year codes outside quotes and brackets
 * ("dd/mm/yyyy", "mmm-yy", "[$-809]mmmm yyyy", the system long date `[$-F800]`). Time-only
 * formats ("h:mm", "[h]:mm:ss") and "General" are not dates.
 */
export function isDateFormat(format: string | null | undefined): boolean {
  if (isGeneralFormat(format)) return false;
  return numericSections(format).some((section) => {
    if (section.some((t) => t.kind === 'bracket' && /^\$-(?:F800|x-sysdate)$/i.test(t.text))) return true;
    const tokens = dateTokens(section);
    return tokens.some((t, i) => t.letter === 'd' || t.letter === 'y' || (t.letter === 'm' && !isMinutes(tokens, i)));
  });
}

/**
 * True when the format shows a length of time: hours, minutes or seconds and nothing of a date or a
 * time of day ("mm:ss", "[m]:ss", "h:mm:ss", "[h]:mm"; not "h:mm AM/PM" or "dd/mm/yyyy hh:mm"). A
 * call centre's average wait kept as Excel time (0.00303 shown as 04:22) is such a cell: the number
 * is a fraction of a day.
 */
export function isDurationFormat(format: string | null | undefined): boolean {
  if (isGeneralFormat(format) || !format || /am\/pm|a\/p/i.test(format)) return false;
  const first = numericSections(format)[0];
  if (first === undefined) return false;
  const tokens = dateTokens(first);
  return (
    tokens.length > 0 &&
    tokens.every(
      (t, i) => t.letter === 'h' || t.letter === 's' || t.letter === 'n' || (t.letter === 'm' && isMinutes(tokens, i)),
    )
  );
}

/** The currency a bracketed locale block names: `[$£-809]` → "£", `[$-809]` → null. */
function bracketCurrency(text: string): string | null {
  const match = /^\$([^-]*)/.exec(text);
  if (match === null) return null;
  const symbol = match[1].trim();
  if (CURRENCY_SYMBOLS.has(symbol)) return symbol;
  return CURRENCY_CODES[symbol.toUpperCase()] ?? null;
}

/**
 * The currency symbol a format shows: "£#,##0" → "£", `[$£-809]#,##0` → "£", `"€"0.00` → "€",
 * "$#,##0" → "$"; null when it shows none.
 */
export function currencyOf(format: string | null | undefined): string | null {
  for (const section of numericSections(format)) {
    for (const token of section) {
      if (token.kind === 'bracket') {
        const symbol = bracketCurrency(token.text);
        if (symbol !== null) return symbol;
      } else if (token.kind !== 'layout') {
        const symbol = [...token.text].find((c) => CURRENCY_SYMBOLS.has(c));
        if (symbol !== undefined) return symbol;
      }
    }
  }
  return null;
}

/** Formats already read by {@link hasLiteralPercent}: a sheet has a handful of formats and thousands of cells. */
const LITERAL_PERCENT = new Map<string, boolean>();

/**
 * True when a format writes a per cent sign as text (`0.0"%"`, `0\%`) in a numeric section: Excel
 * shows the number as stored, so 92.7 reads "92.7%" — a percentage kept in points, not a fraction.
 */
export function hasLiteralPercent(format: string | null | undefined): boolean {
  if (format === null || format === undefined) return false;
  let known = LITERAL_PERCENT.get(format);
  if (known === undefined) {
    known = numericSections(format).some((section) =>
      section.some((t) => (t.kind === 'quoted' || t.kind === 'escaped') && t.text.includes('%')),
    );
    if (LITERAL_PERCENT.size > 1000) LITERAL_PERCENT.clear();
    LITERAL_PERCENT.set(format, known);
  }
  return known;
}
