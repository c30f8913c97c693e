/**
 * Printing numbers for the narrative: "92.7 per cent", "1,234", "12.5 days", "45.2 per 10,000",
 * "£1,234.50". Deterministic: grouping and rounding are done here, not by the locale.
 */
import type { HouseStyle } from '../config/types';
import type { Unit } from './types';
import type { Magnitude } from './units';
import { POWERS, checkDecimals, fixedDigits, group, quickDigits } from './digits';

/** Options for {@link formatNumber}. */
export interface FormatNumberOptions {
  /** Decimal places the cell's number format shows; when given, exactly these are printed. */
  readonly decimals?: number | null;
  /** For rates: "per 10,000" or "per 10,000 children". */
  readonly rateBase?: string | null;
  /** For money: the symbol ("£", "€", "$"); default "£". */
  readonly currency?: string | null;
  /** The figure is in thousands, millions or billions: "£903k", "£3.06m", "903 thousand". */
  readonly magnitude?: Magnitude | null;
  /** A unit word for counts and plain numbers: "weeks", "tonnes", "kg", "hours". */
  readonly suffix?: string | null;
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

/**
 * Prints a number for the narrative in the house style.
 *
 * `value` is normalised: percentages in points (92.7, not 0.927). Percentages read "92.7 per
 * cent" or "92.7%" per `style.percent`; counts and plain numbers "1,234"; days "12.5 days" (and
 * "1 day"); rates "45.2 per 10,000" with `opts.rateBase`; money "£1,234" or "£1,234.50"; ratios
 * "1.25"; lengths of time, in seconds, "4 minutes 22 seconds". Decimals follow {@link displayDecimals};
 * negatives take an ASCII "-".
 *
 * @throws RangeError when `value` is not finite or a decimals setting is not a whole number ≥ 0
 */
export function formatNumber(value: number, unit: Unit, style: HouseStyle, opts: FormatNumberOptions = {}): string {
  return printNumber(value, unit, style, opts.decimals, opts.rateBase, opts.currency, opts.magnitude, opts.suffix);
}

/** The letter money takes for its scale, and the word other figures take. */
const MAGNITUDE_LETTER: Readonly<Record<Magnitude, string>> = { thousands: 'k', millions: 'm', billions: 'bn' };
const MAGNITUDE_WORD: Readonly<Record<Magnitude, string>> = {
  thousands: 'thousand',
  millions: 'million',
  billions: 'billion',
};

/** Unit words that have a singular ("1 week"); the others ("kg") do not change. */
const SINGULAR: Readonly<Record<string, string>> = {
  weeks: 'week',
  hours: 'hour',
  minutes: 'minute',
  seconds: 'second',
  months: 'month',
  years: 'year',
  tonnes: 'tonne',
  miles: 'mile',
};

/** A figure with its scale and unit word: "£903k", "£3.06m", "4.2 million", "12.5 weeks", "1 tonne". */
function withScale(
  signed: string,
  unit: Unit,
  currency: string | null | undefined,
  magnitude: Magnitude | null | undefined,
  suffix: string | null | undefined,
): string {
  let text = signed;
  if (magnitude) {
    if (unit === 'money') {
      const symbol = currency?.trim() || '£';
      const sign = signed.charCodeAt(0) === 45 ? '-' : '';
      const digits = sign ? signed.slice(1) : signed;
      return CURRENCY_CODE.test(symbol)
        ? `${sign}${symbol} ${digits}${MAGNITUDE_LETTER[magnitude]}`
        : `${sign}${symbol}${digits}${MAGNITUDE_LETTER[magnitude]}`;
    }
    text = `${signed} ${MAGNITUDE_WORD[magnitude]}`;
  }
  if (suffix) {
    const one = !magnitude && (signed === '1' || signed === '-1');
    // One of a word the sheet gives ("visits") is one visit.
    const single = SINGULAR[suffix] ?? (/^[a-z]+[^s]s$/.test(suffix) ? suffix.slice(0, -1) : suffix);
    text = `${text} ${one ? single : suffix}`;
  }
  return text;
}

/**
 * A length of time in seconds as a report writes it, to the second: "4 minutes 22 seconds", "3
 * minutes", "45 seconds", "1 hour 5 minutes", "1 minute 1 second"; "0 seconds" for nothing.
 */
export function printDuration(seconds: number): string {
  const total = Math.round(Math.abs(seconds));
  const sign = seconds < 0 && total > 0 ? '-' : '';
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const part = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const parts = [h ? part(h, 'hour') : '', m ? part(m, 'minute') : '', s || total === 0 ? part(s, 'second') : ''];
  return sign + parts.filter(Boolean).join(' ');
}

/** A rate's base that has its own "per" ("per 10,000 children"). */
const PER_WORD = /^per\b/i;

/** A currency given as a code ("EUR"), which is printed with a space before the figure. */
const CURRENCY_CODE = /^[A-Za-z]{2,}$/;

/**
 * {@link formatNumber} with its options as arguments, for the narrative's hot path (no options
 * object per number printed).
 *
 * @throws RangeError as {@link formatNumber} does
 */
export function printNumber(
  value: number,
  unit: Unit,
  style: HouseStyle,
  decimals?: number | null,
  rateBase?: string | null,
  currency?: string | null,
  magnitude?: Magnitude | null,
  suffix?: string | null,
): string {
  if (!Number.isFinite(value)) throw new RangeError(`Cannot print ${value} as a ${unit}`);
  if (unit === 'duration') return printDuration(value);
  const scaled = (magnitude || suffix) && (unit === 'money' || unit === 'count' || unit === 'number');
  // Money in thousands or millions keeps up to two places without trailing zeros ("£3.06m", "£3.1m",
  // not "£3.10m"), as a ratio does; other scaled figures follow the house style.
  const digitsUnit: Unit = scaled && magnitude ? (unit === 'money' ? 'ratio' : 'number') : unit;
  let signed = quickDigits(value, digitsUnit, style, decimals);
  if (signed === null) {
    const places = displayDecimals(value, digitsUnit, style, decimals);
    const rounded = roundTo(value, places);
    const digits = group(fixedDigits(Math.abs(rounded), places));
    signed = rounded < 0 ? `-${digits}` : digits;
  }
  // Nothing is nothing in any scale: "£0", not "£0k".
  const zero = /^-?0(?:\.0+)?$/.test(signed);
  if (scaled && !(zero && !suffix)) return withScale(signed, unit, currency, zero ? null : magnitude, suffix);
  switch (unit) {
    case 'percentage':
      return style.percent === '%' ? `${signed}%` : `${signed} per cent`;
    case 'days': {
      // "1.1 working days" where the name counts working days: calendar days are another figure.
      const day = suffix === 'working days' ? 'working day' : 'day';
      return `${signed} ${signed === '1' || signed === '-1' ? day : `${day}s`}`;
    }
    case 'rate': {
      const base = rateBase?.trim();
      if (base === undefined || base === '') return signed;
      return PER_WORD.test(base) ? `${signed} ${base}` : `${signed} per ${base}`;
    }
    case 'money': {
      const symbol = currency?.trim() || '£';
      // The sign goes before the symbol: "-£1,234".
      const sign = signed.charCodeAt(0) === 45 ? '-' : '';
      const digits = sign ? signed.slice(1) : signed;
      return CURRENCY_CODE.test(symbol) ? `${sign}${symbol} ${digits}` : `${sign}${symbol}${digits}`;
    }
    default:
      return signed;
  }
}

/**
 * A printed figure as people write it: a whole number without its zero decimals ("100.0 per cent"
 * → "100 per cent", "231.0" → "231", "£1,234.00" → "£1,234"). A figure with a real fraction keeps
 * every place its cell's format gives ("52.25", "3.50"). Only the first figure in `printed` is
 * changed: the rest is its unit.
 */
export function withoutZeroDecimals(printed: string): string {
  return printed.replace(ZERO_DECIMALS, '$1');
}

/** The first figure's whole part and its zero decimals: "100.0" in "100.0 per cent". */
const ZERO_DECIMALS = /^([^\d]*[\d,]+)\.0+(?!\d)/;

/**
 * A difference between two figures of a unit, as a committee report writes it: percentages in
 * "percentage points" ("2.1 percentage points", "1 percentage point"), other units as a figure of
 * their own ("3 days", "135", "£1,200", "£12k", "2.5 weeks" with the figures' scale and unit word). Always positive: the words around it say which way.
 * Decimals as {@link displayDecimals} gives them, at most `decimals` (the figures' own).
 */
export function printDifference(
  difference: number,
  unit: Unit,
  style: HouseStyle,
  decimals: number,
  rateBase?: string | null,
  currency?: string | null,
  magnitude?: Magnitude | null,
  suffix?: string | null,
): string {
  const size = Math.abs(difference);
  const places = displayDecimals(size, unit === 'money' ? 'money' : 'number', { ...style, decimals }, null);
  if (unit === 'percentage') {
    const digits = withoutZeroDecimals(group(fixedDigits(roundTo(size, places), places)));
    return `${digits} ${digits === '1' ? 'percentage point' : 'percentage points'}`;
  }
  return withoutZeroDecimals(printNumber(size, unit, style, places, rateBase, currency, magnitude, suffix));
}
