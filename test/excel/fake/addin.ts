/// <reference types="office-js" />
/**
 * `Office.addin` as the shared runtime gives it, for the task pane's visibility (SharedRuntime 1.1):
 * `showAsTaskpane()`, `hide()` and `onVisibilityModeChanged(handler)`. See README.md in this folder,
 * "Task pane visibility".
 */

type Mode = 'Taskpane' | 'Hidden';
type Handler = (message: { visibilityMode: Mode }) => void;

export class FakeAddin {
  /** The pane's visibility now; the pane starts shown, as when the officer has opened it. */
  mode: Mode = 'Taskpane';
  private readonly handlers = new Set<Handler>();

  /**
   * Adds a handler; resolves to a function that removes it (itself resolving once removed), as
   * Office.js does.
   */
  onVisibilityModeChanged(handler: Handler): Promise<() => Promise<void>> {
    this.handlers.add(handler);
    return Promise.resolve(() => {
      this.handlers.delete(handler);
      return Promise.resolve();
    });
  }

  /** Shows the pane; the handlers hear of it if it was hidden. */
  showAsTaskpane(): Promise<void> {
    this.change('Taskpane');
    return Promise.resolve();
  }

  /** Hides the pane (as the officer closing it does in a shared runtime); the handlers hear of it if it was shown. */
  hide(): Promise<void> {
    this.change('Hidden');
    return Promise.resolve();
  }

  /** How many handlers are listening. */
  get listening(): number {
    return this.handlers.size;
  }

  private change(mode: Mode): void {
    if (this.mode === mode) return;
    this.mode = mode;
    for (const handler of [...this.handlers]) handler({ visibilityMode: mode });
  }
}
