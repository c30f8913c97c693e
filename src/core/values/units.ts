/**
 * Working out what kind of quantity an indicator measures — percentage, rate, days, money,
 * ratio, count or plain number — from its unit cell, its number formats and its name.
 */
import type { Magnitude, RawValue, Unit } from './types';
import { unitReasons } from './messages';
import { normaliseCellText } from './noDataCodes';
import { formatSections } from './formatTokens';
import { currencyOf, isPercentFormat } from './numberFormat';

/** What is known about an indicator when its unit is inferred. */
export interface UnitInput {
  /** The indicator's name, e.g. "% of assessments completed within 45 working days". */
  readonly name: string;
  /** The text of its unit cell ("%", "Number", "Rate per 10,000"), when the table has one. */
  readonly unitText?: string | null;
  /** True when the value cell has a % number format (or holds text such as "92.7%"). */
  readonly percentFormat: boolean;
  /** Currency symbol of the value cell's format or text ("£"), if any. */
  readonly currency: string | null;
  /** Number format codes of the indicator's other cells (earlier periods, target). */
  readonly formatHints?: readonly string[];
  /** True when `percentFormat` comes only from a target's cell, not from the figures' own: a name's currency then says more. */
  readonly percentOnlyInTarget?: boolean;
}

/** The unit chosen, the rate base for rates ("per 10,000 children"), and why. */
export interface UnitInference {
  readonly unit: Unit;
  readonly rateBase: string | null;
  readonly reason: string;
}

const RATE_BASE =
  /\bper (\d{1,3}(?:,\d{3})+|\d+k?)\b(?: (children and young people|young people|children|people|population|residents|households|adults|pupils|births|dwellings|females|males|women|men|girls|boys))?/i;

/** Name patterns in order of precedence: "% of … within 45 days" is a percentage, not days. */
const NAME_RULES: readonly (readonly [Exclude<Unit, 'rate'>, RegExp, string?] | 'rate')[] = [
  // A gap or a change between two percentages ("attainment gap (percentage points)") is a difference, not a share.
  ['number', /\bpercentage points\b|\((?:pp|ppts)\)/i],
  ['percentage', /%|\bpercentage\b|\bper ?cent\b|\bproportion\b/i],
  'rate',
  [
    'days',
    /\((?:working |calendar )?days\)|\bin (?:working |calendar )?days\b|\b(?:number|no\.?) of (?:working |calendar )?days\b|^days\b/i,
  ],
  // Days lost to sickness, each employee's: "Working days lost to sickness per FTE", "Days sickness per employee".
  [
    'days',
    /\b(?:working |calendar )?days? lost\b|\bdays? (?:of )?(?:sickness|absence)\b|\bdays? per (?:fte|employee|head|person|member of staff)\b/i,
    'days lost',
  ],
  // Not a count made each day ("Average number of people per day in hospital"): that is people.
  ['days', /\b(?:average|mean|median)\b(?=[^%]*(?<!\b(?:per|a|each) )\bdays?\b)/i, 'average … days'],
  ['ratio', /\bratio\b/i],
  ['count', /\b(?:number|no\.?|nos\.?) of\b/i],
  ['money', /[£€$]|\b(?:cost|costs|spend|spending|expenditure|budget|overspend|income)\b/i],
  ['count', /\b(?:count|total|how many)\b/i],
  // A name that opens on things counted ("Reports about non-collection of waste", "Complaints received"),
  // unless it speaks of timeliness, which is usually a share ("Complaints resolved within 10 days").
  [
    'count',
    /^(?!.*\b(?:within|on time|in time)\b)(?:reports|complaints|calls|contacts|visits|enquiries|requests|referrals|applications|incidents|cases|claims|households|people|properties|homes)\b/i,
    'things counted',
  ],
];

/** Unit cell words (lower case, trailing full stop removed) and the unit they name. */
const UNIT_WORDS: ReadonlyMap<string, Unit> = new Map<string, Unit>([
  ...['%', 'percentage', 'percent', 'per cent', 'pct', '%age', 'proportion'].map((w): [string, Unit] => [
    w,
    'percentage',
  ]),
  ...['number', 'no', 'nos', 'count', 'total', '#'].map((w): [string, Unit] => [w, 'count']),
  ...['days', 'day', 'working days', 'calendar days', 'average days'].map((w): [string, Unit] => [w, 'days']),
  ...['rate'].map((w): [string, Unit] => [w, 'rate']),
  ...['£', '€', '$', 'cost', 'spend', 'money', 'currency', 'gbp'].map((w): [string, Unit] => [w, 'money']),
  ...['ratio'].map((w): [string, Unit] => [w, 'ratio']),
]);

