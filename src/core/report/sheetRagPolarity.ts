/**
 * A polarity the sheet does not state, read from its own RAG where that settles it. The name alone
 * is a guess ("% Staff turnover within the social work workforce"); a sheet that rates 12.52 against
 * a target of 15.5 Green says lower is better more surely than any word in the name.
 */
import type { Indicator } from '../indicators/types';
import type { Period } from '../periods/types';
import { type RateOptions, rateIndicator } from '../rating/rateIndicator';
import type { RatedIndicator } from '../rating/types';
import type { Issue } from '../warnings';
import { warning } from '../warningMessages';
import { sheetRagReading } from './sheetRags';
import { ragWord } from '../values/sheetRag';
import { polarityFromName } from '../values/polarityFromName';

/**
 * How far from its target a figure the sheet rates green must be, as a share of the target, before
 * that green says the guessed polarity is wrong: some councils rate green within a margin of the
 * target ("on target" within its tolerance), so a near miss rated green says nothing of polarity.
 */
const FAR_FROM_TARGET = 0.1;

/**
 * True when the sheet's colour cannot be what the guessed polarity gives, under any council's
 * scheme: red or amber for a figure better than its target, or green for one more than
 * {@link FAR_FROM_TARGET} of it on the worse side.
 */
function contradicts(item: RatedIndicator, said: 'green' | 'amber' | 'red'): boolean {
  const v = item.rating.current?.measure.value;
  const t = item.indicator.target?.value;
  if (v === null || v === undefined || t === null || t === undefined || v === t) return false;
  const better = item.indicator.polarity === 'higher' ? v > t : v < t;
  if (said !== 'green') return better;
  return !better && Math.abs(v - t) > FAR_FROM_TARGET * Math.abs(t);
}

/**
 * The items with the other polarity where the indicator's was assumed (`polarity-assumed`) with no
 * word of its name to say it, the sheet's own RAG for the period disagrees with that guess, and the other
 * polarity gives exactly the sheet's colour, where the sheet's colour is one the guess cannot give
 * (see {@link contradicts}). The guess's warning in `issues` is replaced by one
 * (`polarity-from-sheet-rag`) naming the sheet's RAG cell. Anything else is left as it was: a
 * sheet's colour that neither polarity gives is a disagreement, warned of as any other.
 */
export function polarityFromSheetRags(
  items: readonly RatedIndicator[],
  period: Period,
  options: RateOptions,
  issues: Issue[],
): RatedIndicator[] {
  return items.map((item) => {
    const ind = item.indicator;
    const guessed = bareGuess(ind);
    if (!guessed) return item;
    const reading = sheetRagReading(item, period);
    const said = reading?.rag;
    if (!reading || (said !== 'green' && said !== 'amber' && said !== 'red') || said === item.rating.rag) return item;
    if (!contradicts(item, said)) return item;
    const polarity = ind.polarity === 'higher' ? 'lower' : 'higher';
    const other: Indicator = { ...ind, polarity };
    const rating = rateIndicator(other, period, options);
    if (rating.rag !== said) return item;
    const args = {
      sheet: reading.sheet,
      cell: reading.cell,
      row: ind.row,
      name: ind.name,
      said: ragWord(said),
      polarity,
      guessed: ind.polarity,
    };
    const issue = warning('polarity-from-sheet-rag', args, { sheet: reading.sheet, cell: reading.cell });
    return settled(item, other, rating, guessed, issue, issues);
  });
}

/**
 * The `polarity-assumed` warning of an indicator whose polarity was guessed with no word of its name
 * to say it, or null. A polarity a word of the name gives ("issued within 20 weeks") is kept: a
 * colour the sheet gives against it is a disagreement to check, as Bracknell's Green for 43 %
 * against a target of 50 % is.
 */
function bareGuess(ind: Indicator): Issue | null {
  const guessed = ind.warnings.find((w) => w.code === 'polarity-assumed');
  if (!guessed || (ind.polarity !== 'higher' && ind.polarity !== 'lower')) return null;
  return polarityFromName(ind.name).because === null ? guessed : null;
}

/** The item as rated with the polarity the sheet settles, `issue` in place of the guess's warning (in `issues` too). */
function settled(
  item: RatedIndicator,
  other: Indicator,
  rating: RatedIndicator['rating'],
  guessed: Issue,
  issue: Issue,
  issues: Issue[],
): RatedIndicator {
  const at = issues.indexOf(guessed);
  if (at >= 0) issues[at] = issue;
  else issues.push(issue);
  const warnings = item.indicator.warnings.map((w) => (w === guessed ? issue : w));
  return { ...item, indicator: { ...other, warnings }, rating };
}

/**
 * The items with the other polarity where the indicator's was assumed (`polarity-assumed`) with no
 * word of its name to say it, and the sheet's own trend column says in words that the figure got
 * better or worse ("Improve", "Worsen") where it rose or fell: Gwynedd's "Worsen" beside looked
 * after children with three or more placements, 8.4 % to 11.2 %, says lower is better. Where the
 * figure moved one way on the period before and the other on a year earlier, the trend says nothing
 * sure, and the guess stands. The guess's warning in `issues` is replaced by one
 * (`polarity-from-trend`) naming the trend's cell.
 */
export function polarityFromTrends(
  items: readonly RatedIndicator[],
  period: Period,
  options: RateOptions,
  issues: Issue[],
): RatedIndicator[] {
  return items.map((item) => {
    const ind = item.indicator;
    const trend = ind.trendSaid;
    // Where the sheet rates the indicator itself, its colour says more than its trend.
    if (!trend || (trend.said !== 'better' && trend.said !== 'worse') || sheetRagReading(item, period)) return item;
    const guessed = bareGuess(ind);
    if (!guessed) return item;
    const moves = [item.rating.shortTerm, item.rating.longTerm].filter((m) => m !== null && m.change !== 0);
    if (moves.length === 0) return item;
    const rose = moves[0]!.change > 0;
    if (moves.some((m) => m!.change > 0 !== rose)) return item;
    const polarity = rose === (trend.said === 'better') ? 'higher' : 'lower';
    if (polarity === ind.polarity) return item;
    const other: Indicator = { ...ind, polarity };
    const rating = rateIndicator(other, period, options);
    const args = {
      sheet: ind.sheet,
      cell: trend.cell,
      row: ind.row,
      name: ind.name,
      shown: trend.shown,
      moved: rose ? 'rose' : 'fell',
      polarity,
      guessed: ind.polarity,
    };
    const issue = warning('polarity-from-trend', args, { sheet: ind.sheet, cell: trend.cell });
    return settled(item, other, rating, guessed, issue, issues);
  });
}
