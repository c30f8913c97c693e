import { isDateFormat } from '../periods/excelDate';
import {
  calendarYearNumber,
  parsePeriodHeader,
  writtenDate,
  periodFromSerial,
  periodFromTokens,
  type PeriodContext,
} from '../periods/parsePeriod';
import { readPeriodTokens, type PeriodTokens } from '../periods/periodTokens';
import type { Period } from '../periods/types';
import type { BenchmarkKind, ColumnRole } from './types';
import type { RawValue } from '../values/types';
import { CONTAINS, SYNONYMS, type SynonymGroup } from './headerSynonyms';
import { displayText, headerWords } from './headerText';
import { fromEitherHalf } from '../values/bilingual';

/** What surrounds a header: a financial year to assume, and the period of a group header above it. */
export interface HeaderContext extends PeriodContext {
  /** The period written over this column in the row above ("Q3 2021/22" over "Actual | Target"). */
  readonly groupPeriod?: Period;
}

/** A header's role and why. */
export interface HeaderClassification {
  readonly role: ColumnRole;
  /** "header 'Good is' means polarity". */
  readonly reason: string;
  /** For a period column, and a target or benchmark header that names its period. */
  readonly period?: Period;
  readonly benchmark?: { readonly kind: BenchmarkKind; readonly label: string };
  /**
   * True when the header names a period without a year and the context gave none: with role
   * 'ignore' the header is such a period alone ("Q3"); with another role it is part of it ("Q3 target").
   */
  readonly yearless?: boolean;
  /**
   * For a column headed only "Actual" or the like, whose period a title above names: the title's cell
   * (null for the sheet's name); `before`, the title's period, for a column of the period before it ("Previous quarter").
   */
  readonly fromTitle?: {
    readonly cell: string | null;
    readonly text: string;
    readonly before?: Period;
    /** With `before`: the column is the same period a year before it ("Same qtr last year"). */
    readonly yearBefore?: boolean;
  };
  /** For a column headed only "Year end" or "Outturn" before the periods of a year: that year, whose year before it is read as. */
  readonly yearBefore?: { readonly of: string; readonly named?: boolean };
}

const DEFAULT_FILLERS = ['%', 'the', 'for', 'of'];
const VALUE_WORDS = new Set(['actual', 'actuals', 'outturn', 'value', 'result', 'performance', 'figure', 'data']);
const PHRASES = new Map<string, { group: SynonymGroup; order: number }[]>();
SYNONYMS.forEach((group, order) => {
  for (const phrase of group.phrases) PHRASES.set(phrase, [...(PHRASES.get(phrase) ?? []), { group, order }]);
});

interface PhraseMatch {
  group: SynonymGroup;
  order: number;
  length: number;
  period?: Period;
  yearless: boolean;
}

/**
 * The longest synonym phrase whose leftover words are fillers or a period; the earlier group on a tie.
 * `display`, the header's text, is read for the period where its words alone lose it: the dash of
 * "Apr 24 - Jun 24 Target" or "Jul-Sep 24 Target", which makes the months a span.
 */
