/**
 * Reading the words councils put in polarity ("Good is", "Direction") and frequency columns,
 * and band targets written as text ("10–15%").
 */
import type { Frequency, Polarity } from '../indicators/types';
import type { RawValue } from './types';
import { normaliseCellText } from './noDataCodes';
import { isPercentFormat } from './numberFormat';
import { parseNumber } from './parseNumber';
import { isTargetUnitWord } from './units';

const HIGHER_WORDS =
  'higher|high|bigger|big|larger|large|more|greater|up|upward|increase|increasing|increased|maximise|maximize|max|rise|rising|↑|▲|⬆|⇧';
const LOWER_WORDS =
  'lower|low|smaller|small|less|fewer|down|downward|decrease|decreasing|decreased|reduce|reduction|minimise|minimize|min|fall|falling|↓|▼|⬇|⇩';

/**
 * "higher", "higher is better", "the higher the better", "higher = good", "aim high", "aim to
 * reduce", "figure should reduce", "smaller values are best", "good performance is low", "low is good", "desired
 * direction: up"; good, better or an improvement paired with the direction either way round ("good =
 * high", "low (good)", "↓ is good", "improvement = increase", "a reduction is an improvement").
 */
function directionPattern(words: string): RegExp {
  return new RegExp(
    `^(?:aim (?:for |to (?:be )?)?|good is |good performance is |(?:good|better|improvement) ?[=:] ?|improvement is |desired direction:? (?:is )?|direction:? |better (?:if |is |when )?|(?:(?:the )?(?:figures?|numbers?|values?|rates?|performance|it) )?should (?:be )?)?(?:the )?(?:an? )?(?:${words})(?: (?:values?|numbers?|figures?|scores?|results?|rates?|performance))?(?: (?:is|are|=|means) (?:better|good|best|good performance|an improvement)| = improvement| \\((?:good|better)\\)| the better| better| is good performance)?$`,
  );
}

const HIGHER = directionPattern(HIGHER_WORDS);
const LOWER = directionPattern(LOWER_WORDS);

const EXACT: ReadonlyMap<string, Polarity> = new Map<string, Polarity>([
  ...['↑', '▲', '⬆', '⇧', '+', 'up arrow'].map((w): [string, Polarity] => [w, 'higher']),
  ...['↓', '▼', '⬇', '⇩', 'down arrow'].map((w): [string, Polarity] => [w, 'lower']),
  ...[
    'band',
    'banded',
    'range',
    'in range',
    'within range',
    'within band',
    'target range',
    'within target range',
    'goal post',
    'goalpost',
    'goalposts',
    'optimal range',
    'within limits',
    '↔',
    '↕',
    '◆',
  ].map((w): [string, Polarity] => [w, 'band']),
  ...[
    'n/a',
    'na',
    'none',
    'no polarity',
    'not applicable',
    'context',
    'contextual',
    'monitor',
    'monitoring',
    'monitoring only',
    'monitor only',
    'data only',
    'for information',
    'information only',
    'info',
    'info only',
    'neutral',
    // A measure of how much comes in (applications received, households placed): counted, not rated.
    'volumetric',
    'volumetric measure',
    'demand',
    'demand measure',
    'demand indicator',
    '-',
    '–',
    '—',
    'no target',
    // Fingertips: compared with England, neither way better.
    'blue orange blue',
  ].map((w): [string, Polarity] => [w, 'none']),
]);

/**
 * Reads a polarity cell: Higher/Lower, High/Low, Up/Down, "Higher is better", "Smaller is
 * better", Increase/Decrease, Maximise/Minimise, arrows (↑ ↓ ▲ ▼), "+" → 'higher'; "Within
 * range", "Band", "Target range" → 'band'; "N/A", "None", "Context", "Monitoring only",
 * "Neutral", "Volumetric", "Demand measure" and a lone dash → 'none'; Fingertips' "RAG - Low is good"
 * as "Low is good". Null for a blank, a number or unknown text.
 */
