import {
  CHART_NAME,
  narrativeFingerprint,
  narrativeWrite,
  planCellContents,
  planFingerprint,
  planNarrativeSheet,
} from '../../../src/core/annotate';
import type { Narrative } from '../../../src/core/narrative/types';

const item = (text: string) => ({
  text,
  indicatorId: 'A1',
  rag: 'green' as const,
  section: null,
  cells: [{ sheet: 'Scorecard', cell: 'E5', role: 'value' }],
});
const narrative = {
  period: 'Q2 2021/22',
  style: 'committee',
  summary: [item('Of 3 indicators, 1 is green.')],
  reds: [],
  ragSummary: { green: [], amber: [], red: [] },
  performingWell: [item('Assessments were on target.')],
  areasForFocus: [],
  context: [],
  noData: [],
  text: '',
} as unknown as Narrative;
const plan = planNarrativeSheet(narrative, { title: 'T', generated: 'G' });

describe('the Narrative sheet fingerprint', () => {
  it('is the same for the cells a plan writes, read back in any order', () => {
    const cells = planCellContents(plan);
    expect(narrativeFingerprint([...cells].reverse(), [CHART_NAME])).toBe(planFingerprint(plan, [CHART_NAME]));
    expect(cells.some((c) => typeof c.content === 'string' && c.content.startsWith('=HYPERLINK('))).toBe(true);
  });

  it('is that of the cells written, for the sheet as the officer edited it in the pane too', () => {
    const edited = planNarrativeSheet(
      narrative,
      { title: 'T', generated: 'G' },
      {
        text: 'Summary\n\nAssessments were on target.\nA line of my own.\n\n=1+1',
        newFigures: [],
      },
    );
    const cells = planCellContents(edited);
    expect(cells.map((c) => c.content)).toContain('=1+1');
    expect(planFingerprint(edited, ['Chart 2', CHART_NAME])).toBe(
      narrativeFingerprint([...cells].reverse(), [CHART_NAME, 'Chart 2']),
    );
    expect(planFingerprint(edited, [])).not.toBe(planFingerprint(plan, []));
  });

  it('changes when a cell is edited, added or cleared, or a chart is added', () => {
    const cells = planCellContents(plan);
    const base = planFingerprint(plan, [CHART_NAME]);
    const edited = cells.map((c, i) => (i === 0 ? { ...c, content: `${String(c.content)}!` } : c));
    expect(narrativeFingerprint(edited, [CHART_NAME])).not.toBe(base);
    expect(narrativeFingerprint([...cells, { row: 200, col: 0, content: 'My note' }], [CHART_NAME])).not.toBe(base);
    expect(narrativeFingerprint(cells.slice(1), [CHART_NAME])).not.toBe(base);
    expect(narrativeFingerprint(cells, [CHART_NAME, 'Chart 2'])).not.toBe(base);
    expect(planFingerprint(plan, [])).not.toBe(base);
  });
});

describe('a fingerprint stored by an earlier version', () => {
  // Workbooks keep the fingerprint of the Narrative sheet we wrote; a later version must compute the
  // same value for the same cells, or it would take our own sheet for one the officer has edited.
  it('is computed the same way still', () => {
    const cells = [
      { row: 2, col: 1, content: 'Areas for focus' },
      { row: 0, col: 0, content: 'Performance summary — Q2 2025/26' },
      { row: 1, col: 0, content: 'Rated 21 indicators: 9 green, 7 amber, 5 red.' },
      { row: 3, col: 2, content: 42 },
      { row: 4, col: 0, content: '' },
      { row: 5, col: 0, content: '=HYPERLINK("#\'Scorecard\'!F4","92 per cent")' },
    ];
    expect(narrativeFingerprint(cells, ['Chart 2', 'RAG chart'])).toBe('sn1:e27e41cdca0bccf6');
    expect(narrativeFingerprint([], [])).toBe('sn1:811c9dc55ad1e806');
  });
});

describe('what a Draft does with the Narrative sheet', () => {
  it('adds one when there is none, and rewrites ours in place when it is as we wrote it', () => {
    expect(narrativeWrite(null, 'ask')).toBe('add');
    expect(narrativeWrite({ stored: 'x', now: 'x' }, 'ask')).toBe('rewrite');
    expect(narrativeWrite({ stored: 'x', now: 'x' }, 'new-sheet')).toBe('rewrite');
  });

  it('asks, replaces or writes a new sheet as told when it has been changed, or its history is unknown', () => {
    for (const found of [
      { stored: 'x', now: 'y' },
      { stored: null, now: 'y' },
    ]) {
      expect(narrativeWrite(found, 'ask')).toBe('ask');
      expect(narrativeWrite(found, 'replace')).toBe('rewrite');
      expect(narrativeWrite(found, 'new-sheet')).toBe('new-sheet');
    }
  });
});
