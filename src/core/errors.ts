import { colToLetters } from './address';
import type { DetectedTable } from './tables/types';

/**
 * The one family of errors the tool throws on purpose: a problem the officer can put right (a file
 * that is not a workbook, a configuration with a mistake, a workbook with no indicator table, a
 * protected sheet). Each carries a stable `code` for callers that branch on the cause, a message
 * that is one sentence (or a short paragraph) fit to show a person as it stands, and, where known,
 * the sheet and cell concerned. The command line prints the message and exits with code 2; the
 * task pane shows the message. Anything else thrown is a fault in the tool.
 *
 * Problems in the data that the report goes on with are not errors but {@link Issue}s (see
 * `warnings.ts`).
 */

/** Where an error is, when it is in one place of the workbook. */
export interface ErrorPlace {
  readonly sheet?: string;
  readonly cell?: string;
}

export class ScorecardError<Code extends string = string> extends Error {
  override readonly name: string = 'ScorecardError';
  /** Stable across versions; the wording of the message may change. */
  readonly code: Code;
  readonly sheet?: string;
  readonly cell?: string;

  constructor(code: Code, message: string, place: ErrorPlace = {}) {
    super(message);
    this.code = code;
    if (place.sheet !== undefined) this.sheet = place.sheet;
    if (place.cell !== undefined) this.cell = place.cell;
  }
}

/**
 * No indicator table was found, so there is nothing to rate: `where` names the workbook ("this
 * workbook", or the file), `remedy` says what the officer can do in the host at hand.
 */
export class NoIndicatorTableError extends ScorecardError<'no-indicator-table'> {
  override readonly name = 'NoIndicatorTableError';

  /** `why`: sentences that explain it, said first (a very hidden sheet left out unread). */
  constructor(where: string, remedy: string, why: readonly string[] = []) {
    super(
      'no-indicator-table',
      `${why.map((w) => `${w} `).join('')}No indicator table was found in ${where}, so nothing was changed. A table needs a header row with an indicator column (e.g. 'Indicator' or 'Measure') and period columns (e.g. 'Q2 2021/22') or a 'Target' column; ${remedy}.`,
    );
  }
}

/**
 * Tables were found, but no indicator could be read from them: `table` is the first, and the
 * message says what it lacks (period columns, or any column of figures). `where` and `remedy` are
 * as for {@link NoIndicatorTableError}; `why` comes first (a column headed "Actual" without a period).
 */
export class NoIndicatorReadError extends ScorecardError<'no-indicator-read'> {
  override readonly name = 'NoIndicatorReadError';

  constructor(
    where: string,
    table: Pick<DetectedTable, 'sheet' | 'headerRow' | 'columns' | 'rows'> & Partial<Pick<DetectedTable, 'warnings'>>,
    remedy: string,
    why: readonly string[] = [],
  ) {
    const targets = table.columns.some(
      (c) => c.role === 'target' || c.role === 'targetLower' || c.role === 'targetUpper',
    );
    const period = table.columns.find((c) => c.role === 'period');
    const name = table.columns.find((c) => c.role === 'name');
    // Period columns and no row read: rows of figures without a name (a column of numbers headed "KPI"),
    // or none at all beneath the header (a header over two rows, the lower read as the table's end).
    const nameless = table.warnings?.some((w) => w.code === 'row-without-name') ?? false;
    const has =
      period && name && table.rows.length === 0
        ? nameless
          ? `period columns (e.g. '${period.header}') but no row with an indicator's name, as text, in column ${colToLetters(name.col)} ('${name.header}') beside figures: put each name there, or ${remedy}`
          : `period columns (e.g. '${period.header}') but no row beneath it is read as an indicator (a name in column ${colToLetters(name.col)} with figures beside it); where the header takes two rows, put every header in the lower one (or merge each period over its columns), or ${remedy}`
        : targets
          ? `indicator names and targets but no period columns (e.g. 'Q2 2021/22'): head the column of figures with its period, or ${remedy}`
          : `indicator names but no period or target columns with figures (e.g. 'Q2 2021/22' or 'Target'); ${remedy}`;
    super(
      'no-indicator-read',
      `${why.map((w) => `${w} `).join('')}No indicator could be read in ${where}: the table with its header on row ${table.headerRow + 1} of '${table.sheet}' has ${has}.`,
      { sheet: table.sheet },
    );
  }
}
