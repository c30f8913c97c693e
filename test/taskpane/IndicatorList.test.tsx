/** @jest-environment jsdom */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { showTab } from './showTab';
import type { HostApi, IndicatorSummary, WorkbookReview } from '../../src/app/hostApi';

const settings = { target: 95, polarity: 'higher', tolerance: 0.05 } as const;
const indicators: IndicatorSummary[] = [
  {
    id: 'CSC02',
    name: 'Contacts decided within 1 working day (%)',
    group: 'Scorecard › Front Door',
    sheet: 'Scorecard',
    cell: 'I7',
    rag: 'amber',
    label: 'Amber',
    detail: '91.5 per cent; target 95 per cent — off target, within 5% of it',
    settingsKey: 'CSC02',
    settings,
    targetUnits: 'per cent',
    targetSource: 'cell',
  },
  {
    id: 'CSC03',
    name: 'Re-referrals within 12 months (%)',
    group: 'Scorecard › Front Door',
    sheet: 'Scorecard',
    cell: 'I8',
    rag: 'green',
    label: 'Green',
    detail: '20.8 per cent; target 22 per cent — on or better than target',
    settingsKey: 'CSC03',
    settings,
    targetUnits: 'per cent',
    targetSource: 'cell',
  },
  {
    id: 'CSC07',
    name: 'Conferences within 15 working days (%)',
    group: 'Scorecard › Child Protection',
    sheet: 'Scorecard',
    cell: 'I14',
    rag: 'red',
    label: 'Red',
    detail: '71.2 per cent; target 90 per cent — more than 5% from the target',
    settingsKey: 'CSC07',
    settings,
    targetUnits: 'per cent',
    targetSource: 'cell',
  },
  {
    id: 'CSC08',
    name: 'Visits within 10 working days (%)',
    group: 'Scorecard › Child Protection',
    sheet: 'Scorecard',
    cell: 'I15',
    rag: 'none',
    label: 'No data',
    detail: "No data ('TBC' in I15)",
    settingsKey: 'CSC08',
    settings,
    targetUnits: 'per cent',
    targetSource: 'cell',
  },
];

const review: WorkbookReview = {
  indicators,
  tables: [
    {
      title: 'Scorecard!A4:O31',
      configKey: 'Scorecard',
      columns: [
        {
          column: 'D',
          header: 'Good is',
          role: 'polarity',
          reason: "header 'Good is' means the polarity",
          configured: false,
        },
      ],
    },
  ],
};

function fakeHost(overrides: Partial<HostApi> = {}): HostApi {
  return {
    refreshRag: jest.fn(async () => ({ message: 'Rated 3 indicators for Q2 2021/22: 1 green, 1 amber, 1 red.' })),
    review: jest.fn(async () => review),
    draftNarrative: jest.fn(async () => ({ text: 'Draft.' })),
    selectCell: jest.fn(async () => undefined),
    ...overrides,
  };
}

async function refresh(host: HostApi) {
  render(<App host={host} />);
  await userEvent.click(screen.getByRole('button', { name: 'Refresh RAG' }));
  await showTab('Indicators');
  return screen.findByRole('region', { name: 'Indicators' });
}

