import type { Tolerance } from '../config/types';
import type { Polarity, Target } from '../indicators/types';

/**
 * Comparisons are made on differences rounded to nine decimal places of the value's stored
 * scale, exactly as the written conditional-format formulas do with `ROUND(…, 9)`, so that the
 * engine and Excel agree on values that sit on a boundary (0.9 × 0.95 is not 0.855 in binary).
 */
export const ROUND_PLACES = 9;

const ROUND_FACTOR = 10 ** ROUND_PLACES;

/** Rounds `x` to {@link ROUND_PLACES} decimals, as Excel's ROUND does. */
export function roundDiff(x: number): number {
  const r = Math.round(Math.abs(x) * ROUND_FACTOR) / ROUND_FACTOR;
  return x < 0 ? -r : r;
}

/** `a − b` at the stored scale, rounded as the formulas round it. */
function diff(a: number, b: number, scale: number): number {
  return roundDiff((a - b) / scale);
}

/** The amber margin around a target value: a share of it, or a fixed amount in the indicator's units. */
export function margin(target: number, tolerance: Tolerance): number {
  return tolerance.type === 'relative' ? tolerance.value * Math.abs(target) : tolerance.value;
}

/** Where a value stands against its target. `scale` converts the normalised figures back to the stored scale. */
export type Standing = 'on-target' | 'within-tolerance' | 'beyond-tolerance';

/**
 * Places a normalised value against a target for a polarity. Meeting the target exactly is on target;
 * the tolerance boundary itself counts as within tolerance.
 */
export function standing(
  value: number,
  polarity: Polarity,
  target: Target,
  tolerance: Tolerance,
  scale: number,
): Standing | null {
  if (polarity === 'higher' || polarity === 'lower') {
    if (target.value === null) return null;
    const t = target.value;
    const m = margin(t, tolerance);
    if (polarity === 'higher') {
      if (diff(value, t, scale) >= 0) return 'on-target';
      return diff(value, t - m, scale) >= 0 ? 'within-tolerance' : 'beyond-tolerance';
    }
    if (diff(value, t, scale) <= 0) return 'on-target';
    return diff(value, t + m, scale) <= 0 ? 'within-tolerance' : 'beyond-tolerance';
  }
  if (polarity === 'band') {
    if (target.lower === null || target.upper === null) return null;
    const lo = target.lower;
    const hi = target.upper;
    if (diff(value, lo, scale) >= 0 && diff(value, hi, scale) <= 0) return 'on-target';
    if (diff(value, lo - margin(lo, tolerance), scale) >= 0 && diff(value, hi + margin(hi, tolerance), scale) <= 0)
      return 'within-tolerance';
    return 'beyond-tolerance';
  }
  return null;
}

/** Distance of a value from a band (0 inside it); used for direction of travel on band indicators. */
export function distanceFromBand(value: number, lower: number, upper: number): number {
  if (value < lower) return lower - value;
  if (value > upper) return value - upper;
  return 0;
}
