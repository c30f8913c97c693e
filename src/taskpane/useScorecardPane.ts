import { useCallback, useEffect, useRef, useState } from 'react';
import {
  clearOutcome,
  type CommandOutcome,
  draftOutcome,
  insertOutcome,
  lastOutcome,
  refreshOutcome,
  subscribeOutcomes,
} from '../app/commandOutcomes';
import { commandGate, type CommandKind, type CommandProgress } from '../app/commandGate';
import { CommandCancelledError, type RunControl } from '../app/progress';
import {
  type ColumnRef,
  type ColumnRoleName,
  describeError,
  type ExcludedIndicatorSummary,
  type HostApi,
  type IndicatorSettings,
  type IndicatorSummary,
  type NarrativeParagraph,
  type NarrativeStyle,
  type TableSummary,
  type WorkbookSettings,
  type WorkbookReview,
  type WorkbookSettingsView,
  type WorkbookWarning,
} from '../app/hostApi';
import type { LastRefresh } from '../app/lastRefresh';
import { type RagChange, ragChanges } from '../app/ragPosition';
import type { WritePlan } from '../app/writePlan';
import { useOpeningReview, useReviewWhenShown } from './useOpeningReview';

/** What is running: refreshing, drafting, inserting the edited narrative, or saving settings (then refreshing). */
export type Busy = CommandKind;

/** A problem to show in the pane's message bar. */
export interface PaneError {
  readonly title: string;
  readonly detail: string;
}

/** Everything the pane shows. */
export interface PaneState {
  /** Which command is running, if any, started from the pane or the ribbon; the buttons are disabled meanwhile. */
  readonly busy: Busy | null;
  readonly error: PaneError | null;
  /** The summary from the last RAG refresh. */
  readonly status: string | null;
  /** The last draft narrative. */
  readonly narrative: string | null;
  /** What became of the last Insert of the edited narrative (or a draft written to a new sheet). */
  readonly narrativeNotice: string | null;
  /** The question to put to the officer before a draft overwrites a Narrative sheet they have changed. */
  readonly narrativeQuestion: string | null;
  /** True when RAG was refreshed after the draft was written, so the draft may be out of date. */
  readonly narrativeStale: boolean;
  /** The last draft's paragraphs with each figure tied to its cell (empty when the host gives none). */
  readonly paragraphs: readonly NarrativeParagraph[];
  /** The indicators as last rated (empty until a refresh from the pane). */
  readonly indicators: readonly IndicatorSummary[];
  /** The tables as last read, with their column roles. */
  readonly tables: readonly TableSummary[];
  /** What the officer should check in the workbook, as last read. */
  readonly warnings: readonly WorkbookWarning[];
  /** The workbook-wide settings as last read, when the host gives them. */
  readonly settings: WorkbookSettingsView | null;
  /** How far the running command has got (from the pane or the ribbon), and whether Cancel can still stop it. */
  readonly progress: CommandProgress | null;
  /** The question to put before Clear RAG deletes a Narrative sheet the officer changed or refers to. */
  readonly clearQuestion: string | null;
  /** What became of the last command that did not simply succeed or fail: "Refresh RAG was cancelled before it changed anything." */
  readonly commandNotice: string | null;
  /** The indicators the workbook's configuration leaves out, as last read. */
  readonly excluded: readonly ExcludedIndicatorSummary[];
  /** What Refresh RAG writes, as last read, when the host gives it. */
  readonly plan: WritePlan | null;
  /**
   * The ratings changed by the last refresh against the reading before it in this session; null until
   * there are two readings. Only for a host that keeps no {@link lastRefresh}.
   */
  readonly changes: readonly RagChange[] | null;
  /** When the last refresh ran and what it changed, as the workbook keeps it; null when it has none on record. */
  readonly lastRefresh: LastRefresh | null;
}

