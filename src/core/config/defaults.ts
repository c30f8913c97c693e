/**
 * The settings used where a configuration says nothing. Documented for users: amber is within
 * 5 % of the target (relative), percentages read "per cent", at most one decimal place.
 */
import type { HouseStyle, ScorecardConfig, Tolerance } from './types';
import type { AmberRule } from '../rating/types';

/** Default amber tolerance: within 5 % of the target's value. */
export const DEFAULT_TOLERANCE: Tolerance = Object.freeze({ type: 'relative', value: 0.05 });

/**
 * Default house style: "per cent", up to 1 decimal place, small numbers below 20. Its type is its
 * own (a {@link HouseStyle}), as the schema that {@link HouseStyle} is derived from reads it.
 */
export const DEFAULT_STYLE = Object.freeze({ percent: 'per cent', decimals: 1, smallNumber: 20 } as const);

/** Default amber rule: 'tolerance'. */
export const DEFAULT_AMBER_RULE: AmberRule = 'tolerance';

/** The whole configuration when nothing is set. Frozen: copy it to change it. */
export const DEFAULT_CONFIG: ScorecardConfig = Object.freeze({
  tolerance: DEFAULT_TOLERANCE,
  amberRule: DEFAULT_AMBER_RULE,
  style: DEFAULT_STYLE,
  tables: Object.freeze([]),
  indicators: Object.freeze({}),
});

/*
 * Settings in the shape of the defaults. The engine reads the house style for every number it
 * prints and the tolerance for every indicator it rates; given the frozen defaults in one report
 * and a parsed configuration's own objects in the next, its most-run code would meet objects of
 * two shapes and slow down. Frozen copies with the defaults' fields, in the defaults' order, share
 * the defaults' shape.
 */

/** The house style as a frozen object shaped like {@link DEFAULT_STYLE} (the same settings). */
export function defaultShapedStyle(style: HouseStyle): HouseStyle {
  if (Object.isFrozen(style)) return style;
  return Object.freeze({ percent: style.percent, decimals: style.decimals, smallNumber: style.smallNumber });
}

/** The tolerance as a frozen object shaped like {@link DEFAULT_TOLERANCE} (the same setting). */
export function defaultShapedTolerance(tolerance: Tolerance): Tolerance {
  if (Object.isFrozen(tolerance)) return tolerance;
  return Object.freeze({ type: tolerance.type, value: tolerance.value });
}
