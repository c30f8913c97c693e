import type { Benchmark, Indicator } from '../indicators/types';
import { financialYearLabel, monthName } from '../periods/makePeriod';
import type { Period } from '../periods/types';
import { isSpaceCode } from '../values/whitespace';
import { parsePolarity } from '../values/polarity';
// Counts and lists live apart, for the task pane's first load; the narrative takes them from here too.
export { countText, listJoin } from './listing';

const QUARTER_MONTHS = ['April to June', 'July to September', 'October to December', 'January to March'];

/**
 * "July to September 2021" for Q2 2021/22; "2021/22" for the year; "the summer term 2023/24" for a
 * term; "the year to December 2021" for a year to date at Q3, "2021/22 so far" for one that does not
 * say to when; null otherwise.
 */
export function periodSpan(p: Period): string | null {
  if (p.kind === 'term') return `the ${p.label}`;
  if (p.kind === 'quarter' && p.quarter)
    return `${QUARTER_MONTHS[p.quarter - 1]} ${p.quarter === 4 ? p.fyStart + 1 : p.fyStart}`;
  // A year is named as councils name it ("In 2022/23"), not as its months; a rolling year with "the".
  if (p.kind === 'year') return p.rolling ? `the ${p.label}` : p.label;
  // A year to date: "the year to December 2023"; one that does not say to when, "2023/24 so far".
  if (p.kind === 'ytd') {
    if (p.month !== null) return `the year to ${monthName(p.month)} ${p.month <= 3 ? p.fyStart + 1 : p.fyStart}`;
    if (p.quarter !== null)
      return `the year to ${QUARTER_END[p.quarter - 1]} ${p.quarter === 4 ? p.fyStart + 1 : p.fyStart}`;
    return `${financialYearLabel(p.fyStart)} so far`;
  }
  return null;
}

const QUARTER_END = ['June', 'September', 'December', 'March'];

/** Whether `s` has `word` (lower case) at `at`, in any case of its ASCII letters. */
function hasWordAt(s: string, word: string, at: number): boolean {
  if (at + word.length > s.length) return false;
  for (let i = 0; i < word.length; i++) {
    const w = word.charCodeAt(i);
    const c = s.charCodeAt(at + i);
    if (c !== w && !(w >= 0x61 && w <= 0x7a && c === w - 0x20)) return false;
  }
  return true;
}

/** Where the spaces (as `\s` sees them) that start at `at` end. */
function skipSpaces(s: string, at: number): number {
  while (at < s.length && isSpaceCode(s.charCodeAt(at))) at++;
  return at;
}

/** Where the words after a leading "%" or "% of" start (as `/^%\s*(of\s+)?/i` would match them). */
function afterPercent(name: string): number {
  const of = skipSpaces(name, 1);
  const rest = skipSpaces(name, of + 2);
  return hasWordAt(name, 'of', of) && rest > of + 2 ? rest : of;
}