/** The pane's state plus the actions its buttons call. */
export interface ScorecardPane extends PaneState {
  refreshRag(): Promise<void>;
  /** Drafts the narrative in {@link narrativeStyle}; asks first (see {@link PaneState.narrativeQuestion}) if the Narrative sheet was changed. */
  draftNarrative(): Promise<void>;
  /** The officer's answer to {@link PaneState.narrativeQuestion}: replace the sheet, write a new one, or (null) neither. */
  answerNarrativeQuestion(choice: 'replace' | 'new-sheet' | null): Promise<void>;
  /** Clear RAG: removes what the add-in wrote; asks first (see {@link PaneState.clearQuestion}) about a Narrative sheet that is not simply ours. Null when the host cannot. */
  readonly clearRag: (() => Promise<void>) | null;
  /** The officer's answer to {@link PaneState.clearQuestion}: delete the sheet as well, keep it, or (null) clear nothing. */
  answerClearQuestion(choice: 'delete' | 'keep' | null): Promise<void>;
  /** Asks the running command to stop before it writes; does nothing once it has begun writing. */
  cancelCommand(): void;
  /** How the next draft is written: the choice beside the draft, else the workbook's setting. */
  readonly narrativeStyle: NarrativeStyle;
  setNarrativeStyle(style: NarrativeStyle): void;
  /** Stores an indicator's settings and refreshes; null when the host cannot store them. */
  readonly saveIndicator: ((key: string, settings: IndicatorSettings) => Promise<void>) | null;
  /** Stores a column's role (null: detect it again) and refreshes; null when the host cannot store it. */
  readonly saveColumnRole: ((table: string, column: ColumnRef, role: ColumnRoleName | null) => Promise<void>) | null;
  /** Leaves an indicator out (or takes it back in) and refreshes; null when the host cannot store it. */
  readonly saveIndicatorIncluded: ((key: string, included: boolean) => Promise<void>) | null;
  /** Leaves a table out (or takes it back in) and refreshes; null when the host cannot store it. */
  readonly saveTableIncluded: ((table: string, included: boolean) => Promise<void>) | null;
  /** Stores the workbook-wide settings and refreshes; null when the host cannot store them. */
  readonly saveWorkbookSettings: ((settings: WorkbookSettings) => Promise<void>) | null;
  /** Writes the edited narrative to the Narrative sheet; null when the host cannot. */
  readonly insertNarrative: ((text: string) => Promise<void>) | null;
  /** Selects an indicator's cell in Excel; null when the host cannot select cells. */
  readonly selectCell: ((sheet: string, cell: string) => Promise<void>) | null;
  dismissError(): void;
}

const refreshFailed = 'RAG not refreshed';
const draftFailed = 'Narrative not drafted';
const clearFailed = 'RAG not cleared';
const FAILED = { refreshRag: refreshFailed, draftNarrative: draftFailed, clearRag: clearFailed } as const;

/** The pane's lists from a command's fresh reading of the workbook, each kept where the host gave none. */
function readAgain(state: PaneState, outcome: Partial<WorkbookReview>): Partial<PaneState> {
  return {
    indicators: outcome.indicators ?? state.indicators,
    tables: outcome.tables ?? state.tables,
    warnings: outcome.warnings ?? state.warnings,
    settings: outcome.settings ?? state.settings,
    excluded: outcome.excluded ?? state.excluded,
    plan: outcome.plan ?? state.plan,
  };
}

function applyOutcome(state: PaneState, outcome: CommandOutcome): PaneState {
  switch (outcome.kind) {
    case 'refreshed':
      return {
        ...state,
        ...readAgain(state, outcome),
        error: null,
        status: outcome.message,
        narrativeStale: state.narrative !== null,
        // A host that keeps the last refresh in the workbook says what it changed; else this session's readings do.
        changes:
          outcome.lastRefresh === undefined && outcome.indicators && state.indicators.length
            ? ragChanges(state.indicators, outcome.indicators)
            : state.changes,
        lastRefresh: outcome.lastRefresh !== undefined ? outcome.lastRefresh : state.lastRefresh,
      };
    case 'drafted':
      return {
        ...state,
        error: null,
        narrative: outcome.text,
        paragraphs: outcome.paragraphs ?? [],
        narrativeNotice: outcome.notice ?? null,
        narrativeQuestion: null,
        narrativeStale: false,
      };
    case 'narrativeQuestion':
      return { ...state, busy: null, error: null, narrativeQuestion: outcome.question };
    case 'inserted':
      return { ...state, error: null, narrativeNotice: outcome.message };
    case 'cleared':
      // Nothing of a refresh is left in the workbook: no changes to show, and the lists as read after it.
      return {
        ...state,
        ...readAgain(state, outcome),
        error: null,
        clearQuestion: null,
        status: outcome.message,
        changes: null,
        lastRefresh: null,
      };
    case 'clearQuestion':
      return { ...state, busy: null, error: null, clearQuestion: outcome.question };
    case 'cancelled':
      return { ...state, error: null, commandNotice: outcome.message };
    case 'failed':
      return { ...state, error: { title: FAILED[outcome.command], detail: outcome.message } };
  }
}

