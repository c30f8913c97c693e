/**
 * The sheet's own RAG beside ours: which of an indicator's RAG cells speaks for the reporting
 * period, a warning for every disagreement (with both reasons), and — when the configuration says
 * `ragSource: 'sheet'` — the ratings the narrative follows.
 */
import { printFigure, printMeasure } from '../narrative/citations';
import { ragWord, saysBlue, saysOnlyMet } from '../values/sheetRag';
import type { HouseStyle } from '../config/types';
import type { Measure, SheetRag, SheetRagReading } from '../indicators/types';
import type { Period } from '../periods/types';
import type { Rag, RagSource, RatedIndicator, Rating } from '../rating/types';
import type { Issue } from '../warnings';
import { warning } from '../warningMessages';
import { isInWords } from '../rating/rateIndicator';

/**
 * The sheet's rating for the period: from a RAG column headed with that period ("Q3 RAG"), else
 * from one that names no period — which speaks for the latest figure in the row, so only when the
 * period reported on is the indicator's latest with a value.
 */
export function sheetRagReading(item: RatedIndicator, period: Period): SheetRagReading | null {
  const readings = item.indicator.sheetRags;
  if (!readings?.length) return null;
  // A month's or quarter's RAG speaks for another kind of period ending with it; not for the year to
  // date, which a quarter's "RAG" beside a "Year to date" group's says nothing of.
  const own =
    readings.find((r) => r.period !== null && r.period.sortKey === period.sortKey && r.period.kind === period.kind) ??
    (period.kind === 'ytd'
      ? undefined
      : readings.find((r) => r.period !== null && r.period.sortKey === period.sortKey && r.period.kind !== 'ytd'));
  if (own) return own;
  const general = readings.find((r) => r.period === null);
  if (!general) return null;
  // A later figure the RAG may speak for; the year so far that holds the reported quarter is not one
  // (Pentana's "2018/19" beside Q1 2018/19).
  const later = item.indicator.values.some(
    (v) =>
      v.measure.value !== null &&
      v.period.sortKey > period.sortKey &&
      !((v.period.kind === 'year' || v.period.kind === 'ytd') && v.period.fyStart === period.fyStart),
  );
  return later ? null : general;
}

/** Words for our rating and why, as a warning gives them: "Red: 61 against the target of 40 is more than 5% from the target". */
function ourReason(item: RatedIndicator, style: HouseStyle): string {
  const { indicator: ind, rating } = item;
  const word = ragWord(rating.rag);
  const m = rating.current?.measure;
  // A reason that already says "not rated: …" is not said twice.
  if (rating.status !== 'rated' || !m || m.value === null)
    return rating.reason.startsWith(`${word}:`)
      ? rating.reason.replace(/; please check it$/, '')
      : `${word} (${rating.reason})`;
  const t = ind.target;
  // Printed as the narrative prints a target: its own cell's decimals, with the figures' scale and unit.
  const fmt = (v: number, cell: Measure | null | undefined) => printFigure(ind, v, (cell ?? m).formatDecimals, style);
  const target =
    t?.value !== null && t?.value !== undefined
      ? `the target of ${fmt(t.value, t.measure)}`
      : t && t.lower !== null && t.upper !== null
        ? `the target range ${fmt(t.lower, t.lowerMeasure ?? t.measure)} to ${fmt(t.upper, t.upperMeasure ?? t.measure)}`
        : 'its target';
  return `${word}: ${printMeasure(ind, m, style)} against ${target} is ${rating.reason}`;
}

/** The sheet's rating in words, with the cell's own text when that is not the same word: "Red ('Off target')". */
function shownAs(s: SheetRag): string {
  const word = ragWord(s.rag);
  // A "Blue", read as the key beside the table says: named first, since green is not its colour.
  if (saysBlue(s.shown)) return `${s.shown} (${word.toLowerCase()} by its key)`;
  return s.shown.toLowerCase() === word.toLowerCase() ? word : `${word} ('${s.shown}')`;
}