/** A bracket that says a unit or scale, which the printed figure says anyway: "(%)", "(% of pupils)", "(£000s)", "(working days)". */
const UNIT_BRACKET =
  /^(?:%.*|[£€$].*|(?:average |mean )?(?:working |calendar )?(?:days?|weeks?|months?|hours?)|no\.?|nos\.?|number|count|rate|ratio|per .*|tonnes?|percentage|per ?cent|000s?|'000s?|thousands?|millions?|(?:h+:)?mm:ss|h+:mm|minutes?|seconds?|mins?|secs?)$/i;

/** A bracket of one to three letters opening a name: a mark, as "(C)" for "reported cumulatively". */
const NAME_MARK = /^[A-Za-z]{1,3}$/;

/** A bracket that is a code: "(NI 157c)", "(PL03)", "(ASCOF 2A)", "(BV 66a)"; not an age or a range of years ("(aged 18-64)", "(Years 7-11)"). */
const CODE_BRACKET =
  /^(?!(?:aged?|ages|years?|yrs?|year groups?|ks|under|over)\b)[A-Za-z]{1,6}[ -]?\d+[A-Za-z]?(?:[.\-/]\d+[A-Za-z]?)*$/i;

/**
 * A bracket that states the polarity ("(Lower is better)", "(Minimise)", "(Aim to maximise)"): the
 * sheet's word for how to read the figure, which the sentence says in its own words.
 */
function statesPolarity(inside: string): boolean {
  return POLARITY_WORDS.test(inside) && parsePolarity(inside) !== null;
}
const POLARITY_WORDS = /\b(?:better|worse|good|bad|best|minimi[sz]e|maximi[sz]e)\b/i;

/** A lead that the printed figure makes redundant: "Percentage of", "The number of", "No. of", "Rate of", "Amount of all". */
const SHORT_LEAD = /^(?:the\s+)?(?:percentage|proportion|total\s+(?:number|amount)|number|no\.?|rate|amount)\s+of\s+/i;

/** "All" after such a lead, which the figure (a share of them all) says too: "% of all calls answered" → "Calls answered". */
const ALL_AFTER_LEAD = /^all\s+(?=\S+\s)/i;

/** A per cent sign in the middle of a name, where prose spells the word: "collections as a % of those due". */
const AS_A_PERCENT = /\bas (?:an? )?% of\b/gi;

/**
 * A name written as an aim with its target: "Reduce % of calls lost to 5%", "Increase the number of
 * apprenticeships to 50". The figure and target say the aim and the number; what is left names the
 * measure ("calls lost"). Only with a figure after "to" at the end: "Reduce the rate of re-offending"
 * stays as written.
 */
const AIM_TO_TARGET = /^(?:reduce|increase|improve|maintain|maximise|minimise)\s+(.+?)\s+to\s+[£$€]?\d[\d,.]*\s*%?$/i;

/** A closing "%" that a percentage's figure says anyway: "Assessments on time %"; not a figure's own ("Reduce % of calls lost to 5%"). */
const CLOSING_PERCENT = /(?<![\d.])\s*%$/;

/** Brackets at the top level of a name, with where each starts and ends. */
function brackets(name: string): { from: number; to: number; inside: string }[] {
  const out: { from: number; to: number; inside: string }[] = [];
  let depth = 0;
  let from = -1;
  for (let i = 0; i < name.length; i++) {
    const ch = name.charCodeAt(i);
    if (ch === 0x28 && depth++ === 0) from = i;
    else if (ch === 0x29 && depth > 0 && --depth === 0)
      out.push({ from, to: i + 1, inside: name.slice(from + 1, i).trim() });
  }
  return out;
}

/** A name's short form for prose, and the code a bracket in it gave ("NI 157c"), if any. */
export interface ShortName {
  /** "Assessments completed within 45 working days": capitalised, without the unit, codes or a lead such as "% of". */
  readonly name: string;
  /** The reference to give once, in one bracket: the table's, else a code the name carried; null when neither. */
  readonly ref: string | null;
}

/**
 * The indicator's name as prose uses it: the configured `shortName` when there is one; else the
 * name without brackets that only say a unit or scale ("(%)", "(£000s)") or carry a code ("(NI
 * 157c)"), without a lead that the printed figure says ("% of", "Percentage of", "Number of",
 * "Rate of") and, for a rate, without the base the figure prints ("per 10,000 children"). A bracket
 * that says something about the measure ("(excluding exceptions)") stays.
 */
export function shortName(ind: Indicator): ShortName {
  // Every sentence about an indicator names it, some more than once: the name is worked out once.
  let short = SHORT_NAMES.get(ind);
  if (!short) {
    short = deriveShortName(ind);
    SHORT_NAMES.set(ind, short);
  }
  return short;
}

/** Marks that send the reader to a footnote, at the end of a name: "*", "**", "†", "‡", "¹". */
const FOOTNOTE_MARK = /\s*(?:\*{1,3}|[\u2020\u2021\u00b9\u00b2\u00b3])$/;

/** A full stop closing a name, after a word that is no abbreviation. */
const CLOSING_STOP = /(?<![.\s]\S?|\b(?:etc|approx|incl|excl|inc|vs|cf|no|nos|st)|\b[A-Za-z])\.$/i;

/** A footnote's mark opening a name ("*Early Help Contacts …"). */
const LEADING_MARK = /^(?:\*{1,3}|[\u2020\u2021])\s*/;

/** An arrow closing a name, which states its polarity (see `polarityInName`). */
const CLOSING_ARROW = /\s+[↑▲⬆↓▼⬇]$/u;

/** A word after a rate's base and its noun that the noun describes: "patients" after "per 100,000 registered". */
const BASE_WORD_DESCRIBES =
  /^ (?!(?:and|or|in|of|for|the|at|by|within|who|which|with|to|from|on|aged|under|over|rolling)\b)[a-z]/i;

/** Short names worked out, by indicator (an indicator is not changed once read: a change makes a new one). */
const SHORT_NAMES = new WeakMap<Indicator, ShortName>();

function deriveShortName(ind: Indicator): ShortName {
  const tableRef = ind.id.includes('!') ? null : ind.id;
  const own = ind.shortName?.trim();
  if (own) return { name: own, ref: tableRef };
  let name = ind.name.trim();
  let code: string | null = null;
  if (ind.nameCode && name.startsWith(ind.nameCode)) {
    // What parts the code from the name goes with it: "PMF-03: Emergency repairs", "NI 117 – Young people".
    name = name
      .slice(ind.nameCode.length)
      .replace(/^(?::|\s+[–—-])?\s+/, '')
      .trim();
    code = ind.nameCode;
  } else if (ind.nameCode && name.endsWith(ind.nameCode)) {
    // A code closing the name, and a spaced dash before it: "… per person PAM/043", "… – NI 192".
    name = name
      .slice(0, -ind.nameCode.length)
      .replace(/(?:\s+[–—-])?\s+$/, '')
      .trim();
    code = ind.nameCode;
  }
  const found = brackets(name);
  for (let i = found.length - 1; i >= 0; i--) {
    const b = found[i];
    const isCode = CODE_BRACKET.test(b.inside);
    // A mark opening the name ("(C) Number of …", "(S) …"), which a key explains: no words of the name.
    const isMark = b.from === 0 && NAME_MARK.test(b.inside);
    if (!isCode && !isMark && !UNIT_BRACKET.test(b.inside) && !statesPolarity(b.inside)) continue;
    if (isCode) code = b.inside;
    name = `${name.slice(0, b.from)} ${name.slice(b.to)}`;
  }
  if (ind.unit === 'rate' && ind.rateBase) {
    const base =
      /\s*\bper (?:\d{1,3}(?:,\d{3})+|\d+k?)\b(?: (children and young people|young people|(?!(?:and|or|in|of|for|the|at|by|within|who|which|with|to|from|on|aged)\b)[a-z][a-z-]*))?/i.exec(
        name,
      );
    // Not where a figure follows straight after ("… per 100,000 population 18+"): "delays 18+" would say nothing.
    const after = base ? name.slice(base.index + base[0].length) : '';
    // Nor where the base's word describes the next ("per 100,000 registered patients"): cutting out
    // "per 100,000 registered" would leave "Emergency admissions patients".
    const described = !!base?.[1] && BASE_WORD_DESCRIBES.test(after);
    if (base && base.index > 0 && !described && !/^\s+\d/.test(after)) name = name.slice(0, base.index) + after;
  }
  name = name
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:])/g, '$1')
    // A footnote's mark at the end ("well maintained*", "Repairs†"): the footnote is not in the report.
    .replace(FOOTNOTE_MARK, '')
    .replace(LEADING_MARK, '')
    // An arrow at the end gives the polarity ("… within 7 days ↑"), which the sentence says in words.
    .replace(CLOSING_ARROW, '')
    .replace(/\s*[,;:]$/, '')
    // A name written as a sentence ("Homes that do not meet the Decent Homes Standard."): not its
    // full stop inside a sentence of the report; an abbreviation's ("etc.", "U.K.") is kept.
    .replace(CLOSING_STOP, '')
    // "as a % of" beside a figure printed "0.02 per cent" mixes the two: prose says "as a percentage of".
    .replace(AS_A_PERCENT, 'as a percentage of')
    .trim();
  const aim = AIM_TO_TARGET.exec(name);
  if (aim) name = aim[1];
  if (ind.unit === 'percentage') name = name.replace(CLOSING_PERCENT, '');
  if (name.charCodeAt(0) === 0x25) name = name.slice(afterPercent(name)).replace(ALL_AFTER_LEAD, '');
  else {
    const lead = SHORT_LEAD.exec(name);
    if (lead && lead[0].length < name.length) name = name.slice(lead[0].length).replace(ALL_AFTER_LEAD, '');
  }
  name = name.trim();
  if (!name) name = ind.name.trim();
  return { name: upperFirst(name), ref: tableRef ?? code };
}

