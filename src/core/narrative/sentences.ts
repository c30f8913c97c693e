import type { Benchmark, HouseStyle, Indicator, Measure, Movement, NarrativeItem, Rating, RatedIndicator } from '../types';
import { Citations, printedDecimals } from './citations';
import { compact } from '../flatString';
import { benchmarkName, listJoin, subject } from './phrases';
import { standing } from '../rating/compare';

/** Two normalised values equal as printed? */
function samePrinted(a: number, b: number, decimals: number): boolean {
  const f = 10 ** decimals;
  return Math.round(a * f) === Math.round(b * f);
}

/** The value, printed with extra places when it would otherwise read the same as the target it misses. */
function valueText(c: Citations, m: Measure, ind: Indicator, rating: Rating, style: HouseStyle): string {
  const t = ind.target?.value;
  if (rating.rag !== 'green' && t !== null && t !== undefined && m.value !== null && samePrinted(m.value, t, printedDecimals(m, style))) {
    return c.value(m, 2);
  }
  return c.value(m);
}

/** A target from its cell, or from the configuration (said so). */
function printTarget(c: Citations, m: Measure | null, v: number): string {
  return m && m.value !== null ? c.value(m) : `${c.value({ ...nullMeasure, value: v })} (set in the configuration)`;
}

function targetText(c: Citations, ind: Indicator): string {
  const t = ind.target!;
  if (t.lower !== null && t.upper !== null) {
    if (t.lowerMeasure && t.upperMeasure) return `${c.value(t.lowerMeasure)} to ${c.value(t.upperMeasure)}`;
    if (t.measure) {
      c.add(t.measure);
      return `${c.value({ ...t.measure, value: t.lower, cell: t.measure.cell })} to ${c.value({ ...t.measure, value: t.upper })}`;
    }
    return `${printTarget(c, null, t.lower)} to ${printTarget(c, null, t.upper)}`;
  }
  return printTarget(c, t.measure, t.value ?? 0);
}

const nullMeasure: Measure = { sheet: '', cell: '', row: -1, col: -1, raw: null, value: null, scale: 1, fromText: false, formatDecimals: null, noData: null };

/**
 * How the value stands against its target, after a comma: ", above the target of 90 per cent",
 * ", positively below the target of 18 per cent", ", within the target range of 10 to 15 per cent".
 * (Each phrase is written whole: this runs for every rated indicator, and every piece joined on is
 * one more for the sentence's text to be assembled from.)
 */
function againstTarget(c: Citations, ind: Indicator, rating: Rating, style: HouseStyle): string {
  const target = targetText(c, ind);
  const v = rating.current!.measure;
  // The words follow the figures, not the colour: under `ragSource: 'sheet'` the colour is the sheet's.
  const onTarget = v.value !== null && ind.target !== null && standing(v.value, ind.polarity, ind.target, ind.tolerance, v.scale) === 'on-target';
  if (ind.polarity === 'band') {
    if (onTarget) return `, within the target range of ${target}`;
    return rating.withinTolerance ? `, just outside the target range of ${target}` : `, outside the target range of ${target}`;
  }
  const t = ind.target!.value!;
  const meets = v.value !== null && samePrinted(v.value, t, Math.max(printedDecimals(v, style), style.decimals)) && onTarget;
  const higher = ind.polarity === 'higher';
  const noun = targetNoun(ind, rating);
  if (noun !== 'target') {
    const where = meets ? 'meeting' : onTarget ? (higher ? 'above' : 'positively below') : rating.withinTolerance ? (higher ? 'just below' : 'just above') : higher ? 'below' : 'above';
    return `, ${where} the ${noun} of ${target}`;
  }
  if (meets) return `, meeting the target of ${target}`;
  if (onTarget) return higher ? `, above the target of ${target}` : `, positively below the target of ${target}`;
  if (rating.withinTolerance) return higher ? `, just below the target of ${target}` : `, just above the target of ${target}`;
  return higher ? `, below the target of ${target}` : `, above the target of ${target}`;
}

/**
 * How the target is named: "profiled target" when it is the sheet's target for the reporting point,
 * "full-year target" when a cumulative figure is held against the annual target before the year end.
 */
function targetNoun(ind: Indicator, rating: Rating): 'target' | 'profiled target' | 'full-year target' {
  if (ind.targetProfiled) return 'profiled target';
  const p = rating.current?.period;
  if (ind.cumulative && ind.target?.source === 'cell' && p && p.kind !== 'year' && p.sortKey % 12 !== 11) return 'full-year target';
  return 'target';
}

/**
 * " (412 in the year to date)", when the table has a year-to-date figure for the period that says
 * more than the value itself (not for a cumulative measure, whose value is already to date).
 */
function yearToDateText(c: Citations, ind: Indicator, rating: Rating): string {
  const ytd = rating.yearToDate;
  if (!ytd || ytd.measure.value === null || ind.cumulative) return '';
  return ` (${c.value(ytd.measure)} in the year to date)`;
}

