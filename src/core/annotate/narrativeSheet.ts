/**
 * The Narrative sheet, once, for both hosts: its rows (title block, counts by rating, the opening,
 * the reds, the RAG summary, the sections, each item's cited cells as links beside it), how each
 * kind of cell looks, the column widths, the print area and page set-up. Excel (through Office.js)
 * and the command line (through the file) only render this; a change to the sheet's look is a
 * change here.
 */
import { cellLinksOf, colToLetters } from '../address';
import {
  NARRATIVE_SECTIONS,
  RAG_SUMMARY_HEADING,
  REDS_HEADING,
  narrativeBlocks,
  ragSummaryLines,
} from '../narrative/render';
import type { Narrative, NarrativeItem } from '../narrative/types';
import { withoutBidiControls } from '../narrative/outputSafety';
import type { RagCounts } from '../report/types';
import { checkSheetRows, MAX_ROW_HEIGHT, SHEET_COLUMNS, splitText } from './limits';
import { LinesHash } from './linesHash';
import { hashRowCells } from './narrativeEdits';
import { RAG_PALETTE } from './palette';

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

/** Column A's width, in characters of the default font (the unit a worksheet's columns are measured in). */
export const TEXT_WIDTH = 100;
/**
 * Columns B onwards (up to {@link LAST_CITE_COLUMN}): as wide as a citation ("Scorecard!H12"); wider
 * where a citation is longer, as one of a sheet with a long name ("Cerdyn Sgorio - Scorecard!F2").
 */
export const CITE_WIDTH = 16;
/** Room beside the longest citation, in characters, where it is wider than {@link CITE_WIDTH}. */
const CITE_MARGIN = 1;
/** The last column (one-based) given the citation width. */
export const LAST_CITE_COLUMN = 12;
export const FONT = 'Calibri';
export const FONT_SIZE = 11;
/** Characters of prose per line in the text column (a width unit is one digit; prose runs a little narrower). */
const CHARS_PER_LINE = TEXT_WIDTH * 1.05;
/**
 * The most rows of a sheet a plan keeps, so that they are not laid out a second time when the host
 * writes them: some 10 MB at most. A council's sheet has a few thousand; one of 50,000 indicators
 * has some 60,000, which are laid out again rather than held.
 */
const KEEP_ROWS = 20_000;
/** A line's height in points, at the default font. */
export const LINE_HEIGHT = 15;
/** Prose per row: as many whole lines as the tallest row shows, far below the cell limit. */
const MAX_ROW_CHARS = Math.floor(MAX_ROW_HEIGHT / LINE_HEIGHT) * Math.floor(CHARS_PER_LINE) - 40;

/** A long text as the sheet's rows take it: pieces a row shows whole, cut at a sentence or a space. */
export function rowPieces(text: string): string[] {
  return splitText(text, MAX_ROW_CHARS);
}

/** How each kind of cell on the sheet looks: the font beyond Calibri 11, a fill, and whether it wraps. */
export interface CellLook {
  readonly font: {
    readonly bold?: boolean;
    readonly italic?: boolean;
    readonly underline?: boolean;
    readonly size?: number;
    readonly argb?: string;
  };
  readonly fill?: string;
  /** Wrapped text, top-aligned; false: top-aligned only. */
  readonly wrap: boolean;
}

/** The rows of the count block, each in its rating's colours. */
const RAG_LABELS = ['Green', 'Amber', 'Red', 'No target', 'To check', 'No data', 'In words'] as const;
export type RagLabel = (typeof RAG_LABELS)[number];

const ragLook = ({ fill, font }: { fill: string; font: string }): CellLook => ({
  font: { bold: true, argb: font },
  fill,
  wrap: true,
});