/**
 * The indicator as the subject of a sentence: its short name and its reference once, in one
 * bracket — "Assessments completed within 45 working days (CSC05)"; a name that ends in a bracket
 * of its own takes the reference inside it: "Plans issued within 20 weeks (excluding exceptions;
 * ED04)". `article` is kept for callers that ask whether the subject opens with "The".
 */
export function subject(ind: Indicator): { text: string; article: boolean } {
  const { name, ref } = shortName(ind);
  if (!ref) return { text: name, article: false };
  if (name.endsWith(')')) return { text: `${name.slice(0, -1)}; ${ref})`, article: false };
  return { text: `${name} (${ref})`, article: false };
}

/**
 * Lower-cases the first letter when the name is in sentence case ("Assessments completed" →
 * "assessments completed"); keeps acronyms ("EHCP", "EHCPs", "Solace/LGBF") and names whose next word is capitalised too
 * ("Education, Health and Care plans"), which are proper names.
 */
export function lowerFirst(s: string): string {
  // Every sentence calls this: the first two words are found by scanning rather than by a pattern,
  // and plain ASCII is judged without building upper- and lower-case copies. A name that does not
  // start with an ASCII capital ("cases seen", "3 or more") is kept as it is without a scan.
  const head = s.charCodeAt(0);
  if (head < 0x80 && !(head >= 0x41 && head <= 0x5a)) return s;
  let end = 0;
  while (end < s.length && !isSpaceCode(s.charCodeAt(end))) end++;
  let next = end;
  while (next < s.length && isSpaceCode(s.charCodeAt(next))) next++;
  let ascii = true;
  let lower = false;
  let upper = false;
  // Two capitals together anywhere in the word make it an acronym, or hold one: "EHCPs", "Solace/LGBF", "NHS-funded".
  let capitals = false;
  // A capital with a digit makes it a code: "C09a", "B12a", "Q2".
  let digit = false;
  for (let i = 0; i < end; i++) {
    const code = s.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) digit = true;
    if (code >= 0x80) ascii = false;
    else if (code >= 0x61 && code <= 0x7a) lower = true;
    else if (code >= 0x41 && code <= 0x5a) {
      const before = i > 0 ? s.charCodeAt(i - 1) : 0;
      if (before >= 0x41 && before <= 0x5a) capitals = true;
      upper = true;
    }
  }
  if (capitals || digit) return s;
  if (!ascii) {
    const word = s.slice(0, end);
    if (word.length > 1 && word === word.toUpperCase() && /[A-Z]/.test(word)) return s;
  } else if (end > 1 && !lower && upper) return s;
  const nextCode = s.charCodeAt(next);
  if (nextCode >= 0x41 && nextCode <= 0x5a) return s;
  if (end === 1 && ROAD_CLASSES.test(s)) return s;
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** Roads by their class, whose letter is a name and not the article: "A roads", "B and C class roads". */
const ROAD_CLASSES =
  /^[ABC](?:(?:\s*,\s*|\s+and\s+|\s*&\s*)[ABC])*(?:\s+class(?:ified)?)?\s+(?:roads\b|road\s+network\b)/;