function matchPhrase(words: string[], context: HeaderContext, display?: string): PhraseMatch | null {
  let best: PhraseMatch | null = null;
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j <= Math.min(words.length, i + 6); j++) {
      const phrase = words.slice(i, j).join(' ');
      // A phrase that ends in "to" or "from" ("Target to", the top of a band) has its object after
      // it where words follow: "YTD Target (to end Sep)" is a target to a date, not a band's top.
      if (j < words.length && (words[j - 1] === 'to' || words[j - 1] === 'from')) continue;
      for (const { group, order } of PHRASES.get(phrase) ?? []) {
        const fillers = group.fillers ?? DEFAULT_FILLERS;
        const rest = [...words.slice(0, i), ...words.slice(j)].filter((w) => !fillers.includes(w));
        let period: Period | undefined;
        let yearless = false;
        if (rest.length > 0) {
          const tokens = leftoverTokens(rest, display, words.slice(i, j));
          if (!tokens.complete || !(tokens.any || (context.calendarYears && tokens.calendarYear !== null))) continue;
          period = periodFromTokens(tokens, context) ?? undefined;
          yearless = period === undefined;
        } else if (group.role === 'target' || group.role === 'benchmark') {
          period = context.groupPeriod;
        } else if (
          group.role === 'rag' &&
          (context.groupPeriod?.kind === 'quarter' || context.groupPeriod?.kind === 'month')
        ) {
          // "RAG" under "Q3 2021/22" rates that quarter; under a year's header ("2023/24" over
          // "Q1 … Q4 | RAG") it rates the latest figure, as a RAG column with no period does.
          period = context.groupPeriod;
        }
        const length = j - i;
        if (!best || length > best.length || (length === best.length && order < best.order)) {
          best = { group, order, length, period, yearless };
        }
      }
    }
  }
  return best;
}

/**
 * The period words left beside a phrase: its leftover words, or, where those read as no period, the
 * header's text without the phrase (its dashes and slashes kept), if that does.
 */
function leftoverTokens(rest: readonly string[], display: string | undefined, phrase: readonly string[]): PeriodTokens {
  const tokens = readPeriodTokens(rest.join(' '));
  if (tokens.complete || display === undefined || !/[-–—]/.test(display)) return tokens;
  // (Header words hold only letters, digits and "%#/-", none of them special in a pattern.)
  const without = display.replace(new RegExp(`(?<![a-z0-9])${phrase.join('[^a-z0-9]+')}(?![a-z0-9])`, 'i'), ' ');
  if (without === display) return tokens;
  const again = readPeriodTokens(without);
  return again.complete ? again : tokens;
}

function fromPhrase(display: string, m: PhraseMatch): HeaderClassification {
  const forPeriod = m.period ? `, for ${m.period.label}` : '';
  const reason = `header '${display}' means ${m.group.meaning}${forPeriod}`;
  const benchmark = m.group.benchmark ? { kind: m.group.benchmark, label: display } : undefined;
  return {
    role: m.group.role,
    reason,
    ...(m.period && { period: m.period }),
    ...(benchmark && { benchmark }),
    ...(m.yearless && { yearless: true }),
  };
}

/** True for a header made only of `allowed` words, at most `most` of them. */
function madeOf(raw: RawValue, allowed: ReadonlySet<string>, most = Infinity): boolean {
  if (typeof raw !== 'string') return false;
  const words = headerWords(raw);
  return words.length > 0 && words.length <= most && words.every((w) => allowed.has(w));
}

/** Words a value header may have beside its own: "Our Actual End of Year" under "2017/18" (Carmarthenshire). */
const VALUE_QUALIFIERS = new Set(['our', 'end', 'of', 'year', 'full', 'final', 'the']);

/**
 * True for a header such as "Actual", "Outturn" or "Our actual end of year", which is a period only
 * under a period group header.
 */
export function isValueHeader(raw: RawValue): boolean {
  if (madeOf(raw, VALUE_WORDS)) return true;
  if (typeof raw !== 'string') return false;
  const words = headerWords(raw);
  return words.some((w) => VALUE_WORDS.has(w)) && words.every((w) => VALUE_WORDS.has(w) || VALUE_QUALIFIERS.has(w));
}

/**
 * The words a header may have alone to hold an indicator's figures: "Actual", "Outturn", "Latest
 * value", "Current performance", "CY Actual" (the current year's, as a scorecard beside "CY Target" has it).
 */
const FIGURES_WORDS = new Set([
  'cy',
  'actual',
  'actuals',
  'outturn',
  'result',
  'results',
  'performance',
  'value',
  'latest',
  'current',
  'position',
]);

/**
 * True for a header that says its column holds the figures and nothing else ("Actual", "Outturn",
 * "Latest value", "Current performance", "Current position"): read as the period a title names
 * when the table has no period column.
 * Narrower than {@link isValueHeader}: "Data" or "Figure" alone may head other things.
 */
