import {
  type CommandEvent,
  type CommandFunctionName,
  commandFunctionNames,
  type OfficeCommandsApi,
  registerCommands,
} from '../../src/commands/commands';
import type { CommandOutcome } from '../../src/app/commandOutcomes';
import type { HostApi } from '../../src/app/hostApi';
import { FakeActionRegistry } from '../excel/fake/actions';
import { publishedOutcomes } from './publishedOutcomes';

/** A fake `Office` with just what ribbon commands touch, recording what they do. */
function fakeOffice(options: { withAddin?: boolean; showFails?: boolean } = {}) {
  const handlers = new Map<string, (event: CommandEvent) => void>();
  const showAsTaskpane = jest.fn(() => (options.showFails ? Promise.reject(new Error('no pane')) : Promise.resolve()));
  const office: OfficeCommandsApi = {
    actions: { associate: (id, handler) => void handlers.set(id, handler) },
    ...(options.withAddin === false ? {} : { addin: { showAsTaskpane } }),
  };
  return { office, handlers, showAsTaskpane };
}

const host = (overrides: Partial<HostApi> = {}): HostApi => ({
  refreshRag: jest.fn(async () => ({ message: '12 indicators rated: 7 green, 3 amber, 2 red.' })),
  draftNarrative: jest.fn(async () => ({ text: 'Of the 12 indicators, 7 are on target.' })),
  clearRag: jest.fn(async () => ({ message: 'Removed 6 RAG rules and 28 RAG labels. Nothing of yours was changed.' })),
  ...overrides,
});

/** What each button tells the pane when the host succeeds. */
const SUCCESS: Record<CommandFunctionName, CommandOutcome> = {
  refreshRag: { kind: 'refreshed', message: '12 indicators rated: 7 green, 3 amber, 2 red.' },
  draftNarrative: { kind: 'drafted', text: 'Of the 12 indicators, 7 are on target.' },
  clearRag: { kind: 'cleared', message: 'Removed 6 RAG rules and 28 RAG labels. Nothing of yours was changed.' },
};

/** Clicks a ribbon button and waits until Excel is told the command has finished. */
async function click(handlers: Map<string, (event: CommandEvent) => void>, name: CommandFunctionName) {
  let resolveDone: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (resolveDone = resolve));
  const event = { completed: jest.fn(() => resolveDone()) };
  const handler = handlers.get(name);
  if (!handler) throw new Error(`${name} was not associated`);
  handler(event);
  await done;
  await new Promise((resolve) => setTimeout(resolve, 0));
  return event;
}

const published = publishedOutcomes();