/**
 * The task pane's state and actions over a {@link HostApi}. Also shows what the ribbon buttons
 * did (they publish to `commandOutcomes`), so the pane and the ribbon tell one story.
 * @param host the workbook
 * @param startupError a problem found before the pane rendered (e.g. Excel too old)
 */
export function useScorecardPane(host: HostApi, startupError: PaneError | null = null): ScorecardPane {
  const [state, setState] = useState<PaneState>(() => {
    const initial: PaneState = {
      busy: commandGate.running(),
      error: startupError,
      status: null,
      narrative: null,
      narrativeNotice: null,
      narrativeQuestion: null,
      narrativeStale: false,
      paragraphs: [],
      indicators: [],
      tables: [],
      warnings: [],
      settings: null,
      progress: commandGate.progress(),
      clearQuestion: null,
      commandNotice: null,
      excluded: [],
      plan: null,
      changes: null,
      lastRefresh: null,
    };
    const outcome = lastOutcome();
    const afterRibbon = outcome ? applyOutcome(initial, outcome) : initial;
    return startupError ? { ...afterRibbon, error: startupError } : afterRibbon;
  });
  const mounted = useRef(true);

  useOpeningReview(host, startupError, setState);
  useReviewWhenShown(host, startupError, setState);

  useEffect(() => {
    mounted.current = true;
    const unsubscribe = subscribeOutcomes((outcome) => setState((previous) => applyOutcome(previous, outcome)));
    // Busy whichever side started the command: the gate says when any starts or ends.
    const unsubscribeBusy = commandGate.subscribe((busy) => setState((previous) => ({ ...previous, busy })));
    // The steps of whichever command runs, the ribbon's too: the pane shows how far it has got.
    const unsubscribeProgress = commandGate.subscribeProgress((progress) =>
      setState((previous) => ({ ...previous, progress })),
    );
    setState((previous) => ({ ...previous, busy: commandGate.running(), progress: commandGate.progress() }));
    return () => {
      mounted.current = false;
      unsubscribe();
      unsubscribeBusy();
      unsubscribeProgress();
    };
  }, []);

  const run = useCallback(
    async (
      busy: Busy,
      work: (control: RunControl) => Promise<CommandOutcome>,
      failureTitle: string,
      cancellable = false,
    ): Promise<void> => {
      setState((previous) => ({ ...previous, error: null, commandNotice: null }));
      let outcome: CommandOutcome;
      try {
        outcome = await commandGate.run(busy, work, { cancellable });
      } catch (error) {
        if (error instanceof CommandCancelledError) outcome = { kind: 'cancelled', message: error.message };
        else {
          if (mounted.current)
            setState((previous) => ({
              ...previous,
              error: { title: failureTitle, detail: describeError(error) },
            }));
          return;
        }
      }
      if (mounted.current) setState((previous) => applyOutcome(previous, outcome));
    },
    [],
  );

  const refreshed = useCallback((control?: RunControl) => refreshOutcome(host, control), [host]);
  const refreshRag = useCallback(
    () => run('refresh', (control) => refreshed(control), refreshFailed, true),
    [run, refreshed],
  );
  /** Stores a setting in the workbook, then refreshes, so the pane shows what the setting changed. */
  const storeAndRefresh = useCallback(
    (store: () => Promise<void> | undefined, failureTitle: string) =>
      run(
        'save',
        async () => {
          await store();
          return refreshed();
        },
        failureTitle,
      ),
    [run, refreshed],
  );
  const saveIndicator = useCallback(
    (key: string, settings: IndicatorSettings) =>
      storeAndRefresh(() => host.saveIndicator?.(key, settings), 'Settings not saved'),
    [host, storeAndRefresh],
  );
  const saveColumnRole = useCallback(
    (table: string, column: ColumnRef, role: ColumnRoleName | null) =>
      storeAndRefresh(() => host.saveColumnRole?.(table, column, role), 'Column role not saved'),
    [host, storeAndRefresh],
  );
  const saveIndicatorIncluded = useCallback(
    (key: string, included: boolean) =>
      storeAndRefresh(() => host.saveIndicatorIncluded?.(key, included), 'Indicator not changed'),
    [host, storeAndRefresh],
  );
  const saveTableIncluded = useCallback(
    (table: string, included: boolean) =>
      storeAndRefresh(() => host.saveTableIncluded?.(table, included), 'Table not changed'),
    [host, storeAndRefresh],
  );
  const saveWorkbookSettings = useCallback(
    (settings: WorkbookSettings) => storeAndRefresh(() => host.saveWorkbookSettings?.(settings), 'Settings not saved'),
    [host, storeAndRefresh],
  );
  // The style chosen beside the draft; until the officer chooses, the workbook's own setting.
  const [chosenStyle, setNarrativeStyle] = useState<NarrativeStyle | null>(null);
  const narrativeStyle = chosenStyle ?? state.settings?.current.narrativeStyle ?? 'committee';
  // The style the draft on screen was written in: Insert recognises its sentences in that style.
  const draftedStyle = useRef<NarrativeStyle | undefined>(undefined);
  // The command that asked the question on screen, to run again with the officer's answer.
  const asked = useRef<{ command: 'draft' } | { command: 'insert'; text: string }>({ command: 'draft' });
  const draftNarrative = useCallback(() => {
    draftedStyle.current = narrativeStyle;
    asked.current = { command: 'draft' };
    return run('draft', (control) => draftOutcome(host, narrativeStyle, 'ask', control), draftFailed, true);
  }, [host, run, narrativeStyle]);
  const answerNarrativeQuestion = useCallback(
    async (choice: 'replace' | 'new-sheet' | null) => {
      setState((previous) => ({ ...previous, narrativeQuestion: null }));
      if (choice === null) return;
      const question = asked.current;
      if (question.command === 'insert')
        await run(
          'insert',
          () => insertOutcome(host, question.text, draftedStyle.current, choice),
          'Narrative not inserted',
        );
      else
        await run('draft', (control) => draftOutcome(host, draftedStyle.current, choice, control), draftFailed, true);
    },
    [host, run],
  );
  const clearRag = useCallback(
    () => run('clear', (control) => clearOutcome(host, 'ask', control), clearFailed, true),
    [host, run],
  );
  const answerClearQuestion = useCallback(
    async (choice: 'delete' | 'keep' | null) => {
      setState((previous) => ({ ...previous, clearQuestion: null }));
      if (choice !== null) await run('clear', (control) => clearOutcome(host, choice, control), clearFailed, true);
    },
    [host, run],
  );
  const cancelCommand = useCallback(() => void commandGate.cancel(), []);
  const insertNarrative = useCallback(
    (text: string) => {
      asked.current = { command: 'insert', text };
      return run('insert', () => insertOutcome(host, text, draftedStyle.current, 'ask'), 'Narrative not inserted');
    },
    [host, run],
  );
  const dismissError = useCallback(() => setState((previous) => ({ ...previous, error: null })), []);
  const selectCell = useCallback(
    async (sheet: string, cell: string) => {
      try {
        await host.selectCell?.(sheet, cell);
      } catch (error) {
        if (mounted.current)
          setState((previous) => ({
            ...previous,
            error: { title: 'Cell not selected', detail: describeError(error) },
          }));
      }
    },
    [host],
  );

  return {
    ...state,
    refreshRag,
    draftNarrative,
    answerNarrativeQuestion,
    clearRag: host.clearRag ? clearRag : null,
    answerClearQuestion,
    cancelCommand,
    narrativeStyle,
    setNarrativeStyle,
    saveIndicator: host.saveIndicator ? saveIndicator : null,
    saveColumnRole: host.saveColumnRole ? saveColumnRole : null,
    saveIndicatorIncluded: host.saveIndicatorIncluded ? saveIndicatorIncluded : null,
    saveTableIncluded: host.saveTableIncluded ? saveTableIncluded : null,
    saveWorkbookSettings: host.saveWorkbookSettings ? saveWorkbookSettings : null,
    insertNarrative: host.insertNarrative ? insertNarrative : null,
    selectCell: host.selectCell ? selectCell : null,
    dismissError,
  };
}
