/** @jest-environment jsdom */
/**
 * What the last refresh changed, kept in the workbook: refreshed twice in one session, the workbook
 * is opened again (a new fake over what the file keeps, a new host and a new pane) and the Overview
 * still says what changed and when; Clear RAG takes it away with the rest, and the Settings tab's
 * tables no longer list the label column it removed.
 */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createExcelHost } from '../../src/excel/host';
import { App } from '../../src/taskpane/App';
import type { FakeExcel } from '../excel/fakeExcel';
import { SMALL_GRID, fakeWith } from '../excel/sampleWorkbook';
import { finished } from './finished';
import { showTab } from './showTab';

const hostAt = (excel: FakeExcel, at: Date) =>
  createExcelHost({ run: excel.run, rangeAreas: () => true, now: () => at });

/** The small scorecard refreshed on 1 December, then CS02's value raised (Amber to Green) and refreshed on 2 December. */
async function refreshedTwice(): Promise<FakeExcel> {
  const excel = fakeWith([SMALL_GRID]);
  await hostAt(excel, new Date(2026, 11, 1, 9, 7)).refreshRag();
  excel.setCell('Scorecard', 'F5', 91);
  await hostAt(excel, new Date(2026, 11, 2, 14, 5)).refreshRag();
  return excel;
}

describe('what the last refresh changed, across a reopening of the workbook', () => {
  afterEach(() => localStorage.clear());

  it('is shown with its time when the workbook is opened again, and goes with Clear RAG', async () => {
    const reopened = (await refreshedTwice()).reopened();
    // Nothing of it is kept outside the workbook.
    expect(localStorage.length).toBe(0);
    render(<App host={hostAt(reopened, new Date(2026, 11, 3, 8, 30))} />);

    const section = await screen.findByRole('region', { name: 'Changed by the last refresh' });
    expect(
      within(section).getByText(
        'Last refreshed on 2 December 2026 at 14:05. Since the refresh before it, on 1 December 2026 at 09:07:',
      ),
    ).toBeTruthy();
    expect(within(section).getByRole('list', { name: 'Ratings changed' }).textContent).toBe(
      'Visits within timescale (%): Amber to Green (better)',
    );
    // It has been refreshed before: the pane does not say that nothing has been written yet.
    expect(
      screen.getByText(
        'These ratings for Q2 2021/22 are worked out from the workbook as it is now. Refresh RAG brings its colours and labels up to date with them.',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'What Refresh RAG will write' })).toBeNull();
    await showTab('Settings');
    expect(await screen.findByText(/the RAG in words, written by Refresh RAG\./)).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Clear RAG' }));
    await act(finished);
    expect(screen.getByText(/^Removed 6 RAG rules and 5 RAG labels\./)).toBeTruthy();
    // The tables as read after Clear: the label column it took out is no longer listed.
    expect(screen.queryByText(/the RAG in words, written by Refresh RAG\./)).toBeNull();
    expect(screen.getByText('Scorecard!A3:F8')).toBeTruthy();
    await showTab('Overview');
    expect(screen.queryByRole('region', { name: 'Changed by the last refresh' })).toBeNull();
    expect(reopened.doc.settings.size).toBe(0);
  });

  it('says when the only refresh on record has nothing to compare with', async () => {
    const excel = fakeWith([SMALL_GRID]);
    await hostAt(excel, new Date(2026, 11, 1, 9, 7)).refreshRag();
    render(<App host={hostAt(excel.reopened(), new Date(2026, 11, 3, 8, 30))} />);
    expect(
      await screen.findByText(
        'The refresh on 1 December 2026 at 09:07 is the first this workbook has a record of, so there is nothing to compare it with yet.',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Ratings changed' })).toBeNull();
  });

  it('follows a refresh in the pane: the change, and when', async () => {
    const excel = fakeWith([SMALL_GRID]);
    await hostAt(excel, new Date(2026, 11, 1, 9, 7)).refreshRag();
    excel.setCell('Scorecard', 'F5', 91);
    render(<App host={hostAt(excel, new Date(2026, 11, 2, 14, 5))} />);
    await screen.findByText(/^The refresh on 1 December 2026 at 09:07 is the first/);
    await userEvent.click(screen.getByRole('button', { name: 'Refresh RAG' }));
    await act(finished);
    expect(
      screen.getByText(
        'Last refreshed on 2 December 2026 at 14:05. Since the refresh before it, on 1 December 2026 at 09:07:',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Ratings changed' }).textContent).toBe(
      'Visits within timescale (%): Amber to Green (better)',
    );
  });
});
