import type { Rag } from '../rating/types';
import type { RawValue } from './types';
import { tidySpaces } from './whitespace';
import { fromEitherHalf } from './bilingual';

/**
 * The words of a column that says only whether the target was met ("Target Met?": Yes or No, ticks
 * and crosses, faces as Shropshire Housing's ☺ and ☹): green and red, but its "not met" covers our
 * amber as well as our red ({@link saysOnlyMet}).
 */
const MET: readonly string[] = [
  'met',
  'target met',
  'achieved',
  'target achieved',
  'yes',
  'y',
  '✓',
  '✔',
  '☑',
  '✅',
  'tick',
  '☺',
  '☻',
  '🙂',
  '😊',
  '😀',
];

/** Not met: red, or, in a column of these words alone, amber too. */
const NOT_MET: readonly string[] = [
  'not met',
  'target not met',
  'not achieved',
  'target not achieved',
  'no',
  'n',
  '✗',
  '✘',
  '×',
  '❌',
  'cross',
  '☹',
  '🙁',
  '😞',
];

/**
 * The words and symbols councils put in their own RAG or status column, by the rating they mean.
 * `none` is a status that says the indicator is not rated ("No target", "Data only").
 */
const WORDS: readonly (readonly [Rag, readonly string[]])[] = [
  [
    'green',
    [
      ...MET,
      'g',
      'green',
      'on target',
      'on track',
      // Pentana's status icons, exported as their names: OK, Warning, Alert, Unknown.
      'ok',
      'exceeded',
      'target exceeded',
      'exceeding target',
      'exceeds target',
      'above target',
      'better than target',
      'on or above target',
      'on or better than target',
      'good',
      'completed',
      'complete',
      'met or exceeded',
      'met or exceeded target',
      'target met or exceeded',
      'met or exceeded high target',
      // Lincoln's outturn reports: "33 had met or exceeded a higher target".
      'met or exceeded higher target',
      'met or exceeded a higher target',
      'exceeded high target',
      'at or above high target',
      'above high target',
      'on or above high target',
      'met or exceeded upper target',
      'better than high target',
    ],
  ],
  [
    'amber',
    [
      'a',
      'amber',
      // Belfast's and some Welsh councils' middle colour ("yellow means … adrift"); a lone "Y" stays "yes".
      'yellow',
      'slightly off target',
      '😐',
      'slightly below target',
      'warning',
      'target slightly missed',
      'slightly missed',
      'target just missed',
      'just missed',
      'close to target',
      'near target',
      'nearly met',
      'partially met',
      'partly met',
      'within tolerance',
      'within target tolerance',
      'at risk',
      'some concern',
      'minor concern',
      'off target within tolerance',
      // Cheshire West and Chester's key: "Out of target but within tolerance", "Out of target and tolerance".
      'off target but within tolerance',
      'out of target but within tolerance',
      'out of target within tolerance',
      'outside target but within tolerance',
      'below target but within tolerance',
      'a/g',
      'ag',
      'amber/green',
      'g/a',
      'within target boundaries',
      'within boundaries',
      'within target range',
      'within target band',
      'between targets',
      'between low and high targets',
      'between low and high target',
      'between target boundaries',
    ],
  ],
  [
    'red',
    [
      ...NOT_MET,
      'r',
      'red',
      'off target',
      'not on target',
      'off track',
      'not on track',
      'alert',
      'missed',
      'target missed',
      'behind target',
      'significantly off target',
      'out of target and tolerance',
      'off target and tolerance',
      'outside target and tolerance',
      'off target and outside tolerance',
      'out of target and outside tolerance',
      'outside tolerance',
      'out of tolerance',
      'beyond tolerance',
      'well off target',
      'failed',
      'concern',
      'serious concern',
      'r/a',
      'ra',
      'red/amber',
      'a/r',
      'below target',
      'below low target',
      'below lower target',
      'worse than target',
      'worse than low target',
    ],
  ],
  [
    'none',
    [
      'n/a',
      'na',
      'not applicable',
      'no target',
      'no target set',
      'not rated',
      'unknown',
      'data only',
      'monitor',
      'monitoring',
      'monitoring only',
      'contextual',
      'context',
      'baseline',
      'baseline year',
      'information only',
      'not due',
      'not yet due',
      'grey',
      'gray',
      'volumetric',
      'volume measure',
      'volume only',
      'for information',
      'no rag',
    ],
  ],
];

const LOOKUP = new Map<string, Rag>();
for (const [rag, words] of WORDS) for (const w of words) LOOKUP.set(w, rag);