/** Amounts in thousands or millions ("£000", "£m"): money when a currency is named; the scale is read by {@link readMagnitude}. */
const THOUSANDS = /^[£€$] ?(?:k|m|bn|000s?|'000s?|thousands?|millions?)$|^(?:£|€|\$)?(?:000s|'000s)$/i;

/** "per 10,000 children" from a name or unit cell; null when it names no rate base of 100 or more. */
export function rateBaseOf(text: string): string | null {
  const match = RATE_BASE.exec(text);
  if (match === null) return null;
  const written = match[1].toLowerCase();
  const base = written.endsWith('k') ? Number(written.slice(0, -1)) * 1000 : Number(written.replace(/,/g, ''));
  if (!(base >= 100)) return null;
  const grouped = String(base).replace(/\B(?=(\d{3})+$)/g, ',');
  return match[2] === undefined ? `per ${grouped}` : `per ${grouped} ${match[2].toLowerCase()}`;
}

/** Units whose figures add up over a year (counts and amounts), so a year's may be the total of its quarters'. */
const ADDS_UP: ReadonlySet<Unit> = new Set<Unit>(['count', 'money', 'number']);

/** True for a unit whose figures add up over a year: a count or an amount, not a share, rate or length of time. */
export function addsUpOverYear(unit: Unit): boolean {
  return ADDS_UP.has(unit);
}

/**
 * True for a unit whose figures for each period may add up to the year's: a count or an amount, or
 * a rate per head (fly-tipping incidents per 1,000 households in a quarter add up over the year as
 * the count does). Whether a given measure's do is for its figures to show.
 */
export function sumsOverYear(unit: Unit): boolean {
  return ADDS_UP.has(unit) || unit === 'rate';
}

const AVERAGE = /\b(?:average|avg|mean|median)\b/i;

/** Days lost to sickness, which add up over the year however the name puts it ("Average days lost per employee"). */
const DAYS_LOST = /\bdays lost\b|\bsickness absence\b|\bdays (?:of )?sickness\b/i;

/** A name that says its figure is an average, which does not add up over the year: days lost to sickness do, however "average". */
export function averageOnly(name: string): boolean {
  return AVERAGE.test(name) && !DAYS_LOST.test(name);
}

/**
 * True for a measure whose periods' figures may add up to the year's, by its unit and name: a count
 * or an amount, a rate per head of population, or days that are not an average ("Days lost to
 * sickness per FTE", not "Average void time in days"), days lost to sickness however the name puts
 * them ("Average days lost per employee"). A share or an average never is.
 */
export function mayAddUpOverYear(unit: Unit, name: string): boolean {
  return sumsOverYear(unit) || (unit === 'days' && !averageOnly(name));
}

/** "Days per FTE", "kg per household", "£ per head": a unit, then what each figure is for (a number after "per" makes a rate). */
const UNIT_PER = /^(.+?)\s+per\s+([^\d\s].*)$/i;

/**
 * A unit cell that gives a unit and what each figure is for ("Days per FTE", "kg per household",
 * "£ per head"): the unit as a unit cell alone would give it ("Days") and the words the narrative
 * adds after each figure ("per FTE"). Null for any other text, and for a rate ("per 1,000").
 */
export function splitUnitPer(text: string): { readonly unit: string; readonly per: string } | null {
  const m = UNIT_PER.exec(normaliseCellText(text).trim());
  if (m === null) return null;
  const unit = m[1].trim();
  const word = unit.toLowerCase().replace(/\.$/, '');
  const known = UNIT_WORDS.has(word) || SUFFIX_WORDS.has(word) || THOUSANDS.test(word) || /^[£€$]$/.test(word);
  return known && UNIT_WORDS.get(word) !== 'percentage' ? { unit, per: `per ${m[2].trim()}` } : null;
}

function fromUnitCell(unitText: string, name: string): UnitInference | null {
  const own = splitUnitPer(unitText);
  if (own !== null) return fromUnitCell(own.unit, name);
  const shown = normaliseCellText(unitText);
  const word = shown
    .toLowerCase()
    .replace(/^\((.*)\)$/, '$1')
    .replace(/\.$/, '');
  if (THOUSANDS.test(word))
    return {
      unit: /[£€$]/.test(word) ? 'money' : 'number',
      rateBase: null,
      reason: unitReasons.unitCellThousands(shown),
    };
  const cellBase = rateBaseOf(shown);
  const unit = cellBase !== null ? 'rate' : UNIT_WORDS.get(word);
  if (unit === undefined) return null;
  const rateBase = unit === 'rate' ? (cellBase ?? rateBaseOf(name)) : null;
  return { unit, rateBase, reason: unitReasons.unitCell(shown) };
}