export const LOOKS = {
  title: { font: { bold: true, size: 14 }, wrap: true },
  heading: { font: { bold: true, size: 12 }, wrap: true },
  subheading: { font: { bold: true, italic: true }, wrap: true },
  note: { font: { italic: true, argb: 'FF595959' }, wrap: true },
  body: { font: {}, wrap: true },
  citation: { font: { underline: true, argb: 'FF0563C1' }, wrap: false },
  Green: ragLook(RAG_PALETTE.green),
  Amber: ragLook(RAG_PALETTE.amber),
  Red: ragLook(RAG_PALETTE.red),
  'No target': ragLook(RAG_PALETTE.noTarget),
  'To check': ragLook(RAG_PALETTE.noTarget),
  'No data': ragLook(RAG_PALETTE.noData),
  'In words': ragLook(RAG_PALETTE.noData),
} satisfies Record<string, CellLook> & Record<RagLabel, CellLook>;

export type LookName = keyof typeof LOOKS;

function isRagLabel(look: LookName): look is RagLabel {
  return (RAG_LABELS as readonly string[]).includes(look);
}

/** One cell of the sheet: prose (a plain string, never a formula), a count, or a live link to a cited cell. */
export type NarrativeCell =
  | { readonly col: number; readonly kind: 'text'; readonly text: string; readonly look: LookName }
  | { readonly col: number; readonly kind: 'count'; readonly value: number }
  | {
      readonly col: number;
      readonly kind: 'link';
      readonly formula: string;
      readonly text: string;
      readonly look: 'citation';
    };

/** One row of the sheet (1-based number), its height in points when its text wraps onto several lines. */
export interface NarrativeRow {
  readonly row: number;
  readonly height: number | null;
  readonly cells: readonly NarrativeCell[];
}

type Bucket = keyof RagCounts;

/**
 * Counts indicators by rating from a narrative's items, each indicator once (the first item that
 * names it), leaving out the opening summary and items about no indicator: for a sheet whose
 * caller gave no counts.
 */
export function countsFromNarrative(narrative: Narrative): RagCounts {
  const seen = new Map<string, Bucket>();
  const sections: [readonly NarrativeItem[], 'noData' | 'inWords' | 'toCheck' | null][] = [
    [narrative.performingWell, null],
    [narrative.areasForFocus, null],
    [narrative.check ?? [], 'toCheck'],
    [narrative.context, null],
    [narrative.inWords ?? [], 'inWords'],
    [narrative.noData, 'noData'],
  ];
  for (const [items, apart] of sections) {
    for (const item of items) {
      if (item.indicatorId === null || seen.has(item.indicatorId)) continue;
      const rag = item.rag;
      seen.set(item.indicatorId, rag === 'green' || rag === 'amber' || rag === 'red' ? rag : (apart ?? 'noTarget'));
    }
  }
  const counts = { green: 0, amber: 0, red: 0, noTarget: 0, noData: 0, toCheck: 0, inWords: 0 };
  for (const bucket of seen.values()) counts[bucket]++;
  const { toCheck, inWords, ...rest } = counts;
  return { ...rest, ...(toCheck && { toCheck }), ...(inWords && { inWords }) };
}

/** Numbers rows one after another, each long text run on over as many rows as it needs. */
class Rows {
  private row = 1;

  /** A text (and the cells beside it, on its first row only), as the rows it takes. */
  *put(whole: string, look: LookName, more: readonly NarrativeCell[] = []): Generator<NarrativeRow, void, undefined> {
    // A long text runs on over several rows, each within Excel's limits for a cell and a row.
    // Shown as written: a bidirectional control left open would reverse the rest of the cell (see outputSafety.ts).
    const pieces = rowPieces(withoutBidiControls(whole));
    for (let i = 0; i < pieces.length; i++) {
      const text = pieces[i];
      // Wrapped rows do not grow by themselves in every application: size them for their text.
      const lines = Math.ceil(text.length / CHARS_PER_LINE);
      const height = lines > 1 ? Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT) : null;
      const first: NarrativeCell = { col: 1, kind: 'text', text, look };
      yield { row: this.row++, height, cells: i === 0 && more.length ? [first, ...more] : [first] };
    }
  }

  /** An empty row. */
  gap(): void {
    this.row++;
  }
}

