import type { HouseStyle, Tolerance } from '../config/types';
import type { Benchmark, Indicator, Measure, PeriodValue, SheetComparison, UnusableTarget } from '../indicators/types';
import type { NarrativeItem, NarrativeStyle } from './types';
import type { Period } from '../periods/types';
import { periodBefore } from '../periods/makePeriod';
import type { Movement, RatedIndicator, Rating } from '../rating/types';
import { Citations, printFigure, printMeasure, printedDecimals } from './citations';
import { compact } from '../flatString';
import { Phrasebook, STOCK_PHRASES, benchmarkGroup, benchmarkName, listJoin, subject, upperFirst } from './phrases';
import { quotable } from './commentary';
import { standing } from '../rating/compare';
import { describeTolerance } from '../rating/rateIndicator';
import { saysCumulative } from '../indicators/cumulative';
import { withoutZeroDecimals } from '../values/display';

/** What every sentence of one report is written with. */
export interface SentenceContext {
  readonly style: HouseStyle;
  /** The reporting period: said once, in the title, not in every sentence. */
  readonly period: Period;
  readonly phrases: Phrasebook;
  readonly narrativeStyle: NarrativeStyle;
}

/** Two normalised values equal as printed? */
export function samePrinted(a: number, b: number, decimals: number): boolean {
  const f = 10 ** decimals;
  return Math.round(a * f) === Math.round(b * f);
}

/**
 * The value, printed with extra places when it would otherwise read the same as the target it is
 * rated apart from: "£0.98m, below the target of £1m", not "£1m, below the target of £1m".
 */
function valueText(c: Citations, m: Measure, ind: Indicator, rating: Rating, style: HouseStyle): string {
  const t = ind.target?.value;
  if (rating.status !== 'rated' || t === null || t === undefined || m.value === null) return c.value(m, 0, false);
  if (samePrinted(m.value, t, printedDecimals(m, style)))
    return onTarget(ind, rating) ? c.value(m, 0, false) : c.value(m, 2, false);
  // A figure shown in thousands or millions ("£980k" as "£1m") may read as its target though the
  // numbers differ at the cell's own places: one more place, then two, until it does not.
  const target = printFigure(ind, t, ind.target?.measure?.formatDecimals ?? null, style);
  const reads = (extra: number) => withoutZeroDecimals(printMeasure(ind, m, style, extra));
  if (reads(0) !== target) return c.value(m, 0, false);
  return c.value(m, reads(1) !== target ? 1 : 2, false);
}

export const nullMeasure: Measure = {
  sheet: '',
  cell: '',
  row: -1,
  col: -1,
  raw: null,
  value: null,
  scale: 1,
  fromText: false,
  formatDecimals: null,
  noData: null,
};

/** A target from its cell, or from the configuration (said so). */
function printTarget(c: Citations, m: Measure | null, v: number): string {
  return m && m.value !== null ? c.value(m) : `${c.value({ ...nullMeasure, value: v })}, set in the configuration`;
}