/**
 * Whether the narrative can follow the sheet's rating of an item: a sentence about a colour needs
 * the figure and its target, so only where we rate it too (or where the sheet says it is not rated).
 */
function canFollowSheet(item: RatedIndicator, sheetRag: SheetRag): boolean {
  return item.rating.status === 'rated' || (sheetRag.rag === 'none' && item.rating.status !== 'no-data');
}

/**
 * Whether the sheet's rating says what ours does: the same, or "not met" beside our amber, or, in
 * a column asking whether something went wrong, "No" beside our amber.
 */
export function agrees(sheetRag: SheetRag, ours: Rag): boolean {
  if (sheetRag.failure) return sheetRag.rag === ours || (sheetRag.rag === 'green' && ours === 'amber');
  return sheetRag.rag === ours || (sheetRag.metOrNot === true && sheetRag.rag === 'red' && ours === 'amber');
}

/** A RAG cell's sheet and column ("SSHA\u0000E"). */
export const columnOf = (r: SheetRagReading) => `${r.sheet}\u0000${r.cell.replace(/\d+$/, '')}`;

/**
 * The RAG columns (as {@link columnOf} gives them) that say only whether the target was met: each
 * rating in them (at least one) "Yes" or "No", "Met" or "Not met", a tick or a cross, a face.
 */
export function columnsOnlyMet(readings: readonly (SheetRagReading | null)[]): Set<string> {
  const only = new Map<string, boolean>();
  for (const r of readings) {
    if (!r?.rag || r.rag === 'none') continue;
    const key = columnOf(r);
    only.set(key, (only.get(key) ?? true) && saysOnlyMet(r.shown));
  }
  return new Set([...only].filter(([, yes]) => yes).map(([key]) => key));
}

/** The warning for a sheet's RAG cell that says something other than ours. */
export function ragDisagrees(item: RatedIndicator, sheetRag: SheetRag, style: HouseStyle, source: RagSource): Issue {
  const at = { sheet: sheetRag.sheet, cell: sheetRag.cell };
  const follows: 'sheet' | 'ours' = source === 'sheet' && canFollowSheet(item, sheetRag) ? 'sheet' : 'ours';
  const args = {
    ...at,
    name: item.indicator.name,
    sheetSays: shownAs(sheetRag),
    ours: ourReason(item, style),
    follows,
  };
  return warning('rag-disagrees', args, at);
}

/** The warning for a sheet's RAG cell that cannot be read as a rating. */
export function sheetRagUnreadable(item: RatedIndicator, reading: SheetRagReading): Issue {
  const at = { sheet: reading.sheet, cell: reading.cell };
  return warning('sheet-rag-unreadable', { ...at, shown: reading.shown, name: item.indicator.name }, at);
}

/**
 * Each item with the sheet's rating for the period beside ours, and a warning for every
 * disagreement and every RAG cell that is not a rating; a note (`amber-usual-tolerance`) for our
 * amber beside a sheet that says only "not met", where the tolerance is `unstated`.
 */
