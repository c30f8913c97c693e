/**
 * Clear RAG: what the tool wrote into a workbook and may take out again, decided once for both
 * hosts from the marks its writes leave (`palette.ts`), so that Clear removes exactly what Refresh
 * RAG and Draft narrative would treat as theirs and nothing else:
 * - a conditional-format rule is ours when its formula carries the marker (every rule we add does:
 *   `checkFormatPlan`); the officer's rules stay, in their order;
 * - a label cell is ours while it still holds a formula carrying the marker — the very test by
 *   which a refresh may overwrite it (`labelBlocker`); a cell the officer has typed over, or given
 *   a formula of their own, is theirs and stays. Only the contents go, and a cell's formats are
 *   left as they are, with one exception: a refresh turns a label cell formatted as Text into
 *   General so that the formula calculates, and notes the cell ({@link TextLabelCells}, kept with
 *   the workbook's settings); that cell is set back to Text as its label goes;
 * - the Narrative sheet is ours when our hidden name ({@link NARRATIVE_NAME}) marks it. As we left
 *   it (its fingerprint unchanged, `narrativeEdits.ts`) and referred to from no other sheet, it is
 *   deleted. Changed by the officer, or referred to from another sheet (deleting it would turn those
 *   formulas into #REF!), it is theirs to decide: the pane asks; where nothing can ask (the ribbon)
 *   it is kept;
 * - our name goes in every case: a sheet kept is the officer's from then on, and a name whose sheet
 *   has gone marks nothing.
 * Nothing else is touched: the stored configuration is the officer's choices, not something we
 * wrote. (The notes a host keeps beside it about its own writes — the Text cells above — go with
 * what they describe.)
 */
import { colToLetters, parseA1, toA1 } from '../address';
import type { FormatPlan } from '../rating/types';
import type { SheetGrid } from '../values/types';
import { labelTargets } from './labels';
import { NARRATIVE_NAME, RAG_MARKER } from './palette';

/** A conditional format as a host read it, in the sheet's priority order: its formula, or null for a rule with none. */
export interface FoundRule {
  readonly formula: string | null;
}

/** What a host found of our Narrative sheet: the sheet our name marks, and its fingerprints (see `narrativeEdits.ts`). */
export interface FoundNarrative {
  readonly sheet: string;
  /** The fingerprint stored when we wrote it (null: none). */
  readonly stored: string | null;
  /** The fingerprint of what it holds now. */
  readonly now: string;
}

/** What to do with a Narrative sheet the officer may want: ask (the pane), or the answer. */
export type NarrativeWhenClearing = 'ask' | 'delete' | 'keep';

/** Why the Narrative sheet is not simply ours to delete. */
export type NarrativeClaim = 'edited' | 'referred';

/** One run of our label cells down a column: cleared as one range. */
export interface LabelRun {
  readonly sheet: string;
  /** "G5:G33", or "G5" for one cell. */
  readonly range: string;
  readonly cells: number;
}

/**
 * Label cells that were formatted as Text ("@") before a refresh wrote their label and turned them
 * General: per sheet, their A1 addresses. The hosts keep it with the workbook's settings, so that
 * Clear RAG can put the Text format back on each as its label goes.
 */
export type TextLabelCells = Readonly<Record<string, readonly string[]>>;

/** A stored note of {@link TextLabelCells} as read back (JSON text or an object); anything malformed is left out. */
export function parseTextLabelCells(stored: unknown): TextLabelCells {
  let value = stored;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return {};
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const out: Record<string, string[]> = {};
  for (const [sheet, cells] of Object.entries(value)) {
    if (!Array.isArray(cells)) continue;
    const valid = cells.filter((c): c is string => typeof c === 'string' && parseA1(c) !== null);
    if (valid.length) out[sheet] = valid;
  }
  return out;
}

/**
 * The note after a refresh turned `cells` (per sheet) from Text to General: the earlier note and
 * these, each cell once. Null when there is nothing to note (the earlier note is kept as it is).
 */
export function noteTextLabelCells(earlier: TextLabelCells, cells: TextLabelCells): TextLabelCells | null {
  if (!Object.values(cells).some((list) => list.length)) return null;
  const out: Record<string, string[]> = {};
  for (const [sheet, list] of Object.entries(earlier)) out[sheet] = [...list];
  for (const [sheet, list] of Object.entries(cells)) {
    const had = new Set(out[sheet] ?? []);
    const next = out[sheet] ?? [];
    for (const cell of list) {
      if (had.has(cell)) continue;
      had.add(cell);
      next.push(cell);
    }
    out[sheet] = next;
  }
  return out;
}

