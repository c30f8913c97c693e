/**
 * What the lines around a table state for all its rows: a key to the polarity symbols
 * ("↑ = higher is better, ↓ = lower is better"), the unit of its tolerance column ("Tolerance is
 * in percentage points"), the scale of its money ("£000s"), and what a key says the colours mean
 * ("Amber = within 5% of target": see ragKey.ts). Read from the rows just above the header and just
 * below the last row, outside the table's columns or not.
 */
import { toA1 } from '../address';
import type { Polarity } from './types';
import type { DetectedTable } from '../tables/types';
import type { RawValue, SheetGrid } from '../values/types';
import { parsePolarity } from '../values/polarity';
import { parseSheetRag } from '../values/sheetRag';
import { readMagnitude, type Magnitude } from '../values/units';
import { toleranceUnitIn, type ToleranceUnit } from '../values/tolerance';
import { readKeyStatement, type KeyStatement } from './ragKey';
import { figureKindIn } from './cumulative';

/** How many rows above the header, and below the table, are read for notes. */
const ROWS_ABOVE = 8;
const ROWS_BELOW = 5;

export interface TableNotes {
  /** Symbols a key defines ("↑", "H", "+"), as written and in lower case, and the polarity each means. */
  readonly symbols: ReadonlyMap<string, Polarity>;
  /** The tolerance unit a note states, and the note's cell. */
  readonly tolerance: { readonly unit: ToleranceUnit; readonly cell: string } | null;
  /** The money scale a title or note states ("£000s", "£m"), and its cell. */
  readonly magnitude: { readonly magnitude: Magnitude; readonly currency: string | null; readonly cell: string } | null;
  /** What a key says of amber and green, with the first cell that says it and its text. */
  readonly key: { readonly statement: KeyStatement; readonly cell: string; readonly text: string } | null;
  /** The mark a note says makes a figure provisional ("Figures marked * are provisional"), and the note's cell. */
  readonly provisionalMark: { readonly mark: string; readonly cell: string } | null;
  /** A title or note above the table that says its figures are cumulative ("(cumulative from 1 April)"), and its cell. */
  readonly cumulative: { readonly text: string; readonly cell: string } | null;
  /** The marks a key says tell how a named indicator's figures are kept ("(C) Outturns reported cumulatively"), by their letters in upper case. */
  readonly marks: ReadonlyMap<string, FigureMark>;
}

/**
 * A mark that opens indicators' names ("(C) Number of apprenticeships created") and what a key beside
 * the table says it means of how their figures are kept: `cumulative`, the year so far; `level`, a
 * level at the period's end ("snapshot"); `own`, each period's own ("discrete").
 */
export interface FigureMark {
  /** The mark as the key writes it: "(C)". */
  readonly mark: string;
  readonly kind: 'cumulative' | 'level' | 'own';
  /** The key's words for it ("Outturns reported cumulatively"), and their cell. */
  readonly text: string;
  readonly cell: string;
}

/**
 * One mark of a key and its words: "(C) Outturns reported cumulatively", "(S) = Snapshot", up to the
 * next mark or the end of the line; a bracket of other words in them is kept ("(C) Cumulative (from April)").
 */
const MARK_ENTRY =
  /\(\s*([A-Za-z]{1,3})\s*\)\s*(?:[=:\u2013\u2014-]\s*)?((?:[^()]|\([^()]*\))*?)\s*(?=\(\s*[A-Za-z]{1,3}\s*\)|$)/g;

/** A mark alone in its cell, its words in the next: "(C)" | "Cumulative". */
const MARK_ALONE = /^\(\s*([A-Za-z]{1,3})\s*\)$/;

function addMark(marks: Map<string, FigureMark>, letters: string, words: string, cell: string): void {
  const kind = figureKindIn(words);
  const key = letters.toUpperCase();
  if (kind !== null && !marks.has(key)) marks.set(key, { mark: `(${letters})`, kind, text: words.trim(), cell });
}

/** The mark that opens a name ("(C) Number of …"), as {@link TableNotes.marks} is keyed; null for none. */
export function nameMark(name: string): string | null {
  const m = /^\(\s*([A-Za-z]{1,3})\s*\)\s/.exec(name);
  return m ? m[1].toUpperCase() : null;
}

/**
 * A title or note that says a table's figures are the year so far: "(cumulative from 1 April)",
 * "(cumulative)", "Figures are cumulative", "All figures are year to date", "cumulative year to date
 * figures". Not a title that only uses the word of something else ("Cumulative impact of savings").
 */