export function isFiguresHeader(raw: RawValue): boolean {
  if (madeOf(raw, FIGURES_WORDS, 3)) return true;
  // "Canlyniad / Actual": a Welsh council's header.
  const figures = (half: string) => (madeOf(half, FIGURES_WORDS, 3) ? true : null);
  return typeof raw === 'string' && fromEitherHalf(displayText(raw), figures, () => true) === true;
}

const KIND_WORDS = '(period|quarter|qtr|month|year)';
const AS_FIGURES = '(?: (?:value|actual|actuals|performance|figure|result|outturn|position))?';
const CURRENT = new RegExp(`^(?:current|this|latest|reporting) ${KIND_WORDS}${AS_FIGURES}$`);
/** "Previous quarter", "Last month"; "Previous" alone, beside "Current", is the period before. */
const PREVIOUS = new RegExp(
  `^(?:(?:previous|last|prior|preceding) ${KIND_WORDS}|previous|prior|preceding)${AS_FIGURES}$`,
);
/** "Same qtr last year", "Corresponding period previous year", "Same time last year": the period a year before the report's. */
const LAST_YEAR = new RegExp(
  `^(?:same|corresponding) (period|quarter|qtr|month|time|point) (?:last|previous|prior) year${AS_FIGURES}$`,
);

/**
 * "Q3 same period last year", "Q3 last year", "December previous year": a quarter or month named
 * without its year, a year before the report's.
 */
const NAMED_LAST_YEAR = new RegExp(
  `^(.+?) (?:(?:same|corresponding) (?:period|quarter|qtr|month) )?(?:last|previous|prior) year${AS_FIGURES}$`,
);

/** What a header's relative period names: which period, and its kind ("period" fits any). */
export interface RelativePeriod {
  readonly which: 'current' | 'previous' | 'lastYear';
  readonly kind: 'period' | 'quarter' | 'month' | 'year';
  /** The quarter or month the header names with no year ("Q3 same period last year"). */
  readonly named?: { readonly quarter: number | null; readonly month: number | null };
}

/**
 * A header that names its period only against the report's own ("Current period", "This quarter",
 * "Previous period", "Last quarter", "Same qtr last year", "Q3 same period last year"), as a dashboard
 * heads its latest columns. Null for any other header.
 */
export function relativePeriodHeader(raw: RawValue): RelativePeriod | null {
  if (typeof raw !== 'string') return null;
  const key = headerWords(raw).join(' ');
  const named = NAMED_LAST_YEAR.exec(key);
  if (named && !LAST_YEAR.test(key)) {
    const t = readPeriodTokens(named[1]);
    const yearless = t.complete && t.fyStart === null && !t.ytd && !t.rolling && !t.academic && t.term === null;
    if (!yearless || (t.quarter === null && t.month === null)) return null;
    const kind = t.month !== null ? 'month' : 'quarter';
    return { which: 'lastYear', kind, named: { quarter: t.quarter, month: t.month } };
  }
  const m = CURRENT.exec(key) ?? PREVIOUS.exec(key) ?? LAST_YEAR.exec(key);
  if (!m) return null;
  const kind =
    m[1] === 'qtr'
      ? 'quarter'
      : m[1] === undefined || m[1] === 'time' || m[1] === 'point'
        ? 'period'
        : (m[1] as 'period' | 'quarter' | 'month' | 'year');
  return { which: CURRENT.test(key) ? 'current' : PREVIOUS.test(key) ? 'previous' : 'lastYear', kind };
}