/** How a sheet's cells are linked and shown: its formula maker and its name as shown ("Scorecard!"), made once a sheet. */
interface SheetLinks {
  readonly formula: (cell: string) => string;
  readonly shown: string;
}

/** Each cell an item cites, once, as a link beside its text (a link needs a sheet and a cell; a sheet has only so many columns). */
function citationCells(item: NarrativeItem, sheets: Map<string, SheetLinks>): NarrativeCell[] {
  const links: NarrativeCell[] = [];
  for (const c of item.cells) {
    if (!c.sheet || !c.cell || links.length + 2 > SHEET_COLUMNS) continue;
    let sheet = sheets.get(c.sheet);
    if (!sheet)
      sheets.set(c.sheet, (sheet = { formula: cellLinksOf(c.sheet), shown: withoutBidiControls(`${c.sheet}!`) }));
    // A cell's reference ("F5") holds no control: the sheet's name is the part to clean.
    const text = sheet.shown + withoutBidiControls(c.cell);
    if (links.some((l) => l.kind === 'link' && l.text === text)) continue;
    links.push({ col: links.length + 2, kind: 'link', formula: sheet.formula(c.cell), text, look: 'citation' });
  }
  return links;
}

/** The title block and the counts by rating, the same whatever follows. */
function* opening(out: Rows, period: string, narrative: Narrative, meta: NarrativeMeta): Generator<NarrativeRow> {
  yield* out.put(meta.title, 'title');
  yield* out.put(`Period: ${period}`, 'body');
  yield* out.put(meta.generated, 'note');
  out.gap();
  yield* out.put('Indicators by rating', 'heading');
  const counts = meta.counts ?? countsFromNarrative(narrative);
  for (const [label, n] of countLines(counts)) yield* out.put(label, label, [{ col: 2, kind: 'count', value: n }]);
  if (meta.ragNotes?.length) {
    out.gap();
    yield* out.put("The scorecard's own RAG", 'heading');
    for (const note of meta.ragNotes) yield* out.put(note, 'note');
  }
}

/** A count line's bar in the chart: its line's fill, or grey where that is white (a white bar would not show). */
function chartFill(label: RagLabel): string {
  const fill = LOOKS[label].fill ?? RAG_PALETTE.noData.fill;
  return fill === 'FFFFFFFF' ? 'FFBFBFBF' : fill;
}

/** The count block's lines, in order. */
export function countLines(counts: RagCounts): [RagLabel, number][] {
  return [
    ['Green', counts.green],
    ['Amber', counts.amber],
    ['Red', counts.red],
    ['No target', counts.noTarget],
    ...(counts.toCheck ? [['To check', counts.toCheck] as [RagLabel, number]] : []),
    ['No data', counts.noData],
    ...(counts.inWords ? [['In words', counts.inWords] as [RagLabel, number]] : []),
  ];
}

/**
 * The Narrative sheet's rows, in order, made as they are asked for: heading, counts, the opening,
 * the reds, the RAG summary, then the sections, one item a row — the text and, to its right, a
 * link to each cell it cites (once).
 */
