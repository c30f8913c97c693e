import type { Alignment, Cell, Font, Style, Worksheet } from 'exceljs';
import { NARRATIVE_SECTIONS } from '../core/narrative/render';
import type { CellCitation, Narrative, NarrativeItem } from '../core/types';
import { cellLinkFormula } from '../core/address';
import { ragCounts, type RagCounts } from './ragCounts';

/** What the Narrative sheet says about itself. */
export interface NarrativeMeta {
  readonly title: string;
  /** One line such as "Drafted 3 March 2025 from northmoor-scorecard.xlsx". */
  readonly generated: string;
  /** Indicator counts for the summary block; counted from the narrative's items when absent. */
  readonly counts?: RagCounts;
}

export const TEXT_WIDTH = 100;
export const CITE_WIDTH = 16;
/** Characters of prose per line in the text column (a width unit is one digit; prose runs a little narrower). */
const CHARS_PER_LINE = TEXT_WIDTH * 1.05;
const LINE_HEIGHT = 15;
const FONT = 'Calibri';
const FONTS: Record<'title' | 'heading' | 'subheading' | 'note' | 'body', Partial<Font>> = {
  title: { bold: true, size: 14 },
  heading: { bold: true, size: 12 },
  subheading: { bold: true, italic: true },
  note: { italic: true, color: { argb: 'FF595959' } },
  body: {},
};
const RAG_FILLS = {
  Green: ['FFC6EFCE', 'FF006100'],
  Amber: ['FFFFEB9C', 'FF9C5700'],
  Red: ['FFFFC7CE', 'FF9C0006'],
  'No target': ['FFEDEDED', 'FF3F3F3F'],
  'No data': ['FFFFFFFF', 'FF3F3F3F'],
} as const;

type TextStyle = keyof typeof FONTS;

/**
 * The sheet's cell styles, made once per sheet and shared by every cell of a kind (as exceljs
 * shares them between the cells it reads). exceljs works out the saved form of each distinct style
 * object it meets, so thousands of cells with their own copies of the same style would each cost
 * that work on saving. A cell that needs a different look gets a style object of its own.
 */
function sheetStyles(): { text: Record<TextStyle, Partial<Style>>; citation: Partial<Style> } {
  const alignment: Partial<Alignment> = { wrapText: true, vertical: 'top' };
  const text = {} as Record<TextStyle, Partial<Style>>;
  for (const kind of Object.keys(FONTS) as TextStyle[]) text[kind] = { font: { name: FONT, size: 11, ...FONTS[kind] }, alignment };
  return { text, citation: { font: { name: FONT, size: 11, color: { argb: 'FF0563C1' }, underline: true }, alignment: { vertical: 'top' } } };
}

/** A citation as a live link to its cell (exceljs 4.4 writes in-document hyperlinks that Excel cannot follow, so a HYPERLINK formula). */
function writeCitation(cell: Cell, c: CellCitation, text: string, style: Partial<Style>): void {
  cell.value = { formula: cellLinkFormula(c.sheet, c.cell), result: text };
  cell.style = style;
}

/** Writes the Narrative sheet's rows into an empty worksheet: heading, counts, then the sections. */
export function fillNarrativeRows(ws: Worksheet, narrative: Narrative, meta: NarrativeMeta): void {
  let row = 1;
  const styles = sheetStyles();
  const put = (text: string, style: TextStyle) => {
    const cell = ws.getRow(row).getCell(1);
    cell.value = text; // a plain string: never read as a formula, even when it starts with "="
    cell.style = styles.text[style];
    // Wrapped rows do not grow by themselves in every application: size them for their text.
    const lines = Math.ceil(text.length / CHARS_PER_LINE);
    if (lines > 1) ws.getRow(row).height = lines * LINE_HEIGHT;
    return row++;
  };
  put(meta.title, 'title');
  put(`Period: ${narrative.period}`, 'body');
  put(meta.generated, 'note');
  row++;
  put('Indicators by rating', 'heading');
  const counts = meta.counts ?? ragCounts(narrative);
  const tally: [keyof typeof RAG_FILLS, number][] = [
    ['Green', counts.green], ['Amber', counts.amber], ['Red', counts.red], ['No target', counts.noTarget], ['No data', counts.noData],
  ];
  for (const [label, n] of tally) {
    const [bg, fg] = RAG_FILLS[label];
    const r = put(label, 'body');
    ws.getCell(r, 1).style = {
      ...styles.text.body,
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: bg } },
      font: { name: FONT, size: 11, color: { argb: fg }, bold: true },
    };
    ws.getCell(r, 2).value = n;
  }
  const sections: [string, readonly NarrativeItem[]][] = [['Summary', narrative.summary], ...NARRATIVE_SECTIONS.map(([key, title]): [string, readonly NarrativeItem[]] => [title, narrative[key]])];
  for (const [heading, items] of sections) {
    row++;
    put(heading, 'heading');
    if (!items.length) put('None this period.', 'note');
    let section: string | null = null;
    for (const item of items) {
      if (heading !== 'Summary' && item.section && item.section !== section) put(item.section, 'subheading');
      section = item.section;
      const line = ws.getRow(put(item.text, 'body'));
      const seen = new Set<string>();
      let col = 2;
      for (const c of item.cells) {
        const text = `${c.sheet}!${c.cell}`;
        if (seen.has(text)) continue;
        seen.add(text);
        writeCitation(line.getCell(col++), c, text, styles.citation);
      }
    }
  }
}

