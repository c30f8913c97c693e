/**
 * What the Narrative sheet says, row by row, before any of it reaches Excel: a title block, the
 * count of indicators by rating (the chart's source), then the sections of the narrative with
 * each item's text in column A and the cells it cites, as addresses, in the columns beside it.
 */
import { NARRATIVE_SECTIONS } from '../core/narrative/render';
import type { Narrative, NarrativeItem, RagCounts } from '../core/types';

export type { RagCounts } from '../core/types';
export { ragCounts } from '../core/report/ragCounts';

/** What the sheet says about itself. */
export interface NarrativeMeta {
  readonly title: string;
  /** One line such as "Drafted on 3 March 2025". */
  readonly generated: string;
  readonly counts: RagCounts;
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

/** Lays out the sheet. Every string is for a text cell: nothing in it is ever read as a formula. */
export function narrativeLayout(narrative: Narrative, meta: NarrativeMeta): NarrativeLayout {
  const rows: LayoutRow[] = [line(meta.title, 'title'), line(`Period: ${narrative.period}`, 'body'), line(meta.generated, 'note'), line('', 'body')];
  rows.push(line('Indicators by rating', 'heading'));
  const first = rows.length;
  for (const c of COUNT_LINES) rows.push(line(c.label, 'count', [], meta.counts[c.key]));
  const countRows = { first, last: rows.length - 1 };
  const sections: [string, readonly NarrativeItem[]][] = [['Summary', narrative.summary], ...NARRATIVE_SECTIONS.map(([key, title]): [string, readonly NarrativeItem[]] => [title, narrative[key]])];
  for (const [heading, items] of sections) {
    rows.push(line('', 'body'), line(heading, 'heading'));
    if (!items.length) rows.push(line('None this period.', 'note'));
    let section: string | null = null;
    for (const item of items) {
      if (heading !== 'Summary' && item.section && item.section !== section) rows.push(line(item.section, 'subheading'));
      section = item.section;
      rows.push(line(item.text, 'body', citations(item)));
    }
  }
  const width = Math.max(2, ...rows.map((r) => 1 + r.cited.length));
  return { rows, width, countRows };
}