export function parsePolarity(raw: RawValue): Polarity | null {
  if (typeof raw !== 'string') return null;
  const text = normaliseCellText(raw)
    .toLowerCase()
    .replace(/[.!]+$/, '')
    // "Aim: Minimise", "Aim - maximise", as a name's closing words put it.
    .replace(/^aim\s*[:–—-]\s*/, 'aim ')
    // Fingertips' public health profiles: "RAG - Low is good", "BOB - Blue orange blue".
    .replace(/^(?:rag|bob)\s*[:–—-]\s*/, '');
  if (text === '') return null;
  const exact = EXACT.get(text);
  if (exact !== undefined) return exact;
  if (HIGHER.test(text)) return 'higher';
  if (LOWER.test(text)) return 'lower';
  // Words joined by a dash, each saying there is none or nothing of polarity ("Demand indicator – no target").
  const parts = text.split(/\s+[–—-]\s+/);
  if (parts.length > 1) {
    const read = parts.map((part) => parsePolarity(part));
    if (read.includes('none') && read.every((r) => r === 'none' || r === null)) return 'none';
  }
  // An arrow with words that say the same ("↑ Higher is better").
  const arrow = /^([↑▲⬆⇧↓▼⬇⇩])\s*[-=:]?\s*(.+)$/u.exec(text);
  if (arrow !== null) {
    const bySymbol = EXACT.get(arrow[1]);
    const byWords = parsePolarity(arrow[2]);
    if (bySymbol === byWords) return bySymbol ?? null;
  }
  return null;
}

/** Yes/no answers, for a polarity column whose header asks the question ("Smaller values are best"). */
const YES = new Set(['yes', 'y', 'true', '✓', '✔']);
const NO = new Set(['no', 'n', 'false', '✗', '✘']);

/**
 * Reads a yes/no polarity cell under a header that states a direction ("Higher is better?",
 * "Smaller values are best"): yes gives the header's polarity, no the other one. Null otherwise.
 */
export function parsePolarityAnswer(raw: RawValue, header: string): Polarity | null {
  const asked = parsePolarity(
    header
      .trim()
      .replace(/\?$/, '')
      .replace(/^is\s+/i, ''),
  );
  if (asked !== 'higher' && asked !== 'lower') return null;
  const answer =
    typeof raw === 'boolean'
      ? raw
        ? 'yes'
        : 'no'
      : typeof raw === 'string'
        ? normaliseCellText(raw)
            .toLowerCase()
            .replace(/[.!]+$/, '')
        : '';
  if (YES.has(answer)) return asked;
  if (NO.has(answer)) return asked === 'higher' ? 'lower' : 'higher';
  return null;
}

/**
 * A polarity given by one letter in a polarity column, as Kent's scorecards mark each indicator H
 * (highest is best) or L (lowest is best). Only in such a column: elsewhere H and L could be a
 * priority or a risk.
 */
export function polarityLetter(raw: RawValue): 'higher' | 'lower' | null {
  if (typeof raw !== 'string') return null;
  const t = normaliseCellText(raw).trim().toLowerCase();
  return t === 'h' || t === 'hi' ? 'higher' : t === 'l' || t === 'lo' ? 'lower' : null;
}

/** A polarity written at the end of a name: "(Minimise)", "(lower is better)", " - higher is better", a trailing arrow. */
const NAME_TAIL =
  /(?:\(([^()]{1,40})\)|\[([^[\]]{1,40})\]|\s[-–—:]\s*([a-z][a-z =]{1,40}|aim\s*:\s*[a-z][a-z ]{1,30})|\s([↑▲⬆↓▼⬇]))\s*$/iu;

/** Words that make a name's closing words a polarity statement. */
const STATES_POLARITY = /maxim|minim|better|best|good|aim|desired/;

/** Words that may close a name in brackets and mean no polarity. */
const NAME_NONE = new Set([
  'monitor',
  'monitoring',
  'monitoring only',
  'context',
  'contextual',
  'data only',
  'for information',
]);

/**
 * The polarity a name states at its end — "Reports about non-collection of waste (Minimise)",
 * "Recycling rate (Maximise)", "Void loss - lower is better", "Missed bins ↓" — or at its start
 * ("↑ Recycling rate"). `symbols` adds a key's own symbols. Null when the name states none.
 */
