/**
 * A key beside a scorecard that says what its colours mean: "Green = on or above target; Amber =
 * within 5% of target; Red = more than 5% below target". Where it puts a figure on amber's edge,
 * that is the table's tolerance. Where it puts green short of the target, it rates by a scheme of
 * its own: followed where the key says all of it, green within one margin and past it either amber
 * within a wider one ("Green = within 5% of target; Amber = between 5% and 10% below target") or
 * amber and red by the figure's direction against an earlier one it names ("Green = on or within
 * 10% of the Quarter 3 target. Amber = more than 10% off … and performance has improved or been
 * maintained compared with Quarter 3 2023/24", as Havering's corporate reports have it); otherwise
 * not followed, and the report says so rather than colour the sheet otherwise in silence. A key
 * without a figure ("Amber = within agreed tolerance") says nothing the rating uses.
 */
import type { Tolerance } from '../config/types';
import { periodInText } from '../periods/parsePeriod';
import type { Period } from '../periods/types';
import { parseSheetRag } from '../values/sheetRag';

/** What a key states about the colours. */
export interface KeyStatement {
  /** The edge of amber it states, as a tolerance (a share of the target for "%", an amount for points). */
  readonly tolerance: Tolerance | null;
  /**
   * True when it rates by a scheme the rating does not follow: green short of the target without
   * the rest of a {@link KeyScheme}, or two edges of amber that disagree.
   */
  readonly ownScheme: boolean;
  /** Where it puts green short of the target and says what lies past it: the scheme, followed. */
  readonly scheme?: KeyScheme;
  /**
   * The edge it gives measures other than percentages, where it gives percentages theirs in points
   * ("up to 5 percentage points below target (percentage measures) or within 5% of target (other
   * measures)"): `tolerance` is then the points.
   */
  readonly others?: Tolerance;
  /**
   * True where the key has a yellow band between green and amber ("Yellow = within 5% of target;
   * Amber = between 5% and 10%"): yellow, off the target, is amber here, as the sheet's own "Yellow"
   * is, and `tolerance` is the edge of the two together.
   */
  readonly yellowAsAmber?: boolean;
  /**
   * What the key says the sheet's "Blue" means, where it says: a target exceeded, green here
   * ("Blue = exceeding target", a four-colour scheme's), or not rated ("Blue = data only", as
   * Kingston's index has it). Blue means either, so it is read only as a key says.
   */
  readonly blue?: 'green' | 'none';
  /**
   * Amber's words where they say it is near the target without saying how near ("Amber = slightly
   * off-target", "close to target", "within tolerance"), and no line states a margin: the report's
   * own tolerance then decides amber, which is said.
   */
  readonly amberUnstated?: string;
}

/** Words that put amber near the target without a figure: "slightly off-target", "close to target", "narrowly missed". */
const AMBER_NEAR =
  /\b(?:slightly|marginally|narrowly|just)\s+(?:off|below|above|under|over|short|missed|missing|outside|behind)\b|\b(?:close|near)\s+to\s+(?:the\s+)?target\b|\bnear(?:ly)?\s+(?:on\s+|at\s+)?target\b|\bwithin\s+(?:the\s+)?tolerance\b/i;

/**
 * A key's scheme of its own, which the rating follows: green on the target or within `green` of it;
 * past that, amber within the statement's tolerance and red beyond it (`by: 'tolerance'`), or amber
 * where the figure improved on or matched the one it is compared with and red where it did not
 * (`by: 'direction'`): the same period a year earlier, the period before, or a period the key names.
 */
export interface KeyScheme {
  readonly green: Tolerance;
  readonly beyond:
    { readonly by: 'tolerance' } | { readonly by: 'direction'; readonly against: 'last-year' | 'previous' | Period };
}

/** A line that gives percentages one edge and other measures another: "(percentage measures) or … (other measures)". */
const SPLIT_BY_KIND = /\bpercentage (?:measures|indicators)\b|\bfor percentages\b|\bother (?:measures|indicators)\b/i;

/**
 * The two margins of a line that gives percentages theirs in points and other measures theirs as a
 * share of the target, or null.
 */
function splitMargins(says: string): { points: Tolerance; others: Tolerance } | null {
  if (!SPLIT_BY_KIND.test(says)) return null;
  const all = marginsOf(says);
  const points = all.filter((t) => t.type === 'absolute');
  const shares = all.filter((t) => t.type === 'relative');
  if (points.length !== 1 || shares.length !== 1) return null;
  return { points: points[0]!, others: shares[0]! };
}