/** What a sheet's own RAG or status cell says. */
export interface SheetRagValue {
  /** The rating it means; null when the cell holds something that cannot be read as one. */
  readonly rag: Rag | null;
  /** The cell's text as shown. */
  readonly shown: string;
}

/**
 * True for a sheet's "Blue": a four-colour scheme's target exceeded, or a data-only measure, as the
 * key beside the table says (see `KeyStatement.blue`); read by no rating here without one.
 */
export function saysBlue(shown: string): boolean {
  return /^blue$/i.test(shown.trim());
}

/** "n/a" or "not rated" with the reason after a dash or a colon: "n/a – contextual", "Not rated: data only". */
const NOT_RATED_WHY = /^(?:n\/?a|not rated|no rag)\s*[-–—:]\s*\S/i;

/**
 * Reads a sheet's own RAG or status cell: "Green", "G", "Amber", "Red", "On target", "Off track",
 * "Slightly off target", "Met", "Not met", "Achieved", "Not achieved", ticks and crosses, status
 * symbols by their names ("Green star", "Red triangle"), in any
 * case and with any punctuation around them. "Yellow" (the middle colour of some councils' keys) is
 * amber. "Amber/Green" and "Red/Amber" (as some councils split amber) count as amber and red. Returns null for a blank cell; `rag: null` for text that is not a
 * rating (a number, "Blue", "Improving").
 */
export function parseSheetRag(raw: RawValue): SheetRagValue | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'object') return { rag: null, shown: raw.error };
  const shown = tidySpaces(String(raw));
  if (shown === '') return null;
  if (typeof raw !== 'string') return { rag: null, shown };
  // "Coch / Red", "Melyn / Yellow": a Welsh council's rating, read by its English half.
  const rag = ragOf(shown) ?? fromEitherHalf(shown, ragOf, (a, b) => a === b);
  return { rag, shown };
}

/** A status symbol exported by its name, its colour first: "Green star", "Red triangle", "Amber diamond". */
const COLOURED_SYMBOL = /^(green|amber|yellow|red)\s+(?:star|circle|triangle|square|diamond|dot|light|flag)$/i;

/** The rating that words alone say, or null. */
function ragOf(shown: string): Rag | null {
  // Harlow's and East Riding's symbols: the colour is the rating (a blue one is as a "Blue" is).
  const symbol = COLOURED_SYMBOL.exec(shown);
  if (symbol) return LOOKUP.get(symbol[1].toLowerCase()) ?? null;
  // A key's words may explain themselves in a bracket: Maidstone's "Target slightly missed (within 10%)".
  const bare = shown.includes('(') ? shown.replace(/\s*\([^)]*\)/g, '') : shown;
  const rag = LOOKUP.get(ragKey(shown)) ?? (bare !== shown ? LOOKUP.get(ragKey(bare)) : undefined) ?? null;
  // "n/a – contextual", "N/A: data only": not rated, and why.
  return rag ?? (NOT_RATED_WHY.test(shown) ? 'none' : null);
}

/**
 * The words of {@link MET} and {@link NOT_MET}, as they are looked up, and "On target" / "Off target"
 * (or track): in a column of these words alone, as Carmarthenshire's status column has them, they
 * too say only whether the target was met.
 */
const MET_OR_NOT: ReadonlySet<string> = new Set([
  ...MET,
  ...NOT_MET,
  'on target',
  'off target',
  'not on target',
  'on track',
  'off track',
  'not on track',
]);

/** True for a rating that says only whether the target was met ("Yes", "Not met", "✗", "☹"). */
export function saysOnlyMet(shown: string): boolean {
  return MET_OR_NOT.has(ragKey(shown));
}

/** A RAG cell's text as the words are looked up: lower case, without punctuation, "the" or spaces around dashes and slashes. */
function ragKey(shown: string): string {
  return (
    shown
      .toLowerCase()
      .replace(/[.!:;()[\]*"']/g, '')
      // (An emoji's variation selector, as "☹️" is often typed, says only how it is drawn.)
      .replace(/\uFE0F/g, '')
      .replace(/\s*-\s*/g, ' ')
      .replace(/\s*\/\s*/g, '/')
      .replace(/\bthe\s+/g, '')
      .trim()
  );
}

/** How a rating reads in a sentence: "Green", "Amber", "Red", or "not rated". */
export function ragWord(rag: Rag): string {
  return rag === 'none' ? 'not rated' : rag.charAt(0).toUpperCase() + rag.slice(1);
}