export function* narrativeLayout(narrative: Narrative, meta: NarrativeMeta): Generator<NarrativeRow, void, undefined> {
  const out = new Rows();
  yield* opening(out, narrative.period, narrative, meta);
  const sheets = new Map<string, SheetLinks>();
  const itemRow = (item: NarrativeItem) => out.put(item.text, 'body', citationCells(item, sheets));
  out.gap();
  yield* out.put('Summary', 'heading');
  for (const item of narrative.summary) yield* itemRow(item);
  if (narrative.reds.length) {
    out.gap();
    yield* out.put(REDS_HEADING, 'heading');
    for (const item of narrative.reds) yield* itemRow(item);
  }
  out.gap();
  yield* out.put(RAG_SUMMARY_HEADING, 'heading');
  for (const line of ragSummaryLines(narrative.ragSummary)) yield* out.put(line, 'body');
  for (const [key, heading] of NARRATIVE_SECTIONS) {
    const items = narrative[key] ?? [];
    // An exceptions report leaves out what is not red or amber: those headings are not printed; nor is
    // the list of indicators to check when there are none.
    if (!items.length && (narrative.style === 'exceptions' || key === 'check' || key === 'inWords')) continue;
    out.gap();
    yield* out.put(heading, 'heading');
    if (!items.length) yield* out.put('None this period.', 'note');
    let section: string | null = null;
    for (const item of items) {
      if (item.section && item.section !== section) yield* out.put(item.section, 'subheading');
      section = item.section;
      yield* itemRow(item);
    }
  }
}

/** The narrative as the officer edited it in the task pane, and the figures in it that the draft did not have. */
export interface EditedNarrative {
  readonly text: string;
  readonly newFigures: readonly string[];
}

const BULLET = /^\s*(?:[•\-*]\s+)/;

/**
 * The sheet for the narrative as the officer edited it in the pane: the same title block and
 * counts, then the edited text line by line. A line that is still one of the draft's sentences
 * keeps the cells it cites beside it; a changed line has none (a note says so). Headings of the
 * draft keep their look; bullets are dropped, as on the drafted sheet.
 */
export function* editedLayout(
  narrative: Narrative,
  edited: EditedNarrative,
  meta: NarrativeMeta,
): Generator<NarrativeRow, void, undefined> {
  const out = new Rows();
  yield* opening(out, narrative.period, narrative, meta);
  yield* out.put('Edited in the task pane: a sentence changed there has no cited cells beside it.', 'note');
  if (edited.newFigures.length)
    yield* out.put(
      `Figures typed in the edit, not in the draft: ${edited.newFigures.join(', ')}. Check them against the scorecard.`,
      'note',
    );
  // What the draft said, block by block, to recognise in the edit: its sentences and its headings.
  const items = new Map<string, NarrativeItem>();
  const looks = new Map<string, LookName>();
  for (const b of narrativeBlocks(narrative)) {
    if (b.kind === 'item') items.set(b.item.text.trim(), b.item);
    else if (b.kind === 'title' || b.kind === 'heading' || b.kind === 'subheading')
      looks.set(b.text, b.kind === 'subheading' ? 'subheading' : 'heading');
  }
  let gap = true;
  const sheets = new Map<string, SheetLinks>();
  for (const raw of edited.text.split(/\r?\n/)) {
    const text = raw.replace(BULLET, '').trim();
    if (text === '') {
      gap = true;
      continue;
    }
    if (gap) out.gap();
    gap = false;
    const item = items.get(text);
    if (item) yield* out.put(text, 'body', citationCells(item, sheets));
    else yield* out.put(text, looks.get(text) ?? 'body');
  }
}

/** The print area: the text and the column beside it (the counts; the cell each item cites first), as "$A$1:$B$n". */
export function printArea(lastRow: number): string {
  return `$A$1:$B$${Math.max(1, lastRow)}`;
}

/** Printed portrait, one page wide and as many long as it takes. */
export const PAGE_SETUP = { orientation: 'portrait', fitToWidth: 1, fitToHeight: 0 } as const;

/** The chart of indicators by rating, beside the sheet's text. */
export const CHART_NAME = 'Scorecard RAG summary';

/**
 * A clustered column chart of the count block: its categories (the RAG words in column A) and
 * values (the counts in column B), one colour per column from the palette, and where it stands
 * (zero-based cells, from the top-left to the bottom-right corner).
 */
export interface ChartSpec {
  readonly name: string;
  readonly title: string;
  /** One-based rows of the count block's first and last lines. */
  readonly firstRow: number;
  readonly lastRow: number;
  /** Fill of each column, ARGB, in row order: white would not show, so "no data" is grey. */
  readonly colours: readonly string[];
  readonly from: { readonly row: number; readonly col: number };
  readonly to: { readonly row: number; readonly col: number };
  /** "Indicators by rating" data labels on each column. */
  readonly showValues: true;
}

