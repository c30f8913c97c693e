/** @jest-environment jsdom */
/**
 * The pane's progress and Cancel, and its Clear RAG, over the real Excel host and the fake Excel:
 * round trips are held at the fake's gate so the test looks at the pane between steps and presses
 * Cancel there, with no timers.
 */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { HostApi } from '../../src/app/hostApi';
import { type CommandEvent, type OfficeCommandsApi, registerCommands } from '../../src/commands/commands';
import { createExcelHost } from '../../src/excel/host';
import { App } from '../../src/taskpane/App';
import { differences, workbookState } from '../excel/fake/compare';
import { SMALL_GRID, fakeWith } from '../excel/sampleWorkbook';
import { finished } from './finished';

/** The Excel host over a fake holding the small scorecard; without the opening review, so no round trip runs unasked. */
function workbook() {
  const excel = fakeWith([SMALL_GRID]);
  const writes: string[] = [];
  excel.beforeCommand = (command) => {
    if (command.kind === 'write') writes.push(command.what);
  };
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { review, ...host } = createExcelHost({
    run: excel.run,
    rangeAreas: () => true,
    now: () => new Date(2025, 2, 3),
  });
  return { excel, writes, host: host as HostApi };
}

/** The ribbon's buttons over the same host as the pane (one shared runtime). */
function ribbonFor(host: HostApi) {
  const handlers = new Map<string, (event: CommandEvent) => void>();
  const office: OfficeCommandsApi = { actions: { associate: (id, handler) => void handlers.set(id, handler) } };
  registerCommands(office, () => host);
  return (name: string) => new Promise<void>((resolve) => handlers.get(name)!({ completed: () => resolve() }));
}

const progressBar = () => screen.getByRole('progressbar');

/** Clicks a button of the pane and waits until the command it starts has finished and the pane shows its outcome. */
async function clickAndWait(name: string): Promise<void> {
  await userEvent.click(screen.getByRole('button', { name }));
  await act(finished);
}

describe('the pane while Refresh RAG runs', () => {
  it('shows the step and lets the officer cancel it before anything is written', async () => {
    const { excel, writes, host } = workbook();
    const before = workbookState(excel.doc);
    render(<App host={host} />);
    const gate = excel.pauseRoundTrips();
    await userEvent.click(screen.getByRole('button', { name: 'Refresh RAG' }));
    await act(async () => void (await gate.waiting()));
    expect(screen.getByText('Refreshing RAG…')).toBeTruthy();
    expect(screen.getByText('Reading the workbook')).toBeTruthy();
    expect(progressBar()).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByText('Cancelling…')).toBeTruthy();
    await act(async () => {
      gate.resume();
      await finished();
    });
    expect(screen.getByText('Refresh RAG was cancelled before it changed anything.')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.queryByRole('group', { name: 'RAG not refreshed' })).toBeNull();
    expect(writes).toEqual([]);
    expect(differences(before, workbookState(excel.doc))).toEqual([]);
    // The buttons work again, and a refresh left alone finishes.
    await clickAndWait('Refresh RAG');
    expect(screen.getByRole('status').textContent).toBe('Rated 4 indicators for Q2 2021/22: 2 green, 1 amber, 1 red.');
    expect(screen.queryByText('Refresh RAG was cancelled before it changed anything.')).toBeNull();
  });

  it('takes Cancel away once writing has begun, and the refresh completes', async () => {
    const { excel, host } = workbook();
    render(<App host={host} />);
    const gate = excel.pauseRoundTrips();
    await userEvent.click(screen.getByRole('button', { name: 'Refresh RAG' }));
    // Let the reading round trips go until the one that writes is held.
    for (let trip = 0; ; trip++) {
      let what: string[] = [];
      await act(async () => void (what = await gate.waiting()));
      if (what.some((w) => w.startsWith('ConditionalFormatCollection.add'))) break;
      if (trip > 10) throw new Error('Refresh RAG never began writing.');
      gate.release();
    }
    expect(screen.getByText('Writing the rules and labels')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    expect(
      screen.getByText('Writing has begun, so it will finish: cancelling now would leave the workbook half-written.'),
    ).toBeTruthy();
    await act(async () => {
      gate.resume();
      await finished();
    });
    expect(screen.getByRole('status').textContent).toBe('Rated 4 indicators for Q2 2021/22: 2 green, 1 amber, 1 red.');
  });

  it('shows the progress of a refresh started from the ribbon, which cannot be cancelled', async () => {
    const { excel, host } = workbook();
    render(<App host={host} />);
    const gate = excel.pauseRoundTrips();
    let done: Promise<void> = Promise.resolve();
    act(() => {
      done = ribbonFor(host)('refreshRag');
    });
    await act(async () => void (await gate.waiting()));
    expect(screen.getByText('Reading the workbook')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    expect(screen.getByText('Started from the ribbon, so it cannot be cancelled here.')).toBeTruthy();
    await act(async () => {
      gate.resume();
      await done;
    });
    expect(screen.getByRole('status').textContent).toBe('Rated 4 indicators for Q2 2021/22: 2 green, 1 amber, 1 red.');
  });
});

describe('Clear RAG in the pane', () => {
  it('removes what Refresh and Draft wrote, and asks first about a Narrative sheet the officer changed', async () => {
    const { excel, host } = workbook();
    const before = workbookState(excel.doc);
    render(<App host={host} />);
    await clickAndWait('Refresh RAG');
    await clickAndWait('Draft narrative');
    expect(screen.getByRole('textbox', { name: 'Draft narrative' })).toBeTruthy();
    excel.setCell('Narrative', 'A40', 'A note of mine.');

    await clickAndWait('Clear RAG');
    const bar = screen.getByRole('group', { name: 'Narrative sheet is yours now' });
    expect(
      within(bar).getByText(
        "The sheet 'Narrative' has been changed since it was drafted. Delete it as well, or keep it as yours?",
      ),
    ).toBeTruthy();
    expect(excel.rules('Scorecard')).toHaveLength(6);
    await userEvent.click(within(bar).getByRole('button', { name: 'Delete it as well' }));
    await act(finished);
    expect(screen.getByText(/^Removed 6 RAG rules/).textContent).toBe(
      "Removed 6 RAG rules, 5 RAG labels and the sheet 'Narrative'. Nothing of yours was changed.",
    );
    expect(screen.queryByRole('group', { name: 'Narrative sheet is yours now' })).toBeNull();
    expect(differences(before, workbookState(excel.doc))).toEqual([]);
  });

  it('clears nothing when the officer dismisses the question', async () => {
    const { excel, host } = workbook();
    await host.draftNarrative();
    excel.setCell('Narrative', 'A40', 'A note of mine.');
    const before = workbookState(excel.doc);
    render(<App host={host} />);
    await clickAndWait('Clear RAG');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel: clear nothing' }));
    expect(screen.queryByRole('group', { name: 'Narrative sheet is yours now' })).toBeNull();
    expect(differences(before, workbookState(excel.doc))).toEqual([]);
  });
});
