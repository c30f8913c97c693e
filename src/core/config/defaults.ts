/**
 * The settings used where a configuration says nothing. Documented for users: amber is within
 * 5 % of the target (relative), percentages read "per cent", at most one decimal place.
 */
import type { HouseStyle, ScorecardConfig, Tolerance } from '../types';

/** Default amber tolerance: within 5 % of the target's value. */
export const DEFAULT_TOLERANCE: Tolerance = Object.freeze({ type: 'relative', value: 0.05 });

/** Default house style: "per cent", up to 1 decimal place, small numbers below 20. */
export const DEFAULT_STYLE: HouseStyle = Object.freeze({ percent: 'per cent', decimals: 1, smallNumber: 20 });

/** The whole configuration when nothing is set. Frozen: copy it to change it. */
export const DEFAULT_CONFIG: ScorecardConfig = Object.freeze({
  tolerance: DEFAULT_TOLERANCE,
  amberRule: 'tolerance',
  style: DEFAULT_STYLE,
  tables: Object.freeze([]),
  indicators: Object.freeze({}),
});