/**
 * Says what a column header means, ignoring case, punctuation, line breaks and extra spaces.
 *
 * Synonyms (see `headerSynonyms.ts`) give name, ref, polarity, target, targetLower/targetUpper,
 * tolerance, benchmark (with its kind), numerator, denominator, frequency, unit, commentary, or
 * 'ignore' for columns the engine works out itself (RAG, DoT, trend) or does not need (owner,
 * portfolio). A synonym may carry a period: "Target 2021/22", "England average 2020/21". A
 * header {@link parsePeriodHeader} reads is a period column; a date serial needs a date format.
 * "Number of …" and other longer text that only starts like a synonym is not matched.
 *
 * A header that reads as a period but names no year (and `context` supplies none) comes back as
 * 'ignore' with `yearless: true`. Returns null when the header means nothing known.
 *
 * @param raw The header cell's value.
 * @param format Its number format, to read a date serial ("mmm-yy").
 * @param context A financial year to assume, and the period of a group header above.
 */
/** How many a rank is out of, in a header: "(of 16)", "out of 16". */
const OUT_OF = /\(\s*(?:out\s+)?of\s+\d+\s*\)|\bout\s+of\s+\d+\b/i;

export function classifyHeader(
  raw: RawValue,
  format?: string | null,
  context: HeaderContext = {},
): HeaderClassification | null {
  const whole = classifyOne(raw, format, context);
  if (whole !== null || typeof raw !== 'string') return whole;
  // "Targed / Target", "Ch2 2024/25 / Q2 2024/25": a Welsh council's header, read by its English half;
  // not "Target / Actual", whose halves name two columns.
  const read = (half: string) => classifyOne(half, format, context) ?? (isFiguresHeader(half) ? FIGURES : null);
  const got = fromEitherHalf(
    withoutFootnote(displayText(raw)),
    read,
    (a, b) => a.role === b.role && a.period?.label === b.period?.label,
  );
  return got === FIGURES ? null : got;
}

/** A half that heads figures ("Actual"), which classifies as nothing: it means something all the same. */
const FIGURES: HeaderClassification = { role: 'ignore', reason: 'figures' };

function classifyOne(
  raw: RawValue,
  format: string | null | undefined,
  context: HeaderContext,
): HeaderClassification | null {
  if (typeof raw === 'number') {
    const year = isDateFormat(format) ? null : calendarYearNumber(raw, context);
    if (year) return { role: 'period', period: year, reason: `header ${raw} is the calendar year ${year.label}` };
    const period = isDateFormat(format) ? periodFromSerial(raw) : null;
    return (
      period && {
        role: 'period',
        period,
        reason: `header ${raw} is a date formatted '${format}': the month ${period.label}`,
      }
    );
  }
  if (typeof raw !== 'string') return null;
  const display = withoutFootnote(displayText(raw));
  if (display === '' || display.length > 100) return null;
  // "Rank (of 16)", "Rank out of 16": how many are ranked, which names no column of its own.
  const words = headerWords(OUT_OF.test(display) ? display.replace(OUT_OF, ' ') : display);
  const phrase = words.length <= 10 ? matchPhrase(words, context, display) : null;
  if (phrase) return fromPhrase(display, phrase);
  const compared = words.length <= 10 ? comparisonHeader(display, words, context) : null;
  if (compared) return compared;
  const tokens = words.length <= 10 ? readPeriodTokens(display) : null;
  const calendar = tokens?.complete && !tokens.any && context.calendarYears ? periodFromTokens(tokens, context) : null;
  if (calendar)
    return { role: 'period', period: calendar, reason: `header '${display}' is the calendar year ${calendar.label}` };
  const dated = writtenDate(display);
  if (dated)
    return { role: 'period', period: dated, reason: `header '${display}' is a date: the month ${dated.label}` };
  if (tokens?.complete && tokens.any) {
    const period = periodFromTokens(tokens, context);
    if (period) return { role: 'period', period, reason: `header '${display}' is the period ${period.label}` };
    return {
      role: 'ignore',
      yearless: true,
      reason: `header '${display}' reads as a period but names no year, and none was found above or beside it`,
    };
  }
  if (context.groupPeriod && isValueHeader(raw)) {
    const period = context.groupPeriod;
    return {
      role: 'period',
      period,
      reason: `header '${display}' under '${period.label}' is the period ${period.label}`,
    };
  }
  const named = nameWithMore(display, context);
  if (named) return named;
  for (const rule of CONTAINS) {
    const word = rule.words.find((w) => words.includes(w));
    if (word) return { role: rule.role, reason: `header '${display}' means ${rule.meaning} (it contains '${word}')` };
  }
  return (
    polarityBeforeBracket(display, context) ??
    nameBeforeSeparator(display, context) ??
    targetForTopic(display, words, context) ??
    acronymTarget(display, context) ??
    milestoneTarget(display, context) ??
    nameAfterTopic(display, words, context)
  );
}

