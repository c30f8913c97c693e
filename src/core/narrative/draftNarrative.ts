import type { HouseStyle } from '../config/types';
import type { Narrative, NarrativeItem, NarrativeStyle, RagSummary } from './types';
import type { Period } from '../periods/types';
import { ytdPeriod } from '../periods/makePeriod';
import type { Movement, RatedIndicator } from '../rating/types';
import type { Measure, PeriodValue } from '../indicators/types';
import { hasTarget } from '../indicators/targets';
import { awaitsCheck, isInWords, isNotDue } from '../rating/rateIndicator';
import type { NoDataReason } from '../values/types';
import { isBoundText, type Bound } from '../values/noDataCodes';
import { Citations, printedDecimals } from './citations';
import { defaultShapedStyle } from '../config/defaults';
import { compact } from '../flatString';
import { Phrasebook, countText, listJoin, lowerFirst, periodSpan, shortName, subject, upperFirst } from './phrases';
import {
  type SentenceContext,
  indicatorSentence,
  nullMeasure,
  sheetSays,
  serviceWords,
  targetNoun,
  targetText,
  whenText,
} from './sentences';
import { renderText } from './render';
import { printDifference, roundTo } from '../values/display';

/** Why a cell gives no figure, after "There is no figure for …: ". */
const NO_DATA_WORDS: Record<NoDataReason, string> = {
  blank: 'nothing has been entered',
  'not-available': 'it is marked as not available',
  'to-be-confirmed': 'it is still to be confirmed',
  suppressed: 'it is suppressed to protect confidentiality',
  error: 'the cell holds an error',
  'reported-annually': 'it is reported annually',
  'not-due': 'none is due',
  date: 'the cell holds a date, not a figure, so it is not rated — please check it',
  text: 'the cell holds text rather than a figure',
};

/** Text that opens with a figure: "65 of 93", "7.3 per day", "1.13% (projected end of year)", "-4.82% Jan-Dec 2023". */
const FIGURE_FIRST = /^\s*[-+\u2212]?[£$€]?\d/;

/** A count opening a sentence: "One indicator is", as a report writes it, else "3 indicators are". */
function startCount(n: number, one: string, many: string): string {
  return n === 1 ? `One ${one}` : plural(n, one, many);
}

/** "this quarter", "this month", "this year", "this term": the period a figure is not due in. */
function thisPeriod(period: Period): string {
  return period.kind === 'quarter' || period.kind === 'month' || period.kind === 'year' || period.kind === 'term'
    ? `this ${period.kind}`
    : 'in this period';
}

/** Whether an indicator is not rated until the officer checks a cell (its target's, or its tolerance's unit). */
function toCheck(i: RatedIndicator): boolean {
  return awaitsCheck(i.rating);
}

/** The indicator's latest figure before `period` (a year-to-date column's aside), or null when it has none. */
function latestBefore(ind: RatedIndicator['indicator'], period: Period) {
  let latest: (typeof ind.values)[number] | null = null;
  for (const v of ind.values)
    if (
      v.measure.value !== null &&
      v.period.kind !== 'ytd' &&
      v.period.sortKey < period.sortKey &&
      (!latest || v.period.sortKey >= latest.period.sortKey)
    )
      latest = v;
  return latest;
}

