import type { Alignment, Font, Style, Worksheet } from 'exceljs';
import { NARRATIVE_SECTIONS, RAG_SUMMARY_HEADING, REDS_HEADING, ragSummaryLines } from '../core/narrative/render';
import type { Narrative, NarrativeItem } from '../core/types';
import { cellLinkFormula } from '../core/address';
import { ragCounts, type RagCounts } from './ragCounts';

/** What the Narrative sheet says about itself. */
export interface NarrativeMeta {
  readonly title: string;
  /** One line such as "Drafted 3 March 2025 from northmoor-scorecard.xlsx". */
  readonly generated: string;
  /** Indicator counts for the summary block; counted from the narrative's items when absent. */
  readonly counts?: RagCounts;
  /** Lines about the sheet's own RAG column beside ours (see `sheetRagNotes`); none when it has none. */
  readonly ragNotes?: readonly string[];
}

export const TEXT_WIDTH = 100;
export const CITE_WIDTH = 16;
/** Columns B onwards (up to this one) are as wide as a citation. */
export const LAST_CITE_COLUMN = 12;
/** Characters of prose per line in the text column (a width unit is one digit; prose runs a little narrower). */
const CHARS_PER_LINE = TEXT_WIDTH * 1.05;
const LINE_HEIGHT = 15;
/** Excel's limits: characters in a cell, and a row's height in points. */
export const MAX_CELL_CHARS = 32_767;
export const MAX_ROW_HEIGHT = 409;
/** Prose per row: as many whole lines as the tallest row shows, far below the cell limit. */
const MAX_ROW_CHARS = Math.floor(MAX_ROW_HEIGHT / LINE_HEIGHT) * Math.floor(CHARS_PER_LINE) - 40;

/** Text cut into pieces of at most `max` characters, at a sentence or a space where there is one. */
export function pieces(text: string, max = MAX_ROW_CHARS): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const head = rest.slice(0, max);
    let cut = Math.max(head.lastIndexOf('. '), head.lastIndexOf('; '));
    cut = cut > max / 2 ? cut + 1 : head.lastIndexOf(' ');
    if (cut <= 0) cut = max;
    out.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  out.push(rest);
  return out;
}
export const FONT = 'Calibri';
export const FONT_SIZE = 11;

/** How each kind of cell on the sheet looks: the font beyond Calibri 11, a fill, and whether it wraps. */
export interface CellLook {
  readonly font: { readonly bold?: boolean; readonly italic?: boolean; readonly underline?: boolean; readonly size?: number; readonly argb?: string };
  readonly fill?: string;
  /** Wrapped text, top-aligned; false: top-aligned only. */
  readonly wrap: boolean;
}

/** The rows of the count block, each in its rating's colours. */
type RagLabel = 'Green' | 'Amber' | 'Red' | 'No target' | 'No data';

const ragLook = (fill: string, argb: string): CellLook => ({ font: { bold: true, argb }, fill, wrap: true });

export const LOOKS = {
  title: { font: { bold: true, size: 14 }, wrap: true },
  heading: { font: { bold: true, size: 12 }, wrap: true },
  subheading: { font: { bold: true, italic: true }, wrap: true },
  note: { font: { italic: true, argb: 'FF595959' }, wrap: true },
  body: { font: {}, wrap: true },
  citation: { font: { underline: true, argb: 'FF0563C1' }, wrap: false },
  Green: ragLook('FFC6EFCE', 'FF006100'),
  Amber: ragLook('FFFFEB9C', 'FF9C5700'),
  Red: ragLook('FFFFC7CE', 'FF9C0006'),
  'No target': ragLook('FFEDEDED', 'FF3F3F3F'),
  'No data': ragLook('FFFFFFFF', 'FF3F3F3F'),
} satisfies Record<string, CellLook> & Record<RagLabel, CellLook>;

export type LookName = keyof typeof LOOKS;

/** One cell of the sheet: prose (a plain string, never a formula), a count, or a live link to a cited cell. */
export type NarrativeCell =
  | { readonly col: number; readonly kind: 'text'; readonly text: string; readonly look: LookName }
  | { readonly col: number; readonly kind: 'count'; readonly value: number }
  | { readonly col: number; readonly kind: 'link'; readonly formula: string; readonly text: string; readonly look: 'citation' };

/** One row of the sheet (1-based number), its height when its text wraps onto several lines. */
export interface NarrativeRow {
  readonly row: number;
  readonly height: number | null;
  readonly cells: readonly NarrativeCell[];
}

/**
 * The Narrative sheet's rows: heading, counts, the opening, the reds, the RAG summary, then the
 * sections, one item a row — the text and, to its right, a link to each cell it cites (once). The same layout is written through exceljs or
 * straight into the file's XML.
 */