export function compareSheetRags(
  items: readonly RatedIndicator[],
  period: Period,
  style: HouseStyle,
  source: RagSource,
  unstated: (item: RatedIndicator) => boolean = () => false,
): { items: RatedIndicator[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const readings = items.map((item) => sheetRagReading(item, period));
  const metOrNot = columnsOnlyMet(readings);
  const out = items.map((item, k) => {
    const reading = readings[k];
    if (!reading) return item;
    if (reading.rag === null) {
      const issue = sheetRagUnreadable(item, reading);
      issues.push(issue);
      return { ...item, indicator: { ...item.indicator, warnings: [...item.indicator.warnings, issue] } };
    }
    const sheetRag: SheetRag = {
      rag: reading.rag,
      shown: reading.shown,
      sheet: reading.sheet,
      cell: reading.cell,
      ...(metOrNot.has(columnOf(reading)) && { metOrNot: true }),
      ...(reading.failure && { failure: true }),
    };
    // Progress in words ("Complete") is not rated here: the sheet's colour for it is the council's, said with it, not a disagreement.
    if (isInWords(item.rating)) return { ...item, sheetRag };
    if (agrees(sheetRag, item.rating.rag)) {
      // "Not met" beside our amber: the amber is ours alone, from a tolerance nothing states.
      if (sheetRag.metOrNot && sheetRag.rag === 'red' && item.rating.rag === 'amber' && unstated(item)) {
        const at = { sheet: reading.sheet, cell: reading.cell };
        const note = warning('amber-usual-tolerance', { ...at, name: item.indicator.name, shown: reading.shown }, at);
        issues.push(note);
        return { ...item, indicator: { ...item.indicator, warnings: [...item.indicator.warnings, note] }, sheetRag };
      }
      return { ...item, sheetRag };
    }
    const issue = ragDisagrees(item, sheetRag, style, source);
    issues.push(issue);
    return { ...item, indicator: { ...item.indicator, warnings: [...item.indicator.warnings, issue] }, sheetRag };
  });
  return { items: out, issues };
}

/**
 * The ratings the narrative follows under `ragSource: 'sheet'`: the sheet's, where it rates an
 * indicator that we rate too (a sentence needs the figure and the target), or says it is not rated;
 * ours elsewhere.
 */
export function narrativeRatings(items: readonly RatedIndicator[]): RatedIndicator[] {
  return items.map((item) => {
    const s = item.sheetRag;
    if (!s || agrees(s, item.rating.rag) || !canFollowSheet(item, s)) return item;
    const reason = `as the sheet rates it (${s.sheet}!${s.cell}: '${s.shown}')`;
    // withinTolerance stays ours: the sentence's words ("just below the target") follow the figures.
    const rating: Rating = { ...item.rating, rag: s.rag, status: s.rag === 'none' ? 'no-target' : 'rated', reason };
    return { ...item, rating };
  });
}

/**
 * Lines for the Narrative sheet about the sheet's own RAG: how many of the indicators it rates it
 * rates as we do, then each disagreement (the warning's own words). Empty when the sheet has no RAG column.
 */
export function sheetRagNotes(items: readonly RatedIndicator[], issues: readonly Issue[]): string[] {
  const compared = items.filter((i) => i.sheetRag && !isInWords(i.rating)).length;
  if (compared === 0) return [];
  const differ = issues.filter((i) => i.code === 'rag-disagrees');
  const followed = issues.filter((i) => i.code === 'rag-band-from-sheet');
  const of = compared === 1 ? 'the 1 indicator it rates' : `the ${compared} indicators it rates`;
  // Amber or red taken from the sheet where no tolerance is stated: said, as they are the sheet's and not our rule's.
  const taken = followed.length
    ? [
        `For ${followed.length === 1 ? '1 indicator' : `${followed.length} indicators`} no tolerance is stated, so amber or red is as the sheet has it:`,
        ...followed.map((d) => d.message),
      ]
    : [];
  if (differ.length === 0)
    return [
      `The scorecard's own RAG column agrees with these ratings for ${compared === 1 ? 'the 1 indicator it rates' : `all ${compared} indicators it rates`}.`,
      ...taken,
    ];
  return [
    `The scorecard's own RAG column differs from these ratings for ${differ.length} of ${of}:`,
    ...differ.map((d) => d.message),
    ...taken,
  ];
}

/** The ratings the narrative follows: ours, or under `ragSource: 'sheet'` {@link narrativeRatings}. */
export function ratingsForNarrative(
  items: readonly RatedIndicator[],
  source: RagSource | undefined,
): readonly RatedIndicator[] {
  return source === 'sheet' ? narrativeRatings(items) : items;
}
