/**
 * Printing numbers for the narrative: "92.7 per cent", "1,234", "12.5 days", "45.2 per 10,000",
 * "£1,234.50". Deterministic: grouping and rounding are done here, not by the locale.
 */
import type { HouseStyle, Unit } from '../types';

const POWERS = Array.from({ length: 11 }, (_, i) => 10 ** i);

/** Most decimal places ever printed: beyond this a double has no more digits to give. */
const MAX_DECIMALS = 15;

/** Options for {@link formatNumber}. */
export interface FormatNumberOptions {
  /** Decimal places the cell's number format shows; when given, exactly these are printed. */
  readonly decimals?: number | null;
  /** For rates: "per 10,000" or "per 10,000 children". */
  readonly rateBase?: string | null;
  /** For money: the symbol ("£", "€", "$"); default "£". */
  readonly currency?: string | null;
}

function checkDecimals(decimals: number, what: string): number {
  if (!Number.isInteger(decimals) || decimals < 0) {
    throw new RangeError(`${what} must be a whole number of at least 0, not ${decimals}`);
  }
  return Math.min(decimals, MAX_DECIMALS);
}

/**
 * Rounds as a spreadsheet shows a number: to 15 significant digits first, then half away from
 * zero on the decimal value, so 1.005 rounds to 1.01 and -2.5 to -3. Never returns -0.
 *
 * @throws RangeError when `decimals` is not a whole number of at least 0
 */
export function roundTo(value: number, decimals: number): number {
  const places = checkDecimals(decimals, 'decimals');
  if (!Number.isFinite(value)) return value;
  // Fast path: away from a half, binary arithmetic rounds as the decimal would (errors are ~1e-16).
  if (places <= 10 && Math.abs(value) < 1e9) {
    const factor = POWERS[places];
    const scaled = Math.abs(value) * factor;
    const fraction = scaled - Math.floor(scaled);
    if (Math.abs(fraction - 0.5) > 1e-6) {
      const magnitude = Math.round(scaled) / factor;
      if (magnitude === 0) return 0;
      return value < 0 ? -magnitude : magnitude;
    }
  }
  const fifteen = Number(value.toPrecision(15));
  // Near the largest double, rounding to 15 digits overflows: keep the value as it is.
  const precise = Number.isFinite(fifteen) ? fifteen : value;
  const [mantissa, exponent] = Math.abs(precise).toExponential().split('e');
  const shifted = Number(`${mantissa}e${Number(exponent) + places}`);
  if (shifted >= 1e21) return precise === 0 ? 0 : precise;
  const magnitude = Number(`${Math.round(shifted)}e${-places}`);
  if (magnitude === 0) return 0;
  return precise < 0 ? -magnitude : magnitude;
}

/**
 * The decimal places {@link formatNumber} prints for a value: the cell's format decimals when
 * given; for money 2 when there are pence, else 0; otherwise up to `style.decimals` (at least 2
 * for ratios) with trailing zeros dropped. Two values read the same in the narrative when
 * `roundTo` at their display decimals gives equal numbers.
 */
export function displayDecimals(value: number, unit: Unit, style: HouseStyle, decimals?: number | null): number {
  if (decimals !== null && decimals !== undefined) return checkDecimals(decimals, 'decimals');
  if (unit === 'money') return Number.isInteger(roundTo(value, 2)) ? 0 : 2;
  const styleDecimals = checkDecimals(style.decimals, 'style.decimals');
  const most = unit === 'ratio' ? Math.max(styleDecimals, 2) : styleDecimals;
  const target = roundTo(value, most);
  let places = 0;
  while (places < most && roundTo(value, places) !== target) places += 1;
  return places;
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
function fixedDigits(magnitude: number, places: number): string {
  if (magnitude < 1e6 && places <= 9) return magnitude.toFixed(places);
  const wholeDigits = magnitude < 1 ? 1 : Math.floor(Math.log10(magnitude)) + 1;
  const exact = Math.min(places, Math.max(0, MAX_DECIMALS - wholeDigits));
  const digits = magnitude < 1e21 ? magnitude.toFixed(exact) : wholeDigitsOf(magnitude);
  if (places === exact) return digits;
  const padding = '0'.repeat(places - exact);
  return digits.includes('.') ? `${digits}${padding}` : `${digits}.${padding}`;
}

/** "1234567.5" → "1,234,567.5". */
function group(digits: string): string {
  const dot = digits.indexOf('.');
  const whole = dot < 0 ? digits : digits.slice(0, dot);
  if (whole.length <= 3) return digits;
  const lead = whole.length % 3 || 3;
  let out = whole.slice(0, lead);
  for (let i = lead; i < whole.length; i += 3) out += `,${whole.slice(i, i + 3)}`;
  return dot < 0 ? out : out + digits.slice(dot);
}

/**
 * Prints a number for the narrative in the house style.
 *
 * `value` is normalised: percentages in points (92.7, not 0.927). Percentages read "92.7 per
 * cent" or "92.7%" per `style.percent`; counts and plain numbers "1,234"; days "12.5 days" (and
 * "1 day"); rates "45.2 per 10,000" with `opts.rateBase`; money "£1,234" or "£1,234.50"; ratios
 * "1.25". Decimals follow {@link displayDecimals}; negatives take an ASCII "-".
 *
 * @throws RangeError when `value` is not finite or a decimals setting is not a whole number ≥ 0
 */
export function formatNumber(value: number, unit: Unit, style: HouseStyle, opts: FormatNumberOptions = {}): string {
  if (!Number.isFinite(value)) throw new RangeError(`Cannot print ${value} as a ${unit}`);
  const places = displayDecimals(value, unit, style, opts.decimals);
  const rounded = roundTo(value, places);
  const digits = group(fixedDigits(Math.abs(rounded), places));
  const sign = rounded < 0 ? '-' : '';
  switch (unit) {
    case 'percentage':
      return style.percent === '%' ? `${sign}${digits}%` : `${sign}${digits} per cent`;
    case 'days':
      return `${sign}${digits} ${digits === '1' ? 'day' : 'days'}`;
    case 'rate': {
      const base = opts.rateBase?.trim();
      if (base === undefined || base === '') return `${sign}${digits}`;
      return /^per\b/i.test(base) ? `${sign}${digits} ${base}` : `${sign}${digits} per ${base}`;
    }
    case 'money': {
      const symbol = opts.currency?.trim() || '£';
      return /^[A-Za-z]{2,}$/.test(symbol) ? `${sign}${symbol} ${digits}` : `${sign}${symbol}${digits}`;
    }
    default:
      return `${sign}${digits}`;
  }
}