/** What Clear RAG removes. */
export interface RemovalPlan {
  /** Per sheet, the positions (in priority order) of our rules, last first, so that deleting in this order keeps the rest in place. */
  readonly rules: readonly { readonly sheet: string; readonly positions: readonly number[] }[];
  readonly labels: readonly LabelRun[];
  /** Of those label cells, the ones that were Text before a refresh turned them General: set back to Text ("@"). */
  readonly textFormats: readonly LabelRun[];
  /**
   * The Narrative sheet: `delete` it, `keep` it (the officer's now), or `ask` the officer first
   * (nothing is removed then); null when there is none of ours. `claim` says why it is not
   * simply deleted, when it is not.
   */
  readonly narrative: {
    readonly sheet: string;
    readonly action: 'delete' | 'keep' | 'ask';
    readonly claim: NarrativeClaim | null;
  } | null;
  /** Our names to delete. */
  readonly names: readonly string[];
}

/** Whether a formula (with or without "=") is one of ours: it carries the marker. */
export function carriesMarker(formula: string | null | undefined, marker: string = RAG_MARKER): boolean {
  return typeof formula === 'string' && formula.includes(marker);
}

/** Positions of our rules, last first. */
function ourRules(found: readonly FoundRule[], marker: string): number[] {
  const out: number[] = [];
  for (let i = found.length - 1; i >= 0; i--) if (carriesMarker(found[i].formula, marker)) out.push(i);
  return out;
}

/**
 * Our label cells on a sheet, as runs of consecutive rows in one column; `skip` leaves out cells
 * (0-based row and column) that are not to be cleared.
 */
function labelRuns(grid: SheetGrid, marker: string, skip?: (row: number, col: number) => boolean): LabelRun[] {
  const byColumn = new Map<number, number[]>();
  (grid.formulas ?? []).forEach((row, r) =>
    row?.forEach((formula, c) => {
      if (!carriesMarker(formula, marker) || skip?.(r, c)) return;
      const rows = byColumn.get(c);
      if (rows) rows.push(r);
      else byColumn.set(c, [r]);
    }),
  );
  const runs: LabelRun[] = [];
  for (const col of [...byColumn.keys()].sort((a, b) => a - b)) {
    const rows = byColumn.get(col)!;
    let start = 0;
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
      const top = rows[start];
      const bottom = rows[i - 1];
      runs.push({
        sheet: grid.name,
        range: top === bottom ? toA1(top, col) : `${toA1(top, col)}:${colToLetters(col)}${bottom + 1}`,
        cells: bottom - top + 1,
      });
      start = i;
    }
  }
  return runs;
}

/**
 * Labels of ours left by an earlier refresh on rows this refresh does not rate — an indicator or a
 * table the officer has since left out, a row taken out of a table — to be cleared, so that no cell
 * goes on showing a rating the report no longer gives. Ours by the same test as Clear RAG's (the
 * marker in the formula): the officer's cells are never among them.
 */
export function staleLabelRuns(grids: readonly SheetGrid[], plan: FormatPlan): LabelRun[] {
  const planned = plannedCells(plan);
  return grids.flatMap((grid) =>
    labelRuns(grid, plan.marker, (row, col) => planned.has(`${grid.name}\u0000${row}\u0000${col}`)),
  );
}

/** The cells a plan writes labels to, as "sheet\0row\0col". */
function plannedCells(plan: FormatPlan): Set<string> {
  return new Set(labelTargets(plan).map((t) => `${t.sheet}\u0000${t.at?.row}\u0000${t.at?.col}`));
}

/** A sheet's cells noted as Text before a refresh turned them General, as "row,col". */
function notedText(grid: SheetGrid, textLabels: TextLabelCells | undefined): Set<string> {
  const cells = (textLabels?.[grid.name] ?? []).map((a) => parseA1(a));
  return new Set(cells.flatMap((at) => (at ? [`${at.row},${at.col}`] : [])));
}

/**
 * Of the {@link staleLabelRuns}, the cells noted as Text before a refresh turned them General: set
 * back to Text as their label is cleared, as Clear RAG does.
 */
