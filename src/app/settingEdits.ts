/**
 * Settings made in the task pane (one indicator's target, polarity and tolerance; one column's
 * role; the workbook-wide settings) merged into the configuration stored in the workbook. The
 * stored form is kept as it was written (only the entry concerned changes), so defaults are not
 * frozen into the file.
 */
import { type ColumnRole, headerKey, type RatedIndicator, sameName } from '../core';
import type { IndicatorSettings } from './hostApi';
import { isStyleSetting, WHEN_ABSENT, type WorkbookSettings } from './workbookSettings';

type Json = Record<string, unknown>;

/** The stored configuration as an object: JSON text or an object as stored, or an empty one. */
function storedObject(stored: unknown): Json {
  if (typeof stored === 'string') {
    const parsed: unknown = JSON.parse(stored);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Json) : {};
  }
  return typeof stored === 'object' && stored !== null ? { ...(stored as Json) } : {};
}

/**
 * The stored configuration with one indicator's target, polarity, tolerance and short name replaced.
 * A null target, tolerance or short name removes the setting, so the cell's target or the workbook's tolerance applies.
 * @throws SyntaxError when the stored text is not JSON (the caller says the settings are unreadable).
 */
export function withIndicatorSettings(stored: unknown, key: string, settings: IndicatorSettings): Json {
  const config = storedObject(stored);
  const indicators = { ...((config.indicators as Json | undefined) ?? {}) };
  const entry: Json = { ...((indicators[key] as Json | undefined) ?? {}) };
  delete entry.target;
  delete entry.tolerance;
  if (settings.target !== null) entry.target = settings.target;
  if (settings.tolerance !== null) entry.tolerance = { type: 'relative', value: settings.tolerance };
  entry.polarity = settings.polarity;
  if (settings.shortName !== undefined) {
    delete entry.shortName;
    const name = settings.shortName?.trim();
    if (name) entry.shortName = name;
  }
  indicators[key] = entry;
  return { ...config, indicators };
}

/**
 * The stored configuration with one table's entry changed by `change`. A table entry left with
 * nothing but its name (and empty column roles) is removed, and so is a list of tables left empty.
 * @param table the sheet's name, or the Excel table's
 */
function withTableEntry(stored: unknown, table: string, change: (entry: Json) => void): Json {
  const config = storedObject(stored);
  const tables = Array.isArray(config.tables) ? [...(config.tables as Json[])] : [];
  const at = tables.findIndex((t) => typeof t.sheet === 'string' && sameName(t.sheet, table));
  const entry: Json = at >= 0 ? { ...tables[at] } : { sheet: table };
  change(entry);
  const columns = (entry.columns as Record<string, unknown> | undefined) ?? {};
  const empty = Object.keys(columns).length === 0 && Object.keys(entry).every((k) => k === 'sheet' || k === 'columns');
  if (at >= 0 && empty) tables.splice(at, 1);
  else if (at >= 0) tables[at] = entry;
  else if (!empty) tables.push(entry);
  if (tables.length) config.tables = tables;
  else delete config.tables;
  return config;
}

/**
 * The stored configuration with one column's role set (or, with a null role, removed so the
 * header decides again). The column is keyed by its letter; any key naming it by its header text
 * is removed, since header text would win. A table entry left with nothing in it is removed.
 * @param table the sheet's name, or the Excel table's
 * @throws SyntaxError when the stored text is not JSON (the caller says the settings are unreadable).
 */
export function withColumnRole(
  stored: unknown,
  table: string,
  column: { column: string; header: string },
  role: ColumnRole | null,
): Json {
  return withTableEntry(stored, table, (entry) => {
    const columns = { ...((entry.columns as Record<string, unknown> | undefined) ?? {}) };
    const header = headerKey(column.header);
    for (const key of Object.keys(columns)) {
      if (key.trim() === column.column || (header !== '' && headerKey(key) === header)) delete columns[key];
    }
    if (role !== null) columns[column.column] = role;
    entry.columns = columns;
  });
}

/**
 * The stored configuration with a table left out of the report (`exclude`), or taken back in (the
 * setting removed, since included is what its absence means).
 * @param table the sheet's name, or the Excel table's ({@link TableSummary.configKey})
 * @throws SyntaxError when the stored text is not JSON (the caller says the settings are unreadable).
 */
export function withTableIncluded(stored: unknown, table: string, included: boolean): Json {
  return withTableEntry(stored, table, (entry) => {
    if (included) delete entry.exclude;
    else entry.exclude = true;
  });
}

/**
 * The stored configuration with an indicator left out of the report (`exclude`), or taken back in:
 * the setting removed, and the indicator's entry with it when nothing else is set.
 * @param key the indicator's reference, else its exact name ({@link settingsKey})
 * @throws SyntaxError when the stored text is not JSON (the caller says the settings are unreadable).
 */
export function withIndicatorIncluded(stored: unknown, key: string, included: boolean): Json {
  const config = storedObject(stored);
  const indicators = { ...((config.indicators as Json | undefined) ?? {}) };
  const entry: Json = { ...((indicators[key] as Json | undefined) ?? {}) };
  if (included) delete entry.exclude;
  else entry.exclude = true;
  if (Object.keys(entry).length) indicators[key] = entry;
  else delete indicators[key];
  if (Object.keys(indicators).length) config.indicators = indicators;
  else delete config.indicators;
  return config;
}

/**
 * The stored configuration with the workbook-wide settings written into it: the house style's
 * into `style`, the rest at the top level. A null (the period, for "the latest with data"), or an
 * optional setting at what its absence means ({@link WHEN_ABSENT}: our own ratings, the committee
 * style), is removed, so the default is not frozen into the file; a setting not given stays as
 * stored, and so does everything else.
 * @throws SyntaxError when the stored text is not JSON (the caller says the settings are unreadable).
 */
export function withWorkbookSettings(stored: unknown, settings: Partial<WorkbookSettings>): Json {
  const config = storedObject(stored);
  const style: Json = { ...((config.style as Json | undefined) ?? {}) };
  let styled = false;
  for (const [key, value] of Object.entries(settings)) {
    if (value === undefined) continue;
    if (isStyleSetting(key)) {
      style[key] = value;
      styled = true;
    } else if (value === null || (WHEN_ABSENT as Record<string, unknown>)[key] === value) delete config[key];
    else config[key] = value;
  }
  if (styled) config.style = style;
  return config;
}

/** The key an indicator's settings are stored under: its reference, else its exact name as the sheet writes it. */
export function settingsKey({ indicator }: RatedIndicator): string {
  return indicator.id.includes('!') ? (indicator.writtenName ?? indicator.name) : indicator.id;
}

/** An indicator's settings now, for the pane's form; null for a band target (not edited there). */
export function currentSettings({ indicator }: RatedIndicator): IndicatorSettings | null {
  const target = indicator.target;
  if (indicator.polarity === 'band' || (target && target.value === null && target.lower !== null)) return null;
  return {
    target: target?.value ?? null,
    polarity: indicator.polarity,
    tolerance: indicator.tolerance.type === 'relative' ? indicator.tolerance.value : null,
    shortName: indicator.shortName ?? null,
  };
}
