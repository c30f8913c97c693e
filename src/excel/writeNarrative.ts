/// <reference types="office-js" />
import { cellLinkFormula, colToLetters } from '../core/address';
import { NARRATIVE_NAME, freeNarrativeName, narrativeNameIssues } from '../core/annotate';
import type { Issue, Narrative } from '../core/types';
import { splitAddress } from './addresses';
import { COUNT_LINES, type EditedNarrative, type NarrativeLayout, type NarrativeMeta, type RowStyle, editedLayout, narrativeLayout } from './narrativeLayout';
import { SYNC_BYTES } from './readPlan';
import { WriteBatch } from './writeBatch';

export { NARRATIVE_NAME };
/** The chart of indicators by rating. */
export const CHART_NAME = 'Scorecard RAG summary';

const FONTS: Record<RowStyle, { bold?: boolean; italic?: boolean; size?: number; color?: string } | null> = {
  title: { bold: true, size: 14 },
  heading: { bold: true, size: 12 },
  subheading: { bold: true, italic: true },
  note: { italic: true, color: '#595959' },
  body: null,
  count: { bold: true },
};


/** A cited cell ("Scorecard!F5") as a live link that selects it. */
function citationLink(address: string): string {
  const { sheet, range } = splitAddress(address);
  return `=${cellLinkFormula(sheet, range)}`;
}

/**
 * Column A as text ("@" set before the values, so nothing the narrative says is ever read as a
 * formula, number or date); the columns beside it as formulas: the counts by rating as numbers,
 * each cited cell as a link to it.
 */
function cellsOf(layout: NarrativeLayout): { text: string[][]; beside: (string | number)[][] } {
  const text = layout.rows.map((row) => [row.text]);
  const beside = layout.rows.map((row) => {
    const out: (string | number)[] = row.count !== null ? [row.count] : row.cited.map(citationLink);
    while (out.length < layout.width - 1) out.push('');
    return out;
  });
  return { text, beside };
}

/** Rows cut into pieces of about `maxBytes` of request each: one piece for any usual narrative. */
function rowPieces(text: readonly (readonly string[])[], beside: readonly (readonly (string | number)[])[], maxBytes: number): { top: number; bottom: number; bytes: number }[] {
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

function dress(sheet: Excel.Worksheet, layout: NarrativeLayout, last: string): void {
  const n = layout.rows.length;
  sheet.getRange('A:A').format.columnWidth = 520;
  sheet.getRange(`B:${last}`).format.columnWidth = 96;
  const text = sheet.getRange(`A1:A${n}`).format;
  text.wrapText = true;
  text.verticalAlignment = 'Top';
  layout.rows.forEach((row, i) => {
    const font = FONTS[row.style];
    if (!font) return;
    const target = sheet.getRange(`A${i + 1}`).format.font;
    if (font.bold) target.bold = true;
    if (font.italic) target.italic = true;
    if (font.size) target.size = font.size;
    if (font.color) target.color = font.color;
  });
  COUNT_LINES.forEach((c, i) => {
    const format = sheet.getRange(`A${layout.countRows.first + i + 1}`).format;
    format.fill.color = c.fill;
    format.font.color = c.font;
  });
  sheet.getRange(`A1:${last}${n}`).format.autofitRows();
}

function addChart(sheet: Excel.Worksheet, layout: NarrativeLayout): void {
  const { first, last } = layout.countRows;
  const chart = sheet.charts.add('ColumnClustered', sheet.getRange(`A${first + 1}:B${last + 1}`), 'Columns');
  chart.name = CHART_NAME;
  chart.title.text = 'Indicators by rating';
  chart.legend.visible = false;
  chart.dataLabels.showValue = true;
  const points = chart.series.getItemAt(0).points;
  COUNT_LINES.forEach((c, i) => points.getItemAt(i).format.fill.setSolidColor(c.fill === '#FFFFFF' ? '#BFBFBF' : c.fill));
  const left = colToLetters(layout.width + 1);
  chart.setPosition(`${left}1`, `${colToLetters(layout.width + 7)}16`);
}

/**
 * Writes the narrative to its own sheet in two round trips: one to find the sheets and the sheet
 * a previous run wrote (by {@link NARRATIVE_NAME}), one batch (more only for a narrative too large
 * for Excel on the web's 5 MB request limit) that replaces that sheet (or adds
 * "Narrative" — "Narrative (Scorecard)" when the user has a sheet of that name), writes every
 * string as text (number format "@" set before the values, so an indicator called
 * `=HYPERLINK(…)` stays text), beside each sentence a link to each cell it cites, the counts by
 * rating with a column chart, and marks the sheet.
 * No cell of any other sheet is touched. With `edited` (the officer's text from the pane) the sheet
 * holds that text instead of the draft's sections (see `editedLayout`). Returns the sheet's name
 * and issues (a renamed sheet).
 * @throws WriteFailedError when the batch fails once Excel has begun on it (running again puts it right).
 */
export async function writeNarrative(context: Excel.RequestContext, narrative: Narrative, meta: NarrativeMeta, edited?: EditedNarrative): Promise<{ sheet: string; issues: Issue[] }> {
  const sheets = context.workbook.worksheets.load('items/name,items/position');
  const marker = context.workbook.names.getItemOrNullObject(NARRATIVE_NAME).load(['type', 'value']);
  await context.sync();

  const markedSheet = !marker.isNullObject && marker.type === 'Range' ? splitAddress(String(marker.value).replace(/^=/, '')).sheet : null;
  const old = sheets.items.find((s) => s.name === markedSheet) ?? null;
  const name = old?.name ?? freeNarrativeName(sheets.items.map((s) => s.name));
  const issues: Issue[] = old ? [] : narrativeNameIssues(name);

  const layout = edited === undefined ? narrativeLayout(narrative, meta) : editedLayout(narrative, edited, meta);
  const last = colToLetters(layout.width - 1);
  if (!marker.isNullObject) marker.delete();
  if (old) old.delete();
  const sheet = context.workbook.worksheets.add(name);
  if (old) sheet.position = old.position;
  context.workbook.names.add(NARRATIVE_NAME, sheet.getRange('A1')).visible = false;
  const batch = new WriteBatch(context, edited === undefined ? 'draft' : 'insert', [name]);
  const { text, beside } = cellsOf(layout);
  for (const { top, bottom, bytes } of rowPieces(text, beside, SYNC_BYTES / 2)) {
    await batch.room(bytes);
    const words = sheet.getRange(`A${top + 1}:A${bottom + 1}`);
    words.numberFormat = text.slice(top, bottom + 1).map(() => ['@']);
    words.values = text.slice(top, bottom + 1);
    const links = sheet.getRange(`B${top + 1}:${last}${bottom + 1}`);
    links.numberFormat = beside.slice(top, bottom + 1).map((row) => row.map(() => 'General'));
    links.formulas = beside.slice(top, bottom + 1);
  }
  await batch.room(100 * layout.rows.length);
  dress(sheet, layout, last);
  addChart(sheet, layout);
  sheet.activate();
  await batch.send();
  return { sheet: name, issues };
}