export function staleTextRuns(grids: readonly SheetGrid[], plan: FormatPlan, textLabels: TextLabelCells): LabelRun[] {
  const planned = plannedCells(plan);
  return grids.flatMap((grid) => {
    const noted = notedText(grid, textLabels);
    return noted.size
      ? labelRuns(
          grid,
          plan.marker,
          (row, col) => planned.has(`${grid.name}\u0000${row}\u0000${col}`) || !noted.has(`${row},${col}`),
        )
      : [];
  });
}

/** A reference to sheet `name` in a formula: `Narrative!A1`, `'My narrative'!$B$2`, outside quoted text. */
export function refersToSheet(formula: string, name: string): boolean {
  const plain = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const quoted = name.replace(/'/g, "''").replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?:'${quoted}'|(?<![\\w.'])${plain})!`, 'i');
  return formula.split(/"(?:[^"]|"")*"/).some((part) => pattern.test(part));
}

/** Whether any formula on a sheet other than `name` refers to it. */
function referredTo(grids: readonly SheetGrid[], name: string): boolean {
  return grids.some(
    (g) =>
      g.name !== name &&
      (g.formulas ?? []).some((row) => row?.some((f) => typeof f === 'string' && refersToSheet(f, name))),
  );
}

/**
 * What Clear RAG removes from a workbook as a host read it: its sheets' cells (formulas included),
 * each sheet's conditional formats in priority order, whether our name exists, and our Narrative
 * sheet with its fingerprints (null when the name marks no sheet). `whenEdited` says what to do with
 * a Narrative sheet the officer has changed or refers to: ask, delete it all the same, or keep it.
 */
export function planRemoval(
  found: {
    readonly grids: readonly SheetGrid[];
    readonly rules: ReadonlyMap<string, readonly FoundRule[]>;
    readonly name: boolean;
    readonly narrative: FoundNarrative | null;
    /** The cells a refresh turned from Text to General (see {@link TextLabelCells}); none when absent. */
    readonly textLabels?: TextLabelCells;
  },
  whenEdited: NarrativeWhenClearing,
  marker: string = RAG_MARKER,
): RemovalPlan {
  const rules = [...found.rules]
    .map(([sheet, list]) => ({ sheet, positions: ourRules(list, marker) }))
    .filter((r) => r.positions.length > 0);
  const narrativeSheet = found.narrative?.sheet ?? null;
  const labelled = found.grids.filter((g) => g.name !== narrativeSheet);
  const labels = labelled.flatMap((g) => labelRuns(g, marker));
  // A cell the officer has typed over is theirs, format and all: only our labels get Text back.
  const textFormats = labelled.flatMap((g) => {
    const noted = notedText(g, found.textLabels);
    return noted.size ? labelRuns(g, marker, (row, col) => !noted.has(`${row},${col}`)) : [];
  });
  let narrative: RemovalPlan['narrative'] = null;
  if (found.narrative) {
    const { sheet, stored, now } = found.narrative;
    const claim: NarrativeClaim | null =
      stored === null || stored !== now ? 'edited' : referredTo(found.grids, sheet) ? 'referred' : null;
    narrative = { sheet, claim, action: claim === null || whenEdited === 'delete' ? 'delete' : whenEdited };
  }
  const asking = narrative?.action === 'ask';
  return {
    rules: asking ? [] : rules,
    labels: asking ? [] : labels,
    textFormats: asking ? [] : textFormats,
    narrative,
    names: found.name && !asking ? [NARRATIVE_NAME] : [],
  };
}

/** The question the pane asks before Clear RAG deletes a Narrative sheet that is not simply ours. */
export function clearNarrativeQuestion(sheet: string, claim: NarrativeClaim): string {
  const why =
    claim === 'edited'
      ? `The sheet '${sheet}' has been changed since it was drafted.`
      : `Formulas on other sheets refer to the sheet '${sheet}'; deleting it would turn them into #REF!.`;
  return `${why} Delete it as well, or keep it as yours?`;
}

/** How much a removal plan takes out, for the officer's message. */
export function removalCounts(plan: RemovalPlan): { rules: number; labels: number } {
  return {
    rules: plan.rules.reduce((n, r) => n + r.positions.length, 0),
    labels: plan.labels.reduce((n, r) => n + r.cells, 0),
  };
}