/** Everything about the Narrative sheet a host renders. */
export interface NarrativeSheetPlan {
  /**
   * The rows, in order (by row, and in a row by column), made afresh each time they are gone
   * through: the sheet of 50,000 indicators is some hundred megabytes of rows, never held whole.
   */
  readonly rows: Iterable<NarrativeRow>;
  /** The hash of the filled cells, for the sheet's fingerprint ({@link planFingerprint}). */
  readonly cellsHash: LinesHash;
  /** The last row filled. */
  readonly lastRow: number;
  /** Columns used: A plus the widest run of citations (at least A:B). */
  readonly width: number;
  /** The looks of the cells (counts have none), in the order the rows first use them. */
  readonly looks: readonly LookName[];
  /** Column widths in characters of the default font, one-based columns `from`…`to`. */
  readonly widths: readonly { readonly from: number; readonly to: number; readonly width: number }[];
  readonly printArea: string;
  readonly pageSetup: typeof PAGE_SETUP;
  readonly chart: ChartSpec;
}

/** The Narrative sheet, drafted (or, with `edited`, as the officer edited it in the pane). */
export function planNarrativeSheet(
  narrative: Narrative,
  meta: NarrativeMeta,
  edited?: EditedNarrative,
): NarrativeSheetPlan {
  const laidOut: Iterable<NarrativeRow> = {
    [Symbol.iterator]: () =>
      edited === undefined ? narrativeLayout(narrative, meta) : editedLayout(narrative, edited, meta),
  };
  // The rows of a council's sheet are kept from this pass for the host's; a larger sheet's are made again.
  let kept: NarrativeRow[] | null = [];
  // One pass for what is said of the sheet as a whole: where it ends, how wide it is, the looks it uses, the count block.
  let lastRow = 0;
  let width = 2;
  let longest = 0;
  const looks = new Set<LookName>();
  const counted: number[] = [];
  const fills: string[] = [];
  const cellsHash = new LinesHash();
  for (const r of laidOut) {
    if (kept && kept.length < KEEP_ROWS) kept.push(r);
    else kept = null;
    hashRowCells(cellsHash, r);
    lastRow = r.row;
    for (const c of r.cells) {
      width = Math.max(width, c.col);
      if (c.kind === 'count') {
        counted.push(r.row);
        // Each bar of the chart in its line's colour.
        const line = r.cells.find((x) => x.kind === 'text');
        fills.push(chartFill(line?.kind === 'text' && isRagLabel(line.look) ? line.look : 'No data'));
      } else looks.add(c.look);
      if (c.kind === 'link' && c.text.length > longest) longest = c.text.length;
    }
  }
  checkSheetRows(lastRow, 'The Narrative sheet');
  const first = counted[0];
  const last = counted[counted.length - 1];
  const left = width + 1;
  return {
    rows: kept ?? laidOut,
    cellsHash,
    lastRow,
    width,
    looks: Array.from(looks),
    widths: [
      { from: 1, to: 1, width: TEXT_WIDTH },
      { from: 2, to: LAST_CITE_COLUMN, width: Math.max(CITE_WIDTH, longest + CITE_MARGIN) },
    ],
    printArea: printArea(lastRow),
    pageSetup: PAGE_SETUP,
    chart: {
      name: CHART_NAME,
      title: 'Indicators by rating',
      firstRow: first,
      lastRow: last,
      colours: fills,
      from: { row: 0, col: left },
      to: { row: 15, col: left + 6 },
      showValues: true,
    },
  };
}

/** A chart corner as an A1 cell ("N1"). */
export function chartCell(at: { readonly row: number; readonly col: number }): string {
  return `${colToLetters(at.col)}${at.row + 1}`;
}
