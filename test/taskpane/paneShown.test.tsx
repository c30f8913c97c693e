/** @jest-environment jsdom */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { showTab } from './showTab';
import { App } from '../../src/taskpane/App';
import type { HostApi, IndicatorSummary, WorkbookReview } from '../../src/app/hostApi';
import { currentWorkbookSettings } from '../../src/app/workbookSettings';
import { DEFAULT_CONFIG } from '../../src/core/config/schema';
import { whenPaneShown } from '../../src/excel/visibility';
import { FakeAddin } from '../excel/fake/addin';

const indicator = (id: string, name: string, label: 'Green' | 'Red', cell: string): IndicatorSummary => ({
  id,
  name,
  group: 'Scorecard',
  sheet: 'Scorecard',
  cell,
  rag: label === 'Green' ? 'green' : 'red',
  label,
  detail: `${label} this quarter`,
  settingsKey: id,
  settings: { target: 90, polarity: 'higher', tolerance: null },
  targetUnits: 'per cent',
  targetSource: 'cell',
});

const settings = {
  current: currentWorkbookSettings(DEFAULT_CONFIG),
  periods: ['Q1 2021/22', 'Q2 2021/22'],
  reporting: 'Q2 2021/22',
};
const before: WorkbookReview = {
  indicators: [
    indicator('CS01', 'Assessments on time (%)', 'Green', 'F4'),
    indicator('CS02', 'Visits (%)', 'Red', 'F5'),
  ],
  tables: [],
  settings,
};
// While the pane was hidden, the officer typed Q3's figures in a new column: CS02 is green now.
const after: WorkbookReview = {
  indicators: [
    indicator('CS01', 'Assessments on time (%)', 'Green', 'G4'),
    indicator('CS02', 'Visits (%)', 'Green', 'G5'),
  ],
  tables: [],
  settings: { ...settings, periods: [...settings.periods, 'Q3 2021/22'], reporting: 'Q3 2021/22' },
};

function paneOver(addin: FakeAddin, reviews: WorkbookReview[]) {
  let reads = 0;
  const review = jest.fn(async (): Promise<WorkbookReview> => reviews[Math.min(reads++, reviews.length - 1)]);
  const host: HostApi = {
    refreshRag: jest.fn(async () => ({ message: 'Rated.' })),
    draftNarrative: jest.fn(async () => ({ text: 'Draft.' })),
    review,
    saveIndicator: jest.fn(async () => undefined),
    saveWorkbookSettings: jest.fn(async () => undefined),
    onPaneShown: (listener) => whenPaneShown(listener, { addin }),
  };
  render(<App host={host} />);
  return host;
}

/** The Indicators tab's list, once its code has loaded: a ceiling for a loaded machine, not a speed check. */
async function indicatorList(): Promise<HTMLElement> {
  await showTab('Indicators');
  return screen.findByRole('region', { name: 'Indicators' }, { timeout: 30_000 });
}

describe('the pane shown again in the shared runtime', () => {
  it('reads the workbook again and lists it as it is now, keeping what the officer was typing', async () => {
    const addin = new FakeAddin();
    const host = paneOver(addin, [before, after]);
    const list = await indicatorList();
    expect(within(list).getByRole('button', { name: 'Red (1)' })).toBeTruthy();
    // Unsaved: a target typed for CS01, and a period chosen in the workbook settings.
    await userEvent.click(
      within(list).getByRole('button', { name: 'Edit target and polarity: Assessments on time (%)' }),
    );
    const target = within(list).getByRole('textbox', { name: 'Target (per cent)' });
    await userEvent.clear(target);
    await userEvent.type(target, '93');
    // To the Settings tab and back: each tab keeps what was typed in it.
    await showTab('Settings');
    const form = await screen.findByRole('form', { name: 'Workbook settings' });
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Report on' }), 'Q1 2021/22');

    await act(() => addin.hide());
    expect(host.review).toHaveBeenCalledTimes(1);
    await act(() => addin.showAsTaskpane());
    await waitFor(() => expect(host.review).toHaveBeenCalledTimes(2));
    expect(host.refreshRag).not.toHaveBeenCalled();
    // The choices are the workbook's as it is now, and the period chosen is kept.
    await waitFor(() =>
      expect(
        within(
          within(screen.getByRole('form', { name: 'Workbook settings' })).getByRole('combobox', { name: 'Report on' }),
        )
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toContain('Q3 2021/22'),
    );
    const period = within(screen.getByRole('form', { name: 'Workbook settings' })).getByRole('combobox', {
      name: 'Report on',
    }) as HTMLSelectElement;
    expect(period.value).toBe('Q1 2021/22');
    await showTab('Indicators');
    await waitFor(() => expect(within(list).getByRole('button', { name: 'Red (0)' })).toBeTruthy());
    expect((within(list).getByRole('textbox', { name: 'Target (per cent)' }) as HTMLInputElement).value).toBe('93');
  });

  it('follows a fresh reading of the settings where the officer has changed nothing', async () => {
    const addin = new FakeAddin();
    paneOver(addin, [before, after]);
    await showTab('Settings');
    await screen.findByRole('form', { name: 'Workbook settings' }, { timeout: 30_000 });
    const period = () =>
      within(screen.getByRole('form', { name: 'Workbook settings' })).getByRole('combobox', { name: 'Report on' });
    expect(within(period()).getByRole('option', { name: 'Latest with data (Q2 2021/22)' })).toBeTruthy();
    await act(() => addin.hide());
    await act(() => addin.showAsTaskpane());
    expect(await within(period()).findByRole('option', { name: 'Latest with data (Q3 2021/22)' })).toBeTruthy();
  });

  it('does not read again when the pane is only hidden', async () => {
    const addin = new FakeAddin();
    const host = paneOver(addin, [before, after]);
    await indicatorList();
    await act(() => addin.hide());
    expect(host.review).toHaveBeenCalledTimes(1);
  });

  it('drops a reading overtaken by Refresh RAG, which lists what it read itself', async () => {
    const addin = new FakeAddin();
    let finishLateRead: (review: WorkbookReview) => void = () => undefined;
    const host = paneOver(addin, [before]);
    const list = await indicatorList();
    (host.review as jest.Mock).mockImplementationOnce(() => new Promise((resolve) => (finishLateRead = resolve)));
    (host.refreshRag as jest.Mock).mockImplementationOnce(async () => ({ message: 'Rated 2.', review: after }));
    await act(() => addin.hide());
    await act(() => addin.showAsTaskpane());
    await userEvent.click(screen.getByRole('button', { name: 'Refresh RAG' }));
    await screen.findByText('Rated 2.');
    expect(within(list).getByRole('button', { name: 'Red (0)' })).toBeTruthy();
    await act(async () => finishLateRead(before));
    expect(within(list).getByRole('button', { name: 'Red (0)' })).toBeTruthy();
  });
});
