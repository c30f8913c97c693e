/**
 * How a percentage row stores its plain numbers (those without a % number format): as 0–100
 * points (92.7) or as fractions (0.927). Decided from what the sheet states before what the
 * numbers look like, and the same whatever order the numbers come in.
 */

/** What a cell of the row says about its storage. */
export interface StorageCell {
  readonly value: number;
  /** A % number format: Excel shows the stored fraction as a percentage. */
  readonly percentFormat: boolean;
  /** A format that writes a literal per cent sign (`0.0"%"`, `0\%`): the number is shown as stored, so it is in points. */
  readonly literalPercent: boolean;
}

/** Where the decision came from, from the surest to the least sure. */
export type StorageBasis = 'format' | 'mixed' | 'label' | 'magnitude' | 'table' | 'default';

export interface StorageDecision {
  /** True when the row's plain numbers are fractions (multiply by 100 to get points). */
  readonly fractions: boolean;
  /** True when nothing the sheet states settled it: worth a warning. */
  readonly guessed: boolean;
  readonly basis: StorageBasis;
}

export interface StorageContext {
  /** The name, the unit cell or the column header writes the unit as "(%)" or "per cent". */
  readonly labelSaysPercent: boolean;
  /** How the table's other percentage rows store plain numbers, when they settle it; asked only when needed. */
  readonly table?: () => 'points' | null;
}

/**
 * Decides a percentage row's storage, in this order:
 * 1. the number formats: a literal "%" in the format means points; a row whose other cells carry a
 *    % format and whose plain numbers all lie within 0–1 stores fractions like them — unless read
 *    so they would be ten times or more the formatted ones, when they are points as the officer
 *    typed them (a target of 0.45 % beside exclusion rates of 0.56 and 0.36): a guess;
 * 2. the label: a name, unit cell or header giving the unit as "(%)" means the plain numbers are
 *    written in points (the sheet shows 0.96 under "%" as 0.96 per cent); a guess to say when every
 *    one lies within 0–1, as fractions typed without their format would;
 * 3. the magnitude: a plain number above 1 is points (a share above 100 per cent is not stored
 *    without a % format);
 * 4. the table's other percentage rows, when they store points (a guess);
 * 5. else fractions (a guess), unless every plain number is 0 or 1.
 */
export function decideStorage(cells: readonly StorageCell[], context: StorageContext): StorageDecision {
  let plain = 0;
  let formatted = false;
  let literal = false;
  let aboveOne = false;
  let allZeroOrOne = true;
  for (const c of cells) {
    if (c.percentFormat) {
      formatted = true;
      continue;
    }
    plain++;
    if (c.literalPercent) literal = true;
    if (Math.abs(c.value) > 1) aboveOne = true;
    if (c.value !== 0 && c.value !== 1) allZeroOrOne = false;
  }
  if (plain === 0) return BY_FORMAT_FRACTIONS;
  if (literal) return BY_FORMAT_POINTS;
  if (formatted) return aboveOne ? BY_FORMAT_POINTS : plainNearFormatted(cells) ? BY_MIXED : BY_FORMAT_FRACTIONS;
  if (context.labelSaysPercent) return aboveOne || allZeroOrOne ? BY_LABEL : BY_LABEL_SMALL;
  if (aboveOne) return BY_MAGNITUDE_POINTS;
  if (allZeroOrOne) return BY_MAGNITUDE_FRACTIONS;
  if (context.table?.() === 'points') return BY_TABLE;
  return BY_DEFAULT;
}

// The few decisions there are, made once: a decision is taken for every percentage row.
const BY_FORMAT_FRACTIONS: StorageDecision = Object.freeze({ fractions: true, guessed: false, basis: 'format' });
const BY_FORMAT_POINTS: StorageDecision = Object.freeze({ fractions: false, guessed: false, basis: 'format' });
const BY_MIXED: StorageDecision = Object.freeze({ fractions: false, guessed: true, basis: 'mixed' });
const BY_LABEL: StorageDecision = Object.freeze({ fractions: false, guessed: false, basis: 'label' });
const BY_LABEL_SMALL: StorageDecision = Object.freeze({ fractions: false, guessed: true, basis: 'label' });

/**
 * Whether a row's plain numbers (all within 0–1), read as written, sit nearer its %-formatted
 * cells than read as fractions would: when the formatted cells, in points, are less than ten times
 * the plain numbers (by the mean of their logarithms; noughts left out). "0.45%" beside 0.56 and
 * 0.36 is; "95.0%" beside 0.93 and 0.96 is not.
 */
function plainNearFormatted(cells: readonly StorageCell[]): boolean {
  let formatted = 0;
  let nFormatted = 0;
  let plain = 0;
  let nPlain = 0;
  for (const c of cells) {
    if (c.value === 0) continue;
    const log = Math.log10(Math.abs(c.value));
    if (c.percentFormat) {
      formatted += log + 2;
      nFormatted++;
    } else {
      plain += log;
      nPlain++;
    }
  }
  return nFormatted > 0 && nPlain > 0 && formatted / nFormatted < plain / nPlain + 1;
}
const BY_MAGNITUDE_POINTS: StorageDecision = Object.freeze({ fractions: false, guessed: false, basis: 'magnitude' });
const BY_MAGNITUDE_FRACTIONS: StorageDecision = Object.freeze({ fractions: true, guessed: false, basis: 'magnitude' });
const BY_TABLE: StorageDecision = Object.freeze({ fractions: false, guessed: true, basis: 'table' });
const BY_DEFAULT: StorageDecision = Object.freeze({ fractions: true, guessed: true, basis: 'default' });

/** A unit written as "(%)", "%" alone, "per cent" or "percentage points": the figures are written in points. */
const PERCENT_LABEL = /\((?:in )?(?:%|per ?cent|percent(?:age)?)\)|^(?:%|per ?cent|percent)$/i;

/** True when a name, unit cell or header gives the unit as per cent in words or brackets. */
export function labelSaysPercent(text: string | null | undefined): boolean {
  return text !== null && text !== undefined && PERCENT_LABEL.test(text.trim());
}
