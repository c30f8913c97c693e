/**
 * The configuration's types, derived from its zod schema (`configSchema.ts`): the schema is the one
 * source of truth for what a configuration may say, so a setting added there is typed here with
 * no record to keep in step. Read-only throughout, as the engine never changes a configuration.
 */
import type { z } from 'zod';
import type { configSchema, indicatorSchema, styleSchema, tableSchema, toleranceSchema } from './configSchema';

/** A parsed value made read-only all the way down. */
type Frozen<T> = T extends readonly (infer E)[]
  ? readonly Frozen<E>[]
  : T extends object
    ? { readonly [K in keyof T]: Frozen<T[K]> }
    : T;

/**
 * A tolerance for amber. `relative`: a fraction of the target (0.05 = within 5 % of the
 * target's value). `absolute`: in the indicator's own units — percentage points for percentages.
 */
export type Tolerance = Frozen<z.output<typeof toleranceSchema>>;

/**
 * How numbers are printed: `percent` "per cent" (committee minutes, the default) or "%";
 * `decimals` the most decimal places printed when the cell's format does not say (default 1);
 * `smallNumber` a denominator (or count) below which a figure is a small number and gets a caveat
 * (default 20).
 */
export type HouseStyle = Frozen<z.output<typeof styleSchema>>;

/**
 * Column roles set by hand for one sheet (or one Excel table): `headerRow` 1-based, when detection
 * should not guess; `columns` keyed by a column letter ("E") or header text.
 */
export type TableConfig = Frozen<z.output<typeof tableSchema>>;

/** Settings for one indicator, keyed in {@link ScorecardConfig.indicators} by its reference or exact name. */
export type IndicatorConfig = Frozen<z.output<typeof indicatorSchema>>;

/**
 * A checked configuration with every default filled in (see `parseConfig`); the `$schema` key an
 * editor may use is dropped. `style` is the house style of numbers, `narrativeStyle` how the
 * narrative is written.
 */
export type ScorecardConfig = Frozen<Omit<z.output<typeof configSchema>, '$schema'>>;
