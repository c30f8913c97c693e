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
 *    A sheet whose name gives no period is judged by the title rows above its table ("Corporate
 *    Scorecard – Quarter 4 2023/24"), and gives the others that period, the same way — unless its
 *    own header names a period that begins after the title's ends: the title is then taken to be
 *    out of date, and the sheet is read, with a warning naming the title (`sheet-title-period`).
 * 4. A hidden sheet is read, and a warning names it with how many indicators it gave, for the
 *    officer to check that they belong in the report.
 */
import { toA1 } from '../address';
import { parsePeriodHeader, periodInText } from '../periods/parsePeriod';
import { firstMonth } from '../periods/makePeriod';
import type { Period } from '../periods/types';
import { isBlank } from '../tables/headerText';
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

/** The first month a period covers, on the `sortKey` scale (which counts its last month). */
function startOf(p: Period): number {
  return p.kind === 'ytd' ? p.sortKey : firstMonth(p);
}

/** How many rows at the top of a sheet may be title rows above its header, as for the title's year (findTables). */
const TITLE_ROWS = 6;

/** The fewest filled cells in a row taken as a table's header, below the title rows. */
const HEADER_CELLS = 3;

/** A period a sheet's title gives: the period, the title's cell and text, and the latest period its header names. */
interface TitlePeriod {
  readonly period: Period;
  readonly cell: string;
  readonly text: string;
  /** The latest-starting period the header row below names, when it names one with its year. */
  readonly header: Period | null;
}

/**
 * The period the title rows above a sheet's table give ("Corporate Scorecard – Quarter 2 2024/25"
 * → Q2 2024/25): the first found in the rows above the first row of at least three filled cells,
 * within the sheet's first rows. Null when no such row follows (a sheet of notes has no table to head).
 */
export function sheetTitlePeriod(grid: SheetGrid): TitlePeriod | null {
  let found: { period: Period; cell: string; text: string } | null = null;
  for (let r = 0; r <= TITLE_ROWS && r < grid.values.length; r++) {
    const row = grid.values[r] ?? [];
    let filled = 0;
    for (const v of row) if (!isBlank(v)) filled++;
    if (filled >= HEADER_CELLS) return found && { ...found, header: headerPeriod(grid, r) };
    for (let c = 0; c < row.length && !found; c++) {
      const v = row[c];
      const period = typeof v === 'string' ? periodInText(v) : null;
      if (period) found = { period, cell: toA1(r, c), text: v as string };
    }
  }
  return null;
}

/** The latest-starting period a header row (and the row below, for a two-row header) names with its year. */
function headerPeriod(grid: SheetGrid, headerRow: number): Period | null {
  let latest: Period | null = null;
  for (let r = headerRow; r <= headerRow + 1; r++)
    (grid.values[r] ?? []).forEach((v, c) => {
      const p = typeof v === 'string' ? periodInText(v) : parsePeriodHeader(v ?? null, grid.formats?.[r]?.[c] ?? null);
      if (p && (!latest || startOf(p) > startOf(latest))) latest = p;
    });
  return latest;
}

/** Decides which sheets to read (see the module's rule). */
export function chooseSheets(grids: readonly SheetGrid[], wanted: ReadonlySet<string> | null): SheetChoice {
  if (wanted) return { read: searchedSheets(grids, wanted), held: [], issues: [], heldIssues: [] };
  const shown = searchedSheets(grids, null);
  const issues: Issue[] = grids
    .filter((g) => g.visibility === 'veryHidden')
    .map((g) => warning('sheet-very-hidden', { sheet: g.name }, { sheet: g.name }));
  // A sheet's period: its name's, else its title's; a title older than the header below it gives none.
  const titles = new Map<SheetGrid, TitlePeriod>();
  const stale = new Map<SheetGrid, TitlePeriod>();
  const periods = new Map(
    shown.map((g) => {
      const named = periodInText(g.name);
      const title = named ? null : sheetTitlePeriod(g);
      if (title && title.header && startOf(title.header) > title.period.sortKey) stale.set(g, title);
      else if (title) titles.set(g, title);
      return [g, named ?? (stale.has(g) ? null : (title?.period ?? null))] as const;
    }),
  );
  let latest: { sheet: SheetGrid; period: Period } | null = null;
  for (const [sheet, period] of periods)
    if (period && !OLD_WORDS.test(sheet.name) && (!latest || startOf(period) > startOf(latest.period)))
      latest = { sheet, period };
  for (const [g, title] of stale)
    if (latest && title.period.sortKey < startOf(latest.period)) {
      const args = {
        sheet: g.name,
        cell: title.cell,
        title: title.text,
        period: title.period.label,
        newer: latest.sheet.name,
        newerPeriod: latest.period.label,
        header: title.header!.label,
      };
      issues.push(warning('sheet-title-period', args, { sheet: g.name, cell: title.cell }));
    }
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
    const title = word ? undefined : titles.get(g);
    const because = earlier
      ? ({
          kind: 'earlier',
          period: period!.label,
          newer: earlier.sheet.name,
          newerPeriod: earlier.period.label,
          title: title ? { cell: title.cell, text: title.text } : null,
        } as const)
      : ({ kind: 'word', word: word! } as const);
    heldIssues.push(warning('sheet-earlier-period', { sheet: g.name, because }, { sheet: g.name, cell: title?.cell }));
  }
  return { read, held, issues, heldIssues };
}

/**
 * The sheets the search for tables looked at when it found none: those named to be read, else every
 * sheet but the very hidden ones (the held-back sheets are read after all when no table is found),
 * in workbook order. Where no table is found, anything else looked for (a header whose column of
 * names nothing recognises) is looked for there, and only there.
 */
export function searchedSheets(grids: readonly SheetGrid[], wanted: Iterable<string> | null | undefined): SheetGrid[] {
  const named = wanted ? new Set(wanted) : null;
  return named ? grids.filter((g) => named.has(g.name)) : grids.filter((g) => g.visibility !== 'veryHidden');
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

/** The warnings that say why a sheet, or the figures in a table, were not read at all. */
const UNREAD: ReadonlySet<Issue['code']> = new Set([
  'sheet-very-hidden',
  'value-column-no-period',
  'period-without-year',
  'figures-header-unknown',
  'second-half-unread',
  'budget-table-unread',
  'periods-in-rows',
  'table-transposed',
]);

/**
 * What explains a workbook from which no indicator was read: the warnings for the sheets left out
 * unread because they are very hidden, for columns of figures headed without a period ("Actual"
 * with no title naming one) or with a period but no year ("Quarter 2", with no year above or in the
 * title) or under a header that means nothing known ("SSHA", a landlord's), and for periods laid out
 * down the rows rather than across the header.
 * Both hosts put these before the message that nothing could be read, so that the officer learns
 * why the sheet or column they expected was not read.
 */
export function unreadSheetIssues(issues: readonly Issue[]): Issue[] {
  return issues.filter((i) => UNREAD.has(i.code));
}