function noDataItem(item: RatedIndicator, ctx: SentenceContext): NarrativeItem {
  const { indicator: ind, rating } = item;
  const s = lowerFirst(subject(ind).text);
  const c = new Citations(ind, ctx.style);
  let text: string;
  let figureFrom = 0;
  if (rating.reportedAnnually) {
    const latest = latestBefore(ind, ctx.period);
    text = `There is no figure this period for ${s}, which is reported annually.`;
    if (latest) {
      text += ` The latest, for ${latest.period.label}, was `;
      figureFrom = text.length;
      text += `${c.value(latest.measure)}.`;
    }
  } else {
    const m = rating.current?.measure;
    if (m) c.add(m);
    const why = rating.reportedQuarterly
      ? `it is reported quarterly${m ? ` (${m.cell} is blank)` : ''}`
      : m?.noData
        ? m.noData.shown && m.noData.reason !== 'blank'
          ? `${NO_DATA_WORDS[m.noData.reason]} ('${m.noData.shown}' in ${m.cell})`
          : `${NO_DATA_WORDS[m.noData.reason]} in ${m.cell}`
        : `the table has no column for ${ctx.period.label}`;
    // "There is no figure for X this quarter: none is due ('Measured twice per year' in D7)."
    const when = isNotDue(rating) ? ` ${thisPeriod(ctx.period)}` : '';
    const shown = m?.noData?.reason === 'text' ? m.noData.shown : null;
    // Text that opens with a figure ("65 of 93", "7.3 per day") gives one, with words not read: not "no figure".
    // A milestone's "Complete" or "Delayed" is what the service reports: said as written, not as missing data.
    text =
      m && shown && figureNotRead(rating)
        ? `The figure for ${s} is given as '${shown}' in ${m.cell}, which is not read as a single figure, so it is not rated.`
        : m && shown && isInWords(rating)
          ? `${subject(ind).text} was reported as '${shown}' in ${m.cell}.${aimSaid(ind, c)}${sheetSays(item, c)}`
          : `There is no figure for ${s}${when}: ${why}.`;
    figureFrom = text.length;
    // The figure the officer last had, where an earlier period gives one: what the committee last saw
    // (for a table with no column for the period, a quarterly table beside a monthly one, its latest).
    const latest = latestBefore(ind, ctx.period);
    if (latest) {
      text += ` The latest, for ${latest.period.label}, was `;
      text += `${c.value(latest.measure)}.`;
    }
  }
  const said = serviceWords(c, ind, ctx.narrativeStyle !== 'briefing', false);
  const cells = c.list(text, figureFrom);
  return {
    indicatorId: ind.id,
    section: ind.section,
    rag: 'none',
    text: compact(said ? `${text} ${said}` : text),
    cells,
  };
}

/**
 * A milestone's target, a date or words (" The target in C3 was 'Dec 2024'."), citing its cell; empty
 * for a target of a figure or none.
 */
function aimSaid(ind: RatedIndicator['indicator'], c: Citations): string {
  const aim = ind.targetUnusable;
  if (!aim || (aim.why.kind !== 'text' && aim.why.kind !== 'date')) return '';
  c.add({ ...nullMeasure, sheet: ind.sheet, cell: aim.cell, raw: aim.shown });
  return ` The target in ${aim.cell} was '${aim.shown}'.`;
}

/** A red indicator for the opening's list: "Name (REF): 71.2 per cent against a target of 90 per cent." */
function redItem(item: RatedIndicator, ctx: SentenceContext): NarrativeItem {
  const { indicator: ind, rating } = item;
  const c = new Citations(ind, ctx.style);
  let text = `${subject(ind).text}: `;
  const from = text.length;
  const m = rating.current!.measure;
  // A bound rated as every figure it allows would be ("<5"): as the cell gives it.
  const given = rating.bound ? (c.add(m), `'${m.noData!.shown}'`) : c.value(m);
  text += `${given} against a ${targetNoun(ind, rating)} of ${targetText(c, ind)}.`;
  return { indicatorId: ind.id, section: ind.section, rag: 'red', text, cells: c.list(text, from) };
}

const plural = (n: number, one: string, many: string) => `${countText(n)} ${n === 1 ? one : many}`;

/**
 * A figure kept back as a bound that settles the rating (see `Rating.bound`): "Children missing from
 * care was given as '<5' in E2: fewer than 5, below the target of 10 whatever the figure."
 */
function boundItem(item: RatedIndicator, ctx: SentenceContext): NarrativeItem {
  const { indicator: ind, rating } = item;
  const bound = rating.bound!;
  const m = rating.current!.measure;
  const c = new Citations(ind, ctx.style);
  c.add(m);
  const briefing = ctx.narrativeStyle === 'briefing';
  let text = briefing
    ? `${subject(ind).text}: '${m.noData!.shown}' (`
    : `${subject(ind).text} was given as '${m.noData!.shown}' in ${m.cell}: `;
  const from = text.length;
  const side = bound.below ? 'below' : 'above';
  const at = bound.inclusive && bound.value === ind.target?.value ? `at or ${side}` : side;
  const noun = targetNoun(ind, rating);
  text += briefing
    ? `${boundWords(bound, ind.unit)}) against a ${noun} of ${targetText(c, ind)}.`
    : `${boundWords(bound, ind.unit)}, ${at} the ${noun} of ${targetText(c, ind)} whatever the figure.`;
  const said = serviceWords(c, ind, ctx.narrativeStyle !== 'briefing', false);
  return {
    indicatorId: ind.id,
    section: ind.section,
    rag: rating.rag,
    text: compact(said ? `${text} ${said}` : text),
    cells: c.list(text, from),
  };
}