describe('ribbon commands', () => {
  it('associates exactly the functions the manifest names', () => {
    const { office, handlers } = fakeOffice();
    registerCommands(office, () => host());
    expect([...handlers.keys()].sort()).toEqual([...commandFunctionNames].sort());
  });

  it('runs from a keyboard shortcut, which calls the same function with no event', async () => {
    // src/commands/shortcuts.json maps Ctrl+Shift+Alt+R and +D to these actions; Office calls the
    // associated function with no command event for a shortcut.
    const { office, handlers } = fakeOffice();
    const workbook = host();
    registerCommands(office, () => workbook);
    const shortcut = handlers.get('refreshRag') as (event?: CommandEvent) => void;
    expect(() => shortcut()).not.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(workbook.refreshRag).toHaveBeenCalledTimes(1);
    expect(published.list).toEqual([
      expect.objectContaining({ kind: 'refreshed', message: '12 indicators rated: 7 green, 3 amber, 2 red.' }),
    ]);
  });

  /**
   * Loads the commands module as taskpane.html does, in a fresh module registry (its own shared host
   * and outcome channel), with an `Office` whose action registry is `registry` and whose `onReady`
   * never resolves: whatever is associated was associated before Office.js was ready.
   */
  async function loadInOffice(registry: FakeActionRegistry) {
    const onReady = jest.fn(() => new Promise<never>(() => undefined));
    (globalThis as Record<string, unknown>).Office = { actions: registry, onReady };
    try {
      let modules: {
        sharedHost: typeof import('../../src/app/sharedHost');
        outcomes: typeof import('../../src/app/commandOutcomes');
      } | null = null;
      await jest.isolateModulesAsync(async () => {
        await import('../../src/commands/commands');
        modules = {
          sharedHost: await import('../../src/app/sharedHost'),
          outcomes: await import('../../src/app/commandOutcomes'),
        };
      });
      return { ...modules!, onReady };
    } finally {
      delete (globalThis as Record<string, unknown>).Office;
    }
  }

  it('associates every function as the script loads, before Office.onReady resolves', async () => {
    const registry = new FakeActionRegistry();
    const { onReady } = await loadInOffice(registry);
    expect(registry.associated().sort()).toEqual([...commandFunctionNames].sort());
    expect(onReady).not.toHaveBeenCalled();
  });

  it('runs a click that comes before the pane has installed the host once it is there, and later clicks at once', async () => {
    const registry = new FakeActionRegistry();
    const { sharedHost, outcomes: channel } = await loadInOffice(registry);
    const seen: CommandOutcome[] = [];
    const stop = channel.subscribeOutcomes((outcome) => seen.push(outcome));
    try {
      const workbook = host();
      const early = commandFunctionNames.map((name) => registry.click(name));
      await Promise.resolve();
      expect(registry.clicks).toEqual(commandFunctionNames.map((name) => ({ name, result: 'running' })));
      expect(workbook.refreshRag).not.toHaveBeenCalled();
      sharedHost.setSharedHost(workbook);
      // All run once the host is there, one command at a time: the later clicks, met while the
      // first runs, are refused with a sentence rather than run against a workbook being written.
      expect(await Promise.all(early)).toEqual(['completed', 'completed', 'completed']);
      expect(workbook.refreshRag).toHaveBeenCalledTimes(1);
      expect(workbook.draftNarrative).not.toHaveBeenCalled();
      expect(workbook.clearRag).not.toHaveBeenCalled();
      expect(seen.filter((o) => o.kind === 'failed')).toEqual([
        {
          kind: 'failed',
          command: 'draftNarrative',
          message:
            'Refresh RAG is still running, so Draft narrative did not start. Wait for it to finish, then try again.',
        },
        {
          kind: 'failed',
          command: 'clearRag',
          message: 'Refresh RAG is still running, so Clear RAG did not start. Wait for it to finish, then try again.',
        },
      ]);
      for (const name of commandFunctionNames) expect(await registry.click(name)).toBe('completed');
      expect(workbook.refreshRag).toHaveBeenCalledTimes(2);
      expect(workbook.draftNarrative).toHaveBeenCalledTimes(1);
      expect(workbook.clearRag).toHaveBeenCalledTimes(1);
      expect(seen.map((o) => o.kind).sort()).toEqual([
        'cleared',
        'drafted',
        'failed',
        'failed',
        'refreshed',
        'refreshed',
      ]);
    } finally {
      stop();
    }
  });

  it('completes a click that waited, with a sentence, when the page is not in Excel', async () => {
    const registry = new FakeActionRegistry();
    const { sharedHost, outcomes: channel } = await loadInOffice(registry);
    const seen: CommandOutcome[] = [];
    const stop = channel.subscribeOutcomes((outcome) => seen.push(outcome));
    try {
      const click = registry.click('refreshRag');
      sharedHost.setSharedHost((await import('../../src/app/hostApi')).unavailableHost);
      expect(await click).toBe('completed');
      expect(seen).toEqual([
        { kind: 'failed', command: 'refreshRag', message: expect.stringMatching(/cannot reach the workbook/) },
      ]);
    } finally {
      stop();
    }
  });

  it('would lose the first click if the functions were associated only once Office.js is ready (office-js 5176)', async () => {
    // The registry delivers a click only to a function associated by then, as Excel does.
    const registry = new FakeActionRegistry();
    let ready: () => void = () => undefined;
    const onReady = new Promise<void>((resolve) => (ready = resolve));
    void onReady.then(() => registerCommands({ actions: registry }, () => host()));
    expect(await registry.click('refreshRag')).toBe('lost');
    ready();
    await onReady;
    expect(await registry.click('refreshRag')).toBe('completed');
  });

  it.each(commandFunctionNames)('%s completes once on success and tells the pane what it did', async (name) => {
    const { office, handlers, showAsTaskpane } = fakeOffice();
    const workbook = host();
    registerCommands(office, () => workbook);
    const event = await click(handlers, name);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(published.list).toEqual([SUCCESS[name]]);
    expect(showAsTaskpane).not.toHaveBeenCalled();
  });

  it.each(commandFunctionNames)(
    '%s completes once when the workbook rejects, and opens the pane to say why',
    async (name) => {
      const { office, handlers, showAsTaskpane } = fakeOffice();
      const failure = () => Promise.reject(new Error('Scorecard!F12: the sheet is protected.'));
      registerCommands(office, () => host({ refreshRag: failure, draftNarrative: failure, clearRag: failure }));
      const event = await click(handlers, name);
      expect(event.completed).toHaveBeenCalledTimes(1);
      expect(published.list).toEqual([
        { kind: 'failed', command: name, message: 'Scorecard!F12: the sheet is protected.' },
      ]);
      expect(showAsTaskpane).toHaveBeenCalledTimes(1);
    },
  );

  it('publishes the lists from the refresh, so an open pane shows the new ratings', async () => {
    const review = { indicators: [], tables: [{ title: 'Scorecard!A4:O31', configKey: 'Scorecard', columns: [] }] };
    const { office, handlers } = fakeOffice();
    registerCommands(office, () => host({ refreshRag: async () => ({ message: 'Rated.', review }) }));
    await click(handlers, 'refreshRag');
    expect(published.list).toEqual([{ kind: 'refreshed', message: 'Rated.', ...review }]);
  });

  it('completes when the host itself throws, the pane cannot be shown, or there is no shared runtime', async () => {
    for (const setup of [{ showFails: true }, { withAddin: false }]) {
      const { office, handlers } = fakeOffice(setup);
      registerCommands(office, () => {
        throw new TypeError('host not ready');
      });
      const event = await click(handlers, 'refreshRag');
      expect(event.completed).toHaveBeenCalledTimes(1);
    }
    expect(published.list.map((o) => o.kind)).toEqual(['failed', 'failed']);
  });

  it('does not complete until the work has finished', async () => {
    const { office, handlers } = fakeOffice();
    let finish: (value: { message: string }) => void = () => undefined;
    registerCommands(office, () => host({ refreshRag: () => new Promise((resolve) => (finish = resolve)) }));
    const event = { completed: jest.fn() };
    handlers.get('refreshRag')?.(event);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(event.completed).not.toHaveBeenCalled();
    finish({ message: 'Done.' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('reports a thrown non-Error as a plain sentence, never "[object Object]"', async () => {
    const { office, handlers } = fakeOffice();
    registerCommands(office, () => host({ draftNarrative: () => Promise.reject({ code: 'GeneralException' }) }));
    await click(handlers, 'draftNarrative');
    expect(published.list).toHaveLength(1);
    const [outcome] = published.list;
    expect(outcome.kind === 'failed' && outcome.message).toMatch(/^Something went wrong in Excel/);
  });
});
