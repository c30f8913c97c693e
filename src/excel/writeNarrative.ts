/// <reference types="office-js" />
import {
  type CellLook,
  CHART_NAME,
  chartCell,
  colToLetters,
  type EditedNarrative,
  FONT,
  FONT_SIZE,
  freeNarrativeName,
  type Issue,
  LOOKS,
  type Narrative,
  NARRATIVE_NAME,
  type NarrativeMeta,
  narrativeNameIssues,
  type NarrativeCellContent,
  narrativeEditedIssues,
  NARRATIVE_EDITED_QUESTION,
  narrativeFingerprint,
  type NarrativeSheetPlan,
  type NarrativeWhenEdited,
  narrativeWrite,
  LAST_CITE_COLUMN,
  parseA1,
  planFingerprint,
  planNarrativeSheet,
  splitAddress,
} from '../core';
import { WorkbookProtectedError } from './errors';
import { SYNC_BYTES } from './readPlan';
import { htmlColour } from './ruleTargets';
import { WriteBatch } from './writeBatch';

export { CHART_NAME, NARRATIVE_NAME };
export type { EditedNarrative, NarrativeMeta };

/** How the sheet is written. */
export interface NarrativeOptions {
  /** When the officer has changed our sheet since it was written: ask, replace it, or write a new sheet (the default). */
  readonly whenEdited?: NarrativeWhenEdited;
  /** Called just before the first write is queued; may throw to stop with nothing written (the pane's Cancel). */
  readonly beforeWrite?: () => void;
}

/** A column width in characters of the default font (as the file stores it) in points (as Office.js takes it). */
export function widthInPoints(chars: number): number {
  const pixels = Math.trunc(((256 * chars + Math.trunc(128 / 7)) / 256) * 7);
  return pixels * 0.75;
}

/**
 * The plan's cells as two blocks of rows 1…n: column A as text ("@" set before the values, so
 * nothing the narrative says is ever read as a formula, number or date); the columns beside it as
 * formulas: the counts by rating as numbers, each cited cell as a link to it; and how many rows are filled.
 */
function cellsOf(plan: NarrativeSheetPlan): { text: string[][]; beside: (string | number)[][]; filled: number } {
  const n = plan.lastRow;
  const text = Array.from({ length: n }, () => ['']);
  const beside: (string | number)[][] = Array.from({ length: n }, () =>
    Array<string | number>(plan.width - 1).fill(''),
  );
  let filled = 0;
  for (const { row, cells } of plan.rows) {
    filled++;
    for (const c of cells) {
      if (c.kind === 'text' && c.col === 1) text[row - 1][0] = c.text;
      else if (c.kind === 'count') beside[row - 1][c.col - 2] = c.value;
      else if (c.kind === 'link') beside[row - 1][c.col - 2] = `=${c.formula}`;
    }
  }
  return { text, beside, filled };
}

/** Rows cut into pieces of about `maxBytes` of request each: one piece for any usual narrative. */
function rowPieces(
  text: readonly (readonly string[])[],
  beside: readonly (readonly (string | number)[])[],
  maxBytes: number,
): { top: number; bottom: number; bytes: number }[] {
  const pieces: { top: number; bottom: number; bytes: number }[] = [];
  let top = 0;
  let bytes = 0;
  text.forEach((row, i) => {
    const size = JSON.stringify(row).length + JSON.stringify(beside[i]).length + 12 * (1 + beside[i].length);
    if (i > top && bytes + size > maxBytes) {
      pieces.push({ top, bottom: i - 1, bytes });
      top = i;
      bytes = 0;
    }
    bytes += size;
  });
  pieces.push({ top, bottom: text.length - 1, bytes });
  return pieces;
}

/** One of the plan's looks on a range. */
function applyLook(format: Excel.RangeFormat, look: CellLook): void {
  const font = format.font;
  font.name = FONT;
  font.size = look.font.size ?? FONT_SIZE;
  if (look.font.bold) font.bold = true;
  if (look.font.italic) font.italic = true;
  if (look.font.underline) font.underline = 'Single';
  if (look.font.argb) font.color = htmlColour(look.font.argb);
  if (look.fill) format.fill.color = htmlColour(look.fill);
  format.wrapText = look.wrap;
  format.verticalAlignment = 'Top';
}