describe('indicator list', () => {
  // The pane remembers the tab chosen: each test starts from the Overview.
  afterEach(() => localStorage.clear());

  it("shows the sheet's own RAG beside ours, and says when the two differ", async () => {
    const withSheet: IndicatorSummary[] = [
      { ...indicators[0], sheetRag: { label: 'Amber', shown: 'A', cell: 'K7', agrees: true } },
      { ...indicators[1], sheetRag: { label: 'Red', shown: 'Off target', cell: 'K8', agrees: false } },
      indicators[2],
    ];
    const list = await refresh(fakeHost({ review: jest.fn(async () => ({ ...review, indicators: withSheet })) }));
    const items = within(list).getAllByRole('listitem');
    expect(items[0].textContent).toContain('Sheet says Amber (‘A’) in K7, the same.');
    expect(items[1].textContent).toContain(
      'Sheet says Red (‘Off target’) in K8, which differs from ours: see Things to check.',
    );
    expect(within(items[1]).getByText('Green')).toBeTruthy();
    expect(items[2].textContent).not.toContain('Sheet says');
  });

  it("says a column's 'target not met' is in line with our amber, not the same", async () => {
    const amber = indicators.find((i) => i.label === 'Amber')!;
    const withSheet: IndicatorSummary[] = [
      { ...amber, sheetRag: { label: 'Target not met', shown: 'No', cell: 'E2', agrees: true } },
    ];
    const list = await refresh(fakeHost({ review: jest.fn(async () => ({ ...review, indicators: withSheet })) }));
    const [item] = within(list).getAllByRole('listitem');
    expect(item.textContent).toContain('Sheet says Target not met (‘No’) in E2, in line with ours.');
  });

  it('lists each indicator under its section with its rating in words', async () => {
    const list = await refresh(fakeHost());
    const frontDoor = within(list).getByRole('region', { name: 'Scorecard › Front Door' });
    const items = within(frontDoor).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^Amber.*Contacts decided.*91\.5 per cent/),
      expect.stringMatching(/^Green.*Re-referrals.*20\.8 per cent/),
    ]);
    const protection = within(list).getByRole('region', { name: 'Scorecard › Child Protection' });
    expect(within(protection).getByText('Red')).toBeTruthy();
    expect(within(protection).getByText('No data')).toBeTruthy();
  });

  it('narrows the list to one rating, with the count of each', async () => {
    const list = await refresh(fakeHost());
    const show = within(list).getByRole('toolbar', { name: 'Show indicators' });
    expect(
      within(show)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['All (4)', 'Red (1)', 'Amber (1)', 'Green (1)', 'Not rated (1)']);
    expect(within(show).getByRole('button', { name: 'All (4)' }).getAttribute('aria-pressed')).toBe('true');
    await userEvent.click(within(show).getByRole('button', { name: 'Red (1)' }));
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([expect.stringMatching(/^Red.*Conferences/)]);
    expect(within(list).queryByRole('region', { name: 'Scorecard › Front Door' })).toBeNull();
    expect(within(list).getByText('Showing 1 of 4 indicators.')).toBeTruthy();
    await userEvent.click(within(show).getByRole('button', { name: 'All (4)' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(4);
  });

  it('shows the tables and indicators found as soon as the pane opens', async () => {
    const host = fakeHost();
    render(<App host={host} />);
    await showTab('Indicators');
    expect(await screen.findByRole('region', { name: 'Scorecard › Front Door' })).toBeTruthy();
    await showTab('Settings');
    expect(await screen.findByText('1 table found')).toBeTruthy();
    expect(host.refreshRag).not.toHaveBeenCalled();
  });

  it('lists what the refresh read, without reading the workbook again', async () => {
    const calls: string[] = [];
    const afterRefresh: WorkbookReview = {
      ...review,
      indicators: [{ ...indicators[0], rag: 'green', label: 'Green' }],
    };
    const host = fakeHost({
      refreshRag: async () => (calls.push('refresh'), { message: 'Rated.', review: afterRefresh }),
      review: async () => (calls.push('review'), review),
    });
    const list = await refresh(host);
    await screen.findByText('Rated.');
    expect(calls).toEqual(['review', 'refresh']);
    expect(screen.getByRole('status').textContent).toBe('Rated.');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([expect.stringMatching(/^Green.*Contacts decided/)]);
  });

  it('selects the value cell in Excel when an indicator is chosen, from the keyboard too', async () => {
    const host = fakeHost();
    const list = await refresh(host);
    await userEvent.click(within(list).getByRole('button', { name: 'Conferences within 15 working days (%)' }));
    expect(host.selectCell).toHaveBeenLastCalledWith('Scorecard', 'I14');
    act(() => within(list).getByRole('button', { name: 'Re-referrals within 12 months (%)' }).focus());
    await userEvent.keyboard('{Enter}');
    expect(host.selectCell).toHaveBeenLastCalledWith('Scorecard', 'I8');
  });

  it('shows names as plain text when the host cannot select cells', async () => {
    const list = await refresh(fakeHost({ selectCell: undefined }));
    expect(
      within(list)
        .getAllByRole('listitem')
        .flatMap((item) => within(item).queryAllByRole('button')),
    ).toEqual([]);
    expect(within(list).getByText('Visits within 10 working days (%)')).toBeTruthy();
  });

  it('says so in the message bar when a cell cannot be selected', async () => {
    const list = await refresh(
      fakeHost({ selectCell: () => Promise.reject(new Error('Could not go to Scorecard!I7.')) }),
    );
    await userEvent.click(within(list).getByRole('button', { name: 'Contacts decided within 1 working day (%)' }));
    const bar = await screen.findByRole('group', { name: 'Cell not selected' });
    expect(within(bar).getByText('Could not go to Scorecard!I7.')).toBeTruthy();
  });

  it('lists the tables found with each column’s role and the reason', async () => {
    await refresh(fakeHost());
    await showTab('Settings');
    const table = await screen.findByRole('region', { name: 'Scorecard!A4:O31' });
    expect(table.textContent).toContain(
      "Good is: Polarity (good is higher or lower) (header 'Good is' means the polarity)",
    );
    expect(screen.getByText('1 table found')).toBeTruthy();
  });

  it('changes a column’s role where the host can store it, then refreshes', async () => {
    const saveColumnRole = jest.fn(async () => undefined);
    const host = fakeHost({ saveColumnRole });
    await refresh(host);
    await showTab('Settings');
    const table = await screen.findByRole('region', { name: 'Scorecard!A4:O31' });
    const role = within(table).getByRole('combobox', { name: 'D: Good is' }) as HTMLSelectElement;
    expect(role.value).toBe('polarity');
    expect(within(table).getByText("Header 'Good is' means the polarity.")).toBeTruthy();
    expect(within(role).queryByRole('option', { name: 'Detect from the header' })).toBeNull();
    await userEvent.selectOptions(role, 'Not used');
    expect(saveColumnRole).toHaveBeenCalledWith(
      'Scorecard',
      expect.objectContaining({ column: 'D', header: 'Good is' }),
      'ignore',
    );
    await waitFor(() => expect(host.refreshRag).toHaveBeenCalledTimes(2));
  });

  it('offers no role for the column of RAG labels that Refresh RAG writes', async () => {
    const labelled: WorkbookReview = {
      ...review,
      tables: [
        {
          ...review.tables[0],
          columns: [
            {
              column: 'P',
              header: 'RAG Q2 2021/22',
              role: 'ignore',
              reason: 'derived',
              configured: false,
              labels: true,
            },
          ],
        },
      ],
    };
    await refresh(fakeHost({ saveColumnRole: jest.fn(), review: async () => labelled }));
    await showTab('Settings');
    const table = await screen.findByRole('region', { name: 'Scorecard!A4:O31' });
    expect(within(table).queryByRole('combobox')).toBeNull();
    expect(table.textContent).toContain('P: RAG Q2 2021/22: the RAG in words, written by Refresh RAG.');
  });

  it('lists a table that could not be read, saying why, for its name column to be chosen', async () => {
    const saveColumnRole = jest.fn(async () => undefined);
    const unread: WorkbookReview = {
      indicators: [],
      tables: [
        {
          title: 'tblCare (Care, not read)',
          configKey: 'tblCare',
          unread:
            'None of its columns was taken for the indicator names, so it was not read. Choose the column that holds them.',
          columns: [
            {
              column: 'A',
              header: 'Area',
              role: 'ignore',
              reason: "header 'Area' is not a recognised column, so it is not read",
              configured: false,
            },
          ],
        },
      ],
    };
    render(<App host={fakeHost({ saveColumnRole, review: async () => unread })} />);
    await showTab('Settings');
    await userEvent.click(await screen.findByText('1 table found'));
    const table = screen.getByRole('region', { name: 'tblCare (Care, not read)' });
    expect(within(table).getByText(/^None of its columns was taken/)).toBeTruthy();
    await userEvent.selectOptions(within(table).getByRole('combobox', { name: 'A: Area' }), 'Indicator name');
    expect(saveColumnRole).toHaveBeenCalledWith('tblCare', expect.objectContaining({ column: 'A' }), 'name');
  });

  it('hands a role the officer set back to the header', async () => {
    const saveColumnRole = jest.fn(async () => undefined);
    const configured: WorkbookReview = {
      ...review,
      tables: [
        {
          ...review.tables[0],
          columns: [
            { column: 'E', header: 'Notes', role: 'commentary', reason: 'set by configuration', configured: true },
          ],
        },
      ],
    };
    await refresh(fakeHost({ saveColumnRole, review: async () => configured }));
    await showTab('Settings');
    const role = await screen.findByRole('combobox', { name: 'E: Notes' });
    await userEvent.selectOptions(role, 'Detect from the header');
    expect(saveColumnRole).toHaveBeenCalledWith('Scorecard', expect.objectContaining({ column: 'E' }), null);
  });

  it('lists what to check in the workbook, each with a link to its cell', async () => {
    const warnings = [
      { message: 'Scorecard!F12 holds the error #N/A: read as no data.', sheet: 'Scorecard', cell: 'F12' },
      {
        message:
          "The table configuration for 'Scorecards' matches no sheet or Excel table in the workbook, so it is not used.",
        sheet: null,
        cell: null,
      },
    ];
    const host = fakeHost({ review: async () => ({ ...review, warnings }) });
    render(<App host={host} />);
    await userEvent.click(await screen.findByText('2 things to check in the workbook'));
    expect(screen.getByText('Scorecard!F12 holds the error #N/A: read as no data.')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /^Go to / })).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Go to Scorecard!F12' }));
    expect(host.selectCell).toHaveBeenCalledWith('Scorecard', 'F12');
  });

  it('is one Tab stop, with the arrow keys, Home and End moving between its rows and along a row', async () => {
    const host = fakeHost({ saveIndicator: jest.fn(async () => undefined) });
    const list = await refresh(host);
    const name = (text: string) => within(list).getByRole('button', { name: text });
    const stops = () =>
      within(list)
        .getAllByRole('listitem')
        .flatMap((item) => [...item.querySelectorAll('[tabindex="0"]')]);
    expect(stops()).toEqual([name('Contacts decided within 1 working day (%)')]);
    act(() => name('Contacts decided within 1 working day (%)').focus());
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(name('Re-referrals within 12 months (%)'));
    await userEvent.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(name('Edit target and polarity: Re-referrals within 12 months (%)'));
    // Down keeps to the same control, into the next section.
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(name('Edit target and polarity: Conferences within 15 working days (%)'));
    await userEvent.keyboard('{End}{ArrowLeft}');
    expect(document.activeElement).toBe(name('Visits within 10 working days (%)'));
    expect(stops()).toEqual([name('Visits within 10 working days (%)')]);
    await userEvent.keyboard('{Home}');
    expect(document.activeElement).toBe(name('Contacts decided within 1 working day (%)'));
    // Tab leaves the list: the next stop is past its last row.
    await userEvent.tab();
    expect(
      within(list)
        .getAllByRole('listitem')
        .some((item) => item.contains(document.activeElement)),
    ).toBe(false);
  });

  it('says where each row stands in its section', async () => {
    const list = await refresh(fakeHost());
    const places = within(list)
      .getAllByRole('listitem')
      .map((item) => `${item.getAttribute('aria-posinset')}/${item.getAttribute('aria-setsize')}`);
    expect(places).toEqual(['1/2', '2/2', '1/2', '2/2']);
  });

  it('renders only the rows near the view of a long list, and the keyboard reaches the last', async () => {
    const many: IndicatorSummary[] = Array.from({ length: 2000 }, (_, n) => ({
      ...indicators[n % 4],
      id: `X${n}`,
      name: `Indicator ${n + 1}`,
      group: `Scorecard › Section ${Math.floor(n / 15) + 1}`,
      cell: `I${n + 5}`,
      settingsKey: `X${n}`,
    }));
    const list = await refresh(fakeHost({ review: async () => ({ ...review, indicators: many }) }));
    expect(within(list).getByRole('button', { name: 'All (2,000)' })).toBeTruthy();
    const rendered = within(list).getAllByRole('listitem');
    expect(rendered.length).toBeGreaterThan(5);
    expect(rendered.length).toBeLessThan(100);
    act(() => within(list).getByRole('button', { name: 'Indicator 1' }).focus());
    await userEvent.keyboard('{End}');
    expect(document.activeElement?.textContent).toBe('Indicator 2000');
    const last = document.activeElement!.closest('li')!;
    // 2,000 = 133 sections of 15, then 5: the last is the fifth of five.
    expect([last.getAttribute('aria-posinset'), last.getAttribute('aria-setsize')]).toEqual(['5', '5']);
    expect(within(list).getByRole('region', { name: 'Scorecard › Section 134' })).toBeTruthy();
    await userEvent.keyboard('{ArrowUp}');
    expect(document.activeElement?.textContent).toBe('Indicator 1999');
    expect(within(list).getAllByRole('listitem').length).toBeLessThan(100);
    await userEvent.keyboard('{Home}');
    expect(document.activeElement?.textContent).toBe('Indicator 1');
  });
});

