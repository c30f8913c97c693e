import type { IndicatorConfig } from '../config/types';
import type { Polarity, PolarityUnread, Target } from './types';
import type { ColumnInfo } from '../tables/types';
import type { SheetGrid, Unit } from '../values/types';
import type { Issue } from '../warnings';
import { warning } from '../warningMessages';
import { parsePolarity, parsePolarityAnswer, polarityInName, polarityLetter } from '../values/polarity';
import { polarityFromName } from '../values/polarityFromName';
import { rawAt, textAt } from './measures';
import { toA1 } from '../address';

export interface PolarityInput {
  readonly grid: SheetGrid;
  readonly row: number;
  readonly name: string;
  readonly own: IndicatorConfig;
  readonly polarityCol: ColumnInfo | null;
  /** The column of the indicator's name, named by the warning when the sheet has no polarity column. */
  readonly nameCol?: number | null;
  /** The row of the name cell, when it is not `row` (a name merged over an Actual and a Target row). */
  readonly nameRow?: number;
  readonly target: Target | null;
  readonly warnings: Issue[];
  /** A target written in words that state the polarity ("less than 3%"), and its cell. */
  readonly targetWords?: {
    readonly polarity: 'higher' | 'lower';
    readonly words: string;
    readonly cell: string;
    /** A change on a baseline ("Reduce by 5%"), whose target's warning already says the way that is better. */
    readonly said?: boolean;
  } | null;
  /** Symbols a key beside the table defines ("↑ = higher is better"). */
  readonly symbols?: ReadonlyMap<string, Polarity>;
  /** The kind of quantity measured: lengths of time ('duration', "8:32") are taken as lower-is-better where nothing else says. */
  readonly unit?: Unit | null;
  /**
   * Told when the name says the measure is contextual ("(contextual)", "(for information)") and the
   * polarity column gives a direction: a context measure whose trend is judged that way, not rated.
   */
  readonly contextual?: () => void;
  /**
   * Told when the polarity cell's words are not read and nothing else states a direction for an
   * indicator with a target: its polarity is then 'none', to be checked, and no direction is guessed.
   */
  readonly unread?: (u: PolarityUnread) => void;
}

/**
 * An indicator's polarity: configuration first, then the polarity cell (its words, a symbol from
 * the table's key, or yes/no under a header that states a direction), then the end of the name
 * ("(Minimise)", "(Maximise)", "↓"), then the target's words ("less than 3%"), then a band target; with none of these, an indicator with a
 * target is taken as higher-is-better (or lower-is-better where its name says so, or its figures
 * are lengths of time, as response, waiting and call times are, or its target is 0) with a warning, and one without a
 * target is a context measure ('none').
 */
export function readPolarity(input: PolarityInput): Polarity {
  const { grid, row, name, own, polarityCol, nameCol, nameRow, target, targetWords, warnings, symbols, unit } = input;
  if (own.polarity) return own.polarity;
  const sheet = grid.name;
  const inName = polarityInName(name, symbols);
  // The polarity cell's words, when they are not read, and the warning that says so.
  let unknown: (PolarityUnread & { readonly issue: Issue }) | null = null;
  if (polarityCol) {
    const raw = rawAt(grid, row, polarityCol.col);
    const shown = textAt(grid, row, polarityCol.col);
    const cell = toA1(row, polarityCol.col);
    const p =
      (shown ? (symbols?.get(shown) ?? symbols?.get(shown.toLowerCase())) : undefined) ??
      parsePolarity(raw) ??
      parsePolarityAnswer(raw, polarityCol.header) ??
      polarityLetter(raw);
    if (p) {
      // "Households in temporary accommodation (contextual)" beside "Smaller is better": the name says
      // it is not rated, the column which way its trend is better. Both hold: no disagreement.
      if (inName === 'none' && (p === 'higher' || p === 'lower') && input.contextual) {
        input.contextual();
        warnings.push(warning('contextual-not-rated', { sheet, cell, shown, name }, { sheet, cell }));
        return p;
      }
      if (inName !== null && inName !== p) {
        warnings.push(warning('polarity-conflict', { sheet, cell, shown, name, inName }, { sheet, cell }));
      } else if (targetWords && (p === 'higher' || p === 'lower') && targetWords.polarity !== p) {
        const target = { cell: targetWords.cell, words: targetWords.words, said: targetWords.polarity };
        warnings.push(warning('polarity-conflict', { sheet, cell, shown, target }, { sheet, cell }));
      }
      return p;
    }
    if (shown) {
      unknown = { cell, shown, issue: warning('polarity-unknown', { sheet, cell, shown }, { sheet, cell }) };
      warnings.push(unknown.issue);
    }
  }
  if (inName !== null) return inName;
  // The target's own words ("less than 3%", "at least 95%") state it.
  if (targetWords && target) return targetWords.polarity;
  // A change on a baseline ("Reduce by 5%"): its target's warning says the way that is better.
  if (targetWords?.said && !target) return targetWords.polarity;
  // A target that is only a direction ("Reduce", "Increase"): a context measure, its trend judged that way.
  if (targetWords && !target) {
    const at = { sheet, cell: targetWords.cell };
    warnings.push(
      warning(
        'polarity-from-target-word',
        { ...at, name, words: targetWords.words, polarity: targetWords.polarity },
        at,
      ),
    );
    return targetWords.polarity;
  }
  if (target && target.lower !== null && target.upper !== null) return 'band';
  if (!target) return 'none';
  // The sheet states a polarity in words not read ("T"): a direction guessed from the name would
  // override what it says. Not rated until they are checked.
  if (unknown && input.unread) {
    const { cell, shown } = unknown;
    warnings[warnings.indexOf(unknown.issue)] = warning(
      'polarity-unknown',
      { sheet, cell, shown, name },
      { sheet, cell },
    );
    input.unread({ cell, shown });
    return 'none';
  }
  const named = polarityFromName(name);
  // A length of time ("8:32" to the first fire engine, "0:45" to answer a call) is better shorter,
  // where no word of the name says otherwise.
  const timed = named.because === null && unit === 'duration';
  // A target of 0 is met by any figure at all were higher better: only a ceiling makes sense of it
  // ("Properties without a valid gas safety certificate", target 0), where no word says otherwise.
  const zero = named.because === null && !timed && target.value === 0;
  const guess = timed || zero ? { polarity: 'lower' as const, because: null } : named;
  // The cell an officer fixes: the blank polarity cell, or with no polarity column the name.
  const cell = polarityCol
    ? toA1(row, polarityCol.col)
    : nameCol !== undefined && nameCol !== null
      ? toA1(nameRow ?? row, nameCol)
      : undefined;
  const args = { sheet, row, name, polarity: guess.polarity, because: guess.because, timed, ...(zero && { zero }) };
  warnings.push(warning('polarity-assumed', args, { sheet, cell }));
  return guess.polarity;
}
