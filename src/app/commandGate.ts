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

/** Lets one command run at a time and tells its listeners which one that is. */
export class CommandGate {
  private current: CommandKind | null = null;
  private readonly listeners = new Set<Listener>();

  /** The command running now, or null. */
  running(): CommandKind | null {
    return this.current;
  }

  /**
   * Runs `work` as command `kind` when nothing else runs; otherwise rejects with
   * {@link CommandBusyError} without starting it. Settles as `work` does.
   */
  async run<T>(kind: CommandKind, work: () => Promise<T>): Promise<T> {
    if (this.current !== null) throw new CommandBusyError(this.current, kind);
    this.set(kind);
    try {
      return await work();
    } finally {
      this.set(null);
    }
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
