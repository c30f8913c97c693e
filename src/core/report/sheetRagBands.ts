/**
 * Amber or red where the workbook states no tolerance: the sheet's own. Our usual 5 % of the target
 * is only where we draw amber's edge when nothing says where it is; a sheet that rates the period's
 * figure amber or red has drawn that edge itself, and a council's only red must not become our amber
 * (North Lanarkshire's £9.92 against £9.50, 4.4 % off and rated Red), nor its amber our red
 * (Kingston's library visits, 6 % short and rated Amber). Green stays ours: a sheet that rates a
 * missed target green, or a target beaten red, is a disagreement to warn of, not an edge.
 */
import { DEFAULT_TOLERANCE } from '../config/defaults';
import type { Tolerance } from '../config/types';
import type { HouseStyle } from '../config/types';
import type { Indicator, SheetRagReading } from '../indicators/types';
import { printFigure, printMeasure } from '../narrative/citations';
import type { Period } from '../periods/types';
import { type RateOptions, describeTolerance, rateIndicator } from '../rating/rateIndicator';
import type { RatedIndicator } from '../rating/types';
import { ragWord } from '../values/sheetRag';
import type { Issue } from '../warnings';
import { warning } from '../warningMessages';
import { columnOf, columnsOnlyMet, sheetRagReading } from './sheetRags';

/** True when `t` is the usual tolerance: 5 % of the target. */
export function isUsualTolerance(t: Tolerance): boolean {
  return t.type === DEFAULT_TOLERANCE.type && t.value === DEFAULT_TOLERANCE.value;
}

/**
 * True when the indicator's tolerance is stated nowhere: the workbook-wide one (no tolerance column,
 * key or row of its own, none in its configuration), and that the usual 5 %.
 */
export function toleranceUnstated(ind: Indicator, workbookTolerance: Tolerance): boolean {
  return ind.tolerance === workbookTolerance && !ind.toleranceAlternative && isUsualTolerance(workbookTolerance);
}

/**
 * Whether the sheet's RAG cell speaks for the very figure rated: a column that names no period (the
 * row's latest), or one that names the figure's own period and kind. A quarter's "RAG" beside the
 * year to date that is rated says nothing of the year to date's amber.
 */
function speaksFor(reading: SheetRagReading, rated: Period | undefined): boolean {
  if (!reading.period) return true;
  return rated !== undefined && reading.period.sortKey === rated.sortKey && reading.period.kind === rated.kind;
}

/**
 * The widest amber followed, as a share of the target: wider than any council's key we know (10 %
 * is the most usual, 15 % the widest seen), so that a sheet's amber for a figure further off than
 * this is taken to be about something else (the year's target, the year so far) and is a
 * disagreement, warned of as any other.
 */
const WIDEST_AMBER = 0.2;

/**
 * The least tolerance, as a whole per cent of the target, that keeps a figure `gap` (a share of its
 * target) from the target within it: 5.97 % off → 6 %.
 */
function wholePercentAtLeast(gap: number): number {
  return Math.ceil(Math.round(gap * 1e6) / 1e4) / 100;
}

/**
 * The items rated as the sheet rates them where the workbook states no tolerance, ours and the
 * sheet's rating for the period both say the target was missed, and they differ on amber or red:
 * the tolerance becomes the one that gives the sheet's colour (none for its red; the least whole
 * per cent that holds the figure for its amber, up to {@link WIDEST_AMBER}), so the copy's live
 * colours agree with the report.
 * A RAG column that says only whether a target was met ("Off target", "Not met") draws no edge and
 * is not followed. Each one followed is said, naming the sheet's cell (`rag-band-from-sheet`).
 */
export function followSheetBands(
  items: readonly RatedIndicator[],
  period: Period,
  workbookTolerance: Tolerance,
  options: RateOptions,
  style: HouseStyle,
  issues: Issue[],
): RatedIndicator[] {
  if (options.amberRule !== 'tolerance' || !isUsualTolerance(workbookTolerance)) return [...items];
  // A key that rates by a scheme of its own ("Green = on or within 10% of target"; "Amber = more than
  // 10% off and improving") states what its colours mean, and it is not a margin: not followed there.
  const ownScheme = new Set(issues.filter((i) => i.code === 'rag-key-differs').map((i) => i.sheet));
  const readings = items.map((item) => sheetRagReading(item, period));
  const metOrNot = columnsOnlyMet(readings);
  return items.map((item, k) => {
    const { indicator: ind, rating } = item;
    const reading = readings[k];
    const said = reading?.rag;
    if (!reading || (said !== 'amber' && said !== 'red') || reading.failure || metOrNot.has(columnOf(reading)))
      return item;
    if (ownScheme.has(ind.sheet) || !speaksFor(reading, rating.current?.period)) return item;
    if (rating.status !== 'rated' || (rating.rag !== 'amber' && rating.rag !== 'red') || rating.rag === said)
      return item;
    if ((ind.polarity !== 'higher' && ind.polarity !== 'lower') || !toleranceUnstated(ind, workbookTolerance))
      return item;
    const m = rating.current?.measure;
    const t = ind.target?.value;
    if (!m || m.value === null || t === null || t === undefined || t === 0) return item;
    const gap = Math.abs(m.value - t) / Math.abs(t);
    if (said === 'amber' && gap > WIDEST_AMBER) return item;
    const tolerance: Tolerance = { type: 'relative', value: said === 'red' ? 0 : wholePercentAtLeast(gap) };
    const followed: Indicator = { ...ind, tolerance };
    const again = rateIndicator(followed, period, options);
    if (again.rag !== said) return item;
    const at = { sheet: reading.sheet, cell: reading.cell };
    const args = {
      ...at,
      name: ind.name,
      shown: reading.shown === ragWord(said) ? ragWord(said) : `${ragWord(said)} ('${reading.shown}')`,
      figure: printMeasure(ind, m, style),
      target: printFigure(ind, t, (ind.target?.measure ?? m).formatDecimals, style),
      rag: said,
      usual: rating.rag,
      allows: said === 'red' ? null : describeTolerance(tolerance, ind.unit),
    };
    const issue = warning('rag-band-from-sheet', args, at);
    issues.push(issue);
    const reason = `off target; ${said} as the sheet rates it (${reading.sheet}!${reading.cell}), the workbook stating no tolerance`;
    return {
      ...item,
      indicator: { ...followed, warnings: [...ind.warnings, issue] },
      rating: { ...again, reason },
    };
  });
}

