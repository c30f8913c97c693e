/**
 * Progress and Cancel for the commands that write (Refresh RAG, Draft narrative, Clear RAG).
 *
 * The rule, so that nothing is ever half-written: a command reads first, then writes. It reports
 * each step as it begins ("Reading the workbook", "Reading cells: part 2 of 5", "Rating the
 * indicators") and, at each step, a Cancel asked for since stops it there, before anything has been
 * written. The last such point is just before the first write is queued: from then on the command
 * reports a writing step, Cancel is no longer offered, and the write completes (Office.js has no
 * way to take back a batch it has begun, and a batch stopped partway would leave some rules or
 * labels and not others). So a Cancel is either in time, and nothing was changed, or too late,
 * and everything was written as if it had not been pressed.
 *
 * The ribbon's buttons run the same commands with no way to cancel them (Excel gives a ribbon
 * button nothing to press while it runs), but report the same steps: a pane that is open shows
 * how far the command has got.
 */

/** One step of a command: what it is doing and, where it is one of several like it, how far through them. */
export interface ProgressStep {
  /** "Reading cells: part 2 of 5", "Writing the rules and labels". */
  readonly text: string;
  /** How far through the command, from 0 to 1, where it can be told. */
  readonly fraction?: number;
  /** True once the command has begun writing: Cancel can no longer stop it. */
  readonly writing?: boolean;
}

/** How a caller follows a command and asks to stop it; both optional (the ribbon gives neither a Cancel). */
export interface RunControl {
  readonly onProgress?: (step: ProgressStep) => void;
  /** Aborted when the officer presses Cancel. */
  readonly signal?: AbortSignal;
}

/** A command stopped by Cancel before it wrote anything. */
export class CommandCancelledError extends Error {
  override readonly name = 'CommandCancelledError';
  constructor(readonly command: string) {
    super(`${command} was cancelled before it changed anything.`);
  }
}

/** The steps of one command as its workflow reports them. */
export interface Steps {
  /** A reading step: stops the command here (throws {@link CommandCancelledError}) if Cancel was pressed, else reports it. */
  step(text: string, fraction?: number): void;
  /** The last point at which Cancel counts: stops the command if it was pressed, else reports `text` as writing. */
  beginWriting(text: string, fraction?: number): void;
}

/** The steps of `command` ("Refresh RAG"), reported to and cancelled by `control`. */
export function commandSteps(command: string, control: RunControl = {}): Steps {
  const check = () => {
    if (control.signal?.aborted) throw new CommandCancelledError(command);
  };
  return {
    step(text, fraction) {
      check();
      control.onProgress?.({ text, ...(fraction !== undefined && { fraction }) });
    },
    beginWriting(text, fraction) {
      check();
      control.onProgress?.({ text, writing: true, ...(fraction !== undefined && { fraction }) });
    },
  };
}