/** A bound in words: "fewer than 5", "less than 1 per cent", "95 per cent or more". */
function boundWords(bound: Bound, unit: RatedIndicator['indicator']['unit']): string {
  const n = unit === 'percentage' ? `${bound.written} per cent` : bound.written;
  const counted = unit === 'count' || unit === 'number';
  if (bound.below)
    return bound.inclusive ? `${n} or ${counted ? 'fewer' : 'less'}` : `${counted ? 'fewer' : 'less'} than ${n}`;
  return bound.inclusive ? `${n} or more` : `more than ${n}`;
}

/**
 * The movement on the period before, and the figure it is to: the rated figure's, or where the year to
 * date is rated in place of the period's own figure, that own figure's (see `Rating.ownMove`).
 */
function shortMove(rating: RatedIndicator['rating']): { readonly move: Movement; readonly to: PeriodValue } | null {
  if (rating.shortTerm && rating.current) return { move: rating.shortTerm, to: rating.current };
  return rating.ownMove ? { move: rating.ownMove, to: rating.ownMove.to } : null;
}

/** The one comparison period all the rated indicators share ("last quarter"), else a general phrase. */
function sharedWhen(items: readonly RatedIndicator[], longTerm: boolean): string {
  const words = new Set<string>();
  for (const { rating } of items) {
    if (longTerm) {
      const mv = rating.longTerm;
      if (mv && rating.current) words.add(whenText(mv.from.period, rating.current.period));
      continue;
    }
    const short = shortMove(rating);
    if (short) words.add(whenText(short.move.from.period, short.to.period));
  }
  if (words.size === 1) {
    const [w] = [...words];
    if (!w.startsWith('in ')) return w;
    // Against last year's outturn column, every one: "Compared with 2023/24", not "a year earlier".
    if (longTerm) return w.slice('in '.length);
  }
  return longTerm ? 'a year earlier' : 'the previous period';
}

/** "14 improved, 6 declined and 1 was unchanged"; empty when none moved or stood still. */
function movementCounts(items: readonly RatedIndicator[], longTerm: boolean): string {
  let better = 0;
  let worse = 0;
  let same = 0;
  for (const { rating } of items) {
    const d = (longTerm ? rating.longTerm : shortMove(rating)?.move)?.direction;
    if (d === 'improving') better++;
    else if (d === 'declining') worse++;
    else if (d === 'unchanged') same++;
  }
  const parts = [
    better && `${countText(better)} improved`,
    worse && `${countText(worse)} declined`,
    same && `${countText(same)} ${same === 1 ? 'was' : 'were'} unchanged`,
  ].filter(Boolean) as string[];
  return listJoin(parts);
}

/**
 * The largest movement on the previous period, one way: "Proportionally, the largest improvement on
 * last quarter was in assessments completed within 45 working days, up 1.8 percentage points to 88.1
 * per cent." Sizes are compared in proportion to the earlier figure, so that indicators of different
 * units can be set side by side, and the sentence says so (a figure that crossed nought has no such
 * proportion, and a share of a handful of cases moves by one case: both are left out); the
 * difference is worked out from the figures as printed.
 */