/** A level of confidence in a header: "95%", "95", "99.8%". */
const LEVEL = String.raw`(?:\d{2}(?:\.\d)?%?\s+)?`;
/**
 * An end of each figure's confidence interval: "95% Lower CI", "Lower 95% confidence limit", "Upper
 * CI", "CI lower", "LCI", "UCL", as a public health profile heads them.
 */
const CONFIDENCE_END = new RegExp(
  String.raw`^${LEVEL}(?:(lower|upper)\s+${LEVEL}(?:ci|cl|confidence\s+(?:interval|limit|bound)s?)(?:\s+(?:limit|bound))?` +
    String.raw`|(?:ci|confidence\s+interval)\s+(lower|upper)(?:\s+(?:limit|bound))?|(l|u)c[il])(?:\s+\d{2}(?:\.\d)?%?)?$`,
);

/**
 * "Compared with England", "Compared to region value or percentiles", "Significance compared with
 * England": the sheet's own comparison of each figure with a benchmark, where the words after
 * "with" name one ("England", "region", "statistical neighbours"). Not "Compared with last year"
 * or "Compared with goal", which name none.
 */
const COMPARED =
  /^(?:(?:statistical\s+)?significance\s+)?(?:compared|comparison)\s+(?:with|to|against)\s+(?:the\s+)?(.+?)(?:\s+(?:value|average|benchmark|rate))?(?:\s+or\s+percentiles?)?$/;

/** A column of a figure's confidence interval's end, or of the sheet's comparison with a benchmark; null for any other header. */
function comparisonHeader(display: string, words: string[], context: HeaderContext): HeaderClassification | null {
  const key = words.join(' ');
  const end = CONFIDENCE_END.exec(key);
  if (end) {
    const which = end[1] ?? end[2] ?? (end[3] === 'l' ? 'lower' : 'upper');
    return {
      role: which === 'lower' ? 'confidenceLower' : 'confidenceUpper',
      reason: `header '${display}' means the ${which} end of each figure's confidence interval`,
    };
  }
  const m = COMPARED.exec(key);
  const group = m ? matchPhrase(m[1].split(' '), context) : null;
  const kind = group?.group.role === 'benchmark' ? group.group.benchmark : undefined;
  if (!kind || kind === 'rank' || kind === 'quartile' || group!.length !== m![1].split(' ').length) return null;
  return {
    role: 'significance',
    reason: `header '${display}' means the sheet's comparison of each figure with ${group!.group.meaning}`,
    benchmark: { kind, label: display },
  };
}

/** Words after "Target for" that make it another target than this period's: next year's, a band's bound, a colour's threshold. */
const NOT_THIS_TARGET = new Set([
  'next',
  'previous',
  'last',
  'future',
  'prior',
  'following',
  'lower',
  'upper',
  'min',
  'minimum',
  'max',
  'maximum',
  'amber',
  'red',
  'green',
  'stretch',
  'national',
  'regional',
]);

/**
 * A target header that names what it is the target of: "Our target for repairs performance",
 * "Target for A/B inspection grades" (Islington's housing tables head each table's target so).
 * Not when the words after "for" name a period or another target (next year's, a lower bound, an
 * amber threshold): those are read, or left, as the synonyms say.
 */