export function polarityInName(name: string, symbols?: ReadonlyMap<string, Polarity>): Polarity | null {
  const text = normaliseCellText(name);
  // Most names state nothing: look further only at one that closes on a bracket or an arrow, or has a dash or colon.
  const last = text.charCodeAt(text.length - 1);
  const mayClose = last === 0x29 || last === 0x5d || last > 0x2000 || /\s[-–—:]\s/.test(text);
  const tail = mayClose ? NAME_TAIL.exec(text) : null;
  if (tail !== null) {
    const said = (tail[1] ?? tail[2] ?? tail[3] ?? tail[4]).trim();
    const lower = said.toLowerCase();
    const fromKey = symbols?.get(said) ?? symbols?.get(lower);
    if (fromKey !== undefined) return fromKey;
    if (NAME_NONE.has(lower)) return 'none';
    // In a name, only words that can only be a polarity: "(min)" may be minutes and "(high)" a level.
    const p = tail[4] !== undefined || STATES_POLARITY.test(lower) ? parsePolarity(said) : null;
    if (p === 'higher' || p === 'lower') return p;
  }
  const head = /^([↑▲⬆↓▼⬇])\s/u.exec(text);
  if (head !== null) return symbols?.get(head[1]) ?? parsePolarity(head[1]);
  if (symbols !== undefined && symbols.size > 0) {
    const last = text.split(/\s+/).pop() ?? '';
    const byKey = symbols.get(last);
    if (byKey !== undefined && last.length <= 2 && !/^[a-z0-9]+$/i.test(last)) return byKey;
  }
  return null;
}

const FREQUENCIES: ReadonlyMap<string, Frequency> = new Map<string, Frequency>([
  ...['annual', 'annually', 'yearly', 'year', 'a', 'y', 'annual return'].map((w): [string, Frequency] => [w, 'annual']),
  ...['quarterly', 'quarter', 'q', 'qtr', 'qtrly'].map((w): [string, Frequency] => [w, 'quarterly']),
  ...['monthly', 'month', 'm', 'mthly'].map((w): [string, Frequency] => [w, 'monthly']),
]);

/**
 * Reads a frequency cell: "Annual", "Yearly", "A" → annual; "Quarterly", "Q"; "Monthly", "M". A
 * qualifier in brackets after the word ("Quarterly (cumulative)") is left for the cumulative reading.
 */
export function parseFrequency(raw: RawValue): Frequency | null {
  if (typeof raw !== 'string') return null;
  const text = normaliseCellText(raw).toLowerCase().replace(/\.$/, '');
  return FREQUENCIES.get(text) ?? FREQUENCIES.get(text.replace(/\s*\([^()]*\)$/, '').trim()) ?? null;
}

/**
 * A section title that says its measures are counted once a year: "Tenant perception measures
 * (annual survey)", "Annual indicators", "Measures reported annually". Not a section about a year's
 * plan or report ("Annual plan priorities", "Annual report actions").
 */
const ANNUAL_SECTION =
  /\bannual(?:ly)?\s+(?:survey|indicators?|measures?|kpis?|pis?|returns?|census|figures?|data)\b|\breported\s+annually\b|\bmeasured\s+annually\b|\(annual\)/i;

/** The frequency a section's title states for the measures under it: annual, or null. */
export function sectionFrequency(section: string | null | undefined): Frequency | null {
  return section && ANNUAL_SECTION.test(section) ? 'annual' : null;
}

/** A name that says its measure is counted once a year: "Residents satisfied with parks (annual)". */
const ANNUAL_NAME = /\((?:annual|annually|yearly|annual (?:measure|survey|indicator)|reported annually)\)/i;
/**
 * A note that says so: "Annual measure: 2023/24 outturn shown", "This indicator is reported
 * annually". Not one that speaks of a year alone ("the annual target", "the annual figure").
 */
const ANNUAL_NOTE =
  /^(?:this is an?\s+)?annual\s+(?:measure|indicator|kpi|pi|survey)\b|\b(?:reported|measured|collected|counted)\s+(?:annually|once a year|yearly)\b/i;

