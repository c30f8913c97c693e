import { CommandBusyError, CommandGate, type CommandKind } from '../../src/app/commandGate';

/** A promise the test settles by hand, to look at the gate while a command runs. */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('CommandGate', () => {
  it('refuses a second command while one runs, saying which runs, and never starts it', async () => {
    const gate = new CommandGate();
    const first = deferred<string>();
    const running = gate.run('refresh', () => first.promise);
    const second = jest.fn(async () => 'drafted');
    await expect(gate.run('draft', second)).rejects.toEqual(new CommandBusyError('refresh', 'draft'));
    expect(second).not.toHaveBeenCalled();
    await expect(gate.run('draft', second)).rejects.toThrow(
      'Refresh RAG is still running, so Draft narrative did not start. Wait for it to finish, then try again.',
    );
    first.resolve('refreshed');
    await expect(running).resolves.toBe('refreshed');
    await expect(gate.run('draft', second)).resolves.toBe('drafted');
  });

  it('words a second click of the same button, and a refused save, as the officer would put it', async () => {
    const gate = new CommandGate();
    const first = deferred<void>();
    const running = gate.run('draft', () => first.promise);
    await expect(gate.run('draft', async () => undefined)).rejects.toThrow(
      'Draft narrative is still running, so it did not start again. Wait for it to finish, then try again.',
    );
    await expect(gate.run('save', async () => undefined)).rejects.toThrow(
      'Draft narrative is still running, so the settings were not saved. Wait for it to finish, then try again.',
    );
    first.resolve();
    await running;
    const saving = deferred<void>();
    const save = gate.run('save', () => saving.promise);
    await expect(gate.run('insert', async () => undefined)).rejects.toThrow(
      'The settings are still being saved, so the narrative was not inserted. Wait for it to finish, then try again.',
    );
    saving.resolve();
    await save;
  });

  it('is free again after a command fails, and tells its listeners each start and end', async () => {
    const gate = new CommandGate();
    const seen: (CommandKind | null)[] = [];
    const unsubscribe = gate.subscribe((kind) => seen.push(kind));
    const failing = deferred<void>();
    const run = gate.run('insert', () => failing.promise);
    expect(gate.running()).toBe('insert');
    failing.reject(new Error('Excel said no.'));
    await expect(run).rejects.toThrow('Excel said no.');
    expect(gate.running()).toBeNull();
    await gate.run('refresh', async () => undefined);
    unsubscribe();
    await gate.run('draft', async () => undefined);
    expect(seen).toEqual(['insert', null, 'refresh', null]);
  });

  it('is free again when the work throws before returning a promise', async () => {
    const gate = new CommandGate();
    await expect(
      gate.run('refresh', () => {
        throw new TypeError('host not ready');
      }),
    ).rejects.toThrow('host not ready');
    expect(gate.running()).toBeNull();
  });
});

describe('CommandGate progress and Cancel', () => {
  it('passes on each step, offers Cancel until writing begins, and aborts the run it was pressed for', async () => {
    const gate = new CommandGate();
    const seen: unknown[] = [];
    const stop = gate.subscribeProgress((p) =>
      seen.push(p && { text: p.step?.text ?? null, cancellable: p.cancellable }),
    );
    const reading = deferred<void>();
    let signal: AbortSignal | undefined;
    const running = gate.run(
      'refresh',
      async (control) => {
        signal = control.signal;
        control.onProgress?.({ text: 'Reading the workbook', fraction: 0 });
        await reading.promise;
        control.onProgress?.({ text: 'Writing the rules and labels', fraction: 0.8, writing: true });
        return signal?.aborted;
      },
      { cancellable: true },
    );
    expect(gate.progress()).toMatchObject({ kind: 'refresh', cancellable: true, cancelling: false });
    expect(gate.cancel()).toBe(true);
    expect(signal?.aborted).toBe(true);
    expect(gate.progress()?.cancelling).toBe(true);
    reading.resolve();
    await expect(running).resolves.toBe(true);
    expect(gate.progress()).toBeNull();
    expect(gate.cancel()).toBe(false);
    stop();
    expect(seen).toEqual([
      { text: null, cancellable: true },
      { text: 'Reading the workbook', cancellable: true },
      { text: 'Reading the workbook', cancellable: true },
      { text: 'Writing the rules and labels', cancellable: false },
      null,
    ]);
  });

  it('cannot cancel a command started without Cancel (the ribbon), nor one that has begun writing', async () => {
    const gate = new CommandGate();
    const ribbon = deferred<void>();
    const fromRibbon = gate.run('clear', async (control) => {
      expect(control.signal).toBeUndefined();
      control.onProgress?.({ text: 'Reading the workbook' });
      await ribbon.promise;
    });
    expect(gate.progress()).toMatchObject({
      kind: 'clear',
      step: { text: 'Reading the workbook' },
      cancellable: false,
    });
    expect(gate.cancel()).toBe(false);
    ribbon.resolve();
    await fromRibbon;

    const writing = deferred<void>();
    let signal: AbortSignal | undefined;
    const pane = gate.run(
      'draft',
      async (control) => {
        signal = control.signal;
        control.onProgress?.({ text: 'Writing the Narrative sheet', writing: true });
        await writing.promise;
      },
      { cancellable: true },
    );
    expect(gate.cancel()).toBe(false);
    expect(signal?.aborted).toBe(false);
    writing.resolve();
    await pane;
  });
});
