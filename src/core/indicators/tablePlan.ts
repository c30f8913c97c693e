/**
 * What every row of a table is read with, worked out once per table rather than once per row: the
 * columns each part of an indicator comes from, and the lookup of indicators' own settings.
 */
import { isProfiledTarget } from '../tables/profiledTargets';
import type { IndicatorConfig, ScorecardConfig } from '../config/types';
import type { ColumnInfo, ColumnRole } from '../tables/types';
import { closestNames } from '../config/closestWord';
import type { Issue } from '../warnings';
import { warning } from '../warningMessages';
import type { Indicator } from './types';

const first = (cols: readonly ColumnInfo[], role: ColumnRole) => cols.find((c) => c.role === role) ?? null;

/** Looks up an indicator's settings by its reference, then by its exact name. */
export function indicatorConfig(config: ScorecardConfig, id: string, name: string): IndicatorConfig {
  return config.indicators[id] ?? config.indicators[name] ?? {};
}

/** The columns a table's rows are read from, worked out once per table rather than once per row. */
export interface ColumnPlan {
  readonly name: ColumnInfo | null;
  readonly ref: ColumnInfo | null;
  readonly unit: ColumnInfo | null;
  readonly polarity: ColumnInfo | null;
  readonly tolerance: ColumnInfo | null;
  readonly frequency: ColumnInfo | null;
  readonly commentary: ColumnInfo | null;
  readonly actions: ColumnInfo | null;
  readonly numerator: ColumnInfo | null;
  readonly denominator: ColumnInfo | null;
  /** Period columns in sheet order, and their positions in period order (oldest first). */
  readonly periods: readonly ColumnInfo[];
  readonly periodOrder: readonly number[];
  /** Target, lower-target and upper-target columns. */
  readonly targets: readonly (ColumnInfo | null)[];
  /**
   * A target its header gives the whole year ("Annual Target 2023/24"), passed over in a table of
   * quarters or months for one that does not ("Target"), which is then the target to the period.
   */
  readonly annualTarget: ColumnInfo | null;
  /** Columns with a header: a flag beside a figure ("p") is looked for only in a column without one (a RAG column's "R" is not "revised"). */
  readonly readColumns: ReadonlySet<number>;
  /** Targets for a point in the year ("Q3 target 2022/23", "Profiled target"), used for their own period. */
  readonly profiledTargets: readonly ColumnInfo[];
  readonly benchmarks: readonly ColumnInfo[];
  /** The sheet's own RAG or status columns. */
  readonly rags: readonly ColumnInfo[];
  /** Columns the engine works out for itself that give a trend ("Trend", "DOT", "Direction of travel"): read only for what they say of polarity. */
  readonly trends: readonly ColumnInfo[];
  /**
   * A column saying, row by row, over what time the target is to be met ("Time period to achieve
   * target": "Monthly", "Financial year"), read only for a target that is the whole year's.
   */
  readonly targetPeriod: ColumnInfo | null;
  /** Columns of notes on the data ("Data note"), read only for a mark that makes the row's latest figure provisional. */
  readonly notes: readonly ColumnInfo[];
}

/** The header of a column of notes on a row's data: "Data note", "Notes", "Data quality note". */
const NOTES_HEADER = /^\s*(?:data\s+)?(?:quality\s+)?notes?\s*$/i;

/** The {@link ColumnPlan} of a table's columns. */
export function planColumns(cols: readonly ColumnInfo[]): ColumnPlan {
  const periods = cols.filter((c) => c.role === 'period' && c.period);
  const key = (i: number) => periods[i].period!;
  const targets = (['target', 'targetLower', 'targetUpper'] as const).map((role) => targetColumn(cols, role));
  const periodOrder = periods
    .map((_, i) => i)
    .sort((a, b) => key(a).sortKey - key(b).sortKey || kindOrder(key(a).kind) - kindOrder(key(b).kind));
  return {
    name: first(cols, 'name'),
    ref: first(cols, 'ref'),
    unit: first(cols, 'unit'),
    polarity: first(cols, 'polarity'),
    tolerance: first(cols, 'tolerance'),
    frequency: first(cols, 'frequency'),
    commentary: first(cols, 'commentary'),
    actions: first(cols, 'actions'),
    numerator: first(cols, 'numerator'),
    denominator: first(cols, 'denominator'),
    periods,
    periodOrder,
    targets,
    annualTarget: periods.some((c) => c.period!.kind !== 'year' && c.period!.kind !== 'ytd')
      ? annualBeside(cols, targets[0])
      : null,
    profiledTargets: cols.filter(isProfiledTarget),
    readColumns: new Set(cols.map((c) => c.col)),
    benchmarks: cols.filter((c) => c.role === 'benchmark' && c.benchmark),
    rags: cols.filter((c) => c.role === 'rag'),
    trends: cols.filter((c) => c.role === 'ignore' && TREND_HEADER.test(c.header)),
    targetPeriod: cols.find((c) => c.role === 'ignore' && TARGET_PERIOD_HEADER.test(c.header)) ?? null,
    notes: cols.filter((c) => (c.role === 'ignore' || c.role === 'commentary') && NOTES_HEADER.test(c.header)),
  };
}

