/**
 * Holding the fake's round trips, so that a test can stop a command between its steps without a
 * timer: `excel.pauseRoundTrips()` returns a gate; each round trip (a `context.sync()` with
 * commands) then waits at the gate before it runs, `waiting()` resolves with the next one's
 * commands once it is there, `release()` lets it go, and `resume()` lets every round trip go from
 * then on. Excel has no such thing: it stands for the time a round trip takes, during which the
 * officer may press Cancel.
 */
export class RoundTripGate {
  private readonly held: { what: string[]; go: () => void }[] = [];
  private readonly watchers: ((what: string[]) => void)[] = [];
  private open = false;

  constructor(private readonly done: () => void) {}

  /** Called by the fake for each round trip: resolves when the test lets it go. */
  pass(what: string[]): Promise<void> {
    if (this.open) return Promise.resolve();
    return new Promise((go) => {
      this.held.push({ what, go });
      this.watchers.splice(0).forEach((watch) => watch(what));
    });
  }

  /** Resolves with the commands of the round trip held now, or of the next one to arrive. */
  waiting(): Promise<string[]> {
    const first = this.held[0];
    return first ? Promise.resolve(first.what) : new Promise((resolve) => this.watchers.push(resolve));
  }

  /** Lets the round trip held longest go. */
  release(): void {
    const first = this.held.shift();
    if (!first) throw new Error('No round trip is waiting at the gate.');
    first.go();
  }

  /** Lets every held round trip go, and all later ones, and takes the gate away. */
  resume(): void {
    this.open = true;
    this.held.splice(0).forEach((h) => h.go());
    this.done();
  }
}
