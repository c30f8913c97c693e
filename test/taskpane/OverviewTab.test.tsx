/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { HostApi } from '../../src/app/hostApi';
import { paneSummary } from '../../src/app/paneSummary';
import { DEFAULT_CONFIG } from '../../src/core/config/schema';
import { buildReport } from '../../src/core/report/buildReport';
import { App } from '../../src/taskpane/App';
import { TAB_STORAGE_KEY } from '../../src/taskpane/usePaneTab';
import { SMALL_GRID } from '../excel/sampleWorkbook';
import { showTab } from './showTab';

// The small scorecard as read on opening, and again after CS02's value (row 5) went from 87 to 91 per cent.
const opening = paneSummary(buildReport([SMALL_GRID], DEFAULT_CONFIG));
const changed = {
  ...SMALL_GRID,
  values: SMALL_GRID.values.map((row, r) => (r === 4 ? [...row.slice(0, 5), 91] : row)),
};
const afterRefresh = paneSummary(buildReport([changed], DEFAULT_CONFIG));

function fakeHost(overrides: Partial<HostApi> = {}): HostApi {
  return {
    review: jest.fn(async () => opening),
    refreshRag: jest.fn(async () => ({ message: 'Rated 4 indicators.', review: afterRefresh })),
    draftNarrative: jest.fn(async () => ({ text: 'Of the 4 indicators, 3 are green.' })),
    selectCell: jest.fn(async () => undefined),
    ...overrides,
  };
}

describe('the Overview tab', () => {
  afterEach(() => localStorage.clear());

  it('opens on the Overview: the counts with their chart, and what Refresh RAG will write, before anything is written', async () => {
    render(<App host={fakeHost()} />);
    expect(screen.getByRole('tab', { name: 'Overview' }).getAttribute('aria-selected')).toBe('true');
    const panel = screen.getByRole('tabpanel');
    expect(await within(panel).findByText('4 indicators: 1 red, 1 amber, 2 green and 0 not rated.')).toBeTruthy();
    const chart = within(panel).getByRole('figure', { name: '4 indicators: 1 red, 1 amber, 2 green and 0 not rated.' });
    const counts = within(chart)
      .getAllByRole('term')
      .map((term) => `${term.textContent} ${term.nextElementSibling?.nextElementSibling?.textContent}`);
    expect(counts).toEqual(['Red 1', 'Amber 1', 'Green 2', 'Not rated 0']);
    // The first-open message says the ratings are there, and that nothing has been written yet.
    expect(panel.textContent).not.toContain('Choose Refresh RAG to rate the indicators');
    expect(
      within(panel).getByText(
        'These ratings for Q2 2021/22 are worked out from the workbook as it is: nothing has been written to it yet. Refresh RAG writes them into the workbook, as set out below.',
      ),
    ).toBeTruthy();
    const plan = within(panel).getByRole('region', { name: 'What Refresh RAG will write' });
    expect(within(plan).getByText(/^Colour rules on 4 cells: F4:F5, F7, F8\./)).toBeTruthy();
    expect(within(plan).getByText(/^The RAG in words in column G, rows 4 to 8 \(4 cells\), headed/)).toBeTruthy();
    expect(within(plan).getByText(/^Nothing of yours is overwritten/)).toBeTruthy();
  });

  it('says what to do when the workbook has not been read', () => {
    render(<App host={fakeHost({ review: undefined })} />);
    expect(
      screen.getByText(
        'Choose Refresh RAG to rate the indicators against their targets, or Draft narrative to write the covering report.',
      ),
    ).toBeTruthy();
  });

  it('lists what the refresh changed, each linked to its cell, and folds away the plan', async () => {
    const host = fakeHost();
    render(<App host={host} />);
    await screen.findByText(/^These ratings/);
    await userEvent.click(screen.getByRole('button', { name: 'Refresh RAG' }));
    const changes = await screen.findByRole('list', { name: 'Ratings changed' });
    expect(changes.textContent).toBe('Visits within timescale (%): Amber to Green (better)');
    expect(screen.getByText('4 indicators: 1 red, 0 amber, 3 green and 0 not rated.')).toBeTruthy();
    expect(screen.queryByText(/^These ratings/)).toBeNull();
    expect(screen.queryByRole('region', { name: 'What Refresh RAG will write' })).toBeNull();
    expect(screen.getByText('What Refresh RAG writes')).toBeTruthy();
    await userEvent.click(
      within(changes).getByRole('button', { name: 'Visits within timescale (%): Amber to Green (better)' }),
    );
    expect(host.selectCell).toHaveBeenCalledWith('Scorecard', 'F5');
  });

  it('says when a refresh changed no rating', async () => {
    render(<App host={fakeHost({ refreshRag: async () => ({ message: 'Rated.', review: opening }) })} />);
    await screen.findByText(/^These ratings/);
    await userEvent.click(screen.getByRole('button', { name: 'Refresh RAG' }));
    expect(await screen.findByText('No rating changed since the pane last read the workbook.')).toBeTruthy();
  });
});

describe('the tabs', () => {
  afterEach(() => localStorage.clear());

  it('remembers the tab chosen when the pane opens again', async () => {
    const { unmount } = render(<App host={fakeHost()} />);
    await showTab('Settings');
    expect(localStorage.getItem(TAB_STORAGE_KEY)).toBe('settings');
    unmount();
    render(<App host={fakeHost()} />);
    expect(screen.getByRole('tab', { name: 'Settings' }).getAttribute('aria-selected')).toBe('true');
    expect(await screen.findByText('1 table found')).toBeTruthy();
  });

  it('opens on the Overview when what was remembered is not a tab', async () => {
    localStorage.setItem(TAB_STORAGE_KEY, 'charts');
    render(<App host={fakeHost()} />);
    expect(screen.getByRole('tab', { name: 'Overview' }).getAttribute('aria-selected')).toBe('true');
    expect(await screen.findByText(/^These ratings/)).toBeTruthy();
  });

  it('brings a new draft forward in the Narrative tab, without remembering that as the choice', async () => {
    render(<App host={fakeHost()} />);
    await showTab('Indicators');
    await userEvent.click(screen.getByRole('button', { name: 'Draft narrative' }));
    expect(await screen.findByRole('textbox', { name: 'Draft narrative' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Narrative' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByText('33 characters, 7 words')).toBeTruthy();
    expect(localStorage.getItem(TAB_STORAGE_KEY)).toBe('indicators');
  });

  it('labels the panel by its tab', async () => {
    render(<App host={fakeHost({ saveWorkbookSettings: jest.fn(async () => undefined) })} />);
    await showTab('Settings');
    expect(screen.getByRole('tabpanel', { name: 'Settings' })).toBeTruthy();
    expect(await screen.findByRole('form', { name: 'Workbook settings' })).toBeTruthy();
  });
});
