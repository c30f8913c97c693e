/// <reference types="office-js" />
import { type CommandEvent, type OfficeCommandsApi, registerCommands } from '../../src/commands/commands';

import { createExcelHost } from '../../src/excel/host';
import { NARRATIVE_NAME } from '../../src/excel/writeNarrative';
import { SMALL_GRID, fakeWith } from '../excel/sampleWorkbook';
import { publishedOutcomes } from './publishedOutcomes';

/** The ribbon as Excel drives it: a handler per button, each click completing its own event. */
function ribbon(excel: ReturnType<typeof fakeWith>) {
  const handlers = new Map<string, (event: CommandEvent) => void>();
  const office: OfficeCommandsApi = {
    actions: { associate: (id, handler) => void handlers.set(id, handler) },
    addin: { showAsTaskpane: () => Promise.resolve() },
  };
  const host = createExcelHost({ run: excel.run, rangeAreas: () => true, now: () => new Date(2025, 2, 3) });
  registerCommands(office, () => host);
  /** Clicks a button; resolves when Excel is told the command has finished. */
  return (name: string) => new Promise<void>((resolve) => handlers.get(name)!({ completed: () => resolve() }));
}

const published = publishedOutcomes();

describe('one command at a time, against the fake Excel', () => {
  it('without the gate two Drafts at once collide as in Excel: both add the Narrative sheet', async () => {
    const excel = fakeWith([SMALL_GRID]);
    const host = createExcelHost({ run: excel.run, rangeAreas: () => true, now: () => new Date(2025, 2, 3) });
    const results = await Promise.allSettled([host.draftNarrative(), host.draftNarrative()]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
    expect((results[1] as PromiseRejectedResult).reason.message).toMatch(
      /^Excel stopped partway through writing the Narrative sheet\. A sheet or name Scorecard Narrator was adding already exists/,
    );
  });

  it('two Drafts clicked together write one Narrative sheet, and the second says why it did not run', async () => {
    const excel = fakeWith([SMALL_GRID]);
    const click = ribbon(excel);
    await Promise.all([click('draftNarrative'), click('draftNarrative')]);
    expect(excel.doc.sheets.map((s) => s.name)).toEqual(['Scorecard', 'Narrative']);
    expect(excel.doc.names.map((n) => [n.name, n.sheet?.name])).toEqual([[NARRATIVE_NAME, 'Narrative']]);
    expect(published.list.map((o) => o.kind).sort()).toEqual(['drafted', 'failed']);
    expect(published.list.find((o) => o.kind === 'failed')).toEqual({
      kind: 'failed',
      command: 'draftNarrative',
      message: 'Draft narrative is still running, so it did not start again. Wait for it to finish, then try again.',
    });
    // Once the first has finished, the button works again.
    published.list = [];
    await click('draftNarrative');
    expect(published.list.map((o) => o.kind)).toEqual(['drafted']);
    expect(excel.doc.sheets.map((s) => s.name)).toEqual(['Scorecard', 'Narrative']);
  });

  it('refuses Draft while Refresh RAG runs, and leaves the refresh to finish as if alone', async () => {
    const excel = fakeWith([SMALL_GRID]);
    const click = ribbon(excel);
    await Promise.all([click('refreshRag'), click('draftNarrative')]);
    expect(published.list).toEqual([
      {
        kind: 'failed',
        command: 'draftNarrative',
        message:
          'Refresh RAG is still running, so Draft narrative did not start. Wait for it to finish, then try again.',
      },
      expect.objectContaining({
        kind: 'refreshed',
        message: 'Rated 4 indicators for Q2 2021/22: 2 green, 1 amber, 1 red.',
      }),
    ]);
    expect(excel.doc.sheets.map((s) => s.name)).toEqual(['Scorecard']);
  });
});
