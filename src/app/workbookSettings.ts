/**
 * The workbook-wide settings as the pane shows and stores them, derived from the configuration's
 * zod schema: every top-level setting other than the lists (sheets, tables, indicators), with
 * the house style's settings beside them. A setting added to the schema (with its default) is
 * a workbook setting here without further change; see README.md in this folder.
 */
import type { z } from 'zod';
import { type configSchema, DEFAULT_CONFIG, type ScorecardConfig } from '../core';

/** The configuration as the schema gives it, defaults filled in. */
type Config = z.output<typeof configSchema>;

/** Configuration keys that are not workbook-wide settings of the pane (the style's are flattened beside the rest). */
type NotWorkbookWide = '$schema' | 'sheets' | 'tables' | 'indicators' | 'style';

/** House-style settings the pane does not edit. */
type NotInPane = 'smallNumber';

/**
 * The settings that apply to the whole workbook, as the officer sets them in the pane. `period`
 * is null for the latest with data. The tolerance's value is a fraction of the target when
 * relative (0.05 for within 5 per cent), and in the indicator's own units when absolute
 * (percentage points for percentages). An optional setting left out means its value in
 * {@link WHEN_ABSENT}.
 */
export type WorkbookSettings = Readonly<Omit<Config, NotWorkbookWide | 'period'>> &
  Readonly<Omit<Config['style'], NotInPane>> & { readonly period: string | null };

/**
 * What an optional setting (one the schema gives no default) means when the configuration leaves
 * it out, as the engine reads it. A new setting should have a default in the schema instead.
 */
export const WHEN_ABSENT = {
  ragSource: 'engine',
  narrativeStyle: 'committee',
} as const satisfies Partial<WorkbookSettings>;

/** The settings with every optional one that is left out (or undefined) filled in as {@link WHEN_ABSENT} says. */
export function withAbsentFilled<T extends Partial<Record<keyof typeof WHEN_ABSENT, unknown>>>(
  settings: T,
): T & { [K in keyof typeof WHEN_ABSENT]: NonNullable<T[K]> | (typeof WHEN_ABSENT)[K] } {
  const filled: Record<string, unknown> = { ...settings };
  for (const [key, meaning] of Object.entries(WHEN_ABSENT)) filled[key] ??= meaning;
  return filled as T & { [K in keyof typeof WHEN_ABSENT]: NonNullable<T[K]> | (typeof WHEN_ABSENT)[K] };
}

/** The keys stored inside the configuration's `style` rather than at its top level. */
const STYLE_KEYS: ReadonlySet<string> = new Set(Object.keys(DEFAULT_CONFIG.style));

/** The workbook-wide settings in force in a configuration, optional ones filled in as {@link WHEN_ABSENT} says. */
export function currentWorkbookSettings(config: ScorecardConfig): Required<WorkbookSettings> {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the lists are not workbook-wide settings
  const { sheets, tables, indicators, style, period, ...topLevel } = config;
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- not edited in the pane
  const { smallNumber, ...styleSettings } = style;
  return withAbsentFilled({ ...topLevel, ...styleSettings, period: period ?? null });
}

/** Whether a workbook setting is stored inside the configuration's `style` rather than at its top level. */
export function isStyleSetting(key: string): boolean {
  return STYLE_KEYS.has(key);
}
