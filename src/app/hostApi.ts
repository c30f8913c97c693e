import type { ColumnRole, NarrativeStyle, NarrativeWhenClearing, NarrativeWhenEdited } from '../core';
export type { NarrativeStyle, NarrativeWhenClearing, NarrativeWhenEdited } from '../core';
import type { LastRefresh } from './lastRefresh';
import type { RunControl } from './progress';
import type { WorkbookSettings } from './workbookSettings';
import type { WritePlan } from './writePlan';

export type { ProgressStep, RunControl } from './progress';

export type { WorkbookSettings } from './workbookSettings';

/**
 * What the task pane and the ribbon commands ask of the workbook. The Office.js adapter
 * provides the real implementation; the pane and the commands receive it, never `Excel.*`.
 */
export interface HostApi {
  /**
   * Rates every indicator red, amber or green; resolves to a one-line summary for the officer and,
   * where the host can, the pane's lists from the same reading.
   */
  refreshRag(control?: RunControl): Promise<{ message: string; review?: WorkbookReview }>;
  /**
   * Drafts the narrative in a style (`committee` when not given, or as the workbook's settings
   * say) and writes the Narrative sheet; resolves to the draft text and, where the host can, its
   * paragraphs with each figure tied to its cell. When the officer has changed the Narrative sheet
   * since it was drafted, `whenEdited` says what to do: `ask` resolves to the question and writes
   * nothing (the pane asks, then calls again with the answer), `replace` rewrites it, `new-sheet`
   * (the default: the ribbon cannot ask) leaves it and writes the draft to a new sheet.
   * `control` (for this and {@link refreshRag}) follows its steps and can cancel it before it
   * writes (see `progress.ts`).
   */
  draftNarrative(
    style?: NarrativeStyle,
    whenEdited?: NarrativeWhenEdited,
    control?: RunControl,
  ): Promise<DraftedNarrative | NarrativeQuestion>;
  /**
   * Clear RAG: removes what the add-in wrote — its conditional formats, the label cells that still
   * hold its formulas, its Narrative sheet and its name — and nothing of the officer's (the rule is
   * in `core/annotate/removal.ts`), where the host can. A Narrative sheet the officer has changed,
   * or that other sheets refer to, is as `whenEdited` says: `ask` resolves to the question and
   * removes nothing, `delete` deletes it all the same, `keep` (the default: the ribbon cannot ask)
   * leaves it as the officer's. Resolves to a sentence saying what was removed and, where the host
   * can, the pane's lists read afresh after it (the label column it took out is gone from the tables).
   */
  clearRag?(
    whenEdited?: NarrativeWhenClearing,
    control?: RunControl,
  ): Promise<{ message: string; review?: WorkbookReview } | NarrativeQuestion>;
  /** Reads the workbook, changing nothing: the indicators as rated now and the tables as read, where the host can. */
  review?(): Promise<WorkbookReview>;
  /** Selects a cell in the workbook (activating its sheet), where the host can. */
  selectCell?(sheet: string, cell: string): Promise<void>;
  /** Stores one indicator's settings in the workbook's configuration, where the host can. */
  saveIndicator?(key: string, settings: IndicatorSettings): Promise<void>;
  /**
   * Stores the role of one column of a table in the workbook's configuration (null: detect it
   * again), where the host can. `table` is {@link TableSummary.configKey}.
   */
  saveColumnRole?(table: string, column: ColumnRef, role: ColumnRoleName | null): Promise<void>;
  /** Stores the workbook-wide settings (reporting period, tolerance, amber rule, house style), where the host can. */
  saveWorkbookSettings?(settings: WorkbookSettings): Promise<void>;
  /**
   * Leaves one indicator out of the report (ratings, rules, labels and narrative), or takes it back
   * in, in the workbook's configuration, where the host can. `key` is {@link IndicatorSummary.settingsKey}
   * or {@link ExcludedIndicatorSummary.settingsKey}.
   */
  saveIndicatorIncluded?(key: string, included: boolean): Promise<void>;
  /**
   * Leaves one table out of the report, or takes it back in, in the workbook's configuration, where
   * the host can. `table` is {@link TableSummary.configKey}.
   */
  saveTableIncluded?(table: string, included: boolean): Promise<void>;
  /**
   * Calls `listener` each time the task pane is shown again after being hidden (in the shared
   * runtime the pane is hidden, not closed, and the workbook may change meanwhile), where the host
   * can tell; returns a function that stops.
   */
  onPaneShown?(listener: () => void): () => void;
  /**
   * Writes the narrative as the officer edited it to the Narrative sheet, where the host can;
   * resolves to a sentence saying where. `whenEdited` as for {@link draftNarrative}: with `ask`, a
   * Narrative sheet changed since it was written resolves to the question and nothing is written.
   */
  insertNarrative?(
    text: string,
    style?: NarrativeStyle,
    whenEdited?: NarrativeWhenEdited,
  ): Promise<{ message: string } | NarrativeQuestion>;
}