export function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const BENCHMARK_NAMES: Record<Benchmark['kind'], string> = {
  statisticalNeighbours: 'the statistical neighbour average',
  england: 'the England average',
  wales: 'the Wales average',
  national: 'the national average',
  regional: 'the regional average',
  rank: 'the ranking',
  quartile: 'the quartile',
  other: 'the benchmark',
};

/** Whom an average is for, where a few words say it. */
const GROUPS: Partial<Record<Benchmark['kind'], string>> = {
  statisticalNeighbours: 'statistical neighbours',
  england: 'England',
  wales: 'Wales',
  regional: 'the region',
};

/**
 * Similar councils as Wales and Scotland call them: the "family group" (the LGBF's "Family Group",
 * a Welsh appendix's "Family"); elsewhere, statistical neighbours.
 */
function similarCouncils(b: Benchmark): { readonly average: string; readonly group: string } | null {
  if (b.kind !== 'statisticalNeighbours') return null;
  if (/\bfamily\b/i.test(b.label)) return { average: 'the family group average', group: 'the family group' };
  // CIPFA's nearest neighbours are not the DfE's statistical neighbours: named as the header names them.
  if (/\bcipfa\b/i.test(b.label)) return { average: 'the CIPFA comparator average', group: 'CIPFA comparators' };
  return null;
}

