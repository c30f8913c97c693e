import { colToLetters } from '../address';
import { defaultShapedStyle } from '../config/defaults';
import { clean } from '../indicators/measures';
import { printMeasure } from '../narrative/citations';
import { shortName } from '../narrative/phrases';
import { formatNumber, withoutZeroDecimals } from '../values/display';
import type { Direction, HouseStyle, Indicator, Measure, NarrativeItem, NarrativeStyle, RagSummary, Polarity, Rag, RatingStatus, RatedIndicator, Tolerance, Unit } from '../types';
import type { Report } from './buildReport';
import { ragCounts } from './ragCounts';

/** One indicator in the JSON output (documented in the README). */
export interface IndicatorJson {
  id: string;
  name: string;
  /** The name the narrative uses in prose: the configured `shortName`, else one derived from `name`. */
  shortName: string;
  sheet: string;
  section: string | null;
  /** Address of the value cell for the reporting period ("I7"), or null when the table has no such column. */
  cell: string | null;
  /** The number as stored in the cell (0.927 for 92.7 % kept as a fraction), or null when there is no data. */
  value: number | null;
  /** The value as the narrative prints it ("92.7 per cent"). */
  display: string | null;
  unit: Unit;
  /** The target in the same storage as `value` (a band as { lower, upper }), or null. */
  target: number | { lower: number; upper: number } | null;
  targetDisplay: string | null;
  targetCell: string | null;
  polarity: Polarity;
  tolerance: Tolerance;
  rag: Rag;
  status: RatingStatus;
  reason: string;
  direction: Direction | null;
  longTermDirection: Direction | null;
  /** Change on the previous period in the indicator's units (percentage points for percentages). */
  change: number | null;
  previous: { period: string; value: number | null; cell: string } | null;
  benchmarks: { kind: string; label: string; period: string | null; value: number | null; display: string | null; cell: string }[];
  noData: { reason: string; shown: string } | null;
  warnings: string[];
}

export interface ReportJson {
  period: string | null;
  periods: string[];
  settings: { tolerance: Tolerance; amberRule: string; style: HouseStyle; narrativeStyle: NarrativeStyle };
  tables: { sheet: string; name: string | null; range: string; headerRow: number; columns: { column: string; header: string; role: string; reason: string; source: string }[] }[];
  indicators: IndicatorJson[];
  summary: { indicators: number; rated: number; green: number; amber: number; red: number; noTarget: number; noData: number; reportedAnnually: number };
  narrative: { style: NarrativeStyle; summary: NarrativeItem[]; reds: NarrativeItem[]; ragSummary: RagSummary; performingWell: NarrativeItem[]; areasForFocus: NarrativeItem[]; context: NarrativeItem[]; noData: NarrativeItem[]; text: string };
  warnings: { code: string; message: string; sheet: string | null; cell: string | null }[];
}

// `clean` is `Number(x.toPrecision(12))` without the string round trip in the usual case.
const stored = (m: Measure | null): number | null => (m && m.value !== null ? clean(m.value / m.scale) : null);

function show(ind: Indicator, m: Measure | null, style: HouseStyle): string | null {
  return m && m.value !== null ? printMeasure(ind, m, style) : null;
}

function targetJson(ind: Indicator, scale: number, style: HouseStyle): Pick<IndicatorJson, 'target' | 'targetDisplay' | 'targetCell'> {
  const t = ind.target;
  if (!t) return { target: null, targetDisplay: null, targetCell: null };
  const inStorage = (v: number) => clean(v / scale);
  const fmt = (v: number, m: Measure | null) => withoutZeroDecimals(formatNumber(v, ind.unit, style, { decimals: m?.formatDecimals ?? null, rateBase: ind.rateBase, currency: ind.currency }));
  if (t.lower !== null && t.upper !== null) {
    return {
      target: { lower: inStorage(t.lower), upper: inStorage(t.upper) },
      targetDisplay: `${fmt(t.lower, t.lowerMeasure)} to ${fmt(t.upper, t.upperMeasure)}`,
      targetCell: t.lowerMeasure && t.upperMeasure ? `${t.lowerMeasure.cell}:${t.upperMeasure.cell}` : t.measure?.cell ?? null,
    };
  }
  return { target: t.value === null ? null : inStorage(t.value), targetDisplay: t.value === null ? null : fmt(t.value, t.measure), targetCell: t.measure?.cell ?? null };
}

function indicatorJson({ indicator: ind, rating }: RatedIndicator, style: HouseStyle): IndicatorJson {
  const m = rating.current?.measure ?? null;
  const scale = m?.scale ?? (ind.values[0]?.measure.scale ?? 1);
  const st = rating.shortTerm;
  return {
    id: ind.id, name: ind.name, shortName: shortName(ind).name, sheet: ind.sheet, section: ind.section,
    cell: m?.cell ?? null, value: stored(m), display: show(ind, m, style), unit: ind.unit,
    ...targetJson(ind, scale, style),
    polarity: ind.polarity, tolerance: ind.tolerance, rag: rating.rag, status: rating.status, reason: rating.reason,
    direction: st?.direction ?? null, longTermDirection: rating.longTerm?.direction ?? null,
    change: st ? clean(st.change) : null,
    previous: st ? { period: st.from.period.label, value: stored(st.from.measure), cell: st.from.measure.cell } : null,
    benchmarks: ind.benchmarks.map((b) => ({
      kind: b.kind, label: b.label, period: b.period?.label ?? null, value: stored(b.measure),
      display: b.kind === 'rank' || b.kind === 'quartile' ? (b.measure.value === null ? null : String(b.measure.value)) : show(ind, b.measure, style), cell: b.measure.cell,
    })),
    noData: m?.noData ? { reason: m.noData.reason, shown: m.noData.shown } : null,
    warnings: ind.warnings.map((w) => w.message),
  };
}

/** The report as the CLI's `--format json` prints it. */
export function reportToJson(report: Report): ReportJson {
  const style = defaultShapedStyle(report.config.style); // for printing (see defaults.ts)
  const items = report.items;
  const n = (f: (i: RatedIndicator) => boolean) => items.filter(f).length;
  return {
    period: report.period?.label ?? null,
    periods: report.periods.map((p) => p.label),
    settings: { tolerance: report.config.tolerance, amberRule: report.config.amberRule, style: report.config.style, narrativeStyle: report.narrative.style },
    tables: report.tables.map((t) => ({
      sheet: t.sheet, name: t.tableName, headerRow: t.headerRow + 1,
      range: `${colToLetters(t.left)}${t.top + 1}:${colToLetters(t.right)}${t.bottom + 1}`,
      columns: t.columns.map((c) => ({ column: colToLetters(c.col), header: c.header, role: c.role, reason: c.reason, source: c.source })),
    })),
    indicators: items.map((i) => indicatorJson(i, style)),
    summary: {
      indicators: items.length,
      rated: n((i) => i.rating.status === 'rated'),
      ...ragCounts(items),
      reportedAnnually: n((i) => i.rating.reportedAnnually),
    },
    narrative: { ...report.narrative, summary: [...report.narrative.summary], reds: [...report.narrative.reds], performingWell: [...report.narrative.performingWell], areasForFocus: [...report.narrative.areasForFocus], context: [...report.narrative.context], noData: [...report.narrative.noData] },
    warnings: report.issues.map((i) => ({ code: i.code, message: i.message, sheet: i.sheet ?? null, cell: i.cell ?? null })),
  };
}