/** True when a unit cell's text names a unit the engine reads ("%", "Number", "Days", "£k", "Rate per 10,000"). */
export function isUnitCellText(text: string): boolean {
  return fromUnitCell(text, '') !== null;
}

function fromName(name: string): UnitInference | null {
  for (const rule of NAME_RULES) {
    if (rule === 'rate') {
      const rateBase = rateBaseOf(name);
      if (rateBase !== null) return { unit: 'rate', rateBase, reason: unitReasons.nameSays(rateBase) };
      continue;
    }
    const match = rule[1].exec(name);
    if (match !== null)
      return { unit: rule[0], rateBase: null, reason: unitReasons.nameSays(rule[2] ?? match[0].trim()) };
  }
  return null;
}

/**
 * Infers an indicator's unit. In order: a recognised unit cell ("%", "Number", "Days", "Rate",
 * "£", "Ratio") wins; then a currency in the name ("variance £k"), unless the figures themselves
 * are formatted as per cent; then the value cell's format (a % format → percentage, a currency →
 * money); then the formats of the indicator's other cells; then the name ("% of …",
 * "rate per 10,000", "average number of days", "ratio", "number of …", "cost"); else 'number'.
 */
export function inferUnit(input: UnitInput): UnitInference {
  const name = normaliseCellText(input.name);
  if (input.unitText !== null && input.unitText !== undefined && input.unitText.trim() !== '') {
    const explicit = fromUnitCell(input.unitText, name);
    if (explicit !== null) return explicit;
  }
  // A currency in the name ("Forecast variance £k", "(£000)") says what the figures are more surely
  // than the format of another of the row's cells (a target column formatted as per cent throughout).
  if (/[£€$]/.test(name) && (!input.percentFormat || input.percentOnlyInTarget)) {
    const named = fromName(name);
    if (named?.unit === 'money') return named;
  }
  if (input.percentFormat) return { unit: 'percentage', rateBase: null, reason: unitReasons.percentFormat() };
  if (input.currency !== null)
    return { unit: 'money', rateBase: null, reason: unitReasons.currencyFormat(input.currency) };
  const hints = input.formatHints ?? [];
  if (hints.some((f) => isPercentFormat(f)))
    return { unit: 'percentage', rateBase: null, reason: unitReasons.percentHint() };
  const hintCurrency = hints.map((f) => currencyOf(f)).find((c) => c !== null);
  if (hintCurrency !== undefined && hintCurrency !== null) {
    return { unit: 'money', rateBase: null, reason: unitReasons.currencyHint(hintCurrency) };
  }
  return fromName(name) ?? { unit: 'number', rateBase: null, reason: unitReasons.nothing() };
}

// ---------------------------------------------------------------------------------------------
// Scale (thousands, millions) and units beyond the kind of quantity (weeks, tonnes, kg, hours)
// ---------------------------------------------------------------------------------------------

/** Figures kept in thousands, millions or billions: £903k is stored as 903, shown with its letter. */
export type { Magnitude };

/** What a format's scaling commas and its letter say: divide the stored number by `divisor` to get what is shown. */
export interface FormatScale {
  readonly divisor: number;
  readonly magnitude: Magnitude | null;
  /** A unit word the format writes ("weeks" in `0.0" weeks"`), normalised. */
  readonly suffix: string | null;
}

const MAGNITUDE_WORDS: ReadonlyMap<string, Magnitude> = new Map<string, Magnitude>([
  ...['k', '000', '000s', "'000", "'000s", '000’s', "000's", 'thousand', 'thousands'].map((w): [string, Magnitude] => [
    w,
    'thousands',
  ]),
  ...['m', 'mn', 'million', 'millions'].map((w): [string, Magnitude] => [w, 'millions']),
  ...['bn', 'b', 'billion', 'billions'].map((w): [string, Magnitude] => [w, 'billions']),
]);