/**
 * The English regions a regional average's header may name, as they are written, and each as a
 * sentence names it: "the North West", but "London" and "Yorkshire and the Humber".
 */
const REGIONS: readonly (readonly [string, string])[] = [
  ['Yorkshire and the Humber', 'Yorkshire and the Humber'],
  ['Yorkshire and Humber', 'Yorkshire and the Humber'],
  ['East of England', 'the East of England'],
  ['East Midlands', 'the East Midlands'],
  ['West Midlands', 'the West Midlands'],
  ['North East', 'the North East'],
  ['North West', 'the North West'],
  ['South East', 'the South East'],
  ['South West', 'the South West'],
  ['Inner London', 'Inner London'],
  ['Outer London', 'Outer London'],
  ['London', 'London'],
];
const REGION = new RegExp(`\\b(${REGIONS.map(([r]) => r).join('|')})\\b`, 'i');

/** The region a regional average's header names ("London", "North West average"); null where it names none. */
function namedRegion(b: Benchmark): { readonly name: string; readonly noun: string } | null {
  if (b.kind !== 'regional') return null;
  const m = REGION.exec(b.label);
  const found = m && REGIONS.find(([r]) => r.toLowerCase() === m[1].toLowerCase().replace(/\s+/g, ' '));
  return found ? { name: found[1].replace(/^the /, ''), noun: found[1] } : null;
}

/** "the London average", "the North West average": a named region's average; null for any other benchmark. */
function regionAverage(b: Benchmark): string | null {
  const region = namedRegion(b);
  return region ? `the ${region.name} average` : null;
}

/** Whom an average is for, in a few words ("statistical neighbours", "England", "London"); null for other benchmarks. */
export function benchmarkGroup(b: Benchmark): string | null {
  return (
    similarCouncils(b)?.group ?? namedRegion(b)?.noun ?? namedNation(b)?.noun ?? GROUPS[b.kind] ?? councilsGroup(b)
  );
}

/** The nations a national average's header may name, as a sentence names the average and the nation. */
const NATIONS: readonly (readonly [RegExp, string, string])[] = [
  [/\bscotland\b|\bscottish\b/i, 'the Scottish average', 'Scotland'],
  [/\bnorthern ireland\b|\bni\b/i, 'the Northern Ireland average', 'Northern Ireland'],
  [/\buk\b|\bunited kingdom\b/i, 'the UK average', 'the UK'],
  [/\bgreat britain\b|\bgb\b/i, 'the Great Britain average', 'Great Britain'],
];

/** The nation a national average's header names ("Scotland 2023/24", "UK average"): "the Scottish average"; null where it names none. */
function namedNation(b: Benchmark): { readonly average: string; readonly noun: string } | null {
  if (b.kind !== 'national') return null;
  const found = NATIONS.find(([words]) => words.test(b.label));
  return found ? { average: found[1], noun: found[2] } : null;
}

/** A comparator named as a kind of council, in a few words: "Unitaries", "All London boroughs", "Shire districts average". */
const COUNCILS_GROUP =
  /^(?:all\s+)?((?:[A-Za-z-]+\s+){0,2}(?:unitaries|unitary authorities|boroughs|districts|counties|councils|authorities))(?:\s+(?:average|mean))?$/i;