/** Widths, looks (one range per run of rows alike in column A; each row's links), row heights. */
function dress(sheet: Excel.Worksheet, plan: NarrativeSheetPlan): void {
  for (const { from, to, width } of plan.widths)
    sheet.getRange(`${colToLetters(from - 1)}:${colToLetters(to - 1)}`).format.columnWidth = widthInPoints(width);
  let run: { top: number; bottom: number; look: keyof typeof LOOKS } | null = null;
  const flush = () => {
    if (run) applyLook(sheet.getRange(`A${run.top}:A${run.bottom}`).format, LOOKS[run.look]);
    run = null;
  };
  for (const { row, height, cells } of plan.rows) {
    const first = cells.find((c) => c.col === 1);
    const look = first && first.kind === 'text' ? first.look : null;
    if (!run || !look || run.look !== look || run.bottom !== row - 1) flush();
    if (look) run = run ?? { top: row, bottom: row, look };
    if (run) run.bottom = row;
    const links = cells.filter((c) => c.kind === 'link');
    if (links.length)
      applyLook(
        sheet.getRange(`B${row}:${colToLetters(links[links.length - 1].col - 1)}${row}`).format,
        LOOKS.citation,
      );
    if (height !== null) sheet.getRange(`A${row}`).format.rowHeight = height;
  }
  flush();
}

/** The print area and page set-up (`Worksheet.pageLayout`: ExcelApi 1.9, which the manifest requires). */
function setPage(sheet: Excel.Worksheet, plan: NarrativeSheetPlan): void {
  const page = sheet.pageLayout;
  page.orientation = plan.pageSetup.orientation === 'portrait' ? 'Portrait' : 'Landscape';
  page.zoom = { horizontalFitToPages: plan.pageSetup.fitToWidth, verticalFitToPages: plan.pageSetup.fitToHeight };
  page.setPrintArea(plan.printArea);
}

function addChart(sheet: Excel.Worksheet, plan: NarrativeSheetPlan): void {
  const spec = plan.chart;
  const chart = sheet.charts.add('ColumnClustered', sheet.getRange(`A${spec.firstRow}:B${spec.lastRow}`), 'Columns');
  chart.name = spec.name;
  chart.title.text = spec.title;
  chart.legend.visible = false;
  chart.dataLabels.showValue = spec.showValues;
  const points = chart.series.getItemAt(0).points;
  spec.colours.forEach((colour, i) => points.getItemAt(i).format.fill.setSolidColor(htmlColour(colour)));
  chart.setPosition(chartCell(spec.from), chartCell(spec.to));
}

/** What a write did: wrote the sheet (its name, and issues), or wrote nothing and asks the officer first. */
export type NarrativeWriteResult =
  | { readonly kind: 'written'; readonly sheet: string; readonly issues: Issue[] }
  | { readonly kind: 'ask'; readonly question: string };

/** Where an earlier run's sheet is read to tell whether it was changed: our columns, far more rows than a narrative has. */
const OUR_AREA = `A1:${colToLetters(LAST_CITE_COLUMN - 1)}20000`;

/**
 * The sheet an earlier run wrote (by {@link NARRATIVE_NAME}), and whether the officer has changed
 * it since ({@link narrativeWrite}): its cells in our columns, read as formulas, and its charts'
 * names, fingerprinted and compared with the fingerprint stored in the name's comment. A cell
 * outside our columns, or beyond the rows we read, is a change.
 */
export async function earlierSheet(context: Excel.RequestContext, name: string, stored: string | null) {
  const sheet = context.workbook.worksheets.getItem(name);
  const whole = sheet.getUsedRangeOrNullObject(true).load('address');
  const ours = sheet.getRange(OUR_AREA).getUsedRangeOrNullObject(true).load(['address', 'formulas']);
  const charts = sheet.charts.load('items/name');
  await context.sync();
  const names = charts.items.map((c) => c.name);
  const cells: NarrativeCellContent[] = [];
  if (!ours.isNullObject) {
    const top = parseA1(splitAddress(ours.address).range.split(':')[0])!;
    (ours.formulas as (string | number | boolean)[][]).forEach((row, r) =>
      row.forEach((content, c) => cells.push({ row: top.row + r, col: top.col + c, content })),
    );
  }
  const outside = !whole.isNullObject && (ours.isNullObject || whole.address !== ours.address);
  const now = outside ? 'outside' : narrativeFingerprint(cells, names);
  return { sheet, charts: names, found: { stored, now } };
}