/** Unit words and how they are printed. */
const SUFFIX_WORDS: ReadonlyMap<string, string> = new Map<string, string>([
  ...['weeks', 'week', 'wks', 'wk'].map((w): [string, string] => [w, 'weeks']),
  ...['hours', 'hour', 'hrs', 'hr'].map((w): [string, string] => [w, 'hours']),
  ...['minutes', 'minute', 'mins'].map((w): [string, string] => [w, 'minutes']),
  ...['seconds', 'secs'].map((w): [string, string] => [w, 'seconds']),
  ...['months', 'month'].map((w): [string, string] => [w, 'months']),
  ...['years', 'year', 'yrs'].map((w): [string, string] => [w, 'years']),
  ...['tonnes', 'tonne', 'tons'].map((w): [string, string] => [w, 'tonnes']),
  ...['kg', 'kgs', 'kilograms', 'kilos'].map((w): [string, string] => [w, 'kg']),
  ...['miles'].map((w): [string, string] => [w, 'miles']),
  ...['percentage points', 'ppts', 'pp'].map((w): [string, string] => [w, 'percentage points']),
]);

const SCALES = new Map<string, FormatScale>();
const NO_SCALE: FormatScale = Object.freeze({ divisor: 1, magnitude: null, suffix: null });

/**
 * What a number format says about scale: scaling commas after the last digit (`#,##0,"k"` shows
 * 903,000 as 903k; `0.0,,"m"` shows 3,060,000 as 3.1m), a letter or word in quotes (`£#,##0"k"`,
 * `£0.00"m"`: the number is stored in thousands or millions), and a unit word in quotes
 * (`0.0" weeks"`).
 */
export function formatScale(format: string | null | undefined): FormatScale {
  if (format === null || format === undefined || format === '' || format === 'General') return NO_SCALE;
  let known = SCALES.get(format);
  if (known !== undefined) return known;
  const section = formatSections(format)[0] ?? [];
  let lastDigit = -1;
  section.forEach((t, i) => {
    if (t.kind === 'code' && (t.text === '0' || t.text === '#' || t.text === '?')) lastDigit = i;
  });
  let commas = 0;
  for (
    let i = lastDigit + 1;
    lastDigit >= 0 && i < section.length && section[i].kind === 'code' && section[i].text === ',';
    i++
  )
    commas++;
  const words = section
    .filter((t) => t.kind === 'quoted' || t.kind === 'escaped')
    .map((t) => t.text)
    .join('')
    .trim()
    .toLowerCase();
  const byWord = MAGNITUDE_WORDS.get(words) ?? null;
  const byCommas: Magnitude | null =
    commas === 1 ? 'thousands' : commas === 2 ? 'millions' : commas === 3 ? 'billions' : null;
  known = {
    divisor: 1000 ** Math.min(commas, 3),
    magnitude: byWord ?? byCommas,
    suffix: SUFFIX_WORDS.get(words) ?? null,
  };
  if (SCALES.size > 1000) SCALES.clear();
  SCALES.set(format, known);
  return known;
}

const MONEY_SCALE =
  /(?:^|[\s([])(?:in\s+)?([£€$])\s?('?000'?s?|000’s|k|m|mn|bn|thousands?|millions?|billions?)(?=$|[\s)\],.;:])/i;
const PLAIN_SCALE = /\((?:in\s+)?('?000'?s?|000’s|thousands|millions)\)/i;

/**
 * The scale a name, header, unit cell or title states: "(£000s)", "£'000", "(£k)", "£m",
 * "£ million", "(000s)". With the currency it names, if any.
 */