function largestMovement(
  items: readonly RatedIndicator[],
  way: 'improving' | 'declining',
  when: string,
  style: HouseStyle,
): { text: string; citations: Citations } | null {
  let best: RatedIndicator | null = null;
  let size = 0;
  let moved = 0;
  let unweighed: RatedIndicator | null = null;
  for (const i of items) {
    const short = shortMove(i.rating);
    const st = short?.move;
    const now = short?.to.measure.value;
    const then = st?.from.measure.value;
    if (!st || st.direction !== way || now == null || then == null || then === 0) continue;
    moved++;
    // A figure that crosses nought (a £1,250k underspend to a £420k overspend) has moved by no
    // proportion of where it was, and a share of a handful of cases (2 of 5 to 3 of 4) by one case:
    // each counts among those that moved, but is not weighed.
    if (now * then < 0 || fewCases(i.indicator, st.from.measure, short!.to.measure, style)) {
      unweighed = i;
      continue;
    }
    const relative = Math.abs(now - then) / Math.abs(then);
    if (relative > size) {
      size = relative;
      best = i;
    }
  }
  // The one that moved that way is said, though it is not weighed: "the one", not "the largest".
  if (moved === 1) best ??= unweighed;
  if (!best) return null;
  const { indicator: ind, rating } = best;
  const { move, to } = shortMove(rating)!;
  const cur = to.measure;
  const prev = move.from.measure;
  const cites = new Citations(ind, style);
  const places = Math.max(printedDecimals(cur, style), printedDecimals(prev, style));
  // In the figures' own scale ("£903k" is 903 thousands), as they are printed.
  const divisor = ind.displayDivisor ?? 1;
  const difference =
    roundTo(cur.value! / divisor, printedDecimals(cur, style)) -
    roundTo(prev.value! / divisor, printedDecimals(prev, style));
  const name = lowerFirst(shortName(ind).name);
  cites.add(prev);
  const by = printDifference(
    difference,
    ind.unit,
    style,
    places,
    ind.rateBase ? shortRateBase(ind.rateBase) : null,
    ind.currency,
    ind.magnitude,
    ind.suffix,
  );
  // Said to be largest in proportion: a larger difference elsewhere, in points or another unit, does not gainsay it.
  // One indicator moving that way is the only one, not the largest.
  const what = way === 'improving' ? 'improvement' : 'decline';
  const lead = moved === 1 ? `The one ${what}` : `Proportionally, the largest ${what}`;
  const head = `${lead} on ${when} was in ${name}, ${difference >= 0 ? 'up' : 'down'} ${by}${ind.per ? ` ${ind.per}` : ''} to `;
  return { text: `${head}${cites.value(cur)}.`, citations: cites };
}

/**
 * True when a share is of fewer cases than the house style calls small, now or before: by its own
 * cell's counts ("3 of 4"), or by the indicator's denominator column.
 */
function fewCases(ind: RatedIndicator['indicator'], before: Measure, now: Measure, style: HouseStyle): boolean {
  const small = (n: number | null | undefined) => n !== null && n !== undefined && n < style.smallNumber;
  return small(before.counts?.in) || small(now.counts?.in) || small(ind.denominator?.value);
}

/** "per 10,000" from "10,000 children", for a difference between rates. */
function shortRateBase(base: string): string {
  return (/^(?:per\s+)?[\d,]+k?/i.exec(base.trim())?.[0] ?? base).replace(/^(?!per )/i, 'per ');
}

/**
 * The opening: what the report covers and how the indicators were rated; how many improved and
 * declined on the previous period and on a year earlier; the largest movements each way; and what
 * has no data — in three to six sentences. Counts of indicators are the only figures that come from
 * no cell; the movements cite the cells they are worked out from.
 */
/**
 * What the context measures are without: "without a target"; "with a target but no direction to
 * rate it by" where the sheet gives a target and says neither way is better (polarity "None"); "without
 * a target or a direction to rate them by" where some have one and some not.
 */
function contextWithout(context: number, targeted: number): string {
  if (targeted === 0) return 'without a target';
  if (targeted < context) return 'without a target or a direction to rate them by';
  return context === 1
    ? 'with a target but no direction to rate it by'
    : 'with targets but no direction to rate them by';
}

