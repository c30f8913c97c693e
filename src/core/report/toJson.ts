import { colToLetters } from '../address';
import { defaultShapedStyle } from '../config/defaults';
import { clean } from '../indicators/measures';
import { printFigure, printMeasure } from '../narrative/citations';
import { shortName } from '../narrative/phrases';
import type { HouseStyle, Tolerance } from '../config/types';
import type { Indicator, Measure, Polarity } from '../indicators/types';
import type { Narrative, NarrativeItem, NarrativeStyle, RagSummary } from '../narrative/types';
import type { Direction, Rag, RagSource, RatedIndicator, RatingStatus } from '../rating/types';
import { isNotDue } from '../rating/rateIndicator';
import type { Unit } from '../values/types';
import type { Report } from './buildReport';
import type { IssueSeverity, WarningCode } from '../warnings';
import { jsonText, LazyList } from './jsonText';
import { ragCounts } from './ragCounts';

/** One indicator in the JSON output (documented in docs/json.md). */
export interface IndicatorJson {
  id: string;
  name: string;
  /** The name the narrative uses in prose: the configured `shortName`, else one derived from `name`. */
  shortName: string;
  sheet: string;
  section: string | null;
  /**
   * Address of the value cell for the reporting period ("I7"), or null when the table has no such
   * column; the range of the periods added up ("G5:L5") for a count rated on their sum (`rated-on-sum`).
   */
  cell: string | null;
  /** The number as stored in the cell (0.927 for 92.7 % kept as a fraction), or null when there is no data. */
  value: number | null;
  /** The value as the narrative prints it ("92.7 per cent"). */
  display: string | null;
  /** A mark on the value: "153 (p)" is 'provisional', "39.8% (est)" 'estimated', "153 r" 'revised', "1.13% (projected end of year)" 'projected'; null when unmarked. */
  flag: 'provisional' | 'estimated' | 'revised' | 'projected' | null;
  unit: Unit;
  /** The scale the sheet gives the figures in ("thousands" for £903k), or null. */
  scale: string | null;
  /** A unit word the figures are in ("weeks", "tonnes", "kg"), or null. */
  unitWord: string | null;
  /** The target in the same storage as `value` (a band as { lower, upper }), or null. */
  target: number | { lower: number; upper: number } | null;
  targetDisplay: string | null;
  targetCell: string | null;
  polarity: Polarity;
  tolerance: Tolerance;
  rag: Rag;
  status: RatingStatus;
  reason: string;
  /** The sheet's own rating for the period from its RAG or status column ("Amber" shown as "A"), or null. */
  sheetRag: { rag: Rag; shown: string; cell: string } | null;
  direction: Direction | null;
  longTermDirection: Direction | null;
  /** Change on the previous period in the indicator's units (percentage points for percentages). */
  change: number | null;
  previous: { period: string; value: number | null; cell: string } | null;
  /** What the long-term direction compares with: the same point last year, or last year's outturn column. */
  lastYear: { period: string; value: number | null; cell: string } | null;
  /** The year-to-date figure for the reporting period, from a "YTD" / "Cumulative" column. */
  yearToDate: { period: string; value: number | null; display: string | null; cell: string } | null;
  /** A cumulative measure: compared with the same point last year, not the period before. */
  cumulative: boolean;
  /** The target is the sheet's profiled target for the reporting period ("Q3 target", "Profiled target"). */
  targetProfiled: boolean;
  benchmarks: {
    kind: string;
    label: string;
    period: string | null;
    value: number | null;
    display: string | null;
    cell: string;
    /** The sheet's own comparison with it ("Similar" under "Compared with England"), where it gives one; `agrees` false where the figures say the other way. */
    compared?: { said: string; cell: string; agrees: boolean };
  }[];
  /** The figure's confidence interval, from the sheet's columns, where it gives one beside its one column of figures. */
  interval?: { lower: number | null; upper: number | null; lowerCell: string; upperCell: string };
  noData: { reason: string; shown: string } | null;
  /** Present, and true, when the value is not rated because the tolerance's unit is unclear and its two readings differ. */
  toleranceUnclear?: true;
  /** Present when the value is not rated because the target cell cannot be a target: a date, or a percentage beside figures of another unit. */
  targetUnusable?: {
    cell: string;
    shown: string;
    reason:
      | 'date'
      | 'percent-unit'
      | 'text'
      | 'no-time-unit'
      | 'unit-word'
      | 'for-the-year'
      | 'to-date'
      | 'other-year'
      | 'due-later';
  };
  /** Present when the value is not rated because the polarity cell's words are not read ("T") and nothing else states a direction. */
  polarityUnread?: { cell: string; shown: string };
  warnings: string[];
}

