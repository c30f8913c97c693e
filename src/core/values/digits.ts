/**
 * The digits of a printed number: decimal places, grouping, and the fast path most numbers take.
 * Used by `display.ts`, which puts units and signs around them.
 */
import type { HouseStyle } from '../config/types';
import type { Unit } from './types';

/** 10⁰ … 10¹⁰. */
export const POWERS = Array.from({ length: 11 }, (_, i) => 10 ** i);

/** The decimal parts of figures to one and two places, ".0" … ".99", by places: most figures print one of these. */
const DECIMAL_PARTS = [0, 1, 2].map((places) =>
  Array.from({ length: places && POWERS[places] }, (_, i) => `.${String(i).padStart(places, '0')}`),
);

/** Most decimal places ever printed: beyond this a double has no more digits to give. */
export const MAX_DECIMALS = 15;

/**
 * A decimals setting, checked and capped at {@link MAX_DECIMALS}.
 *
 * @throws RangeError when it is not a whole number of at least 0 (`what` names it)
 */
export function checkDecimals(decimals: number, what: string): number {
  if (!Number.isInteger(decimals) || decimals < 0) {
    throw new RangeError(`${what} must be a whole number of at least 0, not ${decimals}`);
  }
  return Math.min(decimals, MAX_DECIMALS);
}

/** The 15 significant digits of a number of 1e21 or more, padded with zeros: no exponent. */
function wholeDigitsOf(magnitude: number): string {
  const [mantissa, exponent] = magnitude.toExponential(MAX_DECIMALS - 1).split('e+');
  return mantissa.replace('.', '') + '0'.repeat(Number(exponent) - (MAX_DECIMALS - 1));
}

/**
 * Fixed-point digits of a non-negative number, without exponent notation at any size. Like a
 * spreadsheet, it shows 15 significant digits and pads with zeros beyond them.
 */
export function fixedDigits(magnitude: number, places: number): string {
  if (magnitude < 1e6 && places <= 9) return magnitude.toFixed(places);
  // Below 1 the whole part's 0 is not a significant digit: all 15 places are the number's own.
  const wholeDigits = magnitude < 1 ? 0 : Math.floor(Math.log10(magnitude)) + 1;
  const exact = Math.min(places, Math.max(0, MAX_DECIMALS - wholeDigits));
  const digits = magnitude < 1e21 ? magnitude.toFixed(exact) : wholeDigitsOf(magnitude);
  if (places === exact) return digits;
  const padding = '0'.repeat(places - exact);
  return digits.includes('.') ? `${digits}${padding}` : `${digits}.${padding}`;
}

/** "1234567.5" → "1,234,567.5". */
export function group(digits: string): string {
  const dot = digits.indexOf('.');
  const whole = dot < 0 ? digits : digits.slice(0, dot);
  if (whole.length <= 3) return digits;
  const lead = whole.length % 3 || 3;
  let out = whole.slice(0, lead);
  for (let i = lead; i < whole.length; i += 3) out += `,${whole.slice(i, i + 3)}`;
  return dot < 0 ? out : out + digits.slice(dot);
}

/**
 * The signed digits `formatNumber` prints, worked out in whole units of the last printed place
 * without `toPrecision`, `toExponential` or `toFixed` string round trips — for the common case: a
 * value under 10⁹ printed to at most 6 places, not within a hair of a half. There it gives exactly
 * what `displayDecimals`, `roundTo` and {@link fixedDigits} give (they take the same arithmetic on
 * that range); otherwise null, and the caller takes the general path. Checks the decimals settings
 * as `displayDecimals` does.
 */
export function quickDigits(
  value: number,
  unit: Unit,
  style: HouseStyle,
  decimals: number | null | undefined,
): string | null {
  let places: number;
  if (decimals !== null && decimals !== undefined) places = checkDecimals(decimals, 'decimals');
  else if (unit === 'money') places = 2;
  else
    places =
      unit === 'ratio'
        ? Math.max(checkDecimals(style.decimals, 'style.decimals'), 2)
        : checkDecimals(style.decimals, 'style.decimals');
  // Under 10⁹ and to 6 places a number has at most 15 significant digits, so whole units are exact.
  if (places > 6 || !(Math.abs(value) < 1e9)) return null;
  const scaled = Math.abs(value) * POWERS[places];
  if (Math.abs(scaled - Math.floor(scaled) - 0.5) <= 1e-6) return null;
  let units = Math.round(scaled);
  if (decimals === null || decimals === undefined) {
    if (unit === 'money') {
      // Pence only when there are any: "£1,234" or "£1,234.50".
      if (units % 100 === 0) {
        units /= 100;
        places = 0;
      }
    } else {
      // Trailing zeros dropped, as displayDecimals stops at the fewest places that read the same.
      while (places > 0 && units % 10 === 0) {
        units /= 10;
        places -= 1;
      }
    }
  }
  // Whole part and decimals from the numbers themselves: small numbers have ready-made strings.
  const whole = places === 0 ? units : Math.floor(units / POWERS[places]);
  let digits = whole >= 1000 ? group(String(whole)) : String(whole);
  if (places > 0) {
    const fraction = units - whole * POWERS[places];
    if (places <= 2) {
      digits += DECIMAL_PARTS[places][fraction];
    } else {
      const decimalsText = String(fraction);
      digits +=
        decimalsText.length < places
          ? `.${'0'.repeat(places - decimalsText.length)}${decimalsText}`
          : `.${decimalsText}`;
    }
  }
  return value < 0 && units !== 0 ? `-${digits}` : digits;
}
