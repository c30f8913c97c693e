/** @jest-environment jsdom */
import { act, render, screen, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { publishOutcome } from '../../src/app/commandOutcomes';
import type { HostApi } from '../../src/app/hostApi';

const host: HostApi = {
  refreshRag: async () => ({ message: 'unused' }),
  draftNarrative: async () => ({ text: 'unused' }),
};

describe('what the ribbon buttons did, shown in the pane', () => {
  it('shows a ribbon refresh that finished before the pane was opened', () => {
    publishOutcome({ kind: 'refreshed', message: '5 indicators rated: 3 green, 2 red.' });
    render(<App host={host} />);
    expect(screen.getByRole('status').textContent).toBe('5 indicators rated: 3 green, 2 red.');
  });

  it('shows a ribbon failure in the message bar while the pane is open', () => {
    render(<App host={host} />);
    act(() =>
      publishOutcome({
        kind: 'failed',
        command: 'draftNarrative',
        message: 'Excel is in cell-edit mode. Press Enter, then try again.',
      }),
    );
    const bar = screen.getByRole('group', { name: 'Narrative not drafted' });
    expect(within(bar).getByText('Excel is in cell-edit mode. Press Enter, then try again.')).toBeTruthy();
  });

  it('shows a narrative drafted from the ribbon', async () => {
    render(<App host={host} />);
    act(() => publishOutcome({ kind: 'drafted', text: 'Of the 5 indicators, 3 are on target.' }));
    const box = await screen.findByRole('textbox', { name: 'Draft narrative' });
    expect((box as HTMLTextAreaElement).value).toBe('Of the 5 indicators, 3 are on target.');
  });
});
