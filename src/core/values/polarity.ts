/**
 * Reading the words councils put in polarity ("Good is", "Direction") and frequency columns,
 * and band targets written as text ("10–15%").
 */
import type { Frequency, Polarity, RawValue } from '../types';
import { normaliseCellText } from './noDataCodes';
import { isPercentFormat } from './numberFormat';
import { parseNumber } from './parseNumber';

const HIGHER_WORDS = 'higher|high|bigger|big|larger|large|more|greater|up|upward|increase|increasing|increased|maximise|maximize|max|rise|rising';
const LOWER_WORDS = 'lower|low|smaller|small|less|fewer|down|downward|decrease|decreasing|decreased|reduce|reduction|minimise|minimize|min|fall|falling';

/** "higher", "higher is better", "the higher the better", "higher = good", "aim high". */
function directionPattern(words: string): RegExp {
  return new RegExp(
    `^(?:aim (?:for |to )?|good is |good performance is )?(?:the )?(?:${words})(?: (?:is|=) (?:better|good|best)| the better| better| is good performance)?$`,
  );
}

const HIGHER = directionPattern(HIGHER_WORDS);
const LOWER = directionPattern(LOWER_WORDS);

const EXACT: ReadonlyMap<string, Polarity> = new Map<string, Polarity>([
  ...['↑', '▲', '⬆', '⇧', '+', 'up arrow'].map((w): [string, Polarity] => [w, 'higher']),
  ...['↓', '▼', '⬇', '⇩', 'down arrow'].map((w): [string, Polarity] => [w, 'lower']),
  ...[
    'band', 'banded', 'range', 'in range', 'within range', 'within band', 'target range',
    'within target range', 'goal post', 'goalpost', 'goalposts', 'optimal range', 'within limits',
    '↔', '↕', '◆',
  ].map((w): [string, Polarity] => [w, 'band']),
  ...[
    'n/a', 'na', 'none', 'no polarity', 'not applicable', 'context', 'contextual', 'monitor',
    'monitoring', 'monitoring only', 'monitor only', 'for information', 'information only',
    'neutral', '-', '–', '—', 'no target',
  ].map((w): [string, Polarity] => [w, 'none']),
]);

/**
 * Reads a polarity cell: Higher/Lower, High/Low, Up/Down, "Higher is better", "Smaller is
 * better", Increase/Decrease, Maximise/Minimise, arrows (↑ ↓ ▲ ▼), "+" → 'higher'; "Within
 * range", "Band", "Target range" → 'band'; "N/A", "None", "Context", "Monitoring only",
 * "Neutral" and a lone dash → 'none'. Null for a blank, a number or unknown text.
 */
export function parsePolarity(raw: RawValue): Polarity | null {
  if (typeof raw !== 'string') return null;
  const text = normaliseCellText(raw).toLowerCase().replace(/[.!]+$/, '');
  if (text === '') return null;
  const exact = EXACT.get(text);
  if (exact !== undefined) return exact;
  if (HIGHER.test(text)) return 'higher';
  if (LOWER.test(text)) return 'lower';
  return null;
}

const FREQUENCIES: ReadonlyMap<string, Frequency> = new Map<string, Frequency>([
  ...['annual', 'annually', 'yearly', 'year', 'a', 'y', 'annual return'].map((w): [string, Frequency] => [w, 'annual']),
  ...['quarterly', 'quarter', 'q', 'qtr', 'qtrly'].map((w): [string, Frequency] => [w, 'quarterly']),
  ...['monthly', 'month', 'm', 'mthly'].map((w): [string, Frequency] => [w, 'monthly']),
]);

/** Reads a frequency cell: "Annual", "Yearly", "A" → annual; "Quarterly", "Q"; "Monthly", "M". */
export function parseFrequency(raw: RawValue): Frequency | null {
  if (typeof raw !== 'string') return null;
  return FREQUENCIES.get(normaliseCellText(raw).toLowerCase().replace(/\.$/, '')) ?? null;
}

/** A band target: inclusive bounds as stored (fractions when `percentFormat`). */
export interface BandTarget {
  readonly lower: number;
  readonly upper: number;
  readonly percentFormat: boolean;
}

const NUMBER_PART = String.raw`[+\-\u2212]?[£€$]?\d[\d,]*(?:\.\d+)?(?: ?%)?`;
const BAND = new RegExp(`^(?:between )?(${NUMBER_PART}) ?(?:-|–|—|to|and) ?(${NUMBER_PART})$`, 'i');

/**
 * Reads a band target written as text: "10-15", "10–15%", "10 to 15", "between 10 and 15",
 * "10% - 15%". A % on either bound makes both percentages, read as fractions like
 * {@link parseNumber} ("10–15%" → 0.1 and 0.15, `percentFormat` true). When the text has no %
 * but the cell's format is a percentage and both bounds are at most 1 ("0.1-0.15"), they are
 * fractions too. Bounds written the wrong way round are put in order. Null for anything else,
 * a single number included.
 */
export function parseBandTarget(raw: RawValue, format?: string | null): BandTarget | null {
  if (typeof raw !== 'string') return null;
  const match = BAND.exec(normaliseCellText(raw));
  if (match === null) return null;
  const percent = match[1].includes('%') || match[2].includes('%');
  const withPercent = (part: string): string => (percent && !part.includes('%') ? `${part}%` : part);
  const first = parseNumber(withPercent(match[1])).value;
  const second = parseNumber(withPercent(match[2])).value;
  if (first === null || second === null) return null;
  const fractions = !percent && isPercentFormat(format) && Math.abs(first) <= 1 && Math.abs(second) <= 1;
  return { lower: Math.min(first, second), upper: Math.max(first, second), percentFormat: percent || fractions };
}
