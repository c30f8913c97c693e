/**
 * The Narrative sheet's rows ({@link narrativeLayout}) written through exceljs, for a copy that
 * cannot be patched in place.
 */
import type { Alignment, Font, Style, Worksheet } from 'exceljs';
import { type CellLook, FONT, FONT_SIZE, type LookName, LOOKS, type NarrativeMeta, type NarrativeRow } from '../core';

export type { NarrativeMeta };

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
export function fillNarrativeRows(ws: Worksheet, rows: Iterable<NarrativeRow>): void {
  const styles = exceljsStyles();
  for (const { row, height, cells } of rows) {
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