export function readMagnitude(
  text: string,
): { readonly magnitude: Magnitude; readonly currency: string | null } | null {
  const money = MONEY_SCALE.exec(text);
  if (money !== null) {
    const word = money[2].toLowerCase().replace(/’/g, "'");
    const magnitude =
      MAGNITUDE_WORDS.get(word) ??
      MAGNITUDE_WORDS.get(word.replace(/^'/, '')) ??
      (word.startsWith('thousand') ? 'thousands' : null);
    if (magnitude !== null) return { magnitude, currency: money[1] };
  }
  const plain = PLAIN_SCALE.exec(text);
  if (plain !== null) {
    const word = plain[1].toLowerCase().replace(/’/g, "'").replace(/^'/, '');
    const magnitude = MAGNITUDE_WORDS.get(word) ?? null;
    if (magnitude !== null) return { magnitude, currency: null };
  }
  return null;
}

/** Unit words a name may close on in brackets: plurals and abbreviations only, as "(year)" or "(month)" names a period. */
const BRACKET_WORDS = [...SUFFIX_WORDS.keys()].filter(
  (w) => !['week', 'hour', 'minute', 'month', 'year', 'tonne', 'wk', 'hr'].includes(w),
);

const NAME_SUFFIX = new RegExp(
  `\\((?:in\\s+)?(${BRACKET_WORDS.join('|')})\\)|\\bin\\s+(weeks|hours|minutes|tonnes|kg|months|years)\\b|\\b(kg|kgs|kilograms|tonnes|tonnage)\\b|^(weeks|hours|minutes|months)\\b`,
  'i',
);

/**
 * A unit word the indicator's figures are in, from its unit cell ("Weeks", "Tonnes", "kg") or
 * its name ("(weeks)", "in hours", "kg of residual waste per household", "Tonnes of waste
 * landfilled"). Null when neither says.
 */
export function readSuffix(name: string, unitText?: string | null): string | null {
  if (unitText !== null && unitText !== undefined) {
    const word = normaliseCellText(splitUnitPer(unitText)?.unit ?? unitText)
      .toLowerCase()
      .replace(/^\((.*)\)$/, '$1')
      .replace(/\.$/, '');
    const own = SUFFIX_WORDS.get(word);
    if (own !== undefined) return own;
  }
  const m = NAME_SUFFIX.exec(normaliseCellText(name));
  if (m === null) return null;
  const word = (m[1] ?? m[2] ?? m[3] ?? m[4]).toLowerCase();
  return word === 'tonnage' ? 'tonnes' : (SUFFIX_WORDS.get(word) ?? null);
}

/** Words a unit column may hold that say what kind of figure it is rather than a unit to print after it. */
const NOT_PRINTED = new Set([
  'score',
  'scores',
  'rating',
  'ratings',
  'index',
  'level',
  'levels',
  'grade',
  'band',
  'value',
  'values',
  'figure',
  'figures',
  'result',
  'results',
  'scale',
  'measure',
  'data',
  'text',
  'actual',
  'target',
  'average',
  'mean',
  'median',
  'snapshot',
  'rolling',
  'quarterly',
  'monthly',
  'annual',
  'annually',
  'yearly',
  'weekly',
  'n/a',
  'na',
  'none',
  'nil',
  'qualitative',
  'quantitative',
  'yes/no',
  'y/n',
  'binary',
  'status',
  'narrative',
  'trend',
  'other',
]);

/**
 * A unit cell of one word or symbol the engine has no meaning for, as it is printed after each
 * figure: "Visits" → "visits", "FTE" and "µg/m³" as written, "Score out of 10" → "out of 10". Null
 * for a known unit, for more than one word, and for a word that says what kind of figure it is
 * ("Score", "Rating", "Quarterly").
 */
export function printedUnitWord(text: string): string | null {
  const word = normaliseCellText(text).trim();
  // "Score out of 10": "7.4 out of 10".
  const outOf = /^(?:(?:score|rating|mark|marks)\s+)?(out of \d+)$/i.exec(word);
  if (outOf !== null) return outOf[1].toLowerCase();
  if (word === '' || word.length > 15 || /\s/.test(word) || !/\p{L}/u.test(word)) return null;
  if (isUnitCellText(word) || NOT_PRINTED.has(word.toLowerCase())) return null;
  // "Visits" as a word in a sentence; "FTE", "m²" and "µg/m³" as written.
  return /^\p{Lu}\p{Ll}+$/u.test(word) ? word.toLowerCase() : word;
}

/**
 * A target written as a number and its unit ("2 days", "30 seconds", "5 working days", "10
 * tonnes"): the number as text (for the usual number reading) and the unit word, which a unit
 * column would otherwise give. Null for anything else.
 */
export function splitTargetUnit(raw: RawValue): { readonly number: string; readonly unit: string } | null {
  if (typeof raw !== 'string') return null;
  const m = /^([£€$]?\d[\d,]*(?:\.\d+)?)\s*([a-z][a-z ]{0,20}?)\.?$/i.exec(normaliseCellText(raw));
  if (m === null) return null;
  return isTargetUnitWord(m[2]) ? { number: m[1], unit: m[2].toLowerCase() } : null;
}

/** The unit a unit word names, whatever its form ("day", "working days" → "days"; "secs" → "seconds"); null for a word that names none. */
export function unitWordKey(word: string): string | null {
  const w = normaliseCellText(word).toLowerCase().replace(/\.$/, '');
  if (UNIT_WORDS.get(w) === 'days') return 'days';
  return SUFFIX_WORDS.get(w) ?? null;
}

/** A word that names a unit a target can be in: one a unit cell may hold ("days", "working days") or a suffix word ("seconds"). */
export function isTargetUnitWord(word: string): boolean {
  const w = word.trim().toLowerCase();
  return UNIT_WORDS.get(w) === 'days' || SUFFIX_WORDS.has(w);
}
