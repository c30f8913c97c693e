/** @jest-environment jsdom */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { showTab } from './showTab';
import type { HostApi, WorkbookSettings } from '../../src/app/hostApi';
import { currentWorkbookSettings } from '../../src/app/workbookSettings';
import { DEFAULT_CONFIG } from '../../src/core/config/schema';

// The workbook settings as a configuration that sets nothing gives them, the optional two left out (as another host might).
const defaultSettings: WorkbookSettings = {
  ...currentWorkbookSettings(DEFAULT_CONFIG),
  ragSource: undefined,
  narrativeStyle: undefined,
};

function fakeHost(overrides: Partial<HostApi> = {}): HostApi {
  return {
    refreshRag: jest.fn(async () => ({ message: '12 indicators rated: 7 green, 3 amber, 2 red.' })),
    draftNarrative: jest.fn(async () => ({ text: 'Of the 12 indicators, 7 are on or better than target.' })),
    ...overrides,
  };
}

/** A promise the test settles by hand, to look at the pane while the workbook is busy. */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('task pane', () => {
  // The pane remembers the tab chosen: each test starts from the Overview.
  afterEach(() => localStorage.clear());

  it('shows its name and the two actions', () => {
    render(<App host={fakeHost()} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Scorecard Narrator' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Refresh RAG' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Draft narrative' })).toBeTruthy();
    expect(screen.queryByRole('group', { name: /not/ })).toBeNull();
  });

  it('refreshes the RAG ratings and shows the summary', async () => {
    const host = fakeHost();
    render(<App host={host} />);
    await userEvent.click(screen.getByRole('button', { name: 'Refresh RAG' }));
    expect(host.refreshRag).toHaveBeenCalledTimes(1);
    expect(host.draftNarrative).not.toHaveBeenCalled();
    expect((await screen.findByRole('status')).textContent).toBe('12 indicators rated: 7 green, 3 amber, 2 red.');
  });

  it('drafts the narrative into an editable box', async () => {
    const host = fakeHost();
    render(<App host={host} />);
    await userEvent.click(screen.getByRole('button', { name: 'Draft narrative' }));
    expect(host.draftNarrative).toHaveBeenCalledTimes(1);
    const box = await screen.findByRole('textbox', { name: 'Draft narrative' });
    expect((box as HTMLTextAreaElement).value).toBe('Of the 12 indicators, 7 are on or better than target.');
    await userEvent.type(box, ' Well done.');
    expect((box as HTMLTextAreaElement).value).toBe('Of the 12 indicators, 7 are on or better than target. Well done.');
  });

  it('inserts the narrative as edited into the workbook, and says where', async () => {
    const insertNarrative = jest.fn(async () => ({ message: "Your edited narrative is on the sheet 'Narrative'." }));
    render(<App host={fakeHost({ insertNarrative })} />);
    await userEvent.click(screen.getByRole('button', { name: 'Draft narrative' }));
    const box = await screen.findByRole('textbox', { name: 'Draft narrative' });
    await userEvent.type(box, ' Checked by the team.');
    await userEvent.click(screen.getByRole('button', { name: 'Insert in workbook' }));
    expect(insertNarrative).toHaveBeenCalledWith(
      'Of the 12 indicators, 7 are on or better than target. Checked by the team.',
      'committee',
      'ask',
    );
    expect(await screen.findByText("Your edited narrative is on the sheet 'Narrative'.")).toBeTruthy();
    expect((box as HTMLTextAreaElement).value).toContain('Checked by the team.');
  });

  describe('when the Narrative sheet has been changed since it was drafted', () => {
    const question =
      'The Narrative sheet has been changed since it was drafted. Replace it, or write the new draft to a new sheet?';
    const asking = () =>
      jest.fn(async (_style?: string, whenEdited?: string) =>
        whenEdited === 'ask'
          ? { question }
          : whenEdited === 'new-sheet'
            ? { text: 'New draft.', notice: "The new draft is on the sheet 'Narrative (Scorecard)'." }
            : { text: 'New draft.' },
      );

    it('asks before overwriting it, and replaces it when told to', async () => {
      const draftNarrative = asking();
      render(<App host={fakeHost({ draftNarrative })} />);
      await userEvent.click(screen.getByRole('button', { name: 'Draft narrative' }));
      expect(await screen.findByText(question)).toBeTruthy();
      expect(screen.queryByRole('textbox', { name: 'Draft narrative' })).toBeNull();
      await userEvent.click(screen.getByRole('button', { name: 'Replace it' }));
      // Each with the pane's Cancel (an abort signal) and its progress.
      const control = { signal: expect.any(AbortSignal), onProgress: expect.any(Function) };
      expect(draftNarrative.mock.calls).toEqual([
        ['committee', 'ask', control],
        ['committee', 'replace', control],
      ]);
      const box = await screen.findByRole('textbox', { name: 'Draft narrative' });
      expect((box as HTMLTextAreaElement).value).toBe('New draft.');
      expect(screen.queryByText(question)).toBeNull();
    });

    it('writes the draft to a new sheet when told to, and says where', async () => {
      const draftNarrative = asking();
      render(<App host={fakeHost({ draftNarrative })} />);
      await userEvent.click(screen.getByRole('button', { name: 'Draft narrative' }));
      await userEvent.click(await screen.findByRole('button', { name: 'Write to a new sheet' }));
      expect(draftNarrative).toHaveBeenLastCalledWith('committee', 'new-sheet', expect.anything());
      expect(await screen.findByText("The new draft is on the sheet 'Narrative (Scorecard)'.")).toBeTruthy();
    });

    it('asks before Insert in workbook overwrites it, and inserts the edited text as answered', async () => {
      const insertNarrative = jest.fn(async (_text: string, _style?: string, whenEdited?: string) =>
        whenEdited === 'ask' ? { question } : { message: "Your edited narrative is on the sheet 'Narrative'." },
      );
      render(<App host={fakeHost({ insertNarrative })} />);
      await userEvent.click(screen.getByRole('button', { name: 'Draft narrative' }));
      const box = await screen.findByRole('textbox', { name: 'Draft narrative' });
      await userEvent.type(box, ' Checked.');
      await userEvent.click(screen.getByRole('button', { name: 'Insert in workbook' }));
      expect(await screen.findByText(question)).toBeTruthy();
      await userEvent.click(screen.getByRole('button', { name: 'Replace it' }));
      const edited = 'Of the 12 indicators, 7 are on or better than target. Checked.';
      expect(insertNarrative.mock.calls).toEqual([
        [edited, 'committee', 'ask'],
        [edited, 'committee', 'replace'],
      ]);
      expect(await screen.findByText("Your edited narrative is on the sheet 'Narrative'.")).toBeTruthy();
      expect(screen.queryByText(question)).toBeNull();
    });

    it('writes nothing when the officer cancels', async () => {
      const draftNarrative = asking();
      render(<App host={fakeHost({ draftNarrative })} />);
      await userEvent.click(screen.getByRole('button', { name: 'Draft narrative' }));
      await userEvent.click(await screen.findByRole('button', { name: 'Cancel: write nothing' }));
      expect(draftNarrative).toHaveBeenCalledTimes(1);
      expect(screen.queryByText(question)).toBeNull();
      expect(screen.queryByRole('textbox', { name: 'Draft narrative' })).toBeNull();
    });
  });

  it('drafts in the style chosen beside the draft, and inserts in the style drafted', async () => {
    const insertNarrative = jest.fn(async () => ({ message: 'Inserted.' }));
    const host = fakeHost({ insertNarrative });
    render(<App host={host} />);
    const style = screen.getByRole('combobox', { name: 'Style' }) as HTMLSelectElement;
    expect(style.value).toBe('committee');
    expect([...style.options].map((o) => o.text)).toEqual([
      'Committee report',
      'Briefing: a line each',
      'Exceptions: red and amber',
    ]);
    await userEvent.selectOptions(style, 'briefing');
    await userEvent.click(screen.getByRole('button', { name: 'Draft narrative' }));
    expect(host.draftNarrative).toHaveBeenCalledWith('briefing', 'ask', expect.anything());
    await screen.findByRole('textbox', { name: 'Draft narrative' });
    // Choosing another style does not change what the draft on screen was written in.
    await userEvent.selectOptions(style, 'exceptions');
    await userEvent.click(screen.getByRole('button', { name: 'Insert in workbook' }));
    expect(insertNarrative).toHaveBeenCalledWith(
      'Of the 12 indicators, 7 are on or better than target.',
      'briefing',
      'ask',
    );
  });

  it('offers no Insert where the host cannot write the narrative', async () => {
    render(<App host={fakeHost()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Draft narrative' }));
    await screen.findByRole('textbox', { name: 'Draft narrative' });
    expect(screen.queryByRole('button', { name: 'Insert in workbook' })).toBeNull();
  });

  it('shows a failed Insert in the message bar', async () => {
    const insertNarrative = () => Promise.reject(new Error("The sheet 'Narrative' is protected."));
    render(<App host={fakeHost({ insertNarrative })} />);
    await userEvent.click(screen.getByRole('button', { name: 'Draft narrative' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Insert in workbook' }));
    const bar = await screen.findByRole('group', { name: 'Narrative not inserted' });
    expect(within(bar).getByText("The sheet 'Narrative' is protected.")).toBeTruthy();
  });

  it('links each figure of the draft to its cell, for checking', async () => {
    const selectCell = jest.fn(async () => undefined);
    const paragraphs = [
      { kind: 'heading' as const, parts: [{ text: 'Performing well' }] },
      {
        kind: 'item' as const,
        parts: [
          { text: 'Assessments stood at ' },
          { text: '92 per cent', cell: { sheet: 'Scorecard', cell: 'F4' } },
          { text: ' in Q2 2021/22.' },
        ],
      },
    ];
    render(
      <App
        host={fakeHost({
          selectCell,
          draftNarrative: async () => ({ text: 'Assessments stood at 92 per cent in Q2 2021/22.', paragraphs }),
        })}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Draft narrative' }));
    await userEvent.click(await screen.findByText('Check the figures'));
    expect(screen.getByRole('heading', { name: 'Performing well' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: '92 per cent, from Scorecard!F4' }));
    expect(selectCell).toHaveBeenCalledWith('Scorecard', 'F4');
  });

  it('saves the workbook settings and refreshes', async () => {
    const saveWorkbookSettings = jest.fn(async () => undefined);
    const settings = {
      current: defaultSettings,
      periods: ['Q1 2021/22', 'Q2 2021/22'],
      reporting: 'Q2 2021/22',
      reportingWhy:
        'The report is on Q2 2021/22 (Scorecard!F3): the latest period in which at least half of the indicators with a target that have a column for it are filled in (4 of 4, 4 with a value).',
    } as const;
    const host = fakeHost({ saveWorkbookSettings, review: async () => ({ indicators: [], tables: [], settings }) });
    render(<App host={host} />);
    await showTab('Settings');
    const form = await screen.findByRole('form', { name: 'Workbook settings' });
    expect(within(form).getByText(/^The report is on Q2 2021\/22 \(Scorecard!F3\)/)).toBeTruthy();
    const period = within(form).getByRole('combobox', { name: 'Report on' });
    expect(
      within(period)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Latest with data (Q2 2021/22)', 'Q2 2021/22', 'Q1 2021/22']);
    await userEvent.selectOptions(period, 'Q1 2021/22');
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Amber tolerance' }), 'absolute');
    const within_ = within(form).getByRole('textbox', { name: 'Within (points or units)' });
    await userEvent.clear(within_);
    await userEvent.type(within_, '2');
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Percentages written as' }), '%');
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'The narrative follows' }), 'sheet');
    await userEvent.click(within(form).getByRole('button', { name: 'Save and refresh' }));
    expect(saveWorkbookSettings).toHaveBeenCalledWith({
      ...defaultSettings,
      period: 'Q1 2021/22',
      tolerance: { type: 'absolute', value: 2 },
      percent: '%',
      ragSource: 'sheet',
    });
    expect(await screen.findByText('12 indicators rated: 7 green, 3 amber, 2 red.')).toBeTruthy();
  });

  it('says what is wrong with a tolerance that is not a number, saving nothing', async () => {
    const saveWorkbookSettings = jest.fn(async () => undefined);
    const current = defaultSettings;
    render(
      <App
        host={fakeHost({
          saveWorkbookSettings,
          review: async () => ({ indicators: [], tables: [], settings: { current, periods: [], reporting: null } }),
        })}
      />,
    );
    await showTab('Settings');
    const box = await screen.findByRole('textbox', { name: 'Within (per cent of the target)' });
    await userEvent.clear(box);
    await userEvent.type(box, 'five');
    await userEvent.click(screen.getByRole('button', { name: 'Save and refresh' }));
    expect(screen.getByText('Enter a number of per cent from 0 to 100, such as 5.')).toBeTruthy();
    expect(saveWorkbookSettings).not.toHaveBeenCalled();
  });

  it('says when the ratings were refreshed after the draft was written, until it is drafted again', async () => {
    render(<App host={fakeHost()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Draft narrative' }));
    await screen.findByRole('textbox', { name: 'Draft narrative' });
    const stale = 'The ratings were refreshed after this draft was written. Draft again if anything changed.';
    expect(screen.queryByText(stale)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Refresh RAG' }));
    expect(await screen.findByText(stale)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Draft narrative' }));
    await waitFor(() => expect(screen.queryByText(stale)).toBeNull());
  });

  it('shows a failure in the message bar, and dismisses it', async () => {
    const host = fakeHost({ refreshRag: () => Promise.reject(new Error('Scorecard!F12: the sheet is protected.')) });
    render(<App host={host} />);
    await userEvent.click(screen.getByRole('button', { name: 'Refresh RAG' }));
    const bar = await screen.findByRole('group', { name: 'RAG not refreshed' });
    expect(within(bar).getByText('Scorecard!F12: the sheet is protected.')).toBeTruthy();
    await userEvent.click(within(bar).getByRole('button', { name: 'Dismiss message' }));
    expect(screen.queryByRole('group', { name: 'RAG not refreshed' })).toBeNull();
  });

  it('clears an old error when the next attempt succeeds', async () => {
    const draftNarrative = jest
      .fn<Promise<{ text: string }>, []>()
      .mockRejectedValueOnce(new Error('The workbook is read-only.'))
      .mockResolvedValueOnce({ text: 'Draft.' });
    render(<App host={fakeHost({ draftNarrative })} />);
    await userEvent.click(screen.getByRole('button', { name: 'Draft narrative' }));
    expect(await screen.findByRole('group', { name: 'Narrative not drafted' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Draft narrative' }));
    expect(await screen.findByRole('textbox', { name: 'Draft narrative' })).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Narrative not drafted' })).toBeNull();
  });

  it('shows progress and ignores further clicks while the workbook is busy', async () => {
    const pending = deferred<{ message: string }>();
    const host = fakeHost({ refreshRag: jest.fn(() => pending.promise) });
    render(<App host={host} />);
    const refresh = screen.getByRole('button', { name: 'Refresh RAG' });
    await userEvent.click(refresh);
    expect(screen.getByText('Refreshing RAG…')).toBeTruthy();
    expect(refresh.getAttribute('aria-disabled')).toBe('true');
    await userEvent.click(refresh);
    await userEvent.click(screen.getByRole('button', { name: 'Draft narrative' }));
    expect(host.refreshRag).toHaveBeenCalledTimes(1);
    expect(host.draftNarrative).not.toHaveBeenCalled();
    pending.resolve({ message: 'Done.' });
    expect(await screen.findByText('Done.')).toBe(screen.getByRole('status'));
    expect(refresh.getAttribute('aria-disabled')).not.toBe('true');
  });

  it('shows a start-up problem before anything is clicked', () => {
    render(
      <App
        host={fakeHost()}
        startupError={{ title: 'Excel needs updating', detail: 'This version of Excel lacks ExcelApi 1.6.' }}
      />,
    );
    const bar = screen.getByRole('group', { name: 'Excel needs updating' });
    expect(within(bar).getByText('This version of Excel lacks ExcelApi 1.6.')).toBeTruthy();
  });
});