const TABLE_CUMULATIVE =
  /\(\s*cumulative\b[^)]*\)|\bcumulative\s+(?:from|since)\s+(?:1(?:st)?\s+)?april\b|\b(?:all\s+)?figures\s+(?:are|shown\s+are)\s+(?:cumulative|year[\s-]+to[\s-]+date)\b|\bcumulative\s+(?:year[\s-]+to[\s-]+date\s+)?figures\b/i;

/**
 * A note that says what mark makes a figure provisional: "Figures marked * are provisional", "* =
 * provisional", "* denotes provisional data", "(p) provisional figure". The mark is read as the note gives it.
 */
const PROVISIONAL_NOTE =
  /(?:^|\b(?:marked|with|shown\s+(?:by|with))\s+(?:an?\s+)?)(\*{1,2}|[\u2020\u2021]|\(p\))\s*(?:=|:|-|–|are|is|denotes?|means|indicates?|shows?)?\s*(?:an?\s+)?(?:provisional|unvalidated)\b/i;

const COLOUR_ALONE = /^(?:green|amber|red|blue)$/i;

/** Text that may be a line of a key: a colour's name, or its letter with a sign ("A = …"), as ragKey.ts reads them. */
const MAY_BE_KEY = /\b(?:green|amber|red|blue)\b|\b[gar]\s*[=:–—-]/i;

/** A margin in a line: with a rating's words ("Target slightly missed (within 10%)"), a line of a key that names no colour. */
const MARGIN_WORDS = /\d\s*(?:%|per ?cent|percentage points?)/i;

/** The label a key starts with: "Key:", "Legend -", "Polarity:". */
const KEY_LABEL = /^\s*(?:key|legend|polarity|direction)\s*[:\-–]\s*/i;

const KEY_PART = /^\s*(\S{1,3})\s*(?:=|:|means|is|–|-)\s*(.+?)\s*$/u;

function addKey(symbols: Map<string, Polarity>, symbol: string, phrase: string): void {
  const p = parsePolarity(phrase);
  if (p === null || /^[a-z]{2,3}$/i.test(symbol) || /^\d+$/.test(symbol)) return;
  symbols.set(symbol, p);
  symbols.set(symbol.toLowerCase(), p);
}

/** The rows a table takes up on its sheet, from its top (its title or header) to its last row. */
export interface RowSpan {
  readonly top: number;
  readonly bottom: number;
}

/**
 * Reads the notes above and below a table, in rows no other of the sheet's `tables` takes up:
 * {@link ROWS_ABOVE} rows above it, and for a key, every row from `keyFrom` (a sheet's key is often at
 * its top, above a summary and the first table's title).
 */
export function readTableNotes(
  grid: SheetGrid,
  table: DetectedTable,
  keyFrom = table.top - ROWS_ABOVE,
  tables: readonly RowSpan[] = [],
): TableNotes {
  const symbols = new Map<string, Polarity>();
  let tolerance: TableNotes['tolerance'] = null;
  let magnitude: TableNotes['magnitude'] = null;
  let provisionalMark: TableNotes['provisionalMark'] = null;
  let cumulative: TableNotes['cumulative'] = null;
  const marks = new Map<string, FigureMark>();
  const keyLines: { text: string; cell: string }[] = [];
  const rows: number[] = [];
  const notesFrom = Math.max(0, table.top - ROWS_ABOVE);
  for (let r = Math.max(0, Math.min(keyFrom, notesFrom)); r < table.top; r++) rows.push(r);
  for (let r = table.bottom + 1; r <= table.bottom + ROWS_BELOW && r < grid.values.length; r++) rows.push(r);
  for (const r of rows) {
    // Another table's rows hold its indicators, statuses and comments ("Amber" beside "Behind the
    // profile of 85.2% at December"), not notes on this one.
    if (tables.some((t) => r >= t.top && r <= t.bottom)) continue;
    const cells = grid.values[r] ?? [];
    // Further up than the notes are read, only the lines of a key.
    const keyOnly = r < notesFrom;
    cells.forEach((v, c) => {
      if (typeof v !== 'string' || v.trim() === '') return;
      const text = v.trim();
      const line = keyLineAt(text, cells, r, c);
      if (line) keyLines.push(line);
      if (keyOnly) return;
      for (const part of text.split(/[,;|\n]|\s{3,}/)) {
        const m = KEY_PART.exec(part.replace(KEY_LABEL, ''));
        if (m !== null) addKey(symbols, m[1], m[2]);
      }
      // A key over two cells: the symbol in one, its meaning in the next.
      if (text.length <= 2) {
        const next = cells.slice(c + 1).find((x) => typeof x === 'string' && x.trim() !== '');
        if (typeof next === 'string') addKey(symbols, text, next);
      }
      if (tolerance === null) {
        const unit = /toleran|amber/i.test(text) ? toleranceUnitIn(text) : null;
        if (unit !== null) tolerance = { unit, cell: toA1(r, c) };
      }
      if (provisionalMark === null) {
        const said = PROVISIONAL_NOTE.exec(text);
        if (said) provisionalMark = { mark: said[1], cell: toA1(r, c) };
      }
      if (cumulative === null && r < table.top && TABLE_CUMULATIVE.test(text)) cumulative = { text, cell: toA1(r, c) };
      const alone = MARK_ALONE.exec(text);
      if (alone) {
        const next = cells.slice(c + 1).find((x) => typeof x === 'string' && x.trim() !== '');
        if (typeof next === 'string') addMark(marks, alone[1], next, toA1(r, c));
      } else if (text.includes('(')) for (const m of text.matchAll(MARK_ENTRY)) addMark(marks, m[1], m[2], toA1(r, c));
      if (magnitude === null && r < table.top) {
        const found = readMagnitude(text);
        if (found !== null) magnitude = { ...found, cell: toA1(r, c) };
      }
    });
  }
  return { symbols, tolerance, magnitude, key: keyOf(keyLines), provisionalMark, cumulative, marks };
}