function targetForTopic(display: string, words: string[], context: HeaderContext): HeaderClassification | null {
  const m = /^(?:(?:our|the) )?targets? for (.+)$/.exec(words.join(' '));
  if (!m) return null;
  const topic = m[1].split(' ');
  if (topic.some((w) => NOT_THIS_TARGET.has(w)) || readPeriodTokens(m[1]).any) return null;
  const head = display.slice(0, display.toLowerCase().indexOf(' for ') + 4);
  return {
    role: 'target',
    reason: `header '${display}' means the target (it begins '${head}')`,
    ...(context.groupPeriod && { period: context.groupPeriod }),
  };
}

/** Capitals that name another year's target: last, previous or next year's ("LY Target"). */
const OTHER_YEARS = new Set(['ly', 'py', 'ny', 'py1']);

/**
 * A target named by the scheme it belongs to, in capitals: "ALP Target 2012/13" (Wales's
 * Acceptable Level of Performance), "LAA Target 2008/09" (a Local Area Agreement's), "MTFS Target".
 * Read as "Target 2012/13" would be, unless the capitals name another target (a stretch, a bound,
 * a colour) or a period.
 */
function acronymTarget(display: string, context: HeaderContext): HeaderClassification | null {
  const m = /^([A-Z][A-Z0-9]{1,5})\s+((?:[Tt]argets?|TARGETS?)\b.*)$/.exec(display.trim());
  const scheme = m?.[1].toLowerCase();
  if (!m || !scheme || NOT_THIS_TARGET.has(scheme) || OTHER_YEARS.has(scheme) || readPeriodTokens(m[1]).any)
    return null;
  const phrase = matchPhrase(headerWords(m[2]), context);
  if (phrase?.group.role !== 'target') return null;
  const plain = fromPhrase(display, phrase);
  return { ...plain, reason: `${plain.reason} ('${m[1]}' before it says whose target)` };
}

/**
 * A milestone or trajectory for a period, as an improvement plan heads its interim targets:
 * "Milestone 5 – Nov 24", "Trajectory Q3 2024/25". It is the target for that period.
 */
function milestoneTarget(display: string, context: HeaderContext): HeaderClassification | null {
  const m = /^(milestones?|trajectory)\s*\d{0,2}\s*[-–—:]?\s*(.+)$/i.exec(display.trim());
  if (!m) return null;
  const period = parsePeriodHeader(m[2], null, context);
  if (!period || period.kind === 'ytd') return null;
  return {
    role: 'target',
    period,
    reason: `header '${display}' means the target, for ${period.label} (a ${m[1].toLowerCase().replace(/s$/, '')} for it)`,
  };
}

const NAME_WORDS = new Set([
  'measure',
  'measures',
  'measurement',
  'measurements',
  'indicator',
  'indicators',
  'metric',
  'metrics',
]);

/**
 * A name header that says what its indicators measure: "Repairs performance measurement",
 * "Housing measures", "Corporate indicators". Up to four words before the name word, none of them
 * a period or a phrase of another role ("Target measure" is not a name).
 */
