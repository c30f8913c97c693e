/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { showTab } from './showTab';
import type { HostApi, IndicatorSummary } from '../../src/app/hostApi';

const csc02: IndicatorSummary = {
  id: 'CSC02',
  name: 'Contacts decided within 1 working day (%)',
  group: 'Scorecard › Front Door',
  sheet: 'Scorecard',
  cell: 'I7',
  rag: 'amber',
  label: 'Amber',
  detail: '91.5 per cent; target 95 per cent — off target, within 5% of it',
  settingsKey: 'CSC02',
  settings: { target: 95, polarity: 'higher', tolerance: 0.05 },
  targetUnits: 'per cent',
  targetSource: 'cell',
};
const green: IndicatorSummary = {
  ...csc02,
  rag: 'green',
  label: 'Green',
  detail: '91.5 per cent; target 90 per cent — on or better than target',
  targetSource: 'config',
};

function fakeHost(overrides: Partial<HostApi> = {}): HostApi {
  return {
    // The first refresh: amber against 95; after saving a target of 90: green.
    refreshRag: jest
      .fn()
      .mockResolvedValueOnce({
        message: 'Rated 1 indicator for Q2 2021/22: 0 green, 1 amber, 0 red.',
        review: { indicators: [csc02], tables: [] },
      })
      .mockResolvedValue({
        message: 'Rated 1 indicator for Q2 2021/22: 1 green, 0 amber, 0 red.',
        review: { indicators: [green], tables: [] },
      }),
    review: jest.fn(async () => ({ indicators: [csc02], tables: [] })),
    draftNarrative: jest.fn(async () => ({ text: 'Draft.' })),
    saveIndicator: jest.fn(async () => undefined),
    ...overrides,
  };
}

async function openForm(host: HostApi) {
  render(<App host={host} />);
  await userEvent.click(screen.getByRole('button', { name: 'Refresh RAG' }));
  await showTab('Indicators');
  const edit = await screen.findByRole('button', {
    name: 'Edit target and polarity: Contacts decided within 1 working day (%)',
  });
  expect(edit.getAttribute('aria-expanded')).toBe('false');
  await userEvent.click(edit);
  expect(edit.getAttribute('aria-expanded')).toBe('true');
  return screen.findByRole('form', { name: 'Settings for Contacts decided within 1 working day (%)' });
}

describe('indicator settings', () => {
  // The pane remembers the tab chosen: each test starts from the Overview.
  afterEach(() => localStorage.clear());

  it('starts from the indicator’s settings now', async () => {
    const form = await openForm(fakeHost());
    expect((within(form).getByRole('textbox', { name: 'Target (per cent)' }) as HTMLInputElement).value).toBe('95');
    expect((within(form).getByRole('combobox', { name: 'Good performance is' }) as HTMLSelectElement).value).toBe(
      'higher',
    );
    expect(
      (within(form).getByRole('textbox', { name: 'Amber when within (per cent of the target)' }) as HTMLInputElement)
        .value,
    ).toBe('5');
  });

  it('saves a new target in the workbook, refreshes and shows the new rating', async () => {
    const host = fakeHost();
    const form = await openForm(host);
    const target = within(form).getByRole('textbox', { name: 'Target (per cent)' });
    await userEvent.clear(target);
    await userEvent.type(target, '90');
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Good performance is' }), 'higher');
    await userEvent.click(within(form).getByRole('button', { name: 'Save and refresh' }));
    expect(host.saveIndicator).toHaveBeenCalledWith('CSC02', {
      target: 90,
      polarity: 'higher',
      tolerance: 0.05,
      shortName: null,
    });
    expect(host.refreshRag).toHaveBeenCalledTimes(2);
    const list = await screen.findByRole('region', { name: 'Scorecard › Front Door' });
    expect(await within(list).findByText('Green')).toBeTruthy();
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('keeps the target in its cell when only the polarity changes', async () => {
    const host = fakeHost();
    const form = await openForm(host);
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Good performance is' }), 'lower');
    await userEvent.click(within(form).getByRole('button', { name: 'Save and refresh' }));
    expect(host.saveIndicator).toHaveBeenCalledWith('CSC02', {
      target: null,
      polarity: 'lower',
      tolerance: 0.05,
      shortName: null,
    });
  });

  it('saves the short name the narrative uses, offering the derived one', async () => {
    const host = fakeHost({
      review: jest.fn(async () => ({
        indicators: [{ ...csc02, derivedShortName: 'Contacts decided within 1 working day' }],
        tables: [],
      })),
    });
    render(<App host={host} />);
    await userEvent.click(screen.getByRole('button', { name: 'Refresh RAG' }));
    await showTab('Indicators');
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Edit target and polarity: Contacts decided within 1 working day (%)',
      }),
    );
    const form = await screen.findByRole('form', { name: 'Settings for Contacts decided within 1 working day (%)' });
    const name = within(form).getByRole('textbox', { name: 'Short name in the narrative' });
    await userEvent.type(name, '  Contacts decided in a day ');
    await userEvent.click(within(form).getByRole('button', { name: 'Save and refresh' }));
    expect(host.saveIndicator).toHaveBeenCalledWith('CSC02', {
      target: null,
      polarity: 'higher',
      tolerance: 0.05,
      shortName: 'Contacts decided in a day',
    });
  });

  it('explains a target that is not a number and saves nothing', async () => {
    const host = fakeHost();
    const form = await openForm(host);
    const target = within(form).getByRole('textbox', { name: 'Target (per cent)' });
    await userEvent.clear(target);
    await userEvent.type(target, 'ninety');
    await userEvent.click(within(form).getByRole('button', { name: 'Save and refresh' }));
    expect(within(form).getByText('Enter the target as a number, such as 90, or leave it blank.')).toBeTruthy();
    expect(host.saveIndicator).not.toHaveBeenCalled();
  });

  it('shows why the settings could not be saved', async () => {
    const host = fakeHost({
      saveIndicator: () => Promise.reject(new Error('The workbook is read-only, so the settings were not saved.')),
    });
    const form = await openForm(host);
    await userEvent.click(within(form).getByRole('button', { name: 'Save and refresh' }));
    const bar = await screen.findByRole('group', { name: 'Settings not saved' });
    expect(within(bar).getByText('The workbook is read-only, so the settings were not saved.')).toBeTruthy();
  });

  it('closes without saving on Cancel', async () => {
    const host = fakeHost();
    const form = await openForm(host);
    await userEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('form')).toBeNull();
    expect(host.saveIndicator).not.toHaveBeenCalled();
  });
});
