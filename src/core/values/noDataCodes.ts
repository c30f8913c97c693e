/**
 * The words and codes that mean "no number here", and why. Matching is on the trimmed text,
 * case-insensitive, with runs of spaces treated as one.
 */
import type { NoDataReason } from './types';
import { tidySpaces } from './whitespace';
import { fromEitherHalf } from './bilingual';
import { MONTH } from '../periods/periodTokens';

/** Excel error values, as cached in a file or as Office.js hands them over (strings). */
export const EXCEL_ERRORS: readonly string[] = [
  '#N/A',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
  '#BLOCKED!',
  '#BUSY!',
  '#CONNECT!',
  '#FIELD!',
  '#UNKNOWN!',
  '#EXTERNAL!',
  '#PYTHON!',
];

/** What councils write when a value is not available. Dashes of every width included. */
const NOT_AVAILABLE: readonly string[] = [
  'n/a',
  'na',
  'n.a.',
  'n.a',
  'n/av',
  '-',
  '--',
  '–',
  '—',
  'dna',
  'not available',
  'data not available',
  'no data',
  'not applicable',
  'not collected',
  'not reported',
  'data not yet available',
  'data only',
  'unavailable',
  'data unavailable',
  'no data available',
  'not measured',
  'information not available',
  'information unavailable',
  'figures not available',
];

/**
 * A cell that says the measure did not exist then: "New indicator", "New PI for 2024/25", "New measure
 * 2023-24", "New". Councils write it in the earlier periods' cells of a measure added this year.
 */
const NEW_MEASURE =
  /^new(?: (?:indicator|measure|metric|pi|kpi|performance indicator|performance measure))?(?: (?:for |in |from )?(?:\d{4}(?:[/-]\d{2,4})?|this year))?$/;

/** A cell that says the measure is taken at other times: "Measured twice per year", "Reported six-monthly", "Collected quarterly". */
const OTHER_TIMES =
  /^(?:measured|reported|collected|published|updated|surveyed)\s+(?:twice|two times|once|six[- ]?monthly|half[- ]?yearly|bi-?annually|quarterly|monthly|every (?:six|6) months)(?:\s+(?:a|per|each|every)\s+(?:year|annum))?$/;

/** What councils write when a value is expected but not yet in. */
const TO_BE_CONFIRMED: readonly string[] = [
  'tbc',
  'tba',
  'tbd',
  'awaited',
  'data awaited',
  'pending',
  'to be confirmed',
  'to follow',
  'not yet available',
  'not yet published',
  'not available yet',
  'due',
];

/**
 * A figure expected later, with when: "Data due Oct", "Figures due end of October", "Expected in
 * Q3", "Available next quarter", "Due 15/10/2024". Not "Due to …", a reason rather than a time.
 */
const DUE_LATER = new RegExp(
  String.raw`^(?:(?:data|figures?|results?|information|outturn)\s+)?(?:due|expected|available)\s+` +
    String.raw`(?:(?:in|on|by|from|after|at|end of|mid|early|late|w/c)\s+)?` +
    String.raw`(?:(?:${MONTH})(?:\s+\d{2}|\s+\d{4})?|q[1-4]|quarter [1-4]|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|` +
    String.raw`next (?:month|quarter|year|period|report)|year[\s-]end|the end of the (?:month|quarter|year))\.?$`,
);

/** What councils write in a period's cell for a measure taken at other times, none due in it. */
const NOT_DUE: readonly string[] = [
  'not due',
  'not yet due',
  'not due yet',
  'not due this quarter',
  'not due this month',
  'not due this period',
  'not due until year end',
  'six monthly',
  'six-monthly',
  '6 monthly',
  '6-monthly',
  'half yearly',
  'half-yearly',
  'bi-annual',
  'biannual',
  'bi-annually',
  'biannually',
];

/**
 * Official statistics suppression codes (GSS and ONS conventions): c confidential, z not
 * applicable, x not available, k rounds to zero, ":" and ".." not available, "*" and "low"
 * suppressed small numbers.
 */
const SUPPRESSED: readonly string[] = [
  'c',
  'z',
  'x',
  'k',
  ':',
  '*',
  '..',
  '[c]',
  '[z]',
  '[x]',
  '[k]',
  '[low]',
  'low',
  'suppressed',
];

/** What councils write in a quarter's cell for a measure reported once a year. */
const REPORTED_ANNUALLY: readonly string[] = [
  'annual',
  'annually',
  'annual kpi',
  'annual pi',
  'annual measure',
  'annual indicator',
  'annual figure',
  'annual data',
  'annual result',
  'annual return',
  'annual only',
  'reported annually',
  'measured annually',
  'collected annually',
  'annual reporting',
  'reported yearly',
  'yearly',
  'year end',
  'year-end',
  'year end only',
  'year-end only',
  'reported at year end',
  'reported at year-end',
  'end of year',
  'eoy',
  'annual (year end)',
];