const NO_SETTINGS: IndicatorConfig = Object.freeze({});

/**
 * {@link indicatorConfig} for a whole table: the settings in a map, so that looking up thousands of
 * references and names that have none costs little (looking up an object's property by a string
 * never seen before makes the JavaScript engine file that string in its table of property names).
 * Only the configuration's own keys count: a name such as 'constructor' has no settings.
 */
export function settingsLookup(config: ScorecardConfig): (id: string, name: string) => IndicatorConfig {
  const keys = Object.keys(config.indicators);
  if (keys.length === 0) return () => NO_SETTINGS;
  const byKey = new Map(keys.map((k) => [k, config.indicators[k]]));
  return (id, name) => byKey.get(id) ?? byKey.get(name) ?? NO_SETTINGS;
}

/**
 * A warning for each indicator the configuration gives settings for that no indicator read has as
 * its reference or its name, naming the closest references and names there are: the settings are
 * not used, and a mistyped key would otherwise be passed over in silence.
 */
export function unmatchedSettings(config: ScorecardConfig, indicators: readonly Indicator[]): Issue[] {
  const keys = Object.keys(config.indicators);
  if (keys.length === 0) return [];
  const known = new Set<string>();
  for (const i of indicators) {
    known.add(i.id);
    known.add(i.name);
  }
  const out: Issue[] = [];
  for (const key of keys) {
    if (known.has(key)) continue;
    out.push(warning('config-indicator-unmatched', { key, closest: closestNames(key, known) }));
  }
  return out;
}

/** A trend or direction-of-travel column's header. */
const TREND_HEADER = /\b(?:trend|dot|d\.o\.t|direction(?: of travel)?|travel)\b/i;

/** "Time period to achieve target", "Target period", "Target timescale": over what time the target is met. */
const TARGET_PERIOD_HEADER =
  /\b(?:time ?period|period|timescale|time ?frame)\b.*\btargets?\b|\btargets?\b.*\b(?:period|timescale|time ?frame)\b/i;

/** Words that say a target is for the whole year: "annual", "full year", "year end", "end of year". */
export const WHOLE_YEAR_WORDS = String.raw`annual|full[- ]?year|year[- ]?end|end of year`;

/** A target header that gives the whole year: "Annual Target 2023/24", "Full year target", "Year end target". */
export const WHOLE_YEAR_TARGET = new RegExp(String.raw`\b(?:${WHOLE_YEAR_WORDS})\b`, 'i');

/** A row's word for the time its target is met over that makes it the year's: "Financial year", "Annually". */
export const YEAR_TARGET_PERIOD = new RegExp(
  String.raw`^\s*(?:financial year|(?:${WHOLE_YEAR_WORDS})(?:ly)?|whole year|the year)\s*$`,
  'i',
);

/**
 * The target column for the table's latest year: with "Target 2020/21" and "Target 2021/22", the
 * one whose year matches the latest period column; else one that names no year; else the last.
 * Profiled targets ("Q3 target", "Target to date") are passed over when there is another; in a
 * table of quarters or months, so is a target its header gives the whole year ("Annual Target
 * 2023/24") beside one that it does not ("Target"), which is then the period's.
 */
export function targetColumn(cols: readonly ColumnInfo[], role: ColumnRole): ColumnInfo | null {
  const all = cols.filter((c) => c.role === role);
  // A profiled target is the main target only when the table has no other.
  const annual = all.filter((c) => !isProfiledTarget(c));
  let candidates = annual.length > 0 ? annual : all;
  if (candidates.length < 2) return candidates[0] ?? null;
  const periods = cols.filter((c) => c.role === 'period' && c.period);
  const latest = periods.reduce<number | null>((fy, c) => Math.max(fy ?? -Infinity, c.period!.fyStart), null);
  if (periods.some((c) => c.period!.kind !== 'year' && c.period!.kind !== 'ytd')) {
    const forPeriod = candidates.filter((c) => !WHOLE_YEAR_TARGET.test(c.header));
    if (forPeriod.length > 0) candidates = forPeriod;
    if (candidates.length < 2) return candidates[0];
  }
  return (
    candidates.find((c) => c.period?.fyStart === latest) ??
    candidates.find((c) => !c.period) ??
    candidates[candidates.length - 1]
  );
}

/** The whole-year target column {@link targetColumn} passed over for `chosen`, if it did. */
function annualBeside(cols: readonly ColumnInfo[], chosen: ColumnInfo | null): ColumnInfo | null {
  if (!chosen || WHOLE_YEAR_TARGET.test(chosen.header)) return null;
  return cols.find((c) => c.role === 'target' && !isProfiledTarget(c) && WHOLE_YEAR_TARGET.test(c.header)) ?? null;
}

function kindOrder(kind: string): number {
  return kind === 'ytd' ? 2 : kind === 'year' ? 1 : 0;
}

/** A target header that says it is for the year so far: "Target to date", "Cumulative target", "Profiled YTD target". */
export const TO_DATE_TARGET = /\bto date\b|\bytd\b|\bcumulative\b/i;