/** True when an indicator's own name, or note, says it is counted once a year. */
export function saysAnnual(text: string, as: 'name' | 'note'): boolean {
  return (as === 'name' ? ANNUAL_NAME : ANNUAL_NOTE).test(text);
}

/** A band target: inclusive bounds as stored (fractions when `percentFormat`). */
export interface BandTarget {
  readonly lower: number;
  readonly upper: number;
  readonly percentFormat: boolean;
}

const NUMBER_PART = String.raw`[+\-\u2212]?[£€$]?\d[\d,]*(?:\.\d+)?(?: ?%)?`;
const BAND = new RegExp(`^(?:between )?(${NUMBER_PART}) ?(?:-|–|—|to|and) ?(${NUMBER_PART})$`, 'i');
const PLUS_MINUS = /^(?:±|\+\/-|\+\/−|\+-)\s*(\d[\d,]*(?:\.\d+)?\s?%?)$/;

/**
 * Reads a band target written as text: "10-15", "10–15%", "10 to 15", "between 10 and 15",
 * "10% - 15%", "±1%" (from -1 % to 1 %). A % on either bound makes both percentages, read as fractions like
 * {@link parseNumber} ("10–15%" → 0.1 and 0.15, `percentFormat` true). When the text has no %
 * but the cell's format is a percentage and both bounds are at most 1 ("0.1-0.15"), they are
 * fractions too. Bounds written the wrong way round are put in order. Null for anything else,
 * a single number included.
 */
export function parseBandTarget(raw: RawValue, format?: string | null): BandTarget | null {
  if (typeof raw !== 'string') return null;
  const text = normaliseCellText(raw);
  // "±1%", "+/- 1%": within so much either side of nothing (a forecast variance kept within 1 %).
  const either = PLUS_MINUS.exec(text);
  if (either !== null) {
    const size = parseNumber(either[1]);
    if (size.value === null || size.value <= 0) return null;
    return { lower: -size.value, upper: size.value, percentFormat: size.percentFormat };
  }
  const match = BAND.exec(text);
  if (match === null) return null;
  const percent = match[1].includes('%') || match[2].includes('%');
  const withPercent = (part: string): string => (percent && !part.includes('%') ? `${part}%` : part);
  const first = parseNumber(withPercent(match[1])).value;
  const second = parseNumber(withPercent(match[2])).value;
  if (first === null || second === null) return null;
  const fractions = !percent && isPercentFormat(format) && Math.abs(first) <= 1 && Math.abs(second) <= 1;
  return { lower: Math.min(first, second), upper: Math.max(first, second), percentFormat: percent || fractions };
}

/** A target written in words: its number (as text, for the usual number reading) and the polarity the words state. */
export interface WordedTarget {
  /** The number with its % or currency sign: "3%", "30", "£5". */
  readonly number: string;
  readonly polarity: 'higher' | 'lower';
  /** The words that state the polarity, as written ("less than", "≤", "or more"). */
  readonly words: string;
  /** The words after the number, when they name a unit ("seconds" in "not exceeding 30 seconds"). */
  readonly unit: string | null;
  /** True when the words leave the bound itself out: "less than", "<", "over"; not "no more than", "at most", "or more". */
  readonly strict: boolean;
}

/** Leading words that leave the bound out: "less than 50", "<50", "over 95%". */
const STRICT_LEAD =
  /^(?:less than|fewer than|lower than|under|below|<|more than|greater than|higher than|over|above|exceeding|exceed|>)$/;

const WORDED_NUMBER = String.raw`([£€$]?\d[\d,]*(?:\.\d+)?\s?%?)(?:\s*([a-z][a-z ]{0,30}?))?`;
const LOWER_LEAD = String.raw`no more than|not more than|no greater than|not greater than|not exceeding|not to exceed|does not exceed|not above|no higher than|not higher than|less than|fewer than|lower than|under|below|at most|maximum(?: of)?|max\.?|up to|≤|<=|=<|<`;
const HIGHER_LEAD = String.raw`no less than|not less than|no fewer than|not fewer than|not below|no lower than|not lower than|at least|minimum(?: of)?|min\.?|more than|greater than|higher than|over|above|exceeding|exceed|≥|>=|=>|>`;
const LEADING = new RegExp(
  String.raw`^(?:target:?\s*)?(?:an?\s+)?(${LOWER_LEAD}|${HIGHER_LEAD})\s*${WORDED_NUMBER}$`,
  'i',
);
const TRAILING = new RegExp(
  String.raw`^${WORDED_NUMBER}\s*(or (?:less|fewer|lower|below|under)|or (?:more|higher|above|over|greater)|\+)$`,
  'i',
);
const PLAIN_NUMBER = new RegExp(String.raw`^${WORDED_NUMBER}$`, 'i');

