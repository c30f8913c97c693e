/**
 * Progress and Cancel for Refresh RAG, Draft narrative and Clear RAG against the fake Excel: the
 * steps each reports, and the rule of `src/app/progress.ts` — a Cancel at any step before writing
 * leaves the workbook exactly as it was (no write command reaches Excel), and one once writing has
 * begun changes nothing: the command finishes. Cancel is pressed from the progress callback itself,
 * or while a round trip is held at the fake's gate, so no test depends on timing.
 */
import type { HostApi, ProgressStep, RunControl } from '../../src/app/hostApi';
import { CommandCancelledError } from '../../src/app/progress';
import { createExcelHost } from '../../src/excel/host';
import { differences, workbookState } from './fake/compare';
import type { FakeExcel } from './fakeExcel';
import { fakeWith, sampleGrids } from './sampleWorkbook';

const hostFor = (excel: FakeExcel) =>
  createExcelHost({ run: excel.run, rangeAreas: () => true, now: () => new Date(2025, 2, 3) });

/** The sample workbook in the fake, recording every write command that reaches it. */
async function sample() {
  const excel = fakeWith(await sampleGrids());
  const writes: string[] = [];
  excel.beforeCommand = (command) => {
    if (command.kind === 'write') writes.push(command.what);
  };
  return { excel, writes, host: hostFor(excel) };
}

type Command = 'refresh' | 'draft' | 'clear';
const start = (host: HostApi, command: Command, control: RunControl) =>
  command === 'refresh'
    ? host.refreshRag(control)
    : command === 'draft'
      ? host.draftNarrative(undefined, undefined, control)
      : host.clearRag!('keep', control);

/** Runs a command to the end, cancelling nothing, and returns the steps it reported. */
async function steps(host: HostApi, command: Command): Promise<ProgressStep[]> {
  const seen: ProgressStep[] = [];
  await start(host, command, { onProgress: (step) => seen.push(step), signal: new AbortController().signal });
  return seen;
}

describe('progress', () => {
  it('reports each step of Refresh RAG, Draft narrative and Clear RAG, further each time, writing last', async () => {
    const { host } = await sample();
    const refresh = await steps(host, 'refresh');
    expect(refresh.map((s) => s.text)).toEqual([
      'Reading the workbook',
      'Reading 2 sheets',
      'Rating the indicators',
      'Checking the rules and label cells',
      'Writing the rules and labels',
    ]);
    const draft = await steps(host, 'draft');
    expect(draft.map((s) => s.text)).toEqual([
      'Reading the workbook',
      'Reading 2 sheets',
      'Rating the indicators',
      'Checking the Narrative sheet',
      'Writing the Narrative sheet',
    ]);
    const clear = await steps(host, 'clear');
    expect(clear.map((s) => s.text)).toEqual([
      'Reading the workbook',
      // The Narrative sheet the draft added is read too.
      'Reading 3 sheets',
      'Finding what Scorecard Narrator wrote',
      'Checking the Narrative sheet',
      'Removing the rules, labels and Narrative sheet',
    ]);
    for (const list of [refresh, draft, clear]) {
      const fractions = list.map((s) => s.fraction!);
      expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
      expect(list.map((s) => s.writing ?? false)).toEqual([false, false, false, false, true]);
    }
  });

  it('counts the parts of a workbook read in several round trips', async () => {
    const excel = fakeWith(await sampleGrids());
    const host = createExcelHost({ run: excel.run, rangeAreas: () => true, cellsPerSync: 200 });
    const texts = (await steps(host, 'refresh')).map((s) => s.text);
    const parts = texts.filter((t) => t.startsWith('Reading cells: part '));
    expect(parts.length).toBeGreaterThan(1);
    expect(parts).toEqual(parts.map((_, i) => `Reading cells: part ${i + 1} of ${parts.length}`));
  });
});

describe('Cancel', () => {
  it.each<Command>(['refresh', 'draft', 'clear'])(
    '%s: at every step before writing, stops with nothing written; at the writing step, too late',
    async (command) => {
      const count = (await steps((await sample()).host, command)).length;
      for (let at = 0; at < count; at++) {
        const { excel, writes, host } = await sample();
        if (command === 'clear') await host.refreshRag();
        writes.length = 0;
        const before = workbookState(excel.doc);
        const cancel = new AbortController();
        let n = 0;
        const running = start(host, command, {
          signal: cancel.signal,
          onProgress: () => {
            if (n++ === at) cancel.abort();
          },
        });
        if (at < count - 1) {
          await expect(running).rejects.toBeInstanceOf(CommandCancelledError);
          expect(writes).toEqual([]);
          expect(differences(before, workbookState(excel.doc))).toEqual([]);
        } else {
          await expect(running).resolves.toBeDefined();
          expect(writes.length).toBeGreaterThan(0);
        }
      }
    },
  );

  it('pressed while a round trip is under way, takes effect when it returns, before any write', async () => {
    const { excel, writes, host } = await sample();
    const before = workbookState(excel.doc);
    const gate = excel.pauseRoundTrips();
    const cancel = new AbortController();
    const seen: string[] = [];
    const running = host.refreshRag({ signal: cancel.signal, onProgress: (s) => seen.push(s.text) });
    await gate.waiting();
    expect(seen).toEqual(['Reading the workbook']);
    cancel.abort();
    gate.resume();
    await expect(running).rejects.toThrow('Refresh RAG was cancelled before it changed anything.');
    expect(seen).toEqual(['Reading the workbook']);
    expect(writes).toEqual([]);
    expect(differences(before, workbookState(excel.doc))).toEqual([]);
  });
});