describe('leaving indicators and tables out of the report', () => {
  it('leaves an indicator out, then refreshes; one left out can be taken back in', async () => {
    const saveIndicatorIncluded = jest.fn(async () => undefined);
    const left = [{ name: 'Children seen alone (%)', sheet: 'Scorecard', cell: 'B20', settingsKey: 'CSC12' }];
    const host = fakeHost({ saveIndicatorIncluded, review: async () => ({ ...review, excluded: left }) });
    const list = await refresh(host);
    await userEvent.click(
      within(list).getByRole('button', { name: 'Leave out of the report: Re-referrals within 12 months (%)' }),
    );
    expect(saveIndicatorIncluded).toHaveBeenCalledWith('CSC03', false);
    await waitFor(() => expect(host.refreshRag).toHaveBeenCalledTimes(2));
    await userEvent.click(within(list).getByText('1 indicator left out of the report'));
    expect(within(list).getByText('Children seen alone (%) (Scorecard!B20)')).toBeTruthy();
    await userEvent.click(within(list).getByRole('button', { name: 'Include again: Children seen alone (%)' }));
    expect(saveIndicatorIncluded).toHaveBeenLastCalledWith('CSC12', true);
    await waitFor(() => expect(host.refreshRag).toHaveBeenCalledTimes(3));
  });

  it('lists the indicators left out even when every indicator is', async () => {
    const left = [{ name: 'Children seen alone (%)', sheet: 'Scorecard', cell: 'B20', settingsKey: 'CSC12' }];
    const host = fakeHost({
      saveIndicatorIncluded: jest.fn(async () => undefined),
      review: async () => ({ ...review, indicators: [], excluded: left }),
    });
    render(<App host={host} />);
    expect(await screen.findByText('1 indicator left out of the report')).toBeTruthy();
  });

  it('offers no choice where the host cannot store it', async () => {
    const list = await refresh(fakeHost());
    expect(within(list).queryByRole('button', { name: /^Leave out of the report/ })).toBeNull();
    await showTab('Settings');
    await userEvent.click(await screen.findByText('1 table found'));
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('leaves a table out and takes it back in from the list of tables', async () => {
    const saveTableIncluded = jest.fn(async () => undefined);
    const excludedTable: WorkbookReview = {
      ...review,
      tables: [...review.tables, { title: 'tblCare (Care!A1:F9)', configKey: 'tblCare', excluded: true, columns: [] }],
    };
    const host = fakeHost({ saveTableIncluded, review: async () => excludedTable });
    render(<App host={host} />);
    await showTab('Settings');
    await userEvent.click(await screen.findByText('2 tables found'));
    const scorecard = screen.getByRole('region', { name: 'Scorecard!A4:O31' });
    const include = within(scorecard).getByRole('checkbox', { name: 'Include its indicators in the report' });
    expect((include as HTMLInputElement).checked).toBe(true);
    await userEvent.click(include);
    expect(saveTableIncluded).toHaveBeenCalledWith('Scorecard', false);
    await waitFor(() => expect(host.refreshRag).toHaveBeenCalledTimes(1));
    const care = screen.getByRole('region', { name: 'tblCare (Care!A1:F9)' });
    expect(within(care).getByText(/^Left out of the report/)).toBeTruthy();
    await userEvent.click(within(care).getByRole('checkbox', { name: 'Include its indicators in the report' }));
    expect(saveTableIncluded).toHaveBeenLastCalledWith('tblCare', true);
  });
});