/** The short-term trend's opening words, and the joining words when the long term goes the same way. */
const LEADS: Record<Movement['direction'], [string, string]> = {
  improving: [', an improvement on ', ' and on '],
  declining: [', worse than ', ''],
  increasing: [', an increase from ', ' and from '],
  decreasing: [', a reduction from ', ' and from '],
  unchanged: [', unchanged from ', ' and from '],
};

const LAST_YEAR = ' at the same point last year';

const LONG_TERM_WORDS: Record<Exclude<Movement['direction'], 'unchanged'>, string> = {
  improving: 'better than ', declining: 'worse than ', increasing: 'up from ', decreasing: 'down from ',
};

/**
 * How the long-term comparison is dated: " at the same point last year", or, against the previous
 * year's outturn column, " in 2022/23" (its label).
 */
function lastYearWords(mv: Movement): string {
  return mv.from.period.kind === 'year' ? ` in ${mv.from.period.label}` : LAST_YEAR;
}

function longTermAlone(c: Citations, mv: Movement): string {
  if (mv.direction === 'unchanged') {
    c.add(mv.from.measure);
    return mv.from.period.kind === 'year' ? `the same as in ${mv.from.period.label}` : 'the same as at the same point last year';
  }
  return `${LONG_TERM_WORDS[mv.direction]}${c.value(mv.from.measure)}${lastYearWords(mv)}`;
}

/**
 * The trend against the previous period and the same point last year, in one clause after a comma:
 * ", an improvement on 89.5 per cent in Q1 2021/22 and on 85 per cent at the same point last year",
 * ", worse than 16.2 per cent in Q1 2021/22, though better than 20 per cent at the same point last
 * year"; empty when there is nothing earlier to compare with.
 */
function trendText(c: Citations, rating: Rating): string {
  const st = rating.shortTerm;
  const lt = rating.longTerm && rating.longTerm.from !== st?.from ? rating.longTerm : null;
  if (!st) return lt ? `, ${longTermAlone(c, lt)}` : '';
  const [lead, again] = LEADS[st.direction];
  const first = st.direction === 'unchanged' ? (c.add(st.from.measure), `${lead}${st.from.period.label}`) : `${lead}${c.value(st.from.measure)} in ${st.from.period.label}`;
  if (!lt) return first;
  if (lt.direction === st.direction) {
    const when = lastYearWords(lt);
    if (st.direction === 'unchanged') return (c.add(lt.from.measure), `${first} and${when}`);
    if (st.direction === 'declining') return `, worse than both ${c.value(st.from.measure)} in ${st.from.period.label} and ${c.value(lt.from.measure)}${when}`;
    return `${first}${again}${c.value(lt.from.measure)}${when}`;
  }
  return `${first}, though ${longTermAlone(c, lt)}`;
}

/**
 * Every benchmark given, after a semicolon: the averages judged through polarity, then ranks and
 * quartiles. One: "; this is better than the England average of 88.2 per cent (2020/21)"; two
 * judged alike share the words, and a shared period is given once: "worse than both the
 * statistical neighbour average of 78.0 per cent and the England average of 78.7 per cent (both
 * 2020/21)"; three or more are grouped by judgement: "better than the statistical neighbour
 * average of 10.0 per cent and the regional average of 11.0 per cent but worse than the England
 * average of 9.0 per cent (all 2020/21)"; then "and ranked 21st", "and in quartile 2". Empty
 * without a benchmark.
 */
function benchmarkText(c: Citations, ind: Indicator, rating: Rating, style: HouseStyle): string {
  if (ind.benchmarks.length === 0) return '';
  const v = rating.current!.measure;
  const clauses: BenchmarkClause[] = [];
  for (const b of ind.benchmarks) {
    if (b.measure.value === null || b.kind === 'rank' || b.kind === 'quartile') continue;
    clauses.push(benchmarkClause(c, ind, v, b, style));
  }
  const first = clauses[0];
  let text = clauses.length === 0 ? '' : clauses.length === 1 ? `; this is ${first.judgement} ${first.shown}${first.period}` : clauses.length === 2 ? `; this is ${twoBenchmarks(first, clauses[1])}` : `; this is ${manyBenchmarks(clauses)}`;
  for (const b of ind.benchmarks) {
    const place = b.kind === 'rank' ? rankText(c, b) : b.kind === 'quartile' ? quartileText(c, b) : null;
    if (place === null) continue;
    const phrase = `${place}${b.period ? ` (${b.period.label})` : ''}`;
    text = text === '' ? `; this is ${phrase}` : `${text} and ${phrase}`;
  }
  return text;
}

/** "ranked 21st", or null when the rank cell holds no number. */
function rankText(c: Citations, b: Benchmark): string | null {
  return b.measure.value === null ? null : `ranked ${c.ordinal(b.measure)}`;
}

/** "in quartile 2" (a number), "in the top quartile" (words, as written); null when the cell is blank. */
function quartileText(c: Citations, b: Benchmark): string | null {
  if (b.measure.value !== null) return `in quartile ${c.count(b.measure)}`;
  const raw = typeof b.measure.raw === 'string' ? b.measure.raw.trim() : '';
  if (raw === '' || raw.length > 30 || /\d/.test(raw)) return null;
  c.add(b.measure);
  const words = raw.toLowerCase();
  return /quartile/.test(words) ? `in the ${words}` : `in the ${words} quartile`;
}

