/**
 * What every row of a table is read with, worked out once per table rather than once per row: the
 * columns each part of an indicator comes from, and the lookup of indicators' own settings.
 */
import type { ColumnInfo, ColumnRole, IndicatorConfig, ScorecardConfig } from '../types';

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
  readonly benchmarks: readonly ColumnInfo[];
}

/** The {@link ColumnPlan} of a table's columns. */
export function planColumns(cols: readonly ColumnInfo[]): ColumnPlan {
  const periods = cols.filter((c) => c.role === 'period' && c.period);
  const key = (i: number) => periods[i].period!;
  const periodOrder = periods.map((_, i) => i).sort((a, b) => key(a).sortKey - key(b).sortKey || kindOrder(key(a).kind) - kindOrder(key(b).kind));
  return {
    name: first(cols, 'name'), ref: first(cols, 'ref'), unit: first(cols, 'unit'), polarity: first(cols, 'polarity'),
    tolerance: first(cols, 'tolerance'), frequency: first(cols, 'frequency'), commentary: first(cols, 'commentary'), actions: first(cols, 'actions'),
    numerator: first(cols, 'numerator'), denominator: first(cols, 'denominator'),
    periods, periodOrder,
    targets: (['target', 'targetLower', 'targetUpper'] as const).map((role) => targetColumn(cols, role)),
    benchmarks: cols.filter((c) => c.role === 'benchmark' && c.benchmark),
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
 * The target column for the table's latest year: with "Target 2020/21" and "Target 2021/22", the
 * one whose year matches the latest period column; else one that names no year; else the last.
 */
export function targetColumn(cols: readonly ColumnInfo[], role: ColumnRole): ColumnInfo | null {
  const candidates = cols.filter((c) => c.role === role);
  if (candidates.length < 2) return candidates[0] ?? null;
  const latest = cols.filter((c) => c.role === 'period' && c.period).reduce<number | null>((fy, c) => Math.max(fy ?? -Infinity, c.period!.fyStart), null);
  return candidates.find((c) => c.period?.fyStart === latest) ?? candidates.find((c) => !c.period) ?? candidates[candidates.length - 1];
}

function kindOrder(kind: string): number {
  return kind === 'ytd' ? 2 : kind === 'year' ? 1 : 0;
}