/**
 * Writes the Narrative sheet ({@link planNarrativeSheet}: the same sheet the command line writes).
 * One round trip finds the sheets and the sheet a previous run wrote (by {@link NARRATIVE_NAME});
 * where there is one, a second reads it to tell whether the officer has changed it since
 * ({@link narrativeWrite}). Ours as we left it is rewritten in place — cleared (contents, formats,
 * row heights and our chart, found by {@link CHART_NAME}) and written again, never deleted — so
 * formulas elsewhere that refer to it keep working and charts of the officer's stay. Changed,
 * it is left as it is and, as `whenEdited` says, the officer is asked first (nothing is written),
 * it is replaced in place all the same, or the draft goes to a new sheet (the default: the ribbon
 * cannot ask). With no sheet of ours, "Narrative" is added ("Narrative (Scorecard)" when the user
 * has a sheet of that name). The write is one batch (more only for a narrative too large for Excel
 * on the web's 5 MB request limit): every string as text (number format "@" set before the values,
 * so an indicator called `=HYPERLINK(…)` stays text), beside each sentence a link to each cell it
 * cites, the counts by rating with a column chart, the plan's widths, looks and row heights, its
 * print area and page set-up, and the mark with the fingerprint of what was
 * written. No cell of any other sheet is touched. With `edited` (the officer's text from the pane)
 * the sheet holds that text instead of the draft's sections.
 * @throws WorkbookProtectedError when a sheet must be added and the workbook's structure is
 * protected, before anything is written.
 * @throws WriteFailedError when the batch fails once Excel has begun on it (running again puts it right).
 */
export async function writeNarrative(
  context: Excel.RequestContext,
  narrative: Narrative,
  meta: NarrativeMeta,
  edited?: EditedNarrative,
  options: NarrativeOptions = {},
): Promise<NarrativeWriteResult> {
  const sheets = context.workbook.worksheets.load('items/name');
  const marker = context.workbook.names.getItemOrNullObject(NARRATIVE_NAME).load(['type', 'value', 'comment']);
  const structure = context.workbook.protection.load('protected');
  await context.sync();

  const markedSheet =
    !marker.isNullObject && marker.type === 'Range' ? splitAddress(String(marker.value).replace(/^=/, '')).sheet : null;
  const oldName = sheets.items.find((s) => s.name === markedSheet)?.name ?? null;
  const earlier = oldName ? await earlierSheet(context, oldName, marker.comment || null) : null;
  const decision = narrativeWrite(earlier?.found ?? null, options.whenEdited ?? 'new-sheet');
  if (decision === 'ask') return { kind: 'ask', question: NARRATIVE_EDITED_QUESTION };

  const inPlace = decision === 'rewrite' ? earlier : null;
  const name = inPlace && oldName ? oldName : freeNarrativeName(sheets.items.map((s) => s.name));
  const issues: Issue[] = inPlace
    ? []
    : decision === 'new-sheet' && oldName
      ? narrativeEditedIssues(oldName, name)
      : narrativeNameIssues(name);
  // A sheet to add, which a protected structure refuses: say so before anything is written.
  if (!inPlace && structure.protected)
    throw new WorkbookProtectedError(name, edited === undefined ? 'draft' : 'insert');

  const plan = planNarrativeSheet(narrative, meta, edited);
  const last = colToLetters(plan.width - 1);
  const kept = inPlace ? inPlace.charts.filter((c) => c !== CHART_NAME) : [];
  const fingerprint = planFingerprint(plan, [...kept, CHART_NAME]);
  options.beforeWrite?.();
  let sheet: Excel.Worksheet;
  if (inPlace) {
    sheet = inPlace.sheet;
    const all = sheet.getRange();
    all.clear('All');
    all.format.useStandardHeight = true;
    if (inPlace.charts.includes(CHART_NAME)) sheet.charts.getItem(CHART_NAME).delete();
    marker.comment = fingerprint;
  } else {
    if (!marker.isNullObject) marker.delete();
    sheet = context.workbook.worksheets.add(name);
    context.workbook.names.add(NARRATIVE_NAME, sheet.getRange('A1'), fingerprint).visible = false;
  }
  const batch = new WriteBatch(context, edited === undefined ? 'draft' : 'insert', [name]);
  const { text, beside, filled } = cellsOf(plan);
  for (const { top, bottom, bytes } of rowPieces(text, beside, SYNC_BYTES / 2)) {
    await batch.room(bytes);
    const words = sheet.getRange(`A${top + 1}:A${bottom + 1}`);
    words.numberFormat = text.slice(top, bottom + 1).map(() => ['@']);
    words.values = text.slice(top, bottom + 1);
    const links = sheet.getRange(`B${top + 1}:${last}${bottom + 1}`);
    links.numberFormat = beside.slice(top, bottom + 1).map((row) => row.map(() => 'General'));
    links.formulas = beside.slice(top, bottom + 1);
  }
  await batch.room(400 * filled);
  dress(sheet, plan);
  setPage(sheet, plan);
  addChart(sheet, plan);
  sheet.activate();
  await batch.send();
  return { kind: 'written', sheet: name, issues };
}