function nameAfterTopic(display: string, words: string[], context: HeaderContext): HeaderClassification | null {
  if (words.length < 2 || words.length > 5 || !NAME_WORDS.has(words[words.length - 1])) return null;
  const topic = words.slice(0, -1);
  if (!topic.every((w) => /^[a-z][a-z'&-]*$/.test(w)) || topic.some((w) => NAME_WORDS.has(w))) return null;
  if (matchPhrase(topic, context) || readPeriodTokens(topic.join(' ')).any) return null;
  if (CONTAINS.some((rule) => rule.words.some((w) => topic.includes(w)))) return null;
  return {
    role: 'name',
    reason: `header '${display}' means the indicator name (it ends '${words[words.length - 1]}')`,
  };
}

/**
 * A mark at the end of a header pointing to a note below the table, "(i)", "[2]", "*", "†", "¹",
 * taken off: Swansea heads its year "Annual Perf. 2012/13 (i)", which is the period 2012/13.
 */
const FOOTNOTE = /\s*(?:\((?:[ivx]{1,4}|[a-h]|\d{1,2})\)|\[(?:[ivx]{1,4}|[a-h]|\d{1,2})\]|[*†‡]+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)$/i;

function withoutFootnote(text: string): string {
  return FOOTNOTE.test(text) ? text.replace(FOOTNOTE, '') : text;
}

/** A header's first part, before a dash or colon between words ("INDICATORS - EARLY HELP BOROUGH WIDE": "INDICATORS"); null when it has none. */
export function headBeforeSeparator(display: string): string | null {
  const m = /^(.+?)\s+[-–—]\s+\S|^([^:]+?)\s*:\s+\S/.exec(display);
  return m ? (m[1] ?? m[2]) : null;
}

/**
 * A name header that says which indicators follow it: "INDICATORS - EARLY HELP & CHILDREN'S
 * SOCIAL CARE BOROUGH WIDE", "Measure: adult social care". Only the name is read so: the part
 * after a dash could change what "Target" means.
 */
function nameBeforeSeparator(display: string, context: HeaderContext): HeaderClassification | null {
  const head = headBeforeSeparator(display);
  if (head === null) return null;
  const words = headerWords(head);
  const phrase = matchPhrase(words, context);
  if (phrase?.group.role !== 'name' || phrase.length !== words.length) return null;
  return { role: 'name', reason: `header '${display}' means the indicator name (it begins '${head}')` };
}

/** Words after a name phrase that say which part of the indicator the column gives: "PI title". */
const NAME_PARTS = new Set(['title', 'name', 'description', 'definition', 'details', 'wording']);

/**
 * A name header that says more than a name phrase alone, once brackets are set aside: the name's
 * part ("Performance Indicator (PI) title", "PI title"), or what else the names carry, joined by
 * "and" or "&" ("PI & Desired Direction of Travel", Swansea's, whose names end in ↑ or ↓;
 * "Measure and description"). Only a polarity or a part of the name may be joined so: "Indicator
 * and Target" is not a name header.
 */
function nameWithMore(display: string, context: HeaderContext): HeaderClassification | null {
  const bare = display.includes('(') ? display.replace(/\s*\([^)]*\)\s*/g, ' ').trim() : display;
  const words = headerWords(bare);
  if (words.length < 2 || words.length > 10) return null;
  const whole = (part: string[], role: ColumnRole) => {
    if (part.length === 0) return false;
    const phrase = matchPhrase(part, context);
    return phrase?.group.role === role && phrase.length === part.length && phrase.period === undefined;
  };
  const parts: string[][] = [[]];
  for (const w of words) {
    if (w === 'and') parts.push([]);
    else parts[parts.length - 1].push(w);
  }
  const [first, ...rest] = parts;
  const head = NAME_PARTS.has(first[first.length - 1]) ? first.slice(0, -1) : first;
  if (!whole(head, 'name') || (head === first && rest.length === 0)) return null;
  const more = rest.every((p) => (p.length === 1 && NAME_PARTS.has(p[0])) || whole(p, 'polarity'));
  if (!more) return null;
  const what = rest.length > 0 ? ', with what its names also carry' : '';
  return { role: 'name', reason: `header '${display}' means the indicator name${what}` };
}

/**
 * A polarity header that lists its answers in a bracket: "Good Performance (is bigger, smaller or
 * to plan better)", as Cumbria's scorecard heads it. Only polarity is read so: a bracket after
 * "Target" may name a colour ("Target (Amber)") that changes what the column holds.
 */
function polarityBeforeBracket(display: string, context: HeaderContext): HeaderClassification | null {
  const bare = display.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  if (bare === display || bare === '') return null;
  const phrase = matchPhrase(headerWords(bare), context);
  return phrase?.group.role === 'polarity' ? fromPhrase(display, phrase) : null;
}
