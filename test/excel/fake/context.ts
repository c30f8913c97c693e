/**
 * The request context and the proxy machinery: every method call, property write and `load` is
 * queued and runs only at `context.sync()`; a property read before it was loaded and synced
 * throws PropertyNotLoaded; errors surface at `sync()`. Like Office.js, a failed batch is not
 * rolled back: what ran before the failing command stays done, and no loaded value arrives.
 */
import { FakeOfficeError } from './doc';

/** What a queued command returns when it loads data: its size and how to deliver it. */
export interface Delivery {
  readonly bytes: number;
  commit(): void;
}

export interface Command {
  readonly kind: 'load' | 'write';
  /** "Range.values", "ConditionalFormat.delete" … for failure injection and messages. */
  readonly what: string;
  readonly requestBytes: number;
  run(): Delivery | void;
}

/** Where a batch goes: the fake Excel application. */
export interface BatchRunner {
  runBatch(commands: Command[]): Promise<void>;
}

export class FakeContext {
  private queue: Command[] = [];
  constructor(private readonly runner: BatchRunner) {}

  enqueue(command: Command): void {
    this.queue.push(command);
  }

  /** Queues a change to the document. */
  write(what: string, payload: unknown, run: () => void): void {
    const requestBytes = 64 + (payload === undefined ? 0 : JSON.stringify(payload).length);
    this.enqueue({ kind: 'write', what, requestBytes, run: () => void run() });
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Sends the queued commands as one round trip. */
  sync(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    return this.runner.runBatch(batch);
  }
}

/** Parses `load` arguments: "a, b", ["a", "b"] or { select: "a,b" }. */
export function loadNames(arg: unknown): string[] {
  const text =
    typeof arg === 'string'
      ? arg
      : Array.isArray(arg)
        ? arg.join(',')
        : typeof arg === 'object' && arg !== null
          ? String((arg as { select?: string }).select ?? '')
          : '';
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * A proxy for a document object. Subclasses say how to read a property at sync time; `load`
 * queues the read and delivers the values only when the whole batch has run.
 */
export abstract class FakeObject {
  private readonly loaded = new Map<string, unknown>();
  private nullness: boolean | undefined;

  constructor(
    protected readonly ctx: FakeContext,
    private readonly typeName: string,
    orNull = false,
  ) {
    // An *OrNullObject proxy knows whether it is null after the next sync, loaded or not.
    if (orNull)
      this.ctx.enqueue({ kind: 'load', what: `${typeName}.isNullObject`, requestBytes: 32, run: () => this.probe() });
  }

  /** The property's value now, from the document (runs inside sync). */
  protected abstract readNow(name: string): unknown;

  /** True when this *OrNullObject proxy has nothing behind it (runs inside sync). */
  protected isNullNow(): boolean {
    return false;
  }

  private probe(): Delivery {
    const isNull = this.isNullNow();
    return { bytes: 16, commit: () => void (this.nullness = isNull) };
  }

  load(arg?: unknown): this {
    const names = loadNames(arg);
    this.ctx.enqueue({
      kind: 'load',
      what: `${this.typeName}.load`,
      requestBytes: 64,
      run: () => {
        if (this.isNullNow()) return { bytes: 16, commit: () => void (this.nullness = true) };
        const values = names.map((n) => [n, this.readNow(n)] as const);
        return {
          bytes: JSON.stringify(values).length,
          commit: () => {
            this.nullness ??= false;
            for (const [n, v] of values) this.loaded.set(n, v);
          },
        };
      },
    });
    return this;
  }

  get isNullObject(): boolean {
    if (this.nullness === undefined) throw notLoaded(`${this.typeName}.isNullObject`);
    return this.nullness;
  }

  /** A loaded property; throws PropertyNotLoaded before `load` and `sync`, or on a null object. */
  protected got<T>(name: string): T {
    if (this.nullness === true || !this.loaded.has(name)) throw notLoaded(`${this.typeName}.${name}`);
    return this.loaded.get(name) as T;
  }

  /** Sets a loaded value directly (collections deliver their items' properties this way). */
  deliver(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }
}

export function notLoaded(what: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    what,
    `The property '${what}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/**
 * A recorder for parts of the object model the tests only need to see asked for (range formats,
 * charts): every property set and method call is queued and, at sync, recorded by `record`.
 */
export function recorder(
  ctx: FakeContext,
  what: string,
  record: (path: string, value: unknown) => void,
  path = '',
): unknown {
  const target = function () {
    /* callable */
  };
  return new Proxy(target, {
    get: (_t, prop) =>
      typeof prop === 'symbol' || prop === 'then'
        ? undefined
        : recorder(ctx, what, record, path ? `${path}.${prop}` : prop),
    set: (_t, prop, value) => {
      ctx.write(`${what}.${String(prop)}`, value, () => record(path ? `${path}.${String(prop)}` : String(prop), value));
      return true;
    },
    apply: (_t, _this, args) => {
      ctx.write(`${what}.${path}()`, args, () => record(`${path}()`, args));
      return recorder(ctx, what, record, `${path}()`);
    },
  });
}
