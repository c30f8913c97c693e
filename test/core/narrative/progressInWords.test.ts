/**
 * A corporate plan's scorecard mixes figures with milestones, whose cells say how they stand in words:
 * "Complete", "On track", "Delayed". Worked by hand, a Q3 2024/25 report:
 * - invoices paid within 30 days, 96 % against 95 %: green;
 * - the new library ('Complete'), the Local Plan ('Delayed') and homes delivered ('Achieved', 40 last
 *   quarter) are reported in words: not "no figure … text rather than a figure" under "Data not
 *   available", nor counted as data unavailable, but said as written under a heading of their own;
 * - each such cell is noted (`figure-in-words`, info), not warned of as a figure to mend.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { narrativeLayout } from '../../../src/core/annotate/narrativeSheet';
import { narrativeMeta } from '../../../src/core/report/narrativeMeta';
import { buildReport } from '../../../src/core/report/buildReport';
import { reportToJson } from '../../../src/core/report/toJson';
import { isProgressWord } from '../../../src/core/values/noDataCodes';
import type { RawValue } from '../../../src/core/values/types';

const values: RawValue[][] = [
  ['Indicator', 'Polarity', 'Target', 'Q2 2024/25', 'Q3 2024/25'],
  ['% of invoices paid within 30 days', 'Higher', 95, 94, 96],
  ['New library opened at Market Square', null, 'Dec 2024', 'On track', 'Complete'],
  ['Local Plan submitted for examination', null, 'Complete', 'On track', 'Delayed'],
  ['Homes delivered', 'Higher', 100, 40, 'Achieved'],
];
const r = buildReport([{ name: 'KPIs', values }], parseConfig({}));

describe('progress reported in words in place of a figure', () => {
  it('is read as such, not as missing data', () => {
    expect(r.items.map((i) => [i.rating.status, i.rating.reason])).toEqual([
      ['rated', 'on or better than target'],
      ['no-data', "reported in words for Q3 2024/25 ('Complete')"],
      ['no-data', "reported in words for Q3 2024/25 ('Delayed')"],
      ['no-data', "reported in words for Q3 2024/25 ('Achieved')"],
    ]);
  });

  it('is said as written under its own heading, and not counted as data unavailable', () => {
    const n = r.narrative;
    expect(n.noData).toEqual([]);
    expect(n.inWords?.map((i) => i.text)).toEqual([
      "New library opened at Market Square was reported as 'Complete' in E3. The target in C3 was 'Dec 2024'.",
      "Local Plan submitted for examination was reported as 'Delayed' in E4. The target in C4 was 'Complete'.",
      "Homes delivered was reported as 'Achieved' in E5. The latest, for Q2 2024/25, was 40.",
    ]);
    expect(n.ragSummary).toMatchObject({ unavailable: 0, inWords: 3 });
    expect(n.summary[0].text).toContain('3 indicators are reported in words rather than figures.');
    expect(n.summary[0].text).not.toContain('unavailable');
    expect(n.text).toContain('Data currently unavailable: 0\nReported in words: 3');
    expect(n.text).toContain('Progress reported in words\n');
    expect(n.text).not.toContain('Data not available');
  });

  it("takes a milestone's date or words in its target column as its target, said with its progress", () => {
    // The library's 'Dec 2024' and the Local Plan's 'Complete' are what a milestone aims at: not
    // targets to mend (no warning), but noted, and said beside the progress, citing the cell.
    expect(r.issues.filter((i) => i.code === 'target-unreadable')).toEqual([]);
    const notes = r.issues.filter((i) => i.code === 'milestone-target');
    expect(notes.map((i) => [i.cell, i.severity])).toEqual([
      ['C3', 'info'],
      ['C4', 'info'],
    ]);
    expect(notes[0].message).toBe(
      "KPIs!C3: 'Dec 2024' is the target of 'New library opened at Market Square' (row 3), whose progress is reported in words: it is said with that progress, and not rated.",
    );
    expect(r.narrative.inWords![0].cells.map((c) => c.cell)).toEqual(['E3', 'C3']);
  });

  it('takes a date in the target column the same way', () => {
    // 45657 is 31/12/2024 under a date format: the milestone's due date, said as the sheet shows it.
    const dated = buildReport(
      [
        {
          name: 'KPIs',
          values: [
            ['Indicator', 'Target', 'Q2 2024/25', 'Q3 2024/25'],
            ['% of invoices paid within 30 days', 95, 94, 96],
            ['New library opened at Market Square', 45657, 'On track', 'Complete'],
          ],
          formats: [[], [], [null, 'dd/mm/yyyy', null, null]],
        },
      ],
      parseConfig({}),
    );
    expect(dated.issues.filter((i) => i.code === 'date-not-figure')).toEqual([]);
    expect(dated.issues.find((i) => i.code === 'milestone-target')?.cell).toBe('B3');
    expect(dated.narrative.inWords?.[0].text).toBe(
      "New library opened at Market Square was reported as 'Complete' in D3. The target in B3 was '31/12/2024'.",
    );
  });

  it('counts as filled in when the period is chosen: Q3 is no close choice', () => {
    // Homes delivered (target 100) says 'Achieved' for Q3, invoices 96: both indicators with a target
    // answer for Q3, so 2 of 2 are filled in (1 with a value), not 1 of 2.
    expect(r.issues.filter((i) => i.code === 'period-choice-close')).toEqual([]);
    const chosen = r.issues.find((i) => i.code === 'period-chosen');
    expect(chosen?.message).toContain('(2 of 2, 1 with a value)');
  });

  it('is noted cell by cell, not warned of as a figure to mend', () => {
    expect(r.issues.filter((i) => i.code === 'figure-unreadable')).toEqual([]);
    const notes = r.issues.filter((i) => i.code === 'figure-in-words');
    expect(notes.map((i) => [i.cell, i.severity])).toEqual([
      ['D3', 'info'],
      ['E3', 'info'],
      ['D4', 'info'],
      ['E4', 'info'],
      ['E5', 'info'],
    ]);
    expect(notes[1].message).toBe(
      "KPIs!E3: 'Complete' reports the progress of 'New library opened at Market Square' in words for Q3 2024/25: it is said as written, and not rated.",
    );
  });

  it('is in the JSON and on the Narrative sheet under its heading', () => {
    expect(reportToJson(r).narrative.inWords).toHaveLength(3);
    const rows = [...narrativeLayout(r.narrative, { title: 'T', generated: 'g' })];
    const texts = rows.map((row) => (row.cells[0].kind === 'text' ? row.cells[0].text : ''));
    const at = texts.indexOf('Progress reported in words');
    expect(texts.slice(at + 1, at + 4)).toEqual(r.narrative.inWords!.map((i) => i.text));
    // The sheet prints every heading: none is missing its data.
    expect(texts.slice(texts.indexOf('Data not available'))).toEqual(['Data not available', 'None this period.']);
  });

  it("is counted apart on the Narrative sheet's count block and in the JSON's summary", () => {
    // Worked by hand: one green (invoices); the three in words are neither "No data" nor "No target".
    const rows = [...narrativeLayout(r.narrative, narrativeMeta(r, 'g'))];
    const counts = rows
      .filter((row) => row.cells[1]?.kind === 'count')
      .map((row) => [row.cells[0].kind === 'text' ? row.cells[0].text : '', (row.cells[1] as { value: number }).value]);
    expect(counts).toEqual([
      ['Green', 1],
      ['Amber', 0],
      ['Red', 0],
      ['No target', 0],
      ['No data', 0],
      ['In words', 3],
    ]);
    // Counted without the narrative's help too (the sheet for an edited narrative, the pane's message).
    const fromItems = [...narrativeLayout(r.narrative, { title: 'T', generated: 'g' })]
      .filter((row) => row.cells[1]?.kind === 'count')
      .map((row) => (row.cells[1] as { value: number }).value);
    expect(fromItems).toEqual([1, 0, 0, 0, 0, 3]);
    // The JSON's noData stays every indicator without a figure (rated + noTarget + noData = indicators);
    // inWords, like reportedAnnually, says how many of those.
    expect(reportToJson(r).summary).toMatchObject({ indicators: 4, rated: 1, noData: 3, inWords: 3 });
  });

  it('is left out where there is none: the JSON and the text as before', () => {
    const plain = buildReport([{ name: 'KPIs', values: values.slice(0, 2) }], parseConfig({}));
    expect('inWords' in plain.narrative).toBe(false);
    expect('inWords' in plain.narrative.ragSummary).toBe(false);
    expect('inWords' in reportToJson(plain).narrative).toBe(false);
    expect('inWords' in reportToJson(plain).summary).toBe(false);
    const lines = [...narrativeLayout(plain.narrative, narrativeMeta(plain, 'g'))].filter(
      (row) => row.cells[1]?.kind === 'count',
    );
    expect(lines).toHaveLength(5);
  });
});

describe('a word of progress', () => {
  it.each([
    ['Complete', true],
    ['Completed', true],
    ['Complete (Nov 2024)', true],
    ['Achieved', true],
    ['On track', true],
    ['In progress', true],
    ['Delayed to March 2025', true],
    ['At risk', true],
    ['Not started', true],
    ['On hold', true],
    ['see note', false],
    ['Completion rate', false],
    ['Ongoing review of data', true],
    ['TBC', false],
    ['Delay', false],
  ])('%p: %p', (text, yes) => {
    expect(isProgressWord(text)).toBe(yes);
  });
});

describe("a milestone's own RAG on the sheet", () => {
  // A corporate plan's table headed "Measure / milestone", with the council's RAG beside each:
  // Complete is Green, Delayed Amber. We do not rate words, so the sheet's colour is no disagreement:
  // it is said with the words, citing its cell. The invoices' Green agrees with ours.
  const plan = buildReport(
    [
      {
        name: 'Corporate Plan Q3',
        values: [
          ['Ref', 'Measure / milestone', 'Polarity', 'Target', 'Q2 2024/25', 'Q3 2024/25', 'RAG'],
          ['CP1', '% of invoices paid within 30 days', 'Higher', 95, 94, 96, 'Green'],
          ['CP2', 'New library opened at Market Square', null, null, 'On track', 'Complete', 'Green'],
          ['CP3', 'Local Plan submitted for examination', null, null, 'On track', 'Delayed (to June 2025)', 'Amber'],
        ],
      },
    ],
    parseConfig({}),
  );

  it('reads "Measure / milestone" as the names', () => {
    expect(plan.items.map((i) => i.indicator.id)).toEqual(['CP1', 'CP2', 'CP3']);
  });

  it('is said with the words, citing its cell, and is no disagreement', () => {
    expect(plan.issues.filter((i) => i.code === 'rag-disagrees')).toEqual([]);
    const [library, localPlan] = plan.narrative.inWords!;
    expect(library.text).toBe(
      "New library opened at Market Square (CP2) was reported as 'Complete' in F3. The service rates it green.",
    );
    expect(localPlan.text).toBe(
      "Local Plan submitted for examination (CP3) was reported as 'Delayed (to June 2025)' in F4. The service rates it amber.",
    );
    expect(localPlan.cells.map((c) => c.cell)).toEqual(['F4', 'G4']);
  });

  it('counts only the ratings it compares on the Narrative sheet', () => {
    expect(narrativeMeta(plan, 'g').ragNotes).toEqual([
      "The scorecard's own RAG column agrees with these ratings for the 1 indicator it rates.",
    ]);
  });
});
