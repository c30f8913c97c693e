/**
 * Reading an amber tolerance as the sheet writes it. A tolerance is either relative (a share of
 * the target: "5%", a cell formatted as a percentage, a column headed "Tolerance (%)") or absolute
 * (an amount in the indicator's own units — percentage points for percentages: "2pp", "2 points",
 * "±2", a column headed "Tolerance (pp)"). A plain number with nothing to say which is ambiguous.
 */
import type { RawValue } from './types';
import { noDataReasonOf, normaliseCellText } from './noDataCodes';
import { isPercentFormat } from './numberFormat';

export type ToleranceUnit = 'relative' | 'absolute';

const ABSOLUTE_WORDS = /\bpp\b|\bp\.p\.|\bpoints?\b|\bpts?\b|±|\+\/-|\+-|\bunits?\b|\babsolute\b/i;
const RELATIVE_WORDS = /%|\bper ?cent\b|\bpercentage\b|\brelative\b|(?<!\bout )\bof (?:the )?target\b/i;

/**
 * The unit a header or note states: "pp", "points", "±", "units", "absolute" → absolute; "%",
 * "per cent", "of target", "relative" → relative; null when it states neither, or both ("±2%").
 * "Percentage points" is absolute.
 */
export function toleranceUnitIn(text: string): ToleranceUnit | null {
  const t = text.replace(/percentage points?/gi, 'points');
  const absolute = ABSOLUTE_WORDS.test(t);
  const relative = RELATIVE_WORDS.test(t);
  if (absolute === relative) return null;
  return absolute ? 'absolute' : 'relative';
}

/**
 * The unit a tolerance column's header states: as {@link toleranceUnitIn}, and "Tolerance (days)", an
 * amount in days (a note that mentions days says nothing of the tolerance's unit).
 */
export function toleranceUnitInHeader(header: string): ToleranceUnit | null {
  return toleranceUnitIn(header) ?? (/\bdays\b/i.test(header) ? 'absolute' : null);
}

/** A tolerance cell read: its number as written (5 for "5%", 2 for "2pp"; a %-formatted 0.05 stays 0.05) and the unit it states. */
export interface ToleranceCell {
  readonly value: number;
  /** True when the number is a fraction of 1 (a % format, or text "5%" read as 0.05). */
  readonly fraction: boolean;
  readonly unit: ToleranceUnit | null;
}

const TOLERANCE_TEXT = /^(?:within\s+)?(?:±|\+\/-|\+-|\+|-|−)?\s*(\d+(?:\.\d+)?|\.\d+)\s*(.*)$/i;

/**
 * Reads a tolerance cell: a number (a % format makes it relative, as a fraction), or text such as
 * "5%", "5% of target", "2pp", "2 points", "±2", "+/- 2", "+2 days", "2 percentage points". Null for a
 * blank, "-" or "n/a"; `undefined` for text that is not a tolerance ("see note", "TBC").
 */
export function readToleranceCell(raw: RawValue, format: string | null | undefined): ToleranceCell | null | undefined {
  if (raw === null || (typeof raw === 'string' && raw.trim() === '')) return null;
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw) || raw < 0) return undefined;
    return isPercentFormat(format)
      ? { value: raw, fraction: true, unit: 'relative' }
      : { value: raw, fraction: false, unit: null };
  }
  if (typeof raw !== 'string') return undefined;
  const text = normaliseCellText(raw);
  // "-", "n/a": no tolerance given, as a blank says (a context measure's row has them).
  const none = noDataReasonOf(text);
  if (none === 'not-available') return null;
  const m = TOLERANCE_TEXT.exec(text);
  if (m === null) return undefined;
  const value = Number(m[1]);
  const rest = m[2].trim();
  // "±2", "+/- 2"; and "+2 days" or "-2", the way past the target amber reaches: an amount either way.
  const signed = /^(?:within\s+)?(?:±|\+\/-|\+-|\+|-|−)/i.test(text);
  const unit = toleranceUnitIn(`${signed ? '± ' : ''}${rest}`);
  // "10 days", "£5k": an amount in the indicator's own units.
  if (rest !== '' && unit === null && !signed)
    return /^[a-z£$€ .]+$/i.test(rest) ? { value, fraction: false, unit: 'absolute' } : undefined;
  if (unit === 'relative' && /^%/.test(rest)) return { value: value / 100, fraction: true, unit };
  return { value, fraction: false, unit: signed && rest === '' ? 'absolute' : unit };
}

/**
 * Amber given as figures rather than a margin, in text: a band ("75% - 84.9%", "427 to 487") or one
 * edge ("<75%", ">25%", "below 75"). Numbers as written; `percent` when a "%" follows one of them.
 */
export interface AmberFigures {
  readonly kind: 'band' | 'edge';
  /** The band's two ends, low first; an edge's one figure. */
  readonly figures: readonly number[];
  readonly percent: boolean;
}

const NUM = String.raw`(\d+(?:\.\d+)?|\.\d+)\s*(%?)`;
const BAND_TEXT = new RegExp(String.raw`^(?:between\s+)?${NUM}\s*(?:-|to|and)\s*${NUM}\s*[a-z ]*$`, 'i');
const EDGE_TEXT = new RegExp(
  String.raw`^(?:[<>≤≥]=?|=<|=>|less than|fewer than|under|below|more than|over|above|greater than)\s*${NUM}\s*[a-z ]*$`,
  'i',
);

/** Reads a tolerance cell that gives amber's figures rather than a margin; null for anything else. */
export function readAmberFigures(raw: RawValue): AmberFigures | null {
  if (typeof raw !== 'string') return null;
  const text = normaliseCellText(raw).replace(/[–—]/g, '-');
  const band = BAND_TEXT.exec(text);
  if (band) {
    const [a, b] = [Number(band[1]), Number(band[3])];
    return { kind: 'band', figures: a <= b ? [a, b] : [b, a], percent: band[2] === '%' || band[4] === '%' };
  }
  const edge = EDGE_TEXT.exec(text);
  return edge ? { kind: 'edge', figures: [Number(edge[1])], percent: edge[2] === '%' } : null;
}

/**
 * Headers that give the edge of amber as a figure, not a margin: "Amber value", "Red threshold",
 * Kent's "Floor standard", a contract's "Threshold" beside its target.
 */
const BOUNDARY_HEADER =
  /\bamber\s+(?:value|boundary|from|target|limit|level|trigger)\b|\bred\s+(?:threshold|value|boundary|trigger|limit)\b|^floor\b|\bfloor\s+(?:standard|level|value)\b|^(?:service credit )?threshold(?: level)?$|^minimum (?:standard|level)$/i;

/** True when a tolerance column's header gives the amber boundary itself (85 against a target of 90), not a margin. */
export function isBoundaryHeader(header: string): boolean {
  return BOUNDARY_HEADER.test(header);
}