/**
 * A colour opening a line of a key, and what follows it: "Amber = …", "Amber within …", "A: …",
 * "Red - …". Without a sign, the colour must be followed by the words of a margin ("Amber within 5%"),
 * so that a note ("Amber rating as we were 3% below target") is not a key; a letter alone ("A")
 * needs its "=" or ":".
 */
const COLOUR =
  /(?:^|[\s,;|(])(?:(green|amber|red|yellow|blue)\b\s*(?:=|:|–|—|-|means|is|(?=within|up to|less than|under|below|more than|over|greater than|on or|between))|([gar])\s*(?:=|:|–|—|-))\s*/gi;

/** A margin: "5%", "5 per cent", "5 percentage points", "5pp", "2 points". */
const MARGIN = /(\d+(?:\.\d+)?)\s*(%|per\s?cent|percentage points?|pp|points?)(?![a-z])/i;

/** Every margin in a line ("between 5% and 10%" has two). */
const MARGINS = new RegExp(MARGIN.source, 'gi');

/** Words that put a margin beyond amber ("more than 5% below"), so the margin is amber's far edge. */
const BEYOND = /\b(?:more than|over|greater than|exceeds?|beyond|outside|above)\b|\bor more\b/i;

/**
 * The same in an amber line, where "above" and "over" say which side of the target amber lies on
 * for a measure where lower is better ("up to 5% above target", "above target by no more than 10%"),
 * and "over the year" may be in a note that follows: beyond only with a figure after them ("over 10%
 * off target"), and "more than" only where no "no" or "not" comes before it.
 */
const AMBER_BEYOND =
  /\b(?<!\b(?:no|not)\s)(?:more|greater) than\b|\b(?:over|above|exceeds?|exceeding)\s+(?=\d)|\b(?:beyond|outside)\b|\bor more\b/i;

type KeyColour = 'green' | 'amber' | 'red' | 'yellow' | 'blue';
/** A key's colour by the first letter of its name or letter ("G =", "Amber:"). */
const KEY_COLOURS: Record<string, KeyColour> = { g: 'green', a: 'amber', r: 'red', y: 'yellow', b: 'blue' };

/** The lines of a key in one cell's text: each colour with what it says. */
function colourLines(text: string): { colour: KeyColour; says: string }[] {
  const starts = [...text.matchAll(COLOUR)];
  // A line that names no colour but is one of the sheet's ratings, explained ("Target slightly
  // missed (within 10%)", as Maidstone's key has it beside the amber mark), says what that colour means.
  if (starts.length === 0) {
    const rag = parseSheetRag(text)?.rag;
    return rag === 'green' || rag === 'amber' || rag === 'red' ? [{ colour: rag, says: text }] : [];
  }
  return starts.map((m, i) => {
    const from = m.index! + m[0].length;
    const to = i + 1 < starts.length ? starts[i + 1].index! : text.length;
    const colour = KEY_COLOURS[(m[1] ?? m[2])[0].toLowerCase()];
    return { colour, says: text.slice(from, to) };
  });
}

/**
 * A share of the target said as a share ("at least 95% of target", "90% or more of the target",
 * "less than 90% of the target"), which leaves a margin of the rest of it.
 */
const SHARE_OF_TARGET =
  /\b(at least|no less than|not less than|less than|under|below)?\s*(\d+(?:\.\d+)?)\s*(?:%|per\s?cent)\s*(or more|or above|or over)?\s+of\s+(?:the\s+)?target\b/gi;

/** A line with each share of the target said as the margin it leaves: "at least 95% of target" → "within 5% of target". */
function asMargins(says: string): string {
  return says.replace(SHARE_OF_TARGET, (whole: string, before?: string, n?: string, after?: string) => {
    const share = Number(n);
    if (!before && !after) return whole;
    // "Green = 100% of target or more": the target itself, no margin.
    if (share === 100 && !/less|under|below/i.test(before ?? '')) return 'on or above target';
    if (!(share > 50 && share < 100)) return whole;
    const left = Math.round((100 - share) * 1000) / 1000;
    return /less|under|below/i.test(before ?? '') ? `more than ${left}% below target` : `within ${left}% of target`;
  });
}

/** The margin a line states against the target, as a tolerance, or null. */
function marginOf(says: string): Tolerance | null {
  // Against what the sheet aims at: its target, or its trajectory or profile; or a margin it names
  // ("within the 3% threshold", as Chorley's key has it).
  if (!/\b(?:targets?|trajectory|profiled?|plan|threshold|tolerance)\b/i.test(says)) return null;
  const m = MARGIN.exec(says);
  if (!m) return null;
  const n = Number(m[1]);
  return /^(?:%|per\s?cent)$/i.test(m[2]) ? { type: 'relative', value: n / 100 } : { type: 'absolute', value: n };
}

/** A colour that turns on the figure's direction: "has improved or been maintained", "has not improved". */
const IMPROVED = /\b(?:improved|improving|maintained|better)\b/i;
const NOT_IMPROVED = /\bnot\s+(?:been\s+)?(?:improved|improving|maintained)\b|\b(?:deteriorated|declined|worsened)\b/i;

/** What a direction is against: the same period a year earlier, the period before, or one named. */
const AGAINST_LAST_YEAR =
  /\bsame (?:quarter|period|month|time) (?:last|the previous|a|of the previous) year\b|\b(?:last|previous|the previous|prior) year\b|\ba year (?:ago|earlier|before)\b/i;
const AGAINST_PREVIOUS = /\b(?:last|previous|the previous|preceding|prior) (?:quarter|month|period)\b/i;
const AGAINST_NAMED = /\bcompared (?:with|to)\s+([^.;,]{3,40})/i;

/** What a line's direction is against, or null where it does not say. */
function againstOf(says: string): 'last-year' | 'previous' | Period | null {
  if (AGAINST_LAST_YEAR.test(says)) return 'last-year';
  if (AGAINST_PREVIOUS.test(says)) return 'previous';
  const named = AGAINST_NAMED.exec(says);
  return (named && periodInText(named[1])) ?? null;
}

const sameMargin = (a: Tolerance, b: Tolerance) => a.type === b.type && a.value === b.value;

/** One line of a key as the scheme needs it: its margins, and whether it lies beyond them or turns on direction. */
interface Line {
  readonly margins: Tolerance[];
  readonly beyond: boolean;
  readonly says: string;
}

/**
 * The scheme a key states when it puts green within `green` of the target: past it, amber within a
 * wider margin of the same kind, red beyond it (where a red line says so, at that margin); or amber
 * "more than" the green margin off where the figure improved or was maintained, against what the
 * key names, red where it did not. Null when the lines say anything else.
 */
function schemeOf(green: Tolerance, amber: Line | null, red: Line | null): KeyScheme | null {
  if (!amber) return null;
  const wider = amber.margins.filter((m) => !sameMargin(m, green));
  if (!amber.beyond && wider.length === 1 && wider[0].type === green.type && wider[0].value > green.value) {
    const edge = wider[0];
    if (red && !(red.beyond && red.margins.length === 1 && sameMargin(red.margins[0], edge))) return null;
    return { green, beyond: { by: 'tolerance' } };
  }
  if (!amber.beyond || amber.margins.length !== 1 || !sameMargin(amber.margins[0], green)) return null;
  if (!IMPROVED.test(amber.says) || NOT_IMPROVED.test(amber.says)) return null;
  if (red && (!NOT_IMPROVED.test(red.says) || red.margins.some((m) => !sameMargin(m, green)))) return null;
  const against = againstOf(amber.says) ?? (red && againstOf(red.says));
  return against ? { green, beyond: { by: 'direction', against } } : null;
}

/** Every margin of a line, as tolerances against the target. */
function marginsOf(says: string): Tolerance[] {
  return [...says.matchAll(MARGINS)].map((m) => marginOf(`${m[0]} target`)).filter((t): t is Tolerance => t !== null);
}

/**
 * The far edge of a key's yellow and amber bands together: red's edge ("more than 10% from target"),
 * where amber's line reaches it ("between 5% and 10%") or says no figure; amber's widest margin where
 * no red line says one. Null where the lines disagree.
 */
function yellowEdge(amberLine: Line | null, red: Tolerance | null): Tolerance | null {
  const widest = amberLine?.margins.reduce<Tolerance | null>(
    (w, m) => (w && (w.type !== m.type || w.value >= m.value) ? w : m),
    null,
  );
  if (!red) return widest ?? null;
  return !widest || sameMargin(widest, red) ? red : null;
}

/**
 * What the key in `texts` (each a cell's text, or a colour's cell and the cell beside it joined as
 * "Amber = within 5% of target") states about amber and green, or null when it states neither.
 */
export function readKeyStatement(texts: readonly string[]): KeyStatement | null {
  const lines = texts.flatMap((t) => colourLines(t));
  let blue: 'green' | 'none' | null = null;
  for (const line of lines) if (line.colour === 'blue') blue ??= blueMeaning(line.says);
  const marked = marginStatement(lines);
  const near = marked ? undefined : lines.find((l) => l.colour === 'amber' && AMBER_NEAR.test(l.says));
  const statement = near ? { tolerance: null, ownScheme: false, amberUnstated: tidyWords(near.says) } : marked;
  if (!blue) return statement;
  return statement ? { ...statement, blue } : { tolerance: null, ownScheme: false, blue };
}

/** What a key's line for blue says it means: a target exceeded (green) or not rated; null for anything else. */
function blueMeaning(says: string): 'green' | 'none' | null {
  const rag = parseSheetRag(tidyWords(says))?.rag;
  return rag === 'green' || rag === 'none' ? rag : null;
}

/** What a key's lines state of amber's edge and of a scheme of its own (see {@link readKeyStatement}). */
function marginStatement(lines: readonly { colour: KeyColour; says: string }[]): KeyStatement | null {
  let amber: Tolerance | null = null;
  let red: Tolerance | null = null;
  let others: Tolerance | null = null;
  let ownScheme = false;
  // The lines a scheme of its own is read from: green's margin, and the first amber and red lines with one.
  let green: Tolerance | null = null;
  let greenLines = 0;
  let amberLine: Line | null = null;
  let redLine: Line | null = null;
  let yellow = false;
  for (const line of lines) {
    const { colour } = line;
    if (colour === 'blue') continue;
    const says = asMargins(line.says);
    const margin = marginOf(says);
    if (!margin) continue;
    // A band between green and amber, off the target: amber here (see `yellowAsAmber`).
    if (colour === 'yellow') yellow = true;
    else if (colour === 'green') {
      ownScheme = true;
      greenLines++;
      green = marginsOf(says).length === 1 && !BEYOND.test(says) ? margin : null;
    }
    // Amber between two figures ("between 5% and 10% below target") puts green past the target too;
    // one figure said twice ("within 5% of target (within 5%)") is one edge.
    else if (colour === 'amber') {
      amberLine ??= { margins: marginsOf(says), beyond: AMBER_BEYOND.test(says), says };
      const split = splitMargins(says);
      if (split && !AMBER_BEYOND.test(says)) {
        amber ??= split.points;
        others ??= split.others;
      } else if (new Set((says.match(MARGINS) ?? []).map((m) => m.replace(/\s+/g, ''))).size > 1) ownScheme = true;
      else if (!AMBER_BEYOND.test(says)) amber ??= margin;
      // "Amber = more than 10% off target and improved" (Havering): a scheme of its own.
      else ownScheme = true;
    } else {
      redLine ??= { margins: marginsOf(says), beyond: BEYOND.test(says), says };
      if (BEYOND.test(says)) red ??= splitMargins(says)?.points ?? margin;
    }
  }
  // Yellow and amber together run from the target to red's edge, amber's own far edge.
  const outer = yellow && !green ? yellowEdge(amberLine, red) : null;
  if (outer) return { tolerance: Object.freeze({ ...outer }), ownScheme: false, yellowAsAmber: true };
  if (amber && red && (amber.type !== red.type || amber.value !== red.value)) ownScheme = true;
  const scheme = green && greenLines === 1 && !others ? schemeOf(green, amberLine, redLine) : null;
  if (scheme) {
    // Past green by a wider margin: that margin is amber's edge. By direction: green's is the only figure.
    const edge = scheme.beyond.by === 'tolerance' ? amberLine!.margins.find((m) => !sameMargin(m, green!))! : green!;
    return { tolerance: Object.freeze({ type: edge.type, value: edge.value }), ownScheme: false, scheme };
  }
  const tolerance = ownScheme ? null : (amber ?? red);
  if (!tolerance && !ownScheme) return null;
  const frozen = tolerance && Object.freeze({ type: tolerance.type, value: tolerance.value });
  if (others && !ownScheme) return { tolerance: frozen, ownScheme, others: Object.freeze({ ...others }) };
  return { tolerance: frozen, ownScheme };
}

/** A key line's words without the sign or stop around them: "= slightly off-target," is "slightly off-target". */
function tidyWords(says: string): string {
  return says.replace(/^[\s=:\u2013\u2014-]+|[\s;,.]+$/g, '');
}
