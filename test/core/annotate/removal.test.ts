import {
  NARRATIVE_NAME,
  noteTextLabelCells,
  parseTextLabelCells,
  planRemoval,
  RAG_MARKER,
  refersToSheet,
  removalCounts,
} from '../../../src/core/annotate';
import type { SheetGrid } from '../../../src/core/values/types';

const ours = `IF(N("${RAG_MARKER}")=0,"Green","")`;

const scorecard: SheetGrid = {
  name: 'Scorecard',
  values: [],
  formulas: [
    [null, null, null, `"RAG"&T(N("${RAG_MARKER}"))`],
    [null, 'SUM(A1:A2)', null, ours],
    [null, null, null, ours],
    [null, null, null, 'IF(1,"Green","Red")'],
    [null, null, null, ours],
  ],
};

describe('planRemoval', () => {
  const found = (narrative: { stored: string | null; now: string } | null, grids: SheetGrid[] = [scorecard]) => ({
    grids,
    rules: new Map([
      [
        'Scorecard',
        [
          { formula: '=$A1>0' },
          { formula: `=AND(N("${RAG_MARKER}")=0,B2>1)` },
          { formula: null },
          { formula: `=N("${RAG_MARKER}")=0` },
        ],
      ],
    ]),
    name: narrative !== null,
    narrative: narrative && { sheet: 'Narrative', ...narrative },
  });

  it('takes our rules (last first) and our label cells in runs, and leaves the officer’s formulas', () => {
    const plan = planRemoval(found(null), 'keep');
    expect(plan.rules).toEqual([{ sheet: 'Scorecard', positions: [3, 1] }]);
    expect(plan.labels).toEqual([
      { sheet: 'Scorecard', range: 'D1:D3', cells: 3 },
      { sheet: 'Scorecard', range: 'D5', cells: 1 },
    ]);
    expect(plan.narrative).toBeNull();
    expect(plan.names).toEqual([]);
    expect(removalCounts(plan)).toEqual({ rules: 2, labels: 4 });
  });

  it('deletes a Narrative sheet as we left it, and asks or keeps one the officer changed', () => {
    expect(planRemoval(found({ stored: 'a', now: 'a' }), 'ask').narrative).toEqual({
      sheet: 'Narrative',
      action: 'delete',
      claim: null,
    });
    const asking = planRemoval(found({ stored: 'a', now: 'b' }), 'ask');
    expect(asking).toEqual({
      rules: [],
      labels: [],
      textFormats: [],
      narrative: { sheet: 'Narrative', action: 'ask', claim: 'edited' },
      names: [],
    });
    // No stored fingerprint: we cannot tell what became of it, so it is taken as changed.
    expect(planRemoval(found({ stored: null, now: 'b' }), 'keep').narrative?.action).toBe('keep');
    expect(planRemoval(found({ stored: 'a', now: 'b' }), 'keep').names).toEqual([NARRATIVE_NAME]);
    expect(planRemoval(found({ stored: 'a', now: 'b' }), 'delete').narrative?.action).toBe('delete');
  });

  it('treats a Narrative sheet other sheets refer to as the officer’s to decide', () => {
    const referring: SheetGrid = { ...scorecard, formulas: [...scorecard.formulas!, ['Narrative!A1']] };
    expect(planRemoval(found({ stored: 'a', now: 'a' }, [referring]), 'ask').narrative).toEqual({
      sheet: 'Narrative',
      action: 'ask',
      claim: 'referred',
    });
  });
});

describe('refersToSheet', () => {
  it('finds references, quoted or not, and not text that only looks like one', () => {
    expect(refersToSheet('Narrative!A1', 'Narrative')).toBe(true);
    expect(refersToSheet('SUM(narrative!$A$1:$B$2)', 'Narrative')).toBe(true);
    expect(refersToSheet('\'Q2 narrative\'!A1&""', 'Q2 narrative')).toBe(true);
    expect(refersToSheet('HYPERLINK("#Narrative!A1","go")', 'Narrative')).toBe(false);
    expect(refersToSheet('MyNarrative!A1', 'Narrative')).toBe(false);
    expect(refersToSheet("'Old Narrative'!A1", 'Narrative')).toBe(false);
  });
});

describe('Text-formatted label cells', () => {
  const found = (textLabels?: Record<string, string[]>) => ({
    grids: [scorecard],
    rules: new Map(),
    name: false,
    narrative: null,
    ...(textLabels && { textLabels }),
  });

  it('gives Text back to the noted cells that still hold our labels, in runs, and not to a cell the officer typed over', () => {
    // D4 holds the officer's formula now: it is theirs, format and all.
    const plan = planRemoval(found({ Scorecard: ['D2', 'D3', 'D4', 'D5', 'not a cell'], Other: ['A1'] }), 'keep');
    expect(plan.textFormats).toEqual([
      { sheet: 'Scorecard', range: 'D2:D3', cells: 2 },
      { sheet: 'Scorecard', range: 'D5', cells: 1 },
    ]);
    expect(planRemoval(found(), 'keep').textFormats).toEqual([]);
  });

  it('reads a stored note leniently and adds newly reformatted cells to it once', () => {
    expect(parseTextLabelCells('{"Scorecard":["D2","x",3],"Bad":"D2"}')).toEqual({ Scorecard: ['D2'] });
    expect(parseTextLabelCells('not json')).toEqual({});
    expect(parseTextLabelCells(null)).toEqual({});
    expect(noteTextLabelCells({ Scorecard: ['D2'] }, { Scorecard: ['D2', 'D3'], Other: ['B1'] })).toEqual({
      Scorecard: ['D2', 'D3'],
      Other: ['B1'],
    });
    expect(noteTextLabelCells({ Scorecard: ['D2'] }, { Scorecard: [] })).toBeNull();
  });
});