/**
 * The items whose tolerance cell's unit is open to question rated by the reading the sheet's own RAG
 * bears out, where it bears out one reading only: a plain "2" that is amber as 2 points and red as 2 %
 * of the target (not rated otherwise), or a percentage's "1%", read as 1 % of the target as written,
 * where the sheet's amber or red is the colour 1 percentage point gives and not the one 1 % of the
 * target gives (council tax collected, 56.3 % against 57 %: amber by a point, red by 1 % of 57).
 * Each one settled is said, naming the tolerance cell and the sheet's (`tolerance-unit-from-sheet`).
 */
export function settleToleranceUnits(
  items: readonly RatedIndicator[],
  period: Period,
  options: RateOptions,
  style: HouseStyle,
  issues: Issue[],
): RatedIndicator[] {
  const readings = items.map((item) => sheetRagReading(item, period));
  const metOrNot = columnsOnlyMet(readings);
  return items.map((item, k) => {
    const { indicator: ind, rating } = item;
    const question = ind.toleranceQuestion;
    const reading = readings[k];
    const said = reading?.rag;
    if (!question || !reading || (said !== 'green' && said !== 'amber' && said !== 'red') || reading.failure)
      return item;
    if (metOrNot.has(columnOf(reading)) || !speaksFor(reading, rating.current?.period)) return item;
    // The readings to choose between, and the one the report went by (the relative one, as written).
    const other = ind.toleranceAlternative ?? question.points;
    if (!other) return item;
    const unclear = rating.toleranceUnclear === true;
    if (!unclear && (rating.status !== 'rated' || rating.rag === said || said === 'green' || rating.rag === 'green'))
      return item;
    const rate = (tolerance: Tolerance) => {
      const one: Indicator = { ...ind, tolerance, toleranceAlternative: undefined };
      return { indicator: one, rating: rateIndicator(one, period, options) };
    };
    const byOther = rate(other);
    const byWritten = unclear ? rate(ind.tolerance) : null;
    const settled =
      byOther.rating.rag === said && byWritten?.rating.rag !== said
        ? { chosen: byOther, not: byWritten?.rating.rag ?? rating.rag, tolerance: other }
        : unclear && byWritten?.rating.rag === said && byOther.rating.rag !== said
          ? { chosen: byWritten, not: byOther.rating.rag, tolerance: ind.tolerance }
          : null;
    if (!settled) return item;
    const m = rating.current?.measure;
    const t = ind.target?.value;
    if (!m || m.value === null || t === null || t === undefined) return item;
    const at = { sheet: ind.sheet, cell: question.cell };
    const args = {
      ...at,
      name: ind.name,
      tolerance: question.cell,
      sheetCell: reading.sheet === ind.sheet ? reading.cell : `${reading.sheet}!${reading.cell}`,
      written: question.shown,
      shown: reading.shown === ragWord(said) ? ragWord(said) : `${ragWord(said)} ('${reading.shown}')`,
      figure: printMeasure(ind, m, style),
      target: printFigure(ind, t, (ind.target?.measure ?? m).formatDecimals, style),
      readAs:
        describeTolerance(settled.tolerance, ind.unit) +
        (settled.tolerance.type === 'relative' ? ' of the target' : ''),
      other:
        describeTolerance(settled.tolerance === other ? ind.tolerance : other, ind.unit) +
        (settled.tolerance === other ? ' of the target' : ''),
      rag: said,
      otherRag: settled.not,
      number: String(Math.round(other.value * 1000) / 1000),
    };
    const issue = warning('tolerance-unit-from-sheet', args, at);
    issues.push(issue);
    return {
      ...item,
      indicator: { ...settled.chosen.indicator, warnings: [...ind.warnings, issue] },
      rating: settled.chosen.rating,
    };
  });
}