export interface ReportJson {
  period: string | null;
  periods: string[];
  settings: {
    tolerance: Tolerance;
    amberRule: string;
    ragSource: RagSource;
    style: HouseStyle;
    narrativeStyle: NarrativeStyle;
  };
  tables: {
    sheet: string;
    name: string | null;
    range: string;
    headerRow: number;
    columns: { column: string; header: string; role: string; reason: string; source: string }[];
  }[];
  indicators: IndicatorJson[];
  summary: {
    indicators: number;
    rated: number;
    green: number;
    amber: number;
    red: number;
    noTarget: number;
    /** Not rated until a cell is checked (they have a target); absent where there is none. */
    toCheck?: number;
    noData: number;
    reportedAnnually: number;
    notDue: number;
    /** Of those with no data, progress reported in words ("Complete"); absent where there is none. */
    inWords?: number;
  };
  narrative: {
    /** The reporting period's label. */
    period: string;
    style: NarrativeStyle;
    summary: NarrativeItem[];
    reds: NarrativeItem[];
    ragSummary: RagSummary;
    performingWell: NarrativeItem[];
    areasForFocus: NarrativeItem[];
    /** Indicators not rated until a cell is checked; absent when there are none. */
    check?: readonly NarrativeItem[];
    context: NarrativeItem[];
    /** Indicators whose figure is progress in words ("Complete", "Delayed"); absent when there are none. */
    inWords?: readonly NarrativeItem[];
    noData: NarrativeItem[];
    text: string;
  };
  /** Every issue: `severity` 'info' says what was decided (the period and why), 'warning' what to check. */
  warnings: {
    code: WarningCode;
    severity: IssueSeverity;
    message: string;
    sheet: string | null;
    cell: string | null;
  }[];
}

// `clean` is `Number(x.toPrecision(12))` without the string round trip in the usual case.
const stored = (m: Measure | null): number | null => (m && m.value !== null ? clean(m.value / m.scale) : null);

function show(ind: Indicator, m: Measure | null, style: HouseStyle): string | null {
  return m && m.value !== null ? printMeasure(ind, m, style) : null;
}

function targetJson(
  ind: Indicator,
  scale: number,
  style: HouseStyle,
): Pick<IndicatorJson, 'target' | 'targetDisplay' | 'targetCell'> {
  const t = ind.target;
  if (!t) return { target: null, targetDisplay: null, targetCell: null };
  const inStorage = (v: number) => clean(v / scale);
  const fmt = (v: number, m: Measure | null) => printFigure(ind, v, m?.formatDecimals ?? null, style);
  if (t.lower !== null && t.upper !== null) {
    return {
      target: { lower: inStorage(t.lower), upper: inStorage(t.upper) },
      targetDisplay: `${fmt(t.lower, t.lowerMeasure)} to ${fmt(t.upper, t.upperMeasure)}`,
      targetCell:
        t.lowerMeasure && t.upperMeasure ? `${t.lowerMeasure.cell}:${t.upperMeasure.cell}` : (t.measure?.cell ?? null),
    };
  }
  return {
    target: t.value === null ? null : inStorage(t.value),
    targetDisplay: t.value === null ? null : fmt(t.value, t.measure),
    targetCell: t.measure?.cell ?? null,
  };
}

function indicatorJson({ indicator: ind, rating, sheetRag }: RatedIndicator, style: HouseStyle): IndicatorJson {
  const m = rating.current?.measure ?? null;
  const scale = m?.scale ?? ind.values[0]?.measure.scale ?? 1;
  const st = rating.shortTerm;
  return {
    id: ind.id,
    name: ind.name,
    shortName: shortName(ind).name,
    sheet: ind.sheet,
    section: ind.section,
    cell: m?.cell ?? null,
    value: stored(m),
    display: show(ind, m, style),
    flag: m?.flag ?? null,
    unit: ind.unit,
    scale: ind.magnitude ?? null,
    unitWord: ind.suffix ?? null,
    ...targetJson(ind, scale, style),
    polarity: ind.polarity,
    tolerance: ind.tolerance,
    rag: rating.rag,
    status: rating.status,
    reason: rating.reason,
    sheetRag: sheetRag ? { rag: sheetRag.rag, shown: sheetRag.shown, cell: sheetRag.cell } : null,
    direction: st?.direction ?? null,
    longTermDirection: rating.longTerm?.direction ?? null,
    change: st ? clean(st.change) : null,
    previous: st ? { period: st.from.period.label, value: stored(st.from.measure), cell: st.from.measure.cell } : null,
    lastYear: rating.longTerm
      ? {
          period: rating.longTerm.from.period.label,
          value: stored(rating.longTerm.from.measure),
          cell: rating.longTerm.from.measure.cell,
        }
      : null,
    yearToDate: rating.yearToDate
      ? {
          period: rating.yearToDate.period.label,
          value: stored(rating.yearToDate.measure),
          display: show(ind, rating.yearToDate.measure, style),
          cell: rating.yearToDate.measure.cell,
        }
      : null,
    cumulative: ind.cumulative === true,
    targetProfiled: ind.targetProfiled === true,
    benchmarks: ind.benchmarks.map((b) => ({
      kind: b.kind,
      label: b.label,
      period: b.period?.label ?? null,
      value: stored(b.measure),
      display:
        b.kind === 'rank' || b.kind === 'quartile'
          ? b.measure.value === null
            ? null
            : String(b.measure.value)
          : show(ind, b.measure, style),
      cell: b.measure.cell,
      ...(b.compared && { compared: { said: b.compared.said, cell: b.compared.cell, agrees: b.compared.agrees } }),
    })),
    ...(ind.interval && {
      interval: {
        lower: stored(ind.interval.lower),
        upper: stored(ind.interval.upper),
        lowerCell: ind.interval.lower.cell,
        upperCell: ind.interval.upper.cell,
      },
    }),
    noData: m?.noData ? { reason: m.noData.reason, shown: m.noData.shown } : null,
    ...(rating.toleranceUnclear && { toleranceUnclear: true as const }),
    ...(rating.targetUnusable && {
      targetUnusable: {
        cell: rating.targetUnusable.cell,
        shown: rating.targetUnusable.shown,
        reason: rating.targetUnusable.why.kind,
      },
    }),
    ...(rating.polarityUnread && {
      polarityUnread: { cell: rating.polarityUnread.cell, shown: rating.polarityUnread.shown },
    }),
    warnings: ind.warnings.map((w) => w.message),
  };
}