/**
 * A target whose polarity follows it in brackets, as Mole Valley writes its targets: "58.0% (aim to
 * maximise)", "N/A (aim to maximise)". The text before the bracket, and the polarity and words in
 * it; null when the bracket says no polarity (or there is none).
 */
export function polarityBracket(raw: RawValue): { rest: string; polarity: 'higher' | 'lower'; words: string } | null {
  if (typeof raw !== 'string') return null;
  const m = /^(.*?)\s*\(([^()]+)\)$/.exec(normaliseCellText(raw).trim());
  if (!m || m[1] === '') return null;
  // "30 weeks (max)": the target is a ceiling, so lower is better; "70% (min)" a floor. (In a polarity
  // column, "Max" says the opposite: maximise.)
  const bound = BOUND_BRACKET.exec(m[2].trim());
  if (bound) return { rest: m[1], polarity: bound[1] ? 'lower' : 'higher', words: m[2] };
  const polarity = parsePolarity(m[2]);
  return polarity === 'higher' || polarity === 'lower' ? { rest: m[1], polarity, words: m[2] } : null;
}

/** A bracket after a target that says it is a bound: "(max)", "(maximum)", "(upper limit)"; "(min)", "(minimum)". */
const BOUND_BRACKET = /^(?:an? )?(?:(max\.?|maximum|upper limit|ceiling|limit)|(?:min\.?|minimum|lower limit))$/i;

const LOWER_WORDS_RE = new RegExp(String.raw`^(?:${LOWER_LEAD})$|^or `, 'i');

/**
 * Reads a target written in words: "less than 3%", "no more than 5", "not exceeding 30 seconds",
 * "under 20 days", "≤ 10" (lower is better); "at least 95%", "minimum of 90%", "> 90%", "90% or
 * more", "95%+" (higher is better). Null for anything else, a plain number included.
 */
export function parseWordedTarget(raw: RawValue): WordedTarget | null {
  if (typeof raw !== 'string') return null;
  const text = normaliseCellText(raw).replace(/\s+/g, ' ').replace(/[.]$/, '');
  // "58.0% (aim to maximise)", "3550 tonnes (aim to minimise)": the number, its polarity in the bracket.
  const bracket = polarityBracket(text);
  const plain = bracket && PLAIN_NUMBER.exec(bracket.rest);
  if (bracket && plain) {
    const unit = plain[2] !== undefined && isTargetUnitWord(plain[2]) ? plain[2].toLowerCase() : null;
    return {
      number: plain[1].replace(/\s/g, ''),
      polarity: bracket.polarity,
      words: bracket.words,
      unit,
      strict: false,
    };
  }
  const lead = LEADING.exec(text);
  if (lead !== null) {
    const words = lead[1].toLowerCase();
    const unit = lead[3] !== undefined && isTargetUnitWord(lead[3]) ? lead[3].toLowerCase() : null;
    return {
      number: lead[2].replace(/\s/g, ''),
      polarity: LOWER_WORDS_RE.test(words) ? 'lower' : 'higher',
      words: lead[1],
      unit,
      strict: STRICT_LEAD.test(words),
    };
  }
  const trail = TRAILING.exec(text);
  if (trail !== null) {
    const words = trail[3].toLowerCase();
    const lower = /^or (?:less|fewer|lower|below|under)$/.test(words);
    const unit = trail[2] !== undefined && isTargetUnitWord(trail[2]) ? trail[2].toLowerCase() : null;
    return {
      number: trail[1].replace(/\s/g, ''),
      polarity: lower ? 'lower' : 'higher',
      words: trail[3],
      unit,
      strict: false,
    };
  }
  return null;
}