/**
 * Whom a comparator named as a kind of council is for ("Unitaries" → "unitaries", "London boroughs"),
 * as a list of averages names it: "the 2017/18 averages for England (77.7 per cent) and unitaries
 * (79.8 per cent)". Null for any other.
 */
function councilsGroup(b: Benchmark): string | null {
  if (b.kind !== 'other') return null;
  const label = b.label.replace(YEAR_IN_LABEL, '').replace(/\*$/, '').trim();
  const m = COUNCILS_GROUP.exec(label);
  if (!m) return null;
  return /^(?:London|English|Welsh|Scottish)\b/.test(m[1]) ? m[1] : lowerFirst(m[1]);
}

/** A year in a benchmark's header ("2017-18", "(2021/22)"), said as its period rather than in its name. */
const YEAR_IN_LABEL = /\s*\(?\b\d{4}\s*[/-]\s*\d{2,4}\b\)?/g;

/** A benchmark's label that opens with a name, kept as written: "the Housemark median figure", "the Welsh median figure". */
const PROPER_FIRST = /^(?:Housemark|Welsh|Scottish|English|England|Wales|Scotland|British|UK|CIPFA|LGA|LG Inform)\b/;

/** A service's own average over past years: "3 year average", "5-year average", "Five yr avg". */
const YEARS_AVERAGE = /^(\d{1,2}|two|three|four|five|ten)[\s-]*(?:years?|yrs?)\s+(?:average|avg)$/i;

const YEARS_IN_WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "3 year average" as a report says it, "the three-year average"; null for any other label. */
function yearsAverage(label: string): string | null {
  const m = YEARS_AVERAGE.exec(label.trim());
  if (!m) return null;
  const n = m[1].toLowerCase();
  return `the ${YEARS_IN_WORDS[Number(n)] ?? n}-year average`;
}

/** "the statistical neighbour average", with the benchmark's own period when its header gives one. */
export function benchmarkName(b: Benchmark): { name: string; period: string } {
  // The header's own year is said once, as the period ("Welsh Median 2021/22": "the 2021/22 Welsh Median figure").
  const label = b.period ? b.label.replace(YEAR_IN_LABEL, '').trim() || b.label : b.label;
  return {
    name:
      b.kind === 'other'
        ? (yearsAverage(label) ?? `the ${PROPER_FIRST.test(label) ? label : lowerFirst(label)} figure`)
        : (similarCouncils(b)?.average ?? regionAverage(b) ?? namedNation(b)?.average ?? BENCHMARK_NAMES[b.kind]),
    period: b.period ? ` (${b.period.label})` : '',
  };
}

/**
 * Phrases with alternatives, chosen by a rule rather than at random, so that the same input always
 * gives the same text and no phrase runs through a report: the n-th use of a family takes its
 * alternatives in turn. A family marked `stock` (a caveat or lead-in, not a fact) is used at most
 * twice per alternative in a report; after that the caller's plain fallback is used instead.
 */
export class Phrasebook {
  private readonly uses = new Map<string, number>();

  /** The alternative for this use of `family`, in turn. */
  pick<T>(family: string, alternatives: readonly T[]): T {
    const n = this.uses.get(family) ?? 0;
    this.uses.set(family, n + 1);
    return alternatives[n % alternatives.length];
  }

  /** A stock phrase's alternative for this use, or null once each has been used twice in the report. */
  stock(family: string, alternatives: readonly string[]): string | null {
    const n = this.uses.get(family) ?? 0;
    if (n >= alternatives.length * STOCK_USES) return null;
    this.uses.set(family, n + 1);
    return alternatives[n % alternatives.length];
  }
}

/** How often a report may use one stock phrase. */
export const STOCK_USES = 2;

/** The stock phrases (caveats), each used at most {@link STOCK_USES} times in a report. */
export const STOCK_PHRASES = {
  smallNumbers: [
    'With numbers this small, one case moves the figure considerably.',
    'The numbers are small, so a single case makes a large difference.',
  ],
} as const;