function summaryItems(items: readonly RatedIndicator[], period: Period, style: HouseStyle): NarrativeItem[] {
  const rated = items.filter((i) => i.rating.status === 'rated' && i.rating.rag !== 'none');
  const green = rated.filter((i) => i.rating.rag === 'green').length;
  const amber = rated.filter((i) => i.rating.rag === 'amber').length;
  const red = rated.filter((i) => i.rating.rag === 'red').length;
  // An indicator whose tolerance or target cannot be read is not rated, and is not a context measure either.
  const unclear = items.filter((i) => i.rating.toleranceUnclear);
  const unusable = items.filter((i) => i.rating.targetUnusable);
  const unreadPolarity = items.filter((i) => i.rating.polarityUnread);
  const contextItems = items.filter((i) => i.rating.status === 'no-target' && !toCheck(i));
  const context = contextItems.length;
  // A context measure may have a target the sheet gives no direction to rate by (polarity "None").
  const without = contextWithout(context, contextItems.filter((i) => hasTarget(i.indicator)).length);
  const annual = items.filter((i) => i.rating.reportedAnnually).length;
  const notDue = items.filter((i) => isNotDue(i.rating)).length;
  const inWords = items.filter((i) => isInWords(i.rating)).length;
  const missing = items.filter((i) => unavailable(i.rating)).length;
  const notRead = items.filter((i) => figureNotRead(i.rating)).length;
  const span = periodSpan(allYearSoFar(items, period) ? yearSoFarTo(period) : period);
  const sentences: string[] = [];
  const ragParts = [
    green && `${countText(green)} green`,
    amber && `${countText(amber)} amber`,
    red && `${countText(red)} red`,
  ].filter(Boolean) as string[];
  const lead = span ? `In ${span}, ` : '';
  const none =
    items.length === 1
      ? 'the one indicator was not rated against a target.'
      : items.length === 2
        ? 'neither indicator was rated against a target.'
        : `none of the ${plural(items.length, 'indicator', 'indicators')} was rated against a target.`;
  // Every one rated is "all 4 indicators", not "4 of the 4".
  const counted =
    rated.length !== items.length
      ? `${countText(rated.length)} of the ${plural(items.length, 'indicator', 'indicators')}`
      : items.length === 1
        ? 'the one indicator'
        : items.length === 2
          ? 'both indicators'
          : `all ${countText(items.length)} indicators`;
  const whole = `${counted} ${rated.length === 1 ? 'was' : 'were'} rated against a target${rated.length ? `: ${listJoin(ragParts)}` : ''}.`;
  if (!rated.length) sentences.push(lead ? `${lead}${none}` : upperFirst(none));
  else
    sentences.push(
      lead
        ? `${lead}${whole}`
        : rated.length === items.length
          ? upperFirst(whole)
          : `Of the ${plural(items.length, 'indicator', 'indicators')}, ${countText(rated.length)} ${rated.length === 1 ? 'was' : 'were'} rated against a target${rated.length ? `: ${listJoin(ragParts)}` : ''}.`,
    );
  if (context && context === items.length)
    sentences.push(
      context === 1
        ? `It is a context measure ${without}.`
        : context === 2
          ? `Both are context measures ${without}.`
          : `All ${countText(context)} are context measures ${without}.`,
    );
  // "A further" adds to those rated: when none was, the context measures are some of the indicators.
  else if (context && !rated.length)
    sentences.push(
      `Of these, ${countText(context)} ${context === 1 ? 'is a context measure' : 'are context measures'} ${without}.`,
    );
  else if (context)
    sentences.push(
      context === 1
        ? `One more is a context measure ${without}.`
        : `A further ${countText(context)} are context measures ${without}.`,
    );
  // Named when few, so that the opening stays short: "2 indicators are not rated <why>: A and B."
  const notRated = (list: readonly RatedIndicator[], why: (one: boolean) => string) => {
    if (!list.length) return;
    const which = list.length <= 3 ? `: ${listJoin(list.map((i) => shortName(i.indicator).name))}` : '';
    sentences.push(
      `${startCount(list.length, 'indicator is', 'indicators are')} not rated ${why(list.length === 1)}${which}.`,
    );
  };
  const awaiting = (list: readonly RatedIndicator[], what: (its: string) => string) =>
    notRated(list, (one) => `until ${what(one ? 'its' : 'their')} is checked`);
  awaiting(unclear, (its) => `the unit of ${its} tolerance`);
  const dueLater = (i: RatedIndicator) => i.rating.targetUnusable?.why.kind === 'due-later';
  awaiting(
    unusable.filter((i) => !dueLater(i)),
    (its) => `${its} target`,
  );
  notRated(
    unusable.filter(dueLater),
    (one) => `yet, as ${one ? 'its target is' : 'their targets are'} to be met later`,
  );
  awaiting(unreadPolarity, (its) => `${its} polarity`);
  const short = movementCounts(rated, false);
  const long = movementCounts(rated, true);
  const shortWhen = sharedWhen(rated, false);
  const longWhen = sharedWhen(rated, true);
  // Where the period before is itself a year earlier (a table of years), the two comparisons are one.
  if (short && long && shortWhen === longWhen) sentences.push(`Compared with ${shortWhen}, ${short}.`);
  else if (short && long) sentences.push(`Compared with ${shortWhen}, ${short}; compared with ${longWhen}, ${long}.`);
  else if (short || long) sentences.push(`Compared with ${short ? shortWhen : longWhen}, ${short || long}.`);
  // The movements cite their cells, all of them on the one opening item, placed in the text as it grows.
  const cells: NarrativeItem['cells'][number][] = [];
  let textSoFar = sentences.join(' ');
  for (const way of ['improving', 'declining'] as const) {
    const moved = largestMovement(rated, way, shortWhen, style);
    if (!moved) continue;
    const from = textSoFar.length + 1;
    textSoFar = `${textSoFar} ${moved.text}`;
    sentences.push(moved.text);
    for (const cell of moved.citations.list(textSoFar, from)) cells.push(cell);
  }
  if (missing && annual)
    sentences.push(
      `Data is currently unavailable for ${plural(missing, 'indicator', 'indicators')}, and ${plural(annual, 'is', 'are')} reported annually.`,
    );
  else if (missing) sentences.push(`Data is currently unavailable for ${plural(missing, 'indicator', 'indicators')}.`);
  else if (annual)
    sentences.push(`In addition, ${plural(annual, 'indicator is', 'indicators are')} reported annually.`);
  if (notDue) sentences.push(`${startCount(notDue, 'indicator is', 'indicators are')} not due ${thisPeriod(period)}.`);
  if (notRead)
    sentences.push(
      notRead === 1
        ? 'The figure for 1 indicator is given in a form that is not read, so it is not rated.'
        : `The figures for ${countText(notRead)} indicators are given in a form that is not read, so they are not rated.`,
    );
  if (inWords)
    sentences.push(
      `${startCount(inWords, 'indicator is', 'indicators are')} reported in words rather than ${inWords === 1 ? 'a figure' : 'figures'}.`,
    );
  return [{ indicatorId: null, section: null, rag: null, text: sentences.join(' '), cells }];
}