export function narrativeLayout(narrative: Narrative, meta: NarrativeMeta): NarrativeRow[] {
  const rows: NarrativeRow[] = [];
  let row = 1;
  const put = (whole: string, look: LookName, more: NarrativeCell[] = []) => {
    // A long text runs on over several rows, each within Excel's limits for a cell and a row; links stay on the first.
    pieces(whole).forEach((text, i) => {
      // Wrapped rows do not grow by themselves in every application: size them for their text.
      const lines = Math.ceil(text.length / CHARS_PER_LINE);
      const height = lines > 1 ? Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT) : null;
      rows.push({ row, height, cells: [{ col: 1, kind: 'text', text, look }, ...(i === 0 ? more : [])] });
      row++;
    });
  };
  put(meta.title, 'title');
  put(`Period: ${narrative.period}`, 'body');
  put(meta.generated, 'note');
  row++;
  put('Indicators by rating', 'heading');
  const counts = meta.counts ?? ragCounts(narrative);
  const tally: [RagLabel, number][] = [
    ['Green', counts.green], ['Amber', counts.amber], ['Red', counts.red], ['No target', counts.noTarget], ['No data', counts.noData],
  ];
  for (const [label, n] of tally) put(label, label, [{ col: 2, kind: 'count', value: n }]);
  if (meta.ragNotes?.length) {
    row++;
    put("The scorecard's own RAG", 'heading');
    for (const note of meta.ragNotes) put(note, 'note');
  }
  const itemRow = (item: NarrativeItem) => {
    const links: NarrativeCell[] = [];
    const seen = new Set<string>();
    for (const c of item.cells) {
      const text = `${c.sheet}!${c.cell}`;
      // A link needs a sheet and a cell to go to (never "#''!"); and Excel has only so many columns.
      if (seen.has(text) || !c.sheet || !c.cell || links.length + 2 > 16_384) continue;
      seen.add(text);
      links.push({ col: links.length + 2, kind: 'link', formula: cellLinkFormula(c.sheet, c.cell), text, look: 'citation' });
    }
    // A text longer than a cell holds (the service's words, say) runs on below: `put` splits it.
    put(item.text, 'body', links);
  };
  row++;
  put('Summary', 'heading');
  for (const item of narrative.summary) itemRow(item);
  if (narrative.reds.length) {
    row++;
    put(REDS_HEADING, 'heading');
    for (const item of narrative.reds) itemRow(item);
  }
  row++;
  put(RAG_SUMMARY_HEADING, 'heading');
  for (const line of ragSummaryLines(narrative.ragSummary)) put(line, 'body');
  for (const [key, heading] of NARRATIVE_SECTIONS) {
    const items = narrative[key];
    // An exceptions report leaves out what is not red or amber: those headings are not printed.
    if (!items.length && narrative.style === 'exceptions') continue;
    row++;
    put(heading, 'heading');
    if (!items.length) put('None this period.', 'note');
    let section: string | null = null;
    for (const item of items) {
      if (item.section && item.section !== section) put(item.section, 'subheading');
      section = item.section;
      itemRow(item);
    }
  }
  return rows;
}

/** The last row the layout fills. */
export function lastRow(rows: readonly NarrativeRow[]): number {
  return rows.length ? rows[rows.length - 1].row : 0;
}

/**
 * The sheet's cell styles as exceljs takes them, made once per sheet and shared by every cell of a
 * kind (as exceljs shares them between the cells it reads). exceljs works out the saved form of
 * each distinct style object it meets, so thousands of cells with their own copies of the same
 * style would each cost that work on saving.
 */
function exceljsStyles(): Record<LookName, Partial<Style>> {
  const wrapped: Partial<Alignment> = { wrapText: true, vertical: 'top' };
  const top: Partial<Alignment> = { vertical: 'top' };
  const out = {} as Record<LookName, Partial<Style>>;
  for (const [name, look] of Object.entries(LOOKS) as [LookName, CellLook][]) {
    const font: Partial<Font> = { name: FONT, size: look.font.size ?? FONT_SIZE };
    if (look.font.bold) font.bold = true;
    if (look.font.italic) font.italic = true;
    if (look.font.underline) font.underline = true;
    if (look.font.argb) font.color = { argb: look.font.argb };
    const style: Partial<Style> = { font, alignment: look.wrap ? wrapped : top };
    if (look.fill) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: look.fill } };
    out[name] = style;
  }
  return out;
}

/**
 * Writes the Narrative sheet's rows into an empty worksheet. A citation is a HYPERLINK formula
 * (exceljs 4.4 writes in-document hyperlinks that Excel cannot follow).
 */
export function fillNarrativeRows(ws: Worksheet, narrative: Narrative, meta: NarrativeMeta): void {
  const styles = exceljsStyles();
  for (const { row, height, cells } of narrativeLayout(narrative, meta)) {
    const r = ws.getRow(row);
    if (height !== null) r.height = height;
    for (const c of cells) {
      const cell = r.getCell(c.col);
      if (c.kind === 'text') {
        cell.value = c.text; // a plain string: never read as a formula, even when it starts with "="
        cell.style = styles[c.look];
      } else if (c.kind === 'count') {
        cell.value = c.value;
      } else {
        cell.value = { formula: c.formula, result: c.text };
        cell.style = styles[c.look];
      }
    }
  }
}