const BY_TEXT: ReadonlyMap<string, NoDataReason> = new Map<string, NoDataReason>([
  ...NOT_AVAILABLE.map((t): [string, NoDataReason] => [t, 'not-available']),
  ...TO_BE_CONFIRMED.map((t): [string, NoDataReason] => [t, 'to-be-confirmed']),
  ...SUPPRESSED.map((t): [string, NoDataReason] => [t, 'suppressed']),
  ...REPORTED_ANNUALLY.map((t): [string, NoDataReason] => [t, 'reported-annually']),
  ...NOT_DUE.map((t): [string, NoDataReason] => [t, 'not-due']),
  ...EXCEL_ERRORS.map((t): [string, NoDataReason] => [t.toLowerCase(), 'error']),
]);

/** Trims a cell's text (non-breaking spaces included) and collapses inner runs of spaces. */
export function normaliseCellText(text: string): string {
  // `\s` covers the non-breaking, figure and narrow spaces too.
  return tidySpaces(text);
}

/**
 * Why a piece of cell text holds no number: 'not-available', 'to-be-confirmed', 'suppressed',
 * 'reported-annually', 'not-due' or 'error'; null when the text is none of the known words or codes.
 */
export function noDataReasonOf(text: string): NoDataReason | null {
  const key = normaliseCellText(text).toLowerCase();
  // "Dim data / No data": a Welsh council's code, read by its English half.
  return reasonOf(key) ?? fromEitherHalf(key, reasonOf, (a, b) => a === b);
}

function reasonOf(key: string): NoDataReason | null {
  return (
    BY_TEXT.get(key) ??
    (OTHER_TIMES.test(key)
      ? 'not-due'
      : NEW_MEASURE.test(key)
        ? 'not-available'
        : DUE_LATER.test(key)
          ? 'to-be-confirmed'
          : null)
  );
}

/**
 * A word of progress in place of a figure, as a milestone or project row reports it: "Complete",
 * "Achieved", "On track", "In progress", "Delayed", "At risk", "Not started", "On hold" — alone or
 * with a date or a note after it ("Complete (Nov 2024)", "Delayed to March 2025"). Such a row is
 * reported in words, not missing its data.
 */
const PROGRESS_WORD =
  /^(?:(?:fully |partially |partly )?(?:complete|completed|achieved|delivered|done)|on (?:track|schedule)|in progress|ongoing|underway|under way|started|not (?:yet )?started|not (?:achieved|delivered|completed)|delayed|behind schedule|at risk|slipped|slipping|overdue|off track|on hold|paused|deferred|cancelled|canceled|withdrawn|superseded)(?:$|[\s(\-–—,.:;])/i;

/** True when a cell's text reports progress in words (see {@link PROGRESS_WORD}) rather than a figure. */
export function isProgressWord(text: string): boolean {
  return PROGRESS_WORD.test(normaliseCellText(text));
}

/**
 * A bound where a figure belongs: "<5", "< 10", "≤ 3", "Fewer than 5", "Less than 1%", "over 95%", as a
 * published scorecard keeps back a small number. It says the period is reported, but gives no one
 * figure to rate.
 */
const BOUND =
  /^(<=?|>=?|[≤≥]|(?:fewer|less|more|greater) than|under|over|below|above|up to)\s*([£$€])?(\d[\d,]*(?:\.\d+)?)\s*(%)?$/i;

/** True when a cell's text is a bound rather than a figure (see {@link BOUND}). */
export function isBoundText(text: string): boolean {
  return BOUND.test(normaliseCellText(text));
}

/** A bound as read: the figure is below it or above it, whether it may equal it, the number as written, and its sign. */
export interface Bound {
  readonly below: boolean;
  /** True for "≤ 5", "<=5", "up to 5": the figure may be the bound itself. */
  readonly inclusive: boolean;
  readonly value: number;
  /** The number as the cell writes it: "5", "1,000". */
  readonly written: string;
  readonly percent: boolean;
  readonly currency: boolean;
}

/** The bound a cell's text gives ({@link BOUND}), or null for text that is none. */
export function readBound(text: string): Bound | null {
  const m = BOUND.exec(normaliseCellText(text));
  if (!m) return null;
  const word = m[1].toLowerCase();
  const below = /^(?:<|≤|fewer|less|under|below|up)/.test(word);
  return {
    below,
    inclusive: word === '<=' || word === '>=' || word === '≤' || word === '≥' || word === 'up to',
    value: Number(m[3].replace(/,/g, '')),
    written: m[3],
    percent: m[4] !== undefined,
    currency: m[2] !== undefined,
  };
}

/** True when a figure's cell reports progress in words ("Complete", "Delayed"), as a milestone's does. */
export function measureInWords(m: {
  readonly noData?: { readonly reason: string; readonly shown: string } | null;
}): boolean {
  return m.noData?.reason === 'text' && isProgressWord(m.noData.shown);
}
