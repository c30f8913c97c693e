import type { ColumnInfo, IndicatorConfig, Issue, Polarity, SheetGrid, Target } from '../types';
import { parsePolarity, parsePolarityAnswer, polarityInName } from '../values/polarity';
import { polarityMessages } from '../values/messages';
import { rawAt, textAt } from './measures';
import { toA1 } from '../address';

/**
 * Names of measures where less is better, for sheets with no polarity column. Only used, with a
 * warning, when an indicator has a target but nothing says which way is good.
 */
const LOWER_IS_BETTER = [
  /re-?referr/i, /\brepeat\b/i, /\bneet\b/i, /not in (employment|education)/i, /\babsen(ce|t)\b/i, /exclu(ded|sion)/i,
  /overdue/i, /\bdelay/i, /waiting/i, /\bmissing\b/i, /(3|three) or more (placement )?moves/i, /\bmoves\b/i,
  /(average|mean) (number of )?days/i, /days between/i, /time taken/i, /complaints?/i, /vacanc/i, /agency (staff|workers?)/i,
  /turnover/i, /(2|two) years or (more|longer)/i, /\blate\b/i, /out of time/i, /\bbreach/i, /re-?offend/i, /caseloads?/i,
];

export interface PolarityInput {
  readonly grid: SheetGrid;
  readonly row: number;
  readonly name: string;
  readonly own: IndicatorConfig;
  readonly polarityCol: ColumnInfo | null;
  readonly target: Target | null;
  readonly warnings: Issue[];
  /** Symbols a key beside the table defines ("↑ = higher is better"). */
  readonly symbols?: ReadonlyMap<string, Polarity>;
}

/**
 * An indicator's polarity: configuration first, then the polarity cell (its words, a symbol from
 * the table's key, or yes/no under a header that states a direction), then the end of the name
 * ("(Minimise)", "(Maximise)", "↓"), then a band target; with none of these, an indicator with a
 * target is taken as higher-is-better (or lower-is-better where its name says so) with a
 * warning, and one without a target is a context measure ('none').
 */
export function readPolarity(input: PolarityInput): Polarity {
  const { grid, row, name, own, polarityCol, target, warnings, symbols } = input;
  if (own.polarity) return own.polarity;
  const sheet = grid.name;
  const inName = polarityInName(name, symbols);
  if (polarityCol) {
    const raw = rawAt(grid, row, polarityCol.col);
    const shown = textAt(grid, row, polarityCol.col);
    const cell = toA1(row, polarityCol.col);
    const p = (shown ? symbols?.get(shown) ?? symbols?.get(shown.toLowerCase()) : undefined) ?? parsePolarity(raw) ?? parsePolarityAnswer(raw, polarityCol.header);
    if (p) {
      if (inName !== null && inName !== p) {
        warnings.push({ severity: 'warning', code: 'polarity-conflict', sheet, cell, message: polarityMessages.conflict(sheet, cell, shown, name, inName) });
      }
      return p;
    }
    if (shown) {
      warnings.push({
        severity: 'warning', code: 'polarity-unknown', sheet, cell,
        message: `${sheet}!${cell}: polarity '${shown}' is not recognised (use Higher, Lower, Within range or None).`,
      });
    }
  }
  if (inName !== null) return inName;
  if (target && target.lower !== null && target.upper !== null) return 'band';
  if (!target) return 'none';
  const lower = LOWER_IS_BETTER.some((re) => re.test(name));
  warnings.push({
    severity: 'warning', code: 'polarity-assumed', sheet, cell: polarityCol ? toA1(row, polarityCol.col) : undefined,
    message: `${sheet} row ${row + 1} ('${name}'): no polarity given; rated as ${lower ? 'lower' : 'higher'} is better${lower ? ', from its name' : ''}. Set the polarity in the sheet or the configuration if that is wrong.`,
  });
  return lower ? 'lower' : 'higher';
}
