/**
 * What the Narrative sheet says, row by row, before any of it reaches Excel: a title block, the
 * count of indicators by rating (the chart's source), then the sections of the narrative with
 * each item's text in column A and the cells it cites, as addresses, in the columns beside it.
 */
import { NARRATIVE_SECTIONS, RAG_SUMMARY_HEADING, REDS_HEADING, cellPieces, narrativeBlocks, ragSummaryLines } from '../core/narrative/render';
import type { Narrative, NarrativeItem, RagCounts } from '../core/types';

export type { RagCounts } from '../core/types';
export { ragCounts } from '../core/report/ragCounts';

/** What the sheet says about itself. */
export interface NarrativeMeta {
  readonly title: string;
  /** One line such as "Drafted on 3 March 2025". */
  readonly generated: string;
  readonly counts: RagCounts;
  /** Lines about the sheet's own RAG column beside ours (see `sheetRagNotes`); none when it has none. */
  readonly ragNotes?: readonly string[];
}

export type RowStyle = 'title' | 'heading' | 'subheading' | 'note' | 'body' | 'count';

/** One row of the sheet: text for column A, then either a count or cited cell addresses. */
export interface LayoutRow {
  readonly text: string;
  readonly style: RowStyle;
  readonly count: number | null;
  readonly cited: readonly string[];
}

export interface NarrativeLayout {
  readonly rows: readonly LayoutRow[];
  /** Columns used (A plus the widest run of citations; at least A:B). */
  readonly width: number;
  /** Zero-based rows of the five count lines ("Green" … "No data"). */
  readonly countRows: { readonly first: number; readonly last: number };
}

/** The RAG words of the summary block, in order, with Excel's Good/Neutral/Bad colours. */
export const COUNT_LINES = [
  { label: 'Green', key: 'green', fill: '#C6EFCE', font: '#006100' },
  { label: 'Amber', key: 'amber', fill: '#FFEB9C', font: '#9C5700' },
  { label: 'Red', key: 'red', fill: '#FFC7CE', font: '#9C0006' },
  { label: 'No target', key: 'noTarget', fill: '#EDEDED', font: '#3F3F3F' },
  { label: 'No data', key: 'noData', fill: '#FFFFFF', font: '#3F3F3F' },
] as const;


const line = (text: string, style: RowStyle, cited: readonly string[] = [], count: number | null = null): LayoutRow => ({ text, style, count, cited });

/** Each cited cell once, in order, as "Sheet!F5". */
function citations(item: NarrativeItem): string[] {
  return [...new Set(item.cells.map((c) => `${c.sheet}!${c.cell}`))];
}

/** The narrative as the officer edited it, and the figures in it that the draft did not have. */
export interface EditedNarrative {
  readonly text: string;
  readonly newFigures: readonly string[];
}

/** The title block and the counts by rating, the same on every Narrative sheet. */
function openingRows(period: string, meta: NarrativeMeta): { rows: LayoutRow[]; countRows: NarrativeLayout['countRows'] } {
  const rows: LayoutRow[] = [line(meta.title, 'title'), line(`Period: ${period}`, 'body'), line(meta.generated, 'note'), line('', 'body')];
  rows.push(line('Indicators by rating', 'heading'));
  const first = rows.length;
  for (const c of COUNT_LINES) rows.push(line(c.label, 'count', [], meta.counts[c.key]));
  const countRows = { first, last: rows.length - 1 };
  if (meta.ragNotes?.length) {
    rows.push(line('', 'body'), line("The scorecard's own RAG", 'heading'));
    for (const note of meta.ragNotes) rows.push(line(note, 'note'));
  }
  return { rows, countRows };
}

const finish = (rows: LayoutRow[], countRows: NarrativeLayout['countRows']): NarrativeLayout => ({
  rows,
  width: Math.max(2, ...rows.map((r) => 1 + r.cited.length)),
  countRows,
});

/** Lays out the sheet. Every string is for a text cell: nothing in it is ever read as a formula. */
export function narrativeLayout(narrative: Narrative, meta: NarrativeMeta): NarrativeLayout {
  const { rows, countRows } = openingRows(narrative.period, meta);
  const itemRows = (item: NarrativeItem) => {
    // A cell holds at most 32,767 characters: a longer text runs on in the rows below.
    const [first, ...more] = cellPieces(item.text);
    rows.push(line(first, 'body', citations(item)));
    for (const piece of more) rows.push(line(piece, 'body'));
  };
  rows.push(line('', 'body'), line('Summary', 'heading'));
  for (const item of narrative.summary) itemRows(item);
  if (narrative.reds.length) {
    rows.push(line('', 'body'), line(REDS_HEADING, 'heading'));
    for (const item of narrative.reds) itemRows(item);
  }
  rows.push(line('', 'body'), line(RAG_SUMMARY_HEADING, 'heading'));
  for (const text of ragSummaryLines(narrative.ragSummary)) for (const piece of cellPieces(text)) rows.push(line(piece, 'body'));
  for (const [key, heading] of NARRATIVE_SECTIONS) {
    const items = narrative[key];
    // An exceptions report leaves out what is not red or amber: those headings are not printed.
    if (!items.length && narrative.style === 'exceptions') continue;
    rows.push(line('', 'body'), line(heading, 'heading'));
    if (!items.length) rows.push(line('None this period.', 'note'));
    let section: string | null = null;
    for (const item of items) {
      if (item.section && item.section !== section) rows.push(line(item.section, 'subheading'));
      section = item.section;
      itemRows(item);
    }
  }
  return finish(rows, countRows);
}

const BULLET = /^\s*(?:[•\-*]\s+)/;

/**
 * Lays out the sheet for the narrative as the officer edited it in the pane: the same title block
 * and counts, then the edited text line by line. A line that is still one of the draft's sentences
 * keeps the cells it cites beside it; a changed line has none (a note says so). Headings of the
 * draft keep their style; bullets are dropped, as on the drafted sheet.
 */
export function editedLayout(narrative: Narrative, edited: EditedNarrative, meta: NarrativeMeta): NarrativeLayout {
  const { rows, countRows } = openingRows(narrative.period, meta);
  rows.push(line('Edited in the task pane: a sentence changed there has no cited cells beside it.', 'note'));
  if (edited.newFigures.length) rows.push(line(`Figures typed in the edit, not in the draft: ${edited.newFigures.join(', ')}. Check them against the scorecard.`, 'note'));
  // What the draft said, block by block, to recognise in the edit: its sentences and its headings.
  const items = new Map<string, NarrativeItem>();
  const styles = new Map<string, RowStyle>();
  for (const b of narrativeBlocks(narrative)) {
    if (b.kind === 'item') items.set(b.item.text.trim(), b.item);
    else if (b.kind === 'title' || b.kind === 'heading' || b.kind === 'subheading') styles.set(b.text, b.kind === 'subheading' ? 'subheading' : 'heading');
  }
  let gap = true;
  for (const raw of edited.text.split(/\r?\n/)) {
    const text = raw.replace(BULLET, '').trim();
    if (text === '') {
      gap = true;
      continue;
    }
    if (gap) rows.push(line('', 'body'));
    gap = false;
    const item = items.get(text);
    if (item) {
      const [first, ...more] = cellPieces(text);
      rows.push(line(first, 'body', citations(item)));
      for (const piece of more) rows.push(line(piece, 'body'));
    } else for (const piece of cellPieces(text)) rows.push(line(piece, styles.get(text) ?? 'body'));
  }
  return finish(rows, countRows);
}