/** The RAG summary: short names under each rating, and how many have no data. */
function ragSummary(items: readonly RatedIndicator[]): RagSummary {
  // Two indicators whose short names are the same ("Fly-tipping incidents", a count and a rate per
  // 1,000 households) are told apart by their references, where they have them.
  const seen = new Map<string, number>();
  for (const i of items) {
    const name = shortName(i.indicator).name;
    seen.set(name, (seen.get(name) ?? 0) + 1);
  }
  const named = (i: RatedIndicator) => {
    const { name, ref } = shortName(i.indicator);
    return ref && (seen.get(name) ?? 0) > 1 ? `${name} (${ref})` : name;
  };
  const names = (rag: string) => items.filter((i) => i.rating.status === 'rated' && i.rating.rag === rag).map(named);
  const inWords = items.filter((i) => isInWords(i.rating)).length;
  const notRead = items.filter((i) => figureNotRead(i.rating)).length;
  return {
    green: names('green'),
    amber: names('amber'),
    red: names('red'),
    unavailable: items.filter((i) => unavailable(i.rating)).length,
    annual: items.filter((i) => i.rating.reportedAnnually).length,
    notDue: items.filter((i) => isNotDue(i.rating)).length,
    ...(inWords > 0 && { inWords }),
    ...(notRead > 0 && { notRead }),
  };
}

/**
 * True where every figure for a quarter or month is the year so far (each measure cumulative, or
 * rated on its year to date): the report speaks of the year to the period's end ("In the year to
 * December 2020"), not of the quarter's months, which none of its figures is for.
 */
function allYearSoFar(items: readonly RatedIndicator[], period: Period): boolean {
  if (period.kind !== 'quarter' && period.kind !== 'month') return false;
  let any = false;
  for (const { indicator, rating } of items) {
    const now = rating.current;
    if (!now || now.measure.value === null) continue;
    if (!indicator.cumulative && now.period.kind !== 'ytd') return false;
    any = true;
  }
  return any;
}

/** The year to date that ends with a quarter or month. */
function yearSoFarTo(period: Period): Period {
  return ytdPeriod(period.fyStart, period.kind === 'month' ? { month: period.month! } : { quarter: period.quarter! });
}

