import type { HouseStyle, Narrative, NarrativeItem, NoDataReason, Period, RatedIndicator } from '../types';
import { Citations } from './citations';
import { defaultShapedStyle } from '../config/defaults';
import { compact } from '../flatString';
import { listJoin, lowerFirst, periodSpan, subject } from './phrases';
import { commentaryText, indicatorSentence } from './sentences';
import { renderText } from './render';

const NO_DATA_WORDS: Record<NoDataReason, string> = {
  blank: 'no figure has been entered',
  'not-available': 'the figure is marked as not available',
  'to-be-confirmed': 'the figure is still to be confirmed',
  suppressed: 'the figure is suppressed to protect confidentiality',
  error: 'the cell holds an error',
  'reported-annually': 'the measure is reported annually',
  text: 'the cell holds text rather than a figure',
};

function noDataItem(item: RatedIndicator, period: Period, style: HouseStyle): NarrativeItem {
  const { indicator: ind, rating } = item;
  const s = subject(ind).text;
  const c = new Citations(ind, style);
  let text: string;
  if (rating.reportedAnnually) {
    const latest = [...ind.values].reverse().find((v) => v.measure.value !== null && v.period.sortKey < period.sortKey);
    text = latest ? `${s} is reported annually; the latest figure, for ${latest.period.label}, was ${c.value(latest.measure)}.` : `${s} is reported annually.`;
  } else {
    const m = rating.current?.measure;
    if (m) c.add(m);
    const why = m?.noData ? `${NO_DATA_WORDS[m.noData.reason]}${m.noData.shown && m.noData.reason !== 'blank' ? ` ('${m.noData.shown}' in ${m.cell})` : ` (${m.cell})`}` : `the table has no column for ${period.label}`;
    text = `Data for ${lowerFirst(s)} is not available for ${period.label}: ${why}.`;
  }
  // The only figure printed here ends the first sentence ("…, was 62.0 per cent.").
  const figureFrom = Math.max(0, text.lastIndexOf(' was '));
  const said = commentaryText(c, ind);
  const cells = c.list(text, figureFrom);
  return { indicatorId: ind.id, section: ind.section, rag: 'none', text: compact(said ? `${text} ${said}` : text), cells };
}

function summaryItems(items: readonly RatedIndicator[], period: Period): NarrativeItem[] {
  const count = (f: (i: RatedIndicator) => boolean) => {
    let n = 0;
    for (const i of items) if (f(i)) n++;
    return n;
  };
  const green = count((i) => i.rating.rag === 'green');
  const amber = count((i) => i.rating.rag === 'amber');
  const red = count((i) => i.rating.rag === 'red');
  const rated = green + amber + red;
  const unclear = items.filter((i) => i.rating.toleranceUnclear);
  const context = count((i) => i.rating.status === 'no-target' && !i.rating.toleranceUnclear);
  const annual = items.filter((i) => i.rating.reportedAnnually);
  const missing = items.filter((i) => i.rating.status === 'no-data' && !i.rating.reportedAnnually);
  const span = periodSpan(period);
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const sentences: string[] = [];
  const ragParts = [green && `${green} green`, amber && `${amber} amber`, red && `${red} red`].filter(Boolean) as string[];
  sentences.push(
    `This report covers ${period.label}${span ? ` (${span})` : ''}. Of the ${plural(items.length, 'indicator', 'indicators')} in the scorecard, ${rated} ${rated === 1 ? 'was' : 'were'} rated against a target${rated ? `: ${listJoin(ragParts)}` : ''}.`,
  );
  if (context) sentences.push(`${plural(context, 'measure is', 'measures are')} reported for context without a target.`);
  const names = (list: readonly RatedIndicator[]) => listJoin(list.map((i) => i.indicator.name));
  if (unclear.length) sentences.push(`${plural(unclear.length, 'indicator is', 'indicators are')} not rated until the unit of ${unclear.length === 1 ? 'its' : 'their'} tolerance is checked: ${names(unclear)}.`);
  if (missing.length) sentences.push(`Data is not available for ${plural(missing.length, 'indicator', 'indicators')} this period: ${names(missing)}.`);
  if (annual.length) sentences.push(`${annual.length === 1 ? '1 indicator is' : `${annual.length} indicators are`} reported annually: ${names(annual)}.`);
  return [{ indicatorId: null, section: null, rag: null, text: sentences.join(' '), cells: [] }];
}

/**
 * Drafts the committee narrative for a period: an opening summary, then performing well (green),
 * areas for focus (red, then amber), context measures with their trend, and data not available —
 * each list in the scorecard's own order, so sections stay together. The same input always gives
 * the same text.
 */
export function draftNarrative(items: readonly RatedIndicator[], period: Period, houseStyle: HouseStyle): Narrative {
  const style = defaultShapedStyle(houseStyle); // one object shape for the printing code (see defaults.ts)
  const performingWell: NarrativeItem[] = [];
  const context: NarrativeItem[] = [];
  const noData: NarrativeItem[] = [];
  // Areas for focus go section by section, in the order the sections first appear, red before
  // amber within each: gathered so in the one pass over the items rather than sorted afterwards.
  const focus = new Map<string | null, { red: NarrativeItem[]; amber: NarrativeItem[] }>();
  for (const i of items) {
    let section = focus.get(i.indicator.section);
    if (!section) focus.set(i.indicator.section, (section = { red: [], amber: [] }));
    const { rag, status } = i.rating;
    if (rag === 'green') performingWell.push(indicatorSentence(i, style));
    if (rag === 'red') section.red.push(indicatorSentence(i, style));
    if (rag === 'amber') section.amber.push(indicatorSentence(i, style));
    if (status === 'no-target') context.push(indicatorSentence(i, style));
    if (status === 'no-data') noData.push(noDataItem(i, period, style));
  }
  const areasForFocus: NarrativeItem[] = [];
  for (const { red, amber } of focus.values()) {
    for (const item of red) areasForFocus.push(item);
    for (const item of amber) areasForFocus.push(item);
  }
  const summary = summaryItems(items, period);
  const parts = { period: period.label, summary, performingWell, areasForFocus, context, noData };
  return { ...parts, text: renderText(parts) };
}
