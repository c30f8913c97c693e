/**
 * Which sheets hold the live scorecard. A workbook often keeps, beside the current sheet, sheets
 * that are not for reporting: last year's figures ("2024-25", "Q4 2024-25 (old)"), an archive, or
 * sheets the officer has hidden. Read as live indicators they would add last year's figures to
 * this period's counts and narrative. The rule, the same in both hosts:
 *
 * 1. Sheets named in the configuration's `sheets` (the command line's `--sheet`) are read, and only
 *    they, whatever their names or visibility: the officer has said which.
 * 2. A very hidden sheet (shown only by a macro or the VBA editor) is not read; a warning names it.
 * 3. A sheet whose name marks it as old figures — a period that ends before the latest period
 *    another sheet's name gives starts ("2024-25" beside "2025-26", "Q4 2024-25" beside
 *    "Q1 2025-26"), or a word such as "old", "archive", "previous", "last year" or "backup" — is
 *    held back: not read, with a warning naming it, as long as another sheet holds a table. When
 *    none does, the held-back sheets are read after all (they are then the only figures there are).
 * 4. A hidden sheet is read, and a warning names it with how many indicators it gave, for the
 *    officer to check that they belong in the report.
 */
import { parsePeriodHeader } from '../periods/parsePeriod';
import type { Period } from '../periods/types';
import type { SheetGrid } from '../values/types';
import type { Issue } from '../warnings';
import { warning } from '../warningMessages';

/** Words in a sheet's name that mark it as old figures, not the live scorecard. */
const OLD_WORDS =
  /\b(old|archived?|previous(?: years?| quarter)?|prior years?|last years?|backup|back-up|superseded|do not use)\b/i;

/** What {@link chooseSheets} decides. */
export interface SheetChoice {
  /** The sheets to read, in workbook order. */
  readonly read: readonly SheetGrid[];
  /** Sheets held back as old figures: read only when no sheet in `read` holds a table. */
  readonly held: readonly SheetGrid[];
  /** The warnings for the very hidden sheets left out and the sheets held back. */
  readonly issues: readonly Issue[];
  /** The warnings for the held-back sheets alone (dropped when they are read after all). */
  readonly heldIssues: readonly Issue[];
}

/** The period a sheet's name gives ("Q4 2024-25 (old)" → Q4 2024/25), from its longest run of words that reads as one. */
export function sheetNamePeriod(name: string): Period | null {
  const words = name
    .replace(/[()[\]_]/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
  for (let len = Math.min(words.length, 4); len >= 1; len--) {
    for (let i = 0; i + len <= words.length; i++) {
      const p = parsePeriodHeader(words.slice(i, i + len).join(' '));
      if (p && p.kind !== 'ytd') return p;
    }
  }
  return null;
}

/** The first month a period covers, on the `sortKey` scale (which counts its last month). */
function startOf(p: Period): number {
  return p.kind === 'year' ? p.sortKey - 11 : p.kind === 'quarter' ? p.sortKey - 2 : p.sortKey;
}

/** Decides which sheets to read (see the module's rule). */
export function chooseSheets(grids: readonly SheetGrid[], wanted: ReadonlySet<string> | null): SheetChoice {
  if (wanted) return { read: grids.filter((g) => wanted.has(g.name)), held: [], issues: [], heldIssues: [] };
  const issues: Issue[] = [];
  const shown = grids.filter((g) => {
    if (g.visibility !== 'veryHidden') return true;
    issues.push(warning('sheet-very-hidden', { sheet: g.name }, { sheet: g.name }));
    return false;
  });
  const periods = new Map(shown.map((g) => [g, sheetNamePeriod(g.name)] as const));
  let latest: { sheet: SheetGrid; period: Period } | null = null;
  for (const [sheet, period] of periods)
    if (period && !OLD_WORDS.test(sheet.name) && (!latest || startOf(period) > startOf(latest.period)))
      latest = { sheet, period };
  const read: SheetGrid[] = [];
  const held: SheetGrid[] = [];
  const heldIssues: Issue[] = [];
  for (const g of shown) {
    const word = OLD_WORDS.exec(g.name)?.[1] ?? null;
    const period = periods.get(g) ?? null;
    const earlier = latest && period && g !== latest.sheet && period.sortKey < startOf(latest.period) ? latest : null;
    if (!word && !earlier) {
      read.push(g);
      continue;
    }
    held.push(g);
    const because = earlier
      ? ({
          kind: 'earlier',
          period: period!.label,
          newer: earlier.sheet.name,
          newerPeriod: earlier.period.label,
        } as const)
      : ({ kind: 'word', word: word! } as const);
    heldIssues.push(warning('sheet-earlier-period', { sheet: g.name, because }, { sheet: g.name }));
  }
  return { read, held, issues, heldIssues };
}

/** The warning for each hidden sheet that gave indicators, with how many. */
export function hiddenSheetIssues(grids: readonly SheetGrid[], countOn: (sheet: string) => number): Issue[] {
  const out: Issue[] = [];
  for (const g of grids) {
    const n = g.visibility === 'hidden' ? countOn(g.name) : 0;
    if (n > 0) out.push(warning('sheet-hidden', { sheet: g.name, indicators: n }, { sheet: g.name }));
  }
  return out;
}
