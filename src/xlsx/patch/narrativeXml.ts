/**
 * The Narrative sheet as a worksheet part, from the same layout exceljs is given
 * ({@link planNarrativeSheet}). Text is written in the cells themselves (inline strings), so the
 * workbook's shared strings stay as they were.
 */
import { type LookName, type NarrativeSheetPlan, toA1 } from '../../core';
import { TRANSITIONAL, type Namespaces } from './package';
import { escapeText } from './xml';

/**
 * The worksheet part for the sheet's plan as pieces of text, a row at a time, made as they are
 * asked for, as are the plan's rows (so neither the part nor the rows are ever held whole); `style`
 * gives the cell format of each look. The formats of the looks used are asked of `style` now, in
 * the order the rows use them, so the styles part is complete before the first piece is made.
 * `countStyle` is the cell format of the counts (plain numbers), null for none.
 */
export function narrativeSheetPieces(
  plan: NarrativeSheetPlan,
  style: (look: LookName) => string,
  ns: Namespaces = TRANSITIONAL,
  countStyle: string | null = null,
): Generator<string, void, undefined> {
  const styles = new Map(plan.looks.map((look) => [look, style(look)]));
  return pieces(plan, (look) => styles.get(look)!, ns, countStyle === null ? '' : ` s="${countStyle}"`);
}

function* pieces(
  plan: NarrativeSheetPlan,
  style: (look: LookName) => string,
  ns: Namespaces,
  countStyle: string,
): Generator<string, void, undefined> {
  const { rows, widths, pageSetup, width: right } = plan;
  const last = Math.max(1, plan.lastRow);
  yield (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${ns.main}" xmlns:r="${ns.rel}">` +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="A1:${toA1(last - 1, right - 1)}"/>` +
    '<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>' +
    `<cols>${widths.map((w) => `<col min="${w.from}" max="${w.to}" width="${w.width}" customWidth="1"/>`).join('')}</cols>` +
    '<sheetData>'
  );
  for (const { row, height, cells } of rows) {
    const out = [height === null ? `<row r="${row}">` : `<row r="${row}" ht="${height}" customHeight="1">`];
    for (const c of cells) {
      const ref = toA1(row - 1, c.col - 1);
      if (c.kind === 'text') {
        const text = escapeText(c.text);
        const space =
          c.text.charCodeAt(0) <= 32 || c.text.charCodeAt(c.text.length - 1) <= 32 ? ' xml:space="preserve"' : '';
        out.push(`<c r="${ref}" s="${style(c.look)}" t="inlineStr"><is><t${space}>${text}</t></is></c>`);
      } else if (c.kind === 'count') {
        out.push(`<c r="${ref}"${countStyle}><v>${c.value}</v></c>`);
      } else {
        out.push(
          `<c r="${ref}" s="${style(c.look)}" t="str"><f>${escapeText(c.formula)}</f><v>${escapeText(c.text)}</v></c>`,
        );
      }
    }
    out.push('</row>');
    yield out.join('');
  }
  yield (
    '</sheetData>' +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    `<pageSetup orientation="${pageSetup.orientation}" fitToWidth="${pageSetup.fitToWidth}" fitToHeight="${pageSetup.fitToHeight}"/>` +
    '</worksheet>'
  );
}