/** The target as printed: "90 per cent", or a range "10 to 15 per cent". */
export function targetText(c: Citations, ind: Indicator): string {
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

/**
 * Whether the value is on target by the figures. The target words follow the figures, not the
 * colour: under `ragSource: 'sheet'` the colour is the sheet's own.
 */
function onTarget(ind: Indicator, rating: Rating): boolean {
  const v = rating.current?.measure;
  return (
    !!v &&
    v.value !== null &&
    ind.target !== null &&
    standing(v.value, ind.polarity, ind.target, ind.tolerance, v.scale) === 'on-target'
  );
}

/**
 * How the target is named: "profiled target" when it is the sheet's target for the reporting point
 * and either its header says so ("Profiled target") or the figure adds up through the year (the
 * year's target profiled to date); "full-year target" when a cumulative figure is held before the
 * year end against a target its header gives the year ("Annual target", "Target 2023/24"). A
 * quarter's own target ("Target" under "Q2 2023/24"), and a plain "Target", is a target.
 */
export function targetNoun(ind: Indicator, rating: Rating): string {
  if (ind.polarity === 'band') return 'target range';
  // A key that rates against an average of the sheet's own: the average, as its column is headed.
  if (ind.targetCalled) return ind.targetCalled;
  // A quarter's or month's year to date held to the target for it, in place of the period's own figure.
  if (ind.targetProfiled && ind.ratedInPlaceOf) return 'year-to-date target';
  if (ind.targetForYear) return 'full-year target';
  if (ind.targetProfiled) {
    const header = ind.periodTargets?.find((t) => t.target === ind.target)?.header ?? '';
    return ind.cumulative || /\bprofil/i.test(header) ? 'profiled target' : 'target';
  }
  // A target with its date ("280 by September") is that date's, not the year's.
  if (ind.target?.due) return 'target';
  const p = rating.current?.period;
  // Only where the sheet says the target is the year's: a plain "Target" is called what it is.
  if (
    ind.cumulative &&
    !ind.targetToDate &&
    ind.targetColumn?.wholeYear &&
    ind.target?.source === 'cell' &&
    p &&
    p.kind !== 'year' &&
    p.sortKey % 12 !== 11
  )
    return 'full-year target';
  return 'target';
}

/**
 * How the value stands against its target: "above the target of 90 per cent", "just above the
 * target of 18 per cent", "within the target range of 10 to 15 per cent", "below the full-year
 * target of 12,000", "just below the profiled target of 9,000", "below the target of 98 per cent,
 * within its tolerance" (amber by a tolerance wider than 5 %), or "…, which the service rates amber"
 * (no tolerance stated, the sheet's own amber followed).
 */
function againstTarget(c: Citations, ind: Indicator, rating: Rating, style: HouseStyle): string {
  const target = targetText(c, ind);
  const v = rating.current!.measure;
  const on = onTarget(ind, rating);
  if (ind.polarity === 'band') {
    if (on) return `within the target range of ${target}`;
    return rating.withinTolerance
      ? `just outside the target range of ${target}`
      : `outside the target range of ${target}`;
  }
  const noun = targetNoun(ind, rating);
  const t = ind.target!.value!;
  const meets = v.value !== null && samePrinted(v.value, t, Math.max(printedDecimals(v, style), style.decimals)) && on;
  if (meets) return `meeting the ${noun} of ${target}`;
  const higher = ind.polarity === 'higher';
  if (on) return higher ? `above the ${noun} of ${target}` : `below the ${noun} of ${target}`;
  if (rating.withinTolerance) {
    // "Just" only where the figure is close (within 5 % of the target): a sheet's tolerance may be far wider.
    if (v.value !== null && t !== 0 && Math.abs(v.value - t) - Math.abs(t) * JUST <= 1e-9 * Math.abs(t))
      return higher ? `just below the ${noun} of ${target}` : `just above the ${noun} of ${target}`;
    // Short of the target but green by a key's scheme of its own ("Green = on or within 10% of target").
    if (rating.byKey === 'green-margin' && ind.keyScheme)
      return `${higher ? 'below' : 'above'} the ${noun} of ${target}, but within ${keyMargin(ind.keyScheme.green, ind.unit, style)} of it, which the key counts as green`;
    // Amber's edge a floor standard: met, as the report says it ("Floor Standard achieved but Target has not been met").
    if (ind.floor) {
      const floor = c.value({ ...nullMeasure, sheet: ind.sheet, cell: ind.floor.cell, value: ind.floor.value });
      return `${higher ? 'below' : 'above'} the ${noun} of ${target} but meets the ${ind.floor.word} of ${floor}`;
    }
    // No tolerance stated, the sheet's own amber followed: the service's, citing its RAG cell.
    const sheetBand = ind.warnings.find((w) => w.code === 'rag-band-from-sheet');
    if (sheetBand?.cell) {
      const shown = ind.sheetRags?.find((s) => s.cell === sheetBand.cell)?.shown ?? 'Amber';
      c.add({ ...nullMeasure, sheet: sheetBand.sheet ?? ind.sheet, cell: sheetBand.cell, raw: shown });
      return `${higher ? 'below' : 'above'} the ${noun} of ${target}, which the service rates amber`;
    }
    return higher
      ? `below the ${noun} of ${target}, within its tolerance`
      : `above the ${noun} of ${target}, within its tolerance`;
  }
  return higher ? `below the ${noun} of ${target}` : `above the ${noun} of ${target}`;
}

/** A key's margin as a sentence says it: "10 per cent" (of the target) in the house style, else as a reason says it. */
function keyMargin(t: Tolerance, unit: Indicator['unit'], style: HouseStyle): string {
  if (t.type !== 'relative') return describeTolerance(t, unit);
  const n = String(Math.round(t.value * 100000) / 1000);
  return style.percent === '%' ? `${n}%` : `${n} per cent`;
}

/** How near the target a figure is said to be "just" short of it: 5 % of the target, the usual tolerance. */
const JUST = 0.05;

/**
 * When an earlier figure was, as a report says it: "last quarter", "last month", "last term", "a year earlier",
 * or "in Q4 2020/21" when it is none of those.
 */
export function whenText(from: Period, now: Period): string {
  const gap = now.sortKey - from.sortKey;
  if (from.kind === now.kind) {
    if (gap === 12) return 'a year earlier';
    if (now.kind === 'quarter' && gap === 3) return 'last quarter';
    if (now.kind === 'month' && gap === 1) return 'last month';
    if (now.kind === 'month' && gap === 3) return 'three months earlier';
    if (now.kind === 'term' && periodBefore(now)?.sortKey === from.sortKey) return 'last term';
  }
  return `in ${from.label}`;
}

/** One comparison with an earlier figure: how it went, the figure (or null when unchanged) and when. */
interface Comparison {
  readonly verdict: 'better' | 'worse' | 'up' | 'down' | 'same';
  /** The figure as printed ("86.3 per cent", "153 (provisional)"), and as printed inside a bracket ("153, provisional"). */
  readonly shown: string | null;
  readonly inBracket: string | null;
  /** "last quarter", "a year earlier", or "in 2022/23" against last year's outturn column. */
  readonly when: string;
}

const VERDICT: Record<Movement['direction'], Comparison['verdict']> = {
  improving: 'better',
  declining: 'worse',
  increasing: 'up',
  decreasing: 'down',
  unchanged: 'same',
};

function compare(c: Citations, mv: Movement, now: Period): Comparison {
  const verdict = VERDICT[mv.direction];
  if (verdict === 'same') {
    c.add(mv.from.measure);
    return { verdict, shown: null, inBracket: null, when: whenText(mv.from.period, now) };
  }
  const figure = c.value(mv.from.measure, 0, false);
  return {
    verdict,
    shown: c.flagged(mv.from.measure, figure),
    inBracket: c.bracketed(mv.from.measure, figure),
    when: whenText(mv.from.period, now),
  };
}

/** "than 86.3 per cent last quarter", "from 3,105 last quarter". */
const at = (x: Comparison) => `${x.shown} ${x.when}`;
/** "last quarter (86.3 per cent)". */
const atBracket = (x: Comparison) => `${x.when} (${x.inBracket})`;
/** "the same as last quarter", "the same as in Q4 2020/21". */
const sameAs = (x: Comparison) => `the same as ${x.when}`;

/** One comparison alone, as a clause after "That is": "better than 86.3 per cent last quarter". */
function clause(x: Comparison): string {
  switch (x.verdict) {
    case 'better':
      return `better than ${at(x)}`;
    case 'worse':
      return `worse than ${at(x)}`;
    case 'up':
      return `up from ${at(x)}`;
    case 'down':
      return `down from ${at(x)}`;
    default:
      return sameAs(x);
  }
}

/**
 * The trend in a short sentence of its own: against the previous period and, where it differs, the
 * same period a year earlier — "That is better than 86.3 per cent last quarter and 78.2 per cent a
 * year earlier." The wording is taken in turn from a few alternatives, so that a report does not
 * say the same words for every indicator; empty when there is nothing earlier to compare with.
 */
function trendSentence(c: Citations, rating: Rating, ctx: SentenceContext): string {
  const rated = ratedTrend(c, rating, ctx);
  // The period's own figure, where the year to date is rated in its place: "The figure for
  // September 2024 is better than 231 last month."
  const own = rating.shortTerm ? null : rating.ownMove;
  if (!own) return rated;
  const moved = `The figure for ${own.to.period.label} is ${clause(compare(c, own, own.to.period))}.`;
  return rated ? `${rated} ${moved}` : moved;
}

/**
 * The trend as the sheet's own column says it in words, its cell cited: "Its recent trend is
 * increasing and getting worse.", "Its direction of travel is improving.", "Its recent trend shows no
 * significant change." Empty where the sheet says none in words.
 */
function sheetTrendSentence(c: Citations, ind: Indicator): string {
  const t = ind.trendSaid;
  if (!t) return '';
  c.addCell(ind.sheet, t.cell, t.raw);
  const noun = /\brecent trend\b/i.test(t.header)
    ? 'recent trend'
    : /\b(?:direction|travel|d\.?o\.?t)\b/i.test(t.header)
      ? 'direction of travel'
      : 'trend';
  const words = t.shown
    .toLowerCase()
    .replace(/\s*(?:&|\/|,)\s*/, ' and ')
    .replace(/\s+/g, ' ');
  if (t.said === 'unchanged') return `Its ${noun} shows ${words}.`;
  // A word that says how it is going is kept ("improving", "worsening", "increasing and getting
  // worse"); one that only judges ("Improved", "Worse") is said as the way it is going.
  const going = t.said === 'moved' || /ing\b/.test(words) ? words : t.said === 'better' ? 'improving' : 'getting worse';
  return `Its ${noun} is ${going}.`;
}

/** The trend of the figure rated, as {@link trendSentence} says it. */
function ratedTrend(c: Citations, rating: Rating, ctx: SentenceContext): string {
  const now = rating.current!.period;
  const st = rating.shortTerm;
  const lt = rating.longTerm && rating.longTerm.from !== st?.from ? rating.longTerm : null;
  const a = st ? compare(c, st, now) : null;
  const b = lt ? compare(c, lt, now) : null;
  const p = ctx.phrases;
  if (a && b) {
    if (a.verdict === 'same' && b.verdict === 'same') return `That is ${sameAs(a)} and ${b.when}.`;
    if (a.verdict === 'same') return `That is ${sameAs(a)} and ${clause(b)}.`;
    if (b.verdict === 'same') return `That is ${clause(a)} and ${sameAs(b)}.`;
    if (a.verdict === b.verdict) {
      const both = `${at(a)} and ${at(b)}`;
      switch (a.verdict) {
        case 'better':
          return p.pick('better-both', [
            `That is better than ${both}.`,
            `It has improved on ${both}.`,
            `This is an improvement on ${both}.`,
          ]);
        case 'worse':
          return p.pick('worse-both', [
            `That is worse than ${both}.`,
            `It was better ${atBracket(a)} and ${atBracket(b)}.`,
            `This is a decline on ${both}.`,
          ]);
        case 'up':
          return p.pick('up-both', [
            `That is up from ${both}.`,
            `It has risen from ${both}.`,
            `This is higher than ${both}.`,
          ]);
        default:
          return p.pick('down-both', [
            `That is down from ${both}.`,
            `It has fallen from ${both}.`,
            `This is lower than ${both}.`,
          ]);
      }
    }
    if (a.verdict === 'better')
      return p.pick('better-worse', [
        `That is better than ${at(a)} but worse than ${at(b)}.`,
        `It has improved on ${at(a)}, but not on ${at(b)}.`,
      ]);
    if (a.verdict === 'worse')
      return p.pick('worse-better', [
        `That is worse than ${at(a)} but better than ${at(b)}.`,
        `It was better ${atBracket(a)}, though worse ${atBracket(b)}.`,
      ]);
    return `That is ${clause(a)} but ${clause(b)}.`;
  }
  const only = a ?? b;
  if (!only) return '';
  switch (only.verdict) {
    case 'better':
      return p.pick('better-one', [
        `That is better than ${at(only)}.`,
        `It has improved on ${at(only)}.`,
        `This is an improvement on ${at(only)}.`,
      ]);
    case 'worse':
      return p.pick('worse-one', [
        `That is worse than ${at(only)}.`,
        `It was better ${atBracket(only)}.`,
        `This is a decline on ${at(only)}.`,
      ]);
    case 'up':
      return p.pick('up-one', [`That is up from ${at(only)}.`, `It has risen from ${at(only)}.`]);
    case 'down':
      return p.pick('down-one', [`That is down from ${at(only)}.`, `It has fallen from ${at(only)}.`]);
    default:
      return `That is ${sameAs(only)}.`;
  }
}

/** One benchmark compared: "better than", "England average", "2020/21", "87.6 per cent". */
interface BenchmarkClause {
  readonly judgement: string;
  readonly name: string;
  /** Whom the average is for, in a few words ("statistical neighbours", "England"); null for other benchmarks. */
  readonly group: string | null;
  readonly period: string;
  readonly shown: string;
  /** The figure as printed inside a bracket ("22.1 per cent, provisional"). */
  readonly bracketed: string;
}

/** How the value compares with one average benchmark, judged through polarity where it has one. */
function benchmarkClause(c: Citations, ind: Indicator, v: Measure, b: Benchmark, style: HouseStyle): BenchmarkClause {
  const { name } = benchmarkName(b);
  const figure = c.value(b.measure, 0, false);
  const shown = c.flagged(b.measure, figure);
  const bracketed = c.bracketed(b.measure, figure);
  const period = b.period ? b.period.label : '';
  const bare = name.replace(/^the /, '');
  const group = benchmarkGroup(b);
  const said = b.compared;
  const judged = (judgement: string): BenchmarkClause => ({ judgement, name: bare, group, period, shown, bracketed });
  // The sheet's own word on it ("Similar", tested at 95 %), unless the figures say the other way.
  if (said?.agrees) {
    c.addCell(ind.sheet, said.cell, said.raw);
    return judged(SAID_AS[said.said]);
  }
  // A benchmark within the figure's confidence interval is not significantly different from it.
  const ci = said ? undefined : ind.interval;
  if (ci) {
    c.add(ci.lower);
    c.add(ci.upper);
    if (ci.lower.value! <= b.measure.value! && b.measure.value! <= ci.upper.value!) return judged('similar to');
  }
  const d = Math.max(printedDecimals(v, style), printedDecimals(b.measure, style));
  if (samePrinted(v.value!, b.measure.value!, d)) return judged('in line with');
  if ((ind.polarity !== 'higher' && ind.polarity !== 'lower') || said)
    return judged(v.value! > b.measure.value! ? 'above' : 'below');
  const better = ind.polarity === 'higher' ? v.value! > b.measure.value! : v.value! < b.measure.value!;
  return judged(better ? 'better than' : 'worse than');
}

/** The judgement a sheet's comparison gives: its "Similar" said "similar to". */
const SAID_AS: Record<SheetComparison['said'], string> = {
  better: 'better than',
  similar: 'similar to',
  worse: 'worse than',
  higher: 'above',
  lower: 'below',
};

/** Words in a sentence beyond which the benchmarks are said in more than one. */
const LONG_BENCHMARKS = 30;

/**
 * The averages judged alike, as one clause after "It is": "better than the 2022/23 averages for
 * statistical neighbours (52.1 per cent), the region (54.3 per cent) and England (55.6 per cent)";
 * "worse than the statistical neighbour average of 78 per cent and the 2020/21 England average of
 * 78.7 per cent". `averages` ("the 2022/23 averages") names a shared period once; `later` groups follow "but".
 */
function averagesClause(
  group: readonly BenchmarkClause[],
  shared: boolean,
  averages: string | null,
  later: boolean,
): string {
  const j = group[0].judgement;
  if (averages) {
    const list = listJoin(group.map((x) => `${x.group} (${x.bracketed})`));
    if (later) return `${j} ${group.length === 1 ? 'that' : 'those'} for ${list}`;
    return `${j} ${group.length === 1 ? averages.replace(/averages$/, 'average') : averages} for ${list}`;
  }
  const the = (x: BenchmarkClause, withPeriod: boolean) =>
    `the ${withPeriod && x.period ? `${x.period} ` : ''}${x.name} of ${x.shown}`;
  return `${j} ${listJoin(group.map((x, i) => the(x, !shared || (!later && i === 0))))}`;
}

/**
 * Every benchmark given, in sentences of their own: the averages judged through polarity — "It is
 * better than the 2020/21 England average of 87.6 per cent."; two judged alike share the words and
 * a shared period is given once; three or more are grouped by judgement ("It is better than the
 * 2022/23 averages for statistical neighbours (22.4 per cent) and England (21.1 per cent) but worse
 * than that for the region (18.2 per cent).") and said in one sentence per judgement when one would
 * be long — then every rank and quartile in a short sentence: "It ranked 21st in 2020/21 and was in
 * quartile 1."
 */
function benchmarkSentence(
  c: Citations,
  ind: Indicator,
  rating: Rating,
  style: HouseStyle,
  phrases: Phrasebook,
): string {
  if (ind.benchmarks.length === 0) return '';
  const v = rating.current!.measure;
  const clauses: BenchmarkClause[] = [];
  for (const b of ind.benchmarks) {
    if (b.measure.value === null || b.kind === 'rank' || b.kind === 'quartile') continue;
    clauses.push(benchmarkClause(c, ind, v, b, style));
  }
  const sentences: string[] = [];
  const shared = clauses.length > 0 && clauses.every((x) => x.period === clauses[0].period);
  // "the 2020/21 averages for statistical neighbours (22.1 per cent) and England (22.6 per cent)": shorter, where all have a plain name.
  const averages =
    clauses.length > 1 && shared && clauses.every((x) => x.group !== null)
      ? `the ${clauses[0].period ? `${clauses[0].period} ` : ''}averages`
      : null;
  const the = (x: BenchmarkClause, withPeriod: boolean) =>
    `the ${withPeriod && x.period ? `${x.period} ` : ''}${x.name} of ${x.shown}`;
  if (clauses.length === 1) sentences.push(`It is ${clauses[0].judgement} ${the(clauses[0], true)}.`);
  else if (clauses.length === 2 && clauses[0].judgement === clauses[1].judgement) {
    const [first, second] = clauses;
    const j = first.judgement;
    const forms = [`It is ${j} both ${the(first, true)} and ${the(second, !shared)}.`];
    if (averages)
      forms.unshift(
        `It is ${j} ${averages} for ${first.group} (${first.bracketed}) and ${second.group} (${second.bracketed}).`,
        `Against ${averages}, it is ${j} ${first.group} (${first.bracketed}) and ${second.group} (${second.bracketed}).`,
      );
    sentences.push(phrases.pick(`benchmarks-${j}`, forms));
  } else if (clauses.length > 1) {
    // Grouped by judgement, in the order the judgements first come.
    const groups = new Map<string, BenchmarkClause[]>();
    for (const x of clauses) {
      const list = groups.get(x.judgement);
      if (list) list.push(x);
      else groups.set(x.judgement, [x]);
    }
    const parts = [...groups.values()].map((g, i) => averagesClause(g, shared, averages, i > 0));
    const whole = `It is ${parts.length === 2 ? `${parts[0]} but ${parts[1]}` : listJoin(parts)}.`;
    if (wordCount(whole) <= LONG_BENCHMARKS) sentences.push(whole);
    else {
      // One sentence per judgement, each naming its averages in full; one per average when still long.
      for (const g of groups.values()) {
        const one = `It is ${averagesClause(g, false, averages, false)}.`;
        if (wordCount(one) <= LONG_BENCHMARKS || g.length === 1) sentences.push(one);
        else for (const x of g) sentences.push(`It is ${x.judgement} ${the(x, true)}.`);
      }
    }
  }
  const places: { text: string; period: string }[] = [];
  for (const b of ind.benchmarks) {
    const place = b.kind === 'rank' ? rankText(c, b) : b.kind === 'quartile' ? quartileText(c, b) : null;
    if (place !== null) places.push({ text: place, period: b.period ? ` in ${b.period.label}` : '' });
  }
  // A period they all share is said once, at the end: "It ranked 12th and was in quartile 2 in 2022/23."
  const oneYear = places.length > 1 && places.every((x) => x.period === places[0].period) ? places[0].period : null;
  if (places.length)
    sentences.push(
      oneYear !== null
        ? `It ${listJoin(places.map((x) => x.text))}${oneYear}.`
        : `It ${listJoin(places.map((x) => `${x.text}${x.period}`))}.`,
    );
  return sentences.join(' ');
}

/** "ranked 21st in its CIPFA group", or null when the rank cell holds no number. */
function rankText(c: Citations, b: Benchmark): string | null {
  return b.measure.value === null ? null : `ranked ${c.ordinal(b.measure)}${rankAmong(b.label)}`;
}

/** A nation or London, as a rank's header names it: "in England". */
const NATION = /^(england|wales|scotland|northern ireland|the uk|great britain|london)$/i;
/** Comparators named by a plural noun: ranked "among" them. */
const PLURAL_GROUP = /\b(neighbours|authorities|councils|comparators|unitaries|boroughs|districts|counties)$/i;

/**
 * What a rank is among, as its header says, for the sentence: "Rank in CIPFA group" → " in its CIPFA
 * group", "Wales rank" → " in Wales", "National rank" → " nationally", "Rank among statistical
 * neighbours" → " among its statistical neighbours", "Rank (out of 22)" → " of 22"; empty when the
 * header names nothing ("Rank 2022/23", "League position"). Without it, "It ranked 2nd." leaves a
 * councillor asking: of what?
 */
export function rankAmong(header: string): string {
  const text = header
    .replace(/\b(?:19|20)\d\d(?:\s*[/-]\s*(?:19|20)?\d\d)?\b/g, ' ')
    .replace(/\bQ[1-4]\b/gi, ' ')
    .replace(/[()[\]:,–—-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const outOf = /\b(?:out of|of)\s+(\d+)\b/i.exec(text);
  if (outOf) return ` of ${outOf[1]}`;
  const after = /\b(?:rank(?:ing)?|position)\s+(?:in|among|amongst|within)\s+(?:the\s+|its\s+|our\s+)?(.+)$/i.exec(
    text,
  );
  const before = /^(.+?)\s+(?:rank(?:ing)?|position)$/i.exec(text);
  const group = (after?.[1] ?? before?.[1] ?? '').trim();
  if (!group || /\b(?:rank(?:ing)?|league|position)\b/i.test(group)) return '';
  if (NATION.test(group)) return ` in ${group.replace(/^the /i, 'the ')}`;
  if (/^national(?:ly)?$/i.test(group)) return ' nationally';
  if (/^region(?:al)?$/i.test(group)) return ' in the region';
  if (/^stat(?:istical)?\.? ?neighbours?$/i.test(group)) return ' among its statistical neighbours';
  if (/^cipfa$/i.test(group)) return ' in its CIPFA group';
  if (!after) return '';
  if (PLURAL_GROUP.test(group)) return ` among its ${group}`;
  if (/\bgroup$/i.test(group)) return ` in its ${group}`;
  return '';
}

/**
 * "was in quartile 2" (a number: the quartile's number, cited to its cell, not a figure of the
 * indicator's unit), "was in the top quartile" (words, as written); null when the cell is blank or
 * says none is given ("n/a").
 */
function quartileText(c: Citations, b: Benchmark): string | null {
  if (b.measure.value !== null) {
    c.add(b.measure);
    return `was in quartile ${Math.round(b.measure.value)}`;
  }
  const raw = typeof b.measure.raw === 'string' ? b.measure.raw.trim() : '';
  // "n/a", "TBC", "-": no quartile given, not one named so. A band's letter ("C") is one, though it
  // reads as a suppression code elsewhere.
  const code = b.measure.noData && b.measure.noData.reason !== 'text' && !/^[a-d]$/i.test(raw);
  if (raw === '' || code || raw.length > 30 || /\d/.test(raw)) return null;
  c.add(b.measure);
  // A band's letter ("B") keeps its capital: "the B quartile".
  const words = /^[a-d]$/i.test(raw) ? raw.toUpperCase() : raw.toLowerCase();
  return /quartile/.test(words) ? `was in the ${words}` : `was in the ${words} quartile`;
}

/** "5 of 7", for the value's bracket; empty without both counts. Whether the counts are small comes with it. */
function countsText(c: Citations, ind: Indicator, style: HouseStyle, m?: Measure): { text: string; small: boolean } {
  const n = ind.numerator;
  const d = ind.denominator;
  // A share the cell writes as its counts ("1 of 9"): said as written, from the value's own cell.
  if ((!n || !d) && m?.counts)
    return { text: `${m.counts.of} of ${m.counts.in}`, small: m.counts.in < style.smallNumber };
  if (!n || !d || n.value === null || d.value === null) return { text: '', small: false };
  return { text: `${c.count(n)} of ${c.count(d)}`, small: d.value < style.smallNumber };
}

/**
 * "412 in the year to date", when the table has a year-to-date figure for the period that says more
 * than the value itself (not for a cumulative measure, whose value is already to date, nor where it
 * is the same figure, as in the year's first quarter); else empty.
 */
function yearToDateText(c: Citations, ind: Indicator, rating: Rating): string {
  const ytd = rating.yearToDate;
  if (!ytd || ytd.measure.value === null || ind.cumulative || ytd === rating.current) return '';
  // In the year's first quarter or month the year to date is the figure itself: nothing more to say.
  if (ytd.measure.value === rating.current?.measure.value) return '';
  return `${c.bracketed(ytd.measure, c.value(ytd.measure, 0, false))} in the year to date`;
}

/**
 * "51 in Q3 2024/25" ("1,301,200 in Q3 2024/25, provisional"), the period's own figure, where its
 * year to date is what is rated (see {@link Indicator.ratedInPlaceOf}); else empty.
 */
function inPlaceOfText(c: Citations, ind: Indicator): string {
  const p = ind.ratedInPlaceOf;
  const own = p && ind.values.find((v) => v.period.sortKey === p.sortKey && v.period.kind === p.kind);
  if (!own || own.measure.value === null) return '';
  const flag = own.measure.flag ? `, ${own.measure.flag}` : '';
  return `${c.value(own.measure, 0, false)} in ${p.label}${flag}`;
}

/**
 * The service's own words from the scorecard, quoted as written and cited to their cell — its
 * commentary ("Service comment: “…”") and, where asked, its actions ("Action: “…”") — when they
 * say something: placeholders ("Context measure", "N/A") and a word or two are left out.
 */
export function serviceWords(c: Citations, ind: Indicator, withCommentary: boolean, withActions: boolean): string {
  const out: string[] = [];
  const quote = (label: string, said: { text: string; cell: string } | null | undefined) => {
    if (!said) return;
    const text = quotable(said.text);
    if (text === null) return;
    c.add({ ...nullMeasure, sheet: ind.sheet, cell: said.cell, raw: said.text });
    out.push(`${label}: “${text}”`);
  };
  if (withCommentary) quote('Service comment', ind.commentary);
  if (withActions) quote('Action', ind.actions);
  return out.join(' ');
}

/**
 * The indicator's own period when it ends elsewhere than the report's ("in August 2021" in the
 * report for Q2 2021/22), or is the whole year in a report on its last quarter or month ("in
 * 2023/24"); nothing when it ends with it (September 2021's figure in Q2's report).
 */
function ownPeriod(pv: PeriodValue, ind: Indicator, ctx: SentenceContext): string {
  const p = pv.period;
  const same =
    p.label === ctx.period.label ||
    (p.sortKey === ctx.period.sortKey && (p.kind !== 'year' || ctx.period.kind === 'year'));
  if (!same) return ` in ${p.label}`;
  return soFarThisYear(pv, ind) ? ' so far this year' : '';
}

/** "So far" in a name, which says the year so far as the words a cumulative measure's name has do. */
const SO_FAR = /\bso far\b/i;

/**
 * True when a cumulative measure's figure for a quarter or month before the year's end is the year so
 * far and its name does not say so: "stood at 148 kg so far this year", not a quarter's 148 kg.
 */
function soFarThisYear(pv: PeriodValue, ind: Indicator): boolean {
  const p = pv.period;
  if (!ind.cumulative || (p.kind !== 'quarter' && p.kind !== 'month')) return false;
  return p.sortKey % 12 !== 11 && !saysCumulative(ind.name) && !SO_FAR.test(ind.name);
}

/** A clause after the value ("meeting the target of 95 per cent") as a sentence of its own: "It meets the target of 95 per cent". */
function asSentence(against: string): string {
  return against.startsWith('meeting ') ? `it meets ${against.slice('meeting '.length)}` : `it is ${against}`;
}

/** Words in a sentence beyond which the value and its target are said in two. */
const LONG_SENTENCE = 20;

/** Words in a text, as a reader counts them. */
function wordCount(text: string): number {
  // The runs of characters between spaces, counted where each starts: no array of the words is made.
  let n = 0;
  for (let i = 0; i < text.length; i++)
    if (text.charCodeAt(i) !== 0x20 && (i === 0 || text.charCodeAt(i - 1) === 0x20)) n++;
  return n;
}

/** Whether the reds' (and, in an exceptions report, the ambers') actions follow their sentence. */
function wantsActions(rating: Rating, ctx: SentenceContext): boolean {
  return rating.rag === 'red' || (rating.rag === 'amber' && ctx.narrativeStyle === 'exceptions');
}

/**
 * " It is not rated: its tolerance ('5' in G16) could be 5% of the target, which makes it red, or 5
 * percentage points, which makes it amber — please check its unit."; empty without the cell.
 */
function unclearToleranceSentence(ind: Indicator, rating: Rating): string {
  const q = ind.toleranceQuestion;
  const both = rating.toleranceReadings;
  const other = ind.toleranceAlternative;
  if (!q || !both || !other) return '';
  const relative = `${describeTolerance(ind.tolerance, ind.unit)} of the target`;
  const absolute = describeTolerance(other, ind.unit);
  return ` It is not rated: its tolerance ('${q.shown}' in ${q.cell}) could be ${relative}, which makes it ${both.relative}, or ${absolute}, which makes it ${both.absolute} — please check its unit.`;
}

/**
 * The sheet's own colour, as a sentence citing its cell, for an indicator not rated here (progress
 * reported in words, a target to check): " The service rates it amber."; empty without one.
 */
export function sheetSays(item: RatedIndicator, c: Citations): string {
  const s = item.sheetRag;
  if (!s || (s.rag !== 'green' && s.rag !== 'amber' && s.rag !== 'red')) return '';
  c.add({ ...nullMeasure, sheet: s.sheet, cell: s.cell, raw: s.shown });
  return ` The service rates it ${s.rag}.`;
}

/** Why an indicator with a figure is not rated, when its target cell cannot be a target. */
function unusableTargetSentence(u: UnusableTarget, c: Citations, cur: PeriodValue): string {
  if (u.why.kind === 'date')
    return `It is not rated: its target holds a date, not a figure — please check it ('${u.shown}' in ${u.cell}).`;
  if (u.why.kind === 'text' && u.why.change)
    return `It is not rated: its target is a change on a baseline ('${u.shown}' in ${u.cell}), not the figure it comes to — please check it.`;
  if (u.why.kind === 'text')
    return `It is not rated: its target is not a figure — please check it ('${u.shown}' in ${u.cell}).`;
  if (u.why.kind === 'other-year')
    return `It is not rated: its target is for ${u.why.year} ('${u.shown}' in ${u.cell}), not ${u.why.reported} — please check it.`;
  if (u.why.kind === 'due-later')
    return `It is not rated: its target is to be met by ${u.why.due} ('${u.shown}' in ${u.cell}), and this figure does not meet it yet — please check its progress towards it.`;
  if (u.why.kind === 'to-date')
    return `It is not rated: its target is for the year to date ('${u.shown}' in ${u.cell}), but this figure is the period's own — please check it${u.why.yearToDate ? ` against the year to date in ${u.why.yearToDate}` : ''}.`;
  if (u.why.kind === 'for-the-year') {
    const sum = u.why.partsSum;
    // No cell holds the year so far: what its periods add up to, cited to them ("D18:F18").
    const soFar = sum
      ? `The ${cur.period.kind === 'month' ? 'months' : 'quarters'} so far add up to ${c.value({ ...cur.measure, cell: `${sum.cells[0]}:${sum.cells[sum.cells.length - 1]}`, raw: sum.value, value: sum.value, flag: undefined, counts: undefined, fromText: false })},`
      : 'The year to date is';
    const passed =
      u.why.passed === 'above'
        ? ` ${soFar} already above it.`
        : u.why.passed === 'meets'
          ? ` ${sum ? soFar.replace(/,$/, ', which') : 'The year to date'} already meets it.`
          : '';
    return `It is not rated: its target is for the whole year ('${u.shown}' in ${u.cell}), but ${u.why.soFar ? 'this figure is for the year so far,' : 'its figures add up over the year, so this one is'} only a part of it — please check it.${passed}`;
  }
  if (u.why.kind === 'no-time-unit')
    return `It is not rated: its target is a number without a unit beside lengths of time — please check it ('${u.shown}' in ${u.cell}).`;
  if (u.why.kind === 'unit-word')
    return `It is not rated: its target is in ${u.why.word} ('${u.shown}' in ${u.cell}), but its figures are percentages — please check it.`;
  return `It is not rated: its target is written as a percentage ('${u.shown}' in ${u.cell}), but its figures are read as ${u.why.unit} — please check it.`;
}

/**
 * What is said about a rated or context indicator, in short sentences: the value against its target
 * ("Assessments completed within 45 working days (CSC05) stood at 88.1 per cent (612 of 695), above
 * the target of 85 per cent."), then the trend, the benchmarks and, for small numbers, a caveat —
 * each number printed from, and cited to, its cell — then the service's commentary where it says
 * something, and the actions for a red. A briefing gives the first two only, on one line.
 */
export function indicatorSentence(item: RatedIndicator, ctx: SentenceContext): NarrativeItem {
  const { indicator: ind, rating } = item;
  const { style } = ctx;
  const c = new Citations(ind, style);
  const cur = rating.current!;
  const s = subject(ind).text;
  const briefing = ctx.narrativeStyle === 'briefing';
  let text = briefing ? `${s}: ` : `${s} stood at `;
  const figuresFrom = text.length;
  text += valueText(c, cur.measure, ind, rating, style);
  const counts = countsText(c, ind, style, cur.measure);
  // Small numbers get a caveat of their own (a stock phrase, so at most twice in a report), else a word in the bracket.
  const caveat = counts.small && !briefing ? ctx.phrases.stock('small-numbers', STOCK_PHRASES.smallNumbers) : null;
  // One bracket after the value: its flag, its counts and the year to date — "(provisional; 612 of 695)".
  // A year to date rated in place of the period's own figure is said as such first: "131 in the year to date (51 in Q3 2024/25)".
  const inPlaceOf = inPlaceOfText(c, ind);
  if (inPlaceOf) text += ' in the year to date';
  const notes = [
    cur.measure.flag ?? '',
    counts.small && !caveat ? `${counts.text}: small numbers` : counts.text,
    yearToDateText(c, ind, rating),
    inPlaceOf,
  ].filter((n) => n !== '');
  if (notes.length) text += ` (${notes.join('; ')})`;
  if (!inPlaceOf) text += ownPeriod(cur, ind, ctx);
  if (rating.status === 'rated' && briefing) text += ` against a ${targetNoun(ind, rating)} of ${targetText(c, ind)}.`;
  else if (rating.status === 'rated') {
    // Value and target in one sentence when it stays short; else the target in a short sentence of its own.
    const against = againstTarget(c, ind, rating, style);
    text +=
      wordCount(text) + wordCount(against) > LONG_SENTENCE ? `. ${upperFirst(asSentence(against))}.` : `, ${against}.`;
  } else text += '.';
  const unusable = rating.targetUnusable;
  const unread = rating.polarityUnread;
  if (unusable) text += ` ${unusableTargetSentence(unusable, c, cur)}`;
  else if (rating.toleranceUnclear) text += unclearToleranceSentence(ind, rating);
  else if (unread)
    text += ` It is not rated: its polarity is not one this report reads — please check it ('${unread.shown}' in ${unread.cell}).`;
  // What the officer is asked to check, with what the sheet says of it.
  if (unusable || rating.toleranceUnclear || unread) text += sheetSays(item, c);
  // The sheet's own trend, where there is no earlier figure to compare with (Fingertips's "Recent trend").
  const trend = trendSentence(c, rating, ctx) || sheetTrendSentence(c, ind);
  if (trend) text += ` ${trend}`;
  if (!briefing) {
    const bench = benchmarkSentence(c, ind, rating, style, ctx.phrases);
    if (bench) text += ` ${bench}`;
    if (caveat) text += ` ${caveat}`;
  }
  const said = serviceWords(c, ind, !briefing, wantsActions(rating, ctx));
  // Figures are placed in the sentences themselves, never in the service's words that follow.
  const cells = c.list(text, figuresFrom);
  return {
    indicatorId: ind.id,
    section: ind.section,
    rag: rating.rag,
    text: compact(said ? `${text} ${said}` : text),
    cells,
  };
}