/** Three or more averages, grouped by how the value compares with each, with a shared period given once. */
function manyBenchmarks(clauses: readonly BenchmarkClause[]): string {
  const shared = clauses[0].period !== '' && clauses.every((x) => x.period === clauses[0].period);
  const groups = new Map<string, string[]>();
  for (const x of clauses) {
    const list = groups.get(x.judgement) ?? [];
    list.push(shared ? x.shown : `${x.shown}${x.period}`);
    groups.set(x.judgement, list);
  }
  const parts = [...groups].map(([judgement, shown]) => `${judgement} ${listJoin(shown)}`);
  const joined = parts.length === 2 ? `${parts[0]} but ${parts[1]}` : listJoin(parts);
  return shared ? `${joined} (all ${clauses[0].period.slice(2, -1)})` : joined;
}

/** One benchmark compared: "better than", "the England average of 88.2 per cent", " (2020/21)". */
interface BenchmarkClause {
  readonly judgement: string;
  readonly shown: string;
  readonly period: string;
}

function twoBenchmarks(a: BenchmarkClause, b: BenchmarkClause): string {
  const shared = a.period !== '' && a.period === b.period;
  const end = shared ? ` (both ${a.period.slice(2, -1)})` : b.period;
  const first = `${a.shown}${shared ? '' : a.period}`;
  if (a.judgement === b.judgement) return `${a.judgement} both ${first} and ${b.shown}${end}`;
  return `${a.judgement} ${first} but ${b.judgement} ${b.shown}${end}`;
}

/** How the value compares with one average benchmark, judged through polarity where it has one. */
function benchmarkClause(c: Citations, ind: Indicator, v: Measure, b: Benchmark, style: HouseStyle): BenchmarkClause {
  const { name, period } = benchmarkName(b);
  const shown = `${name} of ${c.value(b.measure)}`;
  const d = Math.max(printedDecimals(v, style), printedDecimals(b.measure, style));
  if (samePrinted(v.value!, b.measure.value!, d)) return { judgement: 'in line with', shown, period };
  if (ind.polarity !== 'higher' && ind.polarity !== 'lower') return { judgement: v.value! > b.measure.value! ? 'above' : 'below', shown, period };
  const better = ind.polarity === 'higher' ? v.value! > b.measure.value! : v.value! < b.measure.value!;
  return { judgement: better ? 'better than' : 'worse than', shown, period };
}

/** " (5 of 7: with numbers this small, a single case moves the figure considerably)"; empty without both counts. */
function countsText(c: Citations, ind: Indicator, style: HouseStyle): string {
  const n = ind.numerator;
  const d = ind.denominator;
  if (!n || !d || n.value === null || d.value === null) return '';
  const counts = `${c.count(n)} of ${c.count(d)}`;
  return d.value < style.smallNumber ? ` (${counts}: with numbers this small, a single case moves the figure considerably)` : ` (${counts})`;
}

/** Text whose own last mark ends a sentence. */
const ENDS_A_SENTENCE = /[.!?]$/;

/**
 * The service's own commentary from the scorecard, quoted as written and cited to its cell:
 * 'The service comments: “Two agency chairs start in October.”'; null when there is none.
 */
export function commentaryText(c: Citations, ind: Indicator): string | null {
  if (!ind.commentary) return null;
  const { text, cell } = ind.commentary;
  c.add({ ...nullMeasure, sheet: ind.sheet, cell, raw: text });
  return `The service comments: “${ENDS_A_SENTENCE.test(text) ? text : `${text}.`}”`;
}

/**
 * One sentence about a rated or context indicator: the value, the target and how it compares, the
 * trend, benchmarks and counts — each number printed from, and cited to, its cell — then the
 * service's commentary, where the scorecard has one.
 */
export function indicatorSentence(item: RatedIndicator, style: HouseStyle): NarrativeItem {
  const { indicator: ind, rating } = item;
  const c = new Citations(ind, style);
  const cur = rating.current!;
  const s = subject(ind);
  // Built up in place from clauses that bring their own punctuation: this runs once for every
  // indicator, and the fewer the pieces, the less there is to put together.
  let text = s.text + (s.article ? ' was ' : ' stood at ');
  const figuresFrom = text.length;
  text += valueText(c, cur.measure, ind, rating, style);
  text += countsText(c, ind, style);
  text += ` in ${cur.period.label}`;
  text += yearToDateText(c, ind, rating);
  if (rating.status === 'rated') text += againstTarget(c, ind, rating, style);
  text += trendText(c, rating);
  text += benchmarkText(c, ind, rating, style);
  text += '.';
  const said = commentaryText(c, ind);
  // Figures are placed in the sentence itself, never in the commentary that follows it.
  const cells = c.list(text, figuresFrom);
  return { indicatorId: ind.id, section: ind.section, rag: rating.rag, text: compact(said ? `${text} ${said}` : text), cells };
}
