/**
 * One command at a time. The ribbon buttons and the task pane run in one (shared) runtime and
 * write to the same workbook; two commands at once interleave their round trips, so two Drafts
 * both find no Narrative sheet and both add one, and the second fails with `ItemAlreadyExists`.
 *
 * A command asked for while another runs is refused with a sentence naming the one running,
 * rather than queued. A queued command would run later against a workbook the officer may have
 * changed meanwhile, a second click of the same button (the ribbon gives no sign it heard the
 * first) would do the same work twice and rewrite the sheet the officer is reading, and behind a
 * command waiting for the officer to finish editing a cell a queue could grow unseen. The pane
 * shows which command is running, whichever side started it, and disables its buttons meanwhile.
 */
import { busyMessage } from './commandMessages';
import type { ProgressStep, RunControl } from './progress';

/** What is running: Refresh RAG, Draft narrative, Insert in workbook, saving settings (then refreshing), or Clear RAG. */
export type CommandKind = 'refresh' | 'draft' | 'insert' | 'save' | 'clear';

/** A command refused because another was running; its message says which and what to do. */
export class CommandBusyError extends Error {
  override readonly name = 'CommandBusyError';
  constructor(
    readonly running: CommandKind,
    readonly refused: CommandKind,
  ) {
    super(busyMessage(running, refused));
  }
}

type Listener = (running: CommandKind | null) => void;

/** How far the running command has got, and whether Cancel can still stop it. */
export interface CommandProgress {
  readonly kind: CommandKind;
  /** The step being taken; null until the command reports its first. */
  readonly step: ProgressStep | null;
  /** True when it was started where it can be cancelled (the pane) and has not begun writing. */
  readonly cancellable: boolean;
  /** True once Cancel has been pressed: the command stops at its next step. */
  readonly cancelling: boolean;
}

type ProgressListener = (progress: CommandProgress | null) => void;

/** Lets one command run at a time and tells its listeners which one that is. */
export class CommandGate {
  private current: CommandKind | null = null;
  private readonly listeners = new Set<Listener>();
  private readonly progressListeners = new Set<ProgressListener>();
  private shown: CommandProgress | null = null;
  private abort: AbortController | null = null;

  /** The command running now, or null. */
  running(): CommandKind | null {
    return this.current;
  }

  /**
   * Runs `work` as command `kind` when nothing else runs; otherwise rejects with
   * {@link CommandBusyError} without starting it. Settles as `work` does. `work` is given the
   * {@link RunControl} to pass to the host: its steps reach {@link subscribeProgress}'s listeners
   * and, when `cancellable` (the pane; the ribbon has nothing to press), {@link cancel} aborts it.
   */
  async run<T>(
    kind: CommandKind,
    work: (control: RunControl) => Promise<T>,
    options: { readonly cancellable?: boolean } = {},
  ): Promise<T> {
    if (this.current !== null) throw new CommandBusyError(this.current, kind);
    const abort = options.cancellable ? new AbortController() : null;
    this.abort = abort;
    this.set(kind);
    this.show({ kind, step: null, cancellable: abort !== null, cancelling: false });
    const control: RunControl = {
      onProgress: (step) => {
        if (this.abort !== abort || !this.shown) return;
        this.show({ ...this.shown, step, cancellable: abort !== null && !step.writing });
      },
      ...(abort && { signal: abort.signal }),
    };
    try {
      return await work(control);
    } finally {
      this.abort = null;
      this.show(null);
      this.set(null);
    }
  }

  /** How far the running command has got, or null when none runs. */
  progress(): CommandProgress | null {
    return this.shown;
  }

  /**
   * Asks the running command to stop at its next step, before it writes (see `progress.ts`);
   * returns false, doing nothing, when no command runs, it cannot be cancelled or it has begun writing.
   */
  cancel(): boolean {
    if (!this.abort || !this.shown?.cancellable) return false;
    this.abort.abort();
    this.show({ ...this.shown, cancelling: true });
    return true;
  }

  /** Calls `listener` whenever the running command reports a step, is cancelled, starts or ends; returns the unsubscribe function. */
  subscribeProgress(listener: ProgressListener): () => void {
    this.progressListeners.add(listener);
    return () => {
      this.progressListeners.delete(listener);
    };
  }

  private show(progress: CommandProgress | null): void {
    this.shown = progress;
    for (const listener of [...this.progressListeners]) listener(progress);
  }

  /** Calls `listener` whenever a command starts or ends; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private set(kind: CommandKind | null): void {
    this.current = kind;
    for (const listener of [...this.listeners]) listener(kind);
  }
}

/** The gate the ribbon and the pane share: the bundle keeps one copy of this module, as with `sharedHost`. */
export const commandGate = new CommandGate();