/** The report as the CLI's `--format json` prints it. */
export function reportToJson(report: Report): ReportJson {
  const style = defaultShapedStyle(report.config.style); // for printing (see defaults.ts)
  return reportJsonWith(
    report,
    report.items.map((i) => indicatorJson(i, style)),
  );
}

/**
 * The report's JSON output as text, `JSON.stringify(reportToJson(report), null, 2)` and a newline,
 * in pieces made as they are written: each indicator's JSON only when its turn comes, and never the
 * whole text as one string.
 */
export function reportJsonText(report: Report): Iterable<string> {
  const style = defaultShapedStyle(report.config.style);
  const json = reportJsonWith(report, new LazyList(report.items, (i: RatedIndicator) => indicatorJson(i, style)));
  return (function* () {
    yield* jsonText(json);
    yield '\n';
  })();
}

/**
 * The narrative as the JSON has it, its lists copied. Its whole text is read only when it is
 * written, after the indicators: at 50,000 indicators it is 22 MiB, not to be held while the
 * indicators' JSON is made.
 */
function narrativeJson(n: Narrative): ReportJson['narrative'] {
  return {
    period: n.period,
    style: n.style,
    summary: [...n.summary],
    reds: [...n.reds],
    ragSummary: n.ragSummary,
    performingWell: [...n.performingWell],
    areasForFocus: [...n.areasForFocus],
    ...(n.check && { check: [...n.check] }),
    context: [...n.context],
    ...(n.inWords && { inWords: [...n.inWords] }),
    noData: [...n.noData],
    get text() {
      return n.text;
    },
  };
}

/** The report's JSON with `indicators` as given: made all at once, or one by one as they are written. */
function reportJsonWith<L>(report: Report, indicators: L): Omit<ReportJson, 'indicators'> & { indicators: L } {
  const items = report.items;
  const n = (f: (i: RatedIndicator) => boolean) => items.filter(f).length;
  // Every indicator without a figure is under noData, so that rated + noTarget + toCheck + noData is
  // the whole; those in words are counted among them, as those reported annually are.
  const { inWords, ...byRating } = ragCounts(items);
  return {
    period: report.period?.label ?? null,
    periods: report.periods.map((p) => p.label),
    settings: {
      tolerance: report.config.tolerance,
      amberRule: report.config.amberRule,
      ragSource: report.config.ragSource ?? 'engine',
      style: report.config.style,
      narrativeStyle: report.narrative.style,
    },
    tables: report.tables.map((t) => ({
      sheet: t.sheet,
      name: t.tableName,
      headerRow: t.headerRow + 1,
      range: `${colToLetters(t.left)}${t.top + 1}:${colToLetters(t.right)}${t.bottom + 1}`,
      columns: t.columns.map((c) => ({
        column: colToLetters(c.col),
        header: c.header,
        role: c.role,
        reason: c.reason,
        source: c.source,
      })),
    })),
    indicators,
    summary: {
      indicators: items.length,
      rated: n((i) => i.rating.status === 'rated'),
      ...byRating,
      noData: byRating.noData + (inWords ?? 0),
      reportedAnnually: n((i) => i.rating.reportedAnnually),
      notDue: n((i) => isNotDue(i.rating)),
      ...(inWords && { inWords }),
    },
    narrative: narrativeJson(report.narrative),
    warnings: report.issues.map((i) => ({
      code: i.code,
      severity: i.severity,
      message: i.message,
      sheet: i.sheet ?? null,
      cell: i.cell ?? null,
    })),
  };
}