/** A drafted narrative, and a sentence for the officer when the Narrative sheet was not simply rewritten. */
export interface DraftedNarrative {
  readonly text: string;
  readonly paragraphs?: readonly NarrativeParagraph[];
  /** Where the draft went when the Narrative sheet had been changed and was left as it was. */
  readonly notice?: string;
}

/** Nothing was written: the Narrative sheet has been changed since it was drafted, and the officer is asked what to do. */
export interface NarrativeQuestion {
  readonly question: string;
}

/** What a column of a table can be taken to be: the engine's column roles. */
export type ColumnRoleName = ColumnRole;

/**
 * One indicator's settings as the officer sets them in the pane. `target` is in the indicator's
 * own units (percentages in points: 90 for 90 per cent); null means "use the target cell".
 * `tolerance` is relative, as a fraction of the target (0.05 for within 5 per cent); null means
 * "use the workbook's tolerance".
 */
export interface IndicatorSettings {
  readonly target: number | null;
  readonly polarity: 'higher' | 'lower' | 'none';
  readonly tolerance: number | null;
  /** The name the narrative uses in prose; null (or absent) for the one derived from the indicator's name. */
  readonly shortName?: string | null;
}

/** One paragraph of the drafted narrative, for checking its figures against their cells. */
export interface NarrativeParagraph {
  readonly kind: 'title' | 'heading' | 'subheading' | 'item';
  readonly parts: readonly NarrativePart[];
}

/** A run of a paragraph's text; a figure names the cell it came from. */
export interface NarrativePart {
  readonly text: string;
  readonly cell?: { readonly sheet: string; readonly cell: string };
}

/** What the pane lists: the indicators and the tables they were read from. */
export interface WorkbookReview {
  readonly indicators: readonly IndicatorSummary[];
  readonly tables: readonly TableSummary[];
  /** What the officer should check in the workbook (a number stored as text, an assumed polarity…), each naming its cell where it has one. */
  readonly warnings?: readonly WorkbookWarning[];
  /** The workbook-wide settings, where the host gives them. */
  readonly settings?: WorkbookSettingsView;
  /** What Refresh RAG writes (rules, labels) and leaves alone, where the host gives it. */
  readonly plan?: WritePlan;
  /** The indicators the configuration leaves out, to be taken back in, where the host gives them. */
  readonly excluded?: readonly ExcludedIndicatorSummary[];
  /** When the last refresh ran and the ratings it changed, as the workbook keeps them; null: none on record. Where the host gives it. */
  readonly lastRefresh?: LastRefresh | null;
}

/** An indicator left out of the report by the workbook's configuration. */
export interface ExcludedIndicatorSummary {
  readonly name: string;
  /** "Scorecard", the sheet it is on. */
  readonly sheet: string;
  /** Its name cell ("B12"). */
  readonly cell: string;
  /** The key its exclusion is stored under: its reference, else its exact name. */
  readonly settingsKey: string;
}

/** The workbook-wide settings now, and the choices the workbook offers. */
export interface WorkbookSettingsView {
  readonly current: WorkbookSettings;
  /** The periods the tables have, earliest first. */
  readonly periods: readonly string[];
  /** The period reported on now. */
  readonly reporting: string | null;
  /** Why that period was chosen, when it was not set ("The report is on Q3 2023/24 (Scorecard!G3): …"). */
  readonly reportingWhy?: string | null;
}

