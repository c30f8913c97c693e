/** @jest-environment jsdom */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import type { HostApi } from '../../src/app/hostApi';
import { type CommandEvent, type OfficeCommandsApi, registerCommands } from '../../src/commands/commands';

/** A promise the test settles by hand, to look at the pane while the workbook is busy. */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** The ribbon's buttons over the same host as the pane (one shared runtime). */
function ribbonFor(host: HostApi) {
  const handlers = new Map<string, (event: CommandEvent) => void>();
  const office: OfficeCommandsApi = { actions: { associate: (id, handler) => void handlers.set(id, handler) } };
  registerCommands(office, () => host);
  return (name: string) => new Promise<void>((resolve) => handlers.get(name)!({ completed: () => resolve() }));
}

const disabled = (name: string) => screen.getByRole('button', { name }).getAttribute('aria-disabled') === 'true';

describe('the pane while a command runs', () => {
  it('shows a command started from the ribbon as running and disables its buttons until it ends', async () => {
    const refresh = deferred<{ message: string }>();
    const host: HostApi = {
      refreshRag: () => refresh.promise,
      draftNarrative: jest.fn(async () => ({ text: 'Drafted.' })),
    };
    render(<App host={host} />);
    expect(disabled('Refresh RAG')).toBe(false);
    const click = ribbonFor(host);
    let done: Promise<void> = Promise.resolve();
    act(() => {
      done = click('refreshRag');
    });
    // The click finds the shared host first, then takes its turn: the pane shows it as running.
    expect(await screen.findByText('Refreshing RAG…')).toBeTruthy();
    expect(disabled('Refresh RAG')).toBe(true);
    expect(disabled('Draft narrative')).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Draft narrative' }));
    expect(host.draftNarrative).not.toHaveBeenCalled();
    await act(async () => {
      refresh.resolve({ message: 'Rated 4 indicators.' });
      await done;
    });
    expect(screen.queryByText('Refreshing RAG…')).toBeNull();
    expect(disabled('Draft narrative')).toBe(false);
    expect(screen.getByRole('status').textContent).toBe('Rated 4 indicators.');
  });

  it('says in the pane why a ribbon click was refused while the pane’s own Draft runs', async () => {
    const draft = deferred<{ text: string }>();
    const host: HostApi = {
      refreshRag: jest.fn(async () => ({ message: 'Rated.' })),
      draftNarrative: () => draft.promise,
    };
    render(<App host={host} />);
    await userEvent.click(screen.getByRole('button', { name: 'Draft narrative' }));
    expect(screen.getByText('Drafting the narrative…')).toBeTruthy();
    await act(() => ribbonFor(host)('refreshRag'));
    expect(host.refreshRag).not.toHaveBeenCalled();
    const bar = screen.getByRole('group', { name: 'RAG not refreshed' });
    expect(
      within(bar).getByText(
        'Draft narrative is still running, so Refresh RAG did not start. Wait for it to finish, then try again.',
      ),
    ).toBeTruthy();
    await act(async () => draft.resolve({ text: 'Of the 4 indicators, 2 are on target.' }));
    const box = await screen.findByRole('textbox', { name: 'Draft narrative' });
    expect((box as HTMLTextAreaElement).value).toBe('Of the 4 indicators, 2 are on target.');
    expect(disabled('Refresh RAG')).toBe(false);
  });
});
