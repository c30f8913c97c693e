/**
 * The action registry of Office.js (`Office.actions.associate`) as the ribbon meets it: what
 * happens when an officer clicks an `ExecuteFunction` button.
 *
 * - `associate` works as soon as Office.js has loaded, before `Office.onReady` resolves: Microsoft's
 *   templates call it at the top level of the commands script
 *   (https://learn.microsoft.com/javascript/api/office/office.actions#office-office-actions-associate-member(1)).
 * - A click is delivered once, to whatever is associated with its `FunctionName` at that moment. A
 *   click that finds nothing associated is lost, not queued: OfficeDev/office-js issue 5176 (open)
 *   shows the first click doing nothing when the commands script associates late.
 * - Office waits for `event.completed()` before it treats the command as finished.
 */

/** The part of `Office.AddinCommands.Event` that a handler is given. */
export interface FakeCommandEvent {
  completed(): void;
}

export type FakeClickResult = 'completed' | 'lost';

export class FakeActionRegistry {
  private readonly handlers = new Map<string, (event: FakeCommandEvent) => unknown>();
  /** Every click, in order, with what became of it. */
  readonly clicks: { name: string; result: FakeClickResult | 'running' }[] = [];

  associate(name: string, handler: (event: FakeCommandEvent) => unknown): void {
    this.handlers.set(name, handler);
  }

  /** The function names associated so far. */
  associated(): string[] {
    return [...this.handlers.keys()];
  }

  /**
   * Clicks the button whose `FunctionName` is `name`: resolves 'completed' when the handler calls
   * `event.completed()`, or 'lost' at once when nothing is associated with that name yet.
   * A second `completed()` on one event throws: a handler must complete exactly once.
   */
  click(name: string): Promise<FakeClickResult> {
    const handler = this.handlers.get(name);
    const record: { name: string; result: FakeClickResult | 'running' } = {
      name,
      result: handler ? 'running' : 'lost',
    };
    this.clicks.push(record);
    if (!handler) return Promise.resolve('lost');
    return new Promise((resolve) => {
      handler({
        completed: () => {
          if (record.result === 'completed') throw new Error(`event.completed() called twice for ${name}.`);
          record.result = 'completed';
          resolve('completed');
        },
      });
    });
  }
}
