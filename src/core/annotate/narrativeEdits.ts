/**
 * Whether the officer has changed the Narrative sheet since we wrote it, and what a Draft does
 * then. When we write the sheet we keep a fingerprint of its contents (every non-empty cell as
 * its formula or value, and the names of the charts on it) with our hidden name's comment; the
 * next run reads the sheet, fingerprints it the same way and compares. The same fingerprint: the
 * sheet is ours as we left it and is rewritten in place, silently. A different one (or none: a
 * sheet from before fingerprints, whose history we cannot tell): it has been changed, and the
 * officer's work is not overwritten without a word — the pane asks, and where nothing can ask
 * (the ribbon, the command line) the new draft goes to a new sheet and the changed one is left
 * as it is. Both hosts (Excel through Office.js, the command line through the file) follow this.
 */
import { toA1 } from '../address';
import type { Issue } from '../warnings';
import { warning } from '../warningMessages';
import { LinesHash } from './linesHash';
import type { NarrativeRow, NarrativeSheetPlan } from './narrativeSheet';

/** One non-empty cell as a host reads it back: its formula ("=…") or its value. */
export interface NarrativeCellContent {
  /** Zero-based. */
  readonly row: number;
  readonly col: number;
  readonly content: string | number | boolean;
}

/** What to do when the sheet has been changed: ask (the pane), or the officer's (or the host's) answer. */
export type NarrativeWhenEdited = 'ask' | 'replace' | 'new-sheet';

/**
 * What a Draft does with the Narrative sheet: `add` (there is none of ours), `rewrite` ours in
 * place, `ask` the officer first (nothing written), or write to a `new-sheet` and leave the changed one.
 */
export type NarrativeWrite = 'add' | 'rewrite' | 'ask' | 'new-sheet';

/** The question the pane asks when the sheet has been changed. */
export const NARRATIVE_EDITED_QUESTION =
  'The Narrative sheet has been changed since it was drafted. Replace it, or write the new draft to a new sheet?';

/**
 * The fingerprint of a Narrative sheet's contents: its non-empty cells (in any order) and the
 * names of the charts on it. Formats are not in it: a change of font is not a change of what the
 * sheet says.
 */
export function narrativeFingerprint(cells: readonly NarrativeCellContent[], charts: readonly string[]): string {
  const hash = new LinesHash();
  for (const c of cells.filter(isFilled).sort((x, y) => x.row * 16384 + x.col - (y.row * 16384 + y.col)))
    addCell(hash, c.row, c.col, String(c.content));
  return withCharts(hash, charts);
}

/*
 * What is hashed for a fingerprint: a line for each filled cell, in order (by row, then column), its
 * address, a tab and its content; a blank line; the charts' names in order.
 */
const isFilled = (c: NarrativeCellContent) => c.content !== '' && c.content !== null && c.content !== undefined;

function addCell(hash: LinesHash, row: number, col: number, content: string, prefix = ''): void {
  hash.add(toA1(row, col));
  hash.more('\t');
  hash.more(prefix);
  hash.more(content);
}

function withCharts(cells: LinesHash, charts: readonly string[]): string {
  const hash = cells.copy();
  hash.add('');
  for (const name of [...charts].sort()) hash.add(name);
  return hash.digest();
}

/**
 * Adds the filled cells of `row` to the hash of a sheet's cells, as a host reads them back: for
 * {@link planNarrativeSheet}'s one pass over its rows, which come in the order
 * {@link narrativeFingerprint} sorts cells into.
 */
export function hashRowCells(hash: LinesHash, { row, cells }: NarrativeRow): void {
  // As rowContents gives them, without making an object and a line of text for each.
  for (const c of cells) {
    if (c.kind === 'count') addCell(hash, row - 1, c.col - 1, String(c.value));
    else if (c.kind === 'link') addCell(hash, row - 1, c.col - 1, c.formula, '=');
    else if (c.text !== '') addCell(hash, row - 1, c.col - 1, c.text);
  }
}

/** The contents of rows, row by row, as a host reads them back afterwards (made as they are asked for). */
function* rowContents(rows: Iterable<NarrativeRow>): Generator<NarrativeCellContent> {
  for (const { row, cells } of rows)
    for (const c of cells)
      yield {
        row: row - 1,
        col: c.col - 1,
        content: c.kind === 'text' ? c.text : c.kind === 'count' ? c.value : `=${c.formula}`,
      };
}

/** The contents a plan writes, as a host reads them back afterwards. */
export function planCellContents(plan: NarrativeSheetPlan): NarrativeCellContent[] {
  return Array.from(rowContents(plan.rows));
}

/**
 * The fingerprint of the sheet a plan writes, with the charts a host adds to it (Excel draws ours;
 * the file has none): that of {@link narrativeFingerprint} over its cells, whose hash the plan made
 * as it first went through its rows.
 */
export function planFingerprint(plan: NarrativeSheetPlan, charts: readonly string[]): string {
  return withCharts(plan.cellsHash, charts);
}

/**
 * What to do with the Narrative sheet. `found`: the fingerprint stored when we wrote it (null:
 * none) and the one it has now; null when the workbook has no sheet of ours.
 */
export function narrativeWrite(
  found: { readonly stored: string | null; readonly now: string } | null,
  whenEdited: NarrativeWhenEdited,
): NarrativeWrite {
  if (!found) return 'add';
  if (found.stored !== null && found.stored === found.now) return 'rewrite';
  return whenEdited === 'replace' ? 'rewrite' : whenEdited;
}

/** The warning when the new draft went to a new sheet because the old one had been changed. */
export function narrativeEditedIssues(kept: string, written: string): Issue[] {
  return [warning('narrative-sheet-edited', { kept, written }, { sheet: written })];
}