/** One thing to check, in a sentence that names the sheet and cell. */
export interface WorkbookWarning {
  readonly message: string;
  readonly sheet: string | null;
  readonly cell: string | null;
}

/** One indicator as the pane lists it: everything already worded, nothing left to decide. */
export interface IndicatorSummary {
  readonly id: string;
  readonly name: string;
  /** "Scorecard › Front Door", or the sheet name alone when the table has no sections. */
  readonly group: string;
  readonly sheet: string;
  /** The rated value's cell ("I7"), or the indicator's name cell when there is no value. */
  readonly cell: string;
  readonly rag: 'green' | 'amber' | 'red' | 'none';
  /** The word shown on the badge: "Green", "Amber", "Red", "Check" (a cell to check before it can be rated), "No target" or "No data". */
  readonly label: string;
  /** "91.5 per cent against a target of 95 per cent", or why there is no rating. */
  readonly detail: string;
  /** The key its settings are stored under (its reference, else its name). */
  readonly settingsKey: string;
  /** Its settings now, for the pane's form; null when it has a band target, which the form does not edit. */
  readonly settings: IndicatorSettings | null;
  /** "per cent" for a percentage, else null: the units the target is entered in. */
  readonly targetUnits: string | null;
  /** Where the target comes from: a cell of the scorecard, the stored settings, or nowhere. */
  readonly targetSource: 'cell' | 'config' | null;
  /** The sheet's own rating from its RAG or status column, where it gives one. */
  readonly sheetRag?: SheetRagSummary | null;
  /** The short name the narrative would derive from the indicator's name ("Assessments completed within 45 working days"). */
  readonly derivedShortName?: string;
}

/** The sheet's own rating of an indicator, as the pane shows it beside ours. */
export interface SheetRagSummary {
  /** "Green", "Amber", "Red" or "Not rated"; "Target met" or "Target not met" from a column that says only that. */
  readonly label: string;
  /** The cell's text ("A", "Off target") and its cell ("G5"). */
  readonly shown: string;
  readonly cell: string;
  /** True when the sheet and we rate it alike (its "target not met" is like our amber or red). */
  readonly agrees: boolean;
}

/** One indicator table as read, with what each column was taken to be and why. */
export interface TableSummary {
  /** "Scorecard!A4:O33" or "EducationIndicators (Education!A3:I8)". */
  readonly title: string;
  /** What its column roles are stored under: the Excel table's name, else the sheet's. */
  readonly configKey: string;
  /** Why the table was not read, when it was not (no column of indicator names): give a column that role. */
  readonly unread?: string;
  /** True when the workbook's configuration leaves the table out: its indicators are not read or rated. */
  readonly excluded?: boolean;
  readonly columns: readonly ColumnSummary[];
}

/** Which column a role is set for: its letter, and its header (a key naming the header is replaced). */
export type ColumnRef = Pick<ColumnSummary, 'column' | 'header'>;

/** One column of a table: its header, the role it was given, why, and whether the officer set it. */
export interface ColumnSummary {
  /** Its letter, "E". */
  readonly column: string;
  readonly header: string;
  readonly role: ColumnRoleName;
  readonly reason: string;
  /** True when the role comes from the stored configuration rather than the header. */
  readonly configured: boolean;
  /** True for the column of RAG labels that Refresh RAG writes: not the officer's to set. */
  readonly labels?: boolean;
}

/**
 * A host for when the workbook cannot be reached (for example, the page was opened outside
 * Excel): every call rejects with a message the officer can act on.
 */
export const unavailableHost: HostApi = {
  refreshRag: () => Promise.reject(new Error(notInExcel)),
  draftNarrative: () => Promise.reject(new Error(notInExcel)),
};

const notInExcel = 'Scorecard Narrator cannot reach the workbook. Open it from the Home tab in Excel.';

/**
 * The text to show an officer for something thrown by a host call. Errors keep their message;
 * anything else gets a general sentence rather than "[object Object]".
 */
export function describeError(error: unknown): string {
  if (error instanceof Error && error.message.trim() !== '') return error.message;
  if (typeof error === 'string' && error.trim() !== '') return error;
  return 'Something went wrong in Excel. Please try again; if it keeps happening, save the workbook and reopen it.';
}