/** How far down a sheet without a table {@link sheetKey} looks for a key. */
const COVER_KEY_ROWS = 60;

/**
 * "Green = below the three year average": a key that rates against an average of the sheet's own,
 * the average as written.
 */
const GREEN_AGAINST_AVERAGE =
  /\bgreen\b\s*(?:=|:|-|–|—|means|is)?[^;|]*?\b(?:below|under|less than|lower than|fewer than|above|over|more than|higher than|greater than)\s+(?:the\s+)?((?:\d+|one|two|three|four|five|ten)[- ]year(?: rolling)? average)\b/i;

const NUMBER_WORDS: Readonly<Record<string, string>> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  ten: '10',
};

/** An average's words made comparable: "Three-year average" and "3 year average" are one. */
export function averageKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[-\u2010-\u2015]/g, ' ')
    .replace(/\b(one|two|three|four|five|ten)\b/g, (w) => NUMBER_WORDS[w])
    .replace(/\s+/g, ' ')
    .trim();
}

/** What a key near a sheet's top rates against, where that is an average of its own; null where it says no such thing. */
export function keyComparator(
  grid: SheetGrid,
): { readonly average: string; readonly cell: string; readonly text: string } | null {
  for (let r = 0; r < Math.min(grid.values.length, COVER_KEY_ROWS); r++) {
    const cells = grid.values[r] ?? [];
    for (let c = 0; c < cells.length; c++) {
      const v = cells[c];
      if (typeof v !== 'string') continue;
      const m = GREEN_AGAINST_AVERAGE.exec(v);
      if (!m) continue;
      return { average: averageKey(m[1]), cell: toA1(r, c), text: v.trim() };
    }
  }
  return null;
}

/**
 * What a key on a sheet without a table says of the colours (a cover or contents sheet's "Amber =
 * within 10% of target"), read from its first {@link COVER_KEY_ROWS} rows; null where it says nothing.
 */
export function sheetKey(grid: SheetGrid): TableNotes['key'] {
  const keyLines: { text: string; cell: string }[] = [];
  for (let r = 0; r < Math.min(grid.values.length, COVER_KEY_ROWS); r++) {
    const cells = grid.values[r] ?? [];
    cells.forEach((v, c) => {
      if (typeof v !== 'string' || v.trim() === '') return;
      const line = keyLineAt(v.trim(), cells, r, c);
      if (line) keyLines.push(line);
    });
  }
  return keyOf(keyLines);
}

/** The cell's text as a line of a key, with the cell beside it where the text is a colour alone; null for text that is none. */
function keyLineAt(
  text: string,
  cells: readonly RawValue[],
  r: number,
  c: number,
): { text: string; cell: string } | null {
  if (!MAY_BE_KEY.test(text) && !(MARGIN_WORDS.test(text) && parseSheetRag(text) !== null)) return null;
  // A key over two cells ("Amber" | "Within 5% of target") is read as one line.
  const next = COLOUR_ALONE.test(text) ? cells.slice(c + 1).find((x) => typeof x === 'string' && x.trim()) : null;
  return { text: typeof next === 'string' ? `${text} = ${next.trim()}` : text, cell: toA1(r, c) };
}

/** What the key lines state together, with the first line that states something on its own. */
function keyOf(lines: readonly { text: string; cell: string }[]): TableNotes['key'] {
  if (lines.length === 0) return null;
  const statement = readKeyStatement(lines.map((l) => l.text));
  if (!statement) return null;
  const first = lines.find((l) => readKeyStatement([l.text])) ?? lines[0];
  return { statement, cell: first.cell, text: first.text };
}