/** Whether an indicator's figure for the period is missing: not reported annually, not due, nor given in words. */
function unavailable(rating: RatedIndicator['rating']): boolean {
  return (
    rating.status === 'no-data' &&
    !rating.reportedAnnually &&
    !isNotDue(rating) &&
    !isInWords(rating) &&
    !figureNotRead(rating)
  );
}

/**
 * Whether the period's cell gives a figure with words not read ("7.3 per day", "65 of 93"), or a bound
 * ("<5", a small number kept back): given, not missing.
 */
function figureNotRead(rating: RatedIndicator['rating']): boolean {
  const noData = rating.status === 'no-data' ? rating.current?.measure.noData : undefined;
  return noData?.reason === 'text' && (FIGURE_FIRST.test(noData.shown) || isBoundText(noData.shown));
}

/**
 * Drafts the committee narrative for a period: an opening summary with the reds listed, the RAG
 * summary, then performing well (green), areas for focus (red, then amber), context measures with
 * their trend, and data not available — each list in the scorecard's own order, so sections stay
 * together. `narrativeStyle` chooses how: `committee` (paragraphs, the default), `briefing` (one
 * line per indicator) or `exceptions` (only red and amber, with their actions). The same input
 * always gives the same text.
 */
export function draftNarrative(
  items: readonly RatedIndicator[],
  period: Period,
  houseStyle: HouseStyle,
  narrativeStyle: NarrativeStyle = 'committee',
): Narrative {
  const style = defaultShapedStyle(houseStyle); // one object shape for the printing code (see defaults.ts)
  const ctx: SentenceContext = { style, period, phrases: new Phrasebook(), narrativeStyle };
  const exceptions = narrativeStyle === 'exceptions';
  const performingWell: NarrativeItem[] = [];
  const context: NarrativeItem[] = [];
  const check: NarrativeItem[] = [];
  const noData: NarrativeItem[] = [];
  const inWords: NarrativeItem[] = [];
  // Areas for focus go section by section, in the order the sections first appear, red before
  // amber within each: gathered so in the one pass over the items rather than sorted afterwards.
  const focus = new Map<string | null, { red: NarrativeItem[]; amber: NarrativeItem[] }>();
  // A bound rated as every figure it allows would be ("<5") is said as the cell gives it.
  const rated = (x: RatedIndicator) => (x.rating.bound ? boundItem(x, ctx) : indicatorSentence(x, ctx));
  for (const i of items) {
    let section = focus.get(i.indicator.section);
    if (!section) focus.set(i.indicator.section, (section = { red: [], amber: [] }));
    const { rag, status } = i.rating;
    if (rag === 'green' && !exceptions) performingWell.push(rated(i));
    if (rag === 'red') section.red.push(rated(i));
    if (rag === 'amber') section.amber.push(rated(i));
    if (status === 'no-target' && !exceptions) (toCheck(i) ? check : context).push(indicatorSentence(i, ctx));
    if (status === 'no-data' && !exceptions) (isInWords(i.rating) ? inWords : noData).push(noDataItem(i, ctx));
  }
  const areasForFocus: NarrativeItem[] = [];
  for (const { red, amber } of focus.values()) {
    for (const item of red) areasForFocus.push(item);
    for (const item of amber) areasForFocus.push(item);
  }
  const summary = summaryItems(items, period, style);
  const reds = items.filter((i) => i.rating.status === 'rated' && i.rating.rag === 'red').map((i) => redItem(i, ctx));
  const parts = {
    period: period.label,
    style: narrativeStyle,
    summary,
    reds,
    ragSummary: ragSummary(items),
    performingWell,
    areasForFocus,
    ...(check.length > 0 && { check }),
    context,
    ...(inWords.length > 0 && { inWords }),
    noData,
  };
  // The whole text is made the first time it is read, and then kept: only some outputs print it, and
  // at 50,000 indicators it is some 22 MiB that would otherwise be held while the copy is written.
  // It stays an own, enumerable property, so that a copy of the narrative ({ ...narrative }, JSON)
  // has it where it always was, last.
  let text: string | undefined;
  return {
    ...parts,
    get text() {
      return (text ??= renderText(parts));
    },
  };
}
