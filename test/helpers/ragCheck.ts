/**
 * An independent check of what a written workbook's RAG conditional formats and labels show.
 *
 * The file is read (never written) with exceljs; each sheet's saved values go into HyperFormula, a
 * spreadsheet engine that is not ours. For every conditional-format rule carrying the marker, the
 * rule's formula is placed at the top-left cell of its area on a scratch sheet and copied and pasted,
 * by HyperFormula itself, to every cell of the area — so relative references shift as a spreadsheet
 * application shifts them, with no shifting code of ours — and the shifted formula is evaluated against
 * the data sheet. A formula is read as Excel reads the file: a newer function's "_xlfn." prefix goes,
 * and NUMBERVALUE is evaluated as documented (./numberValue). Test-only: HyperFormula is GPL-3.0 and a devDependency.
 */
import { readWorkbookFile } from '../../src/xlsx/readWorkbook';
import ExcelJS from 'exceljs';
import { HyperFormula, type RawCellContent } from 'hyperformula';
import { fromFileFormula, registerNumberValue } from './numberValue';

registerNumberValue();

export type RagColour = 'green' | 'amber' | 'red';

interface Rule {
  readonly priority: number;
  readonly formula: string;
  readonly colour: RagColour;
}

const SCRATCH = '__rag_check_scratch__';

/** "F5" → zero-based [row, col]. */
function cellOf(a1: string): [number, number] {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(a1);
  if (!m) throw new Error(`Not a cell address: ${a1}`);
  const col = [...m[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return [Number(m[2]) - 1, col];
}

function letters(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Every cell of "F5:F9 F12" as [row, col], zero-based. */
function cellsOf(sqref: string): [number, number][] {
  const out: [number, number][] = [];
  for (const part of sqref.trim().split(/\s+/)) {
    const [a, b = a] = part.split(':');
    const [r1, c1] = cellOf(a);
    const [r2, c2] = cellOf(b);
    for (let r = Math.min(r1, r2); r <= Math.max(r1, r2); r++)
      for (let c = Math.min(c1, c2); c <= Math.max(c1, c2); c++) out.push([r, c]);
  }
  return out;
}

/** The RAG a fill colour means, by its hue: green, amber (yellow to orange) or red. */
function colourOf(
  style: { fill?: { bgColor?: { argb?: string }; fgColor?: { argb?: string } } } | undefined,
): RagColour {
  const argb = style?.fill?.bgColor?.argb ?? style?.fill?.fgColor?.argb;
  if (!argb) throw new Error('A marked rule has no fill colour.');
  const [r, g, b] = [2, 4, 6].map((i) => parseInt(argb.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d === 0) throw new Error(`Fill ${argb} is grey, not a RAG colour.`);
  let hue = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  hue = (hue * 60 + 360) % 360;
  if (hue >= 75 && hue <= 180) return 'green';
  if (hue >= 25 && hue < 75) return 'amber';
  if (hue < 25 || hue >= 320) return 'red';
  throw new Error(`Fill ${argb} is not a RAG colour.`);
}

/** A saved cell value as HyperFormula content: text stays text, dates become serial numbers. */
function content(cell: ExcelJS.Cell): RawCellContent {
  const v = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'string') return `'${v}`;
  if (v instanceof Date) return 25569 + v.getTime() / 86_400_000;
  if (typeof v === 'object' && 'error' in v) return String(v.error);
  if (typeof v === 'object' && 'richText' in v) return `'${v.richText.map((t) => t.text).join('')}`;
  if (typeof v === 'object' && 'text' in v) return typeof v.text === 'string' ? `'${v.text}` : null;
  return null;
}

async function load(xlsxPath: string): Promise<{ wb: ExcelJS.Workbook; hf: HyperFormula }> {
  // Read as the CLI reads a workbook: a valid file exceljs cannot take as it stands is read from a plain copy of its values.
  const { wb } = await readWorkbookFile(xlsxPath);
  const sheets: Record<string, RawCellContent[][]> = { [SCRATCH]: [] };
  for (const ws of wb.worksheets) {
    const rows: RawCellContent[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const vals: RawCellContent[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.type !== ExcelJS.ValueType.Merge) vals[c - 1] = content(cell);
      });
      rows[r - 1] = Array.from(vals, (v) => v ?? null);
    });
    sheets[ws.name] = Array.from(rows, (r) => r ?? []);
  }
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3' });
  // Excel reads the bare words TRUE and FALSE as the logical values; HyperFormula only knows TRUE().
  hf.addNamedExpression('TRUE', '=TRUE()');
  hf.addNamedExpression('FALSE', '=FALSE()');
  return { wb, hf };
}

function truthy(v: unknown): boolean {
  return v === true || (typeof v === 'number' && v !== 0);
}

/**
 * For every cell covered by a conditional format carrying `marker`, the colour Excel would show from
 * those rules (the first true rule in priority order), or null when none holds. Keyed "Sheet!F5".
 */
export async function evaluateRagRules(xlsxPath: string, marker: string): Promise<Map<string, RagColour | null>> {
  const { wb, hf } = await load(xlsxPath);
  const scratch = hf.getSheetId(SCRATCH)!;
  const result = new Map<string, RagColour | null>();
  for (const ws of wb.worksheets) {
    const sheetId = hf.getSheetId(ws.name)!;
    const entries = (
      ws as unknown as {
        conditionalFormattings: { ref: string; rules: { priority: number; formulae?: string[]; style?: never }[] }[];
      }
    ).conditionalFormattings;
    const byCell = new Map<string, { rules: Rule[] }>();
    for (const entry of entries) {
      const rules = entry.rules
        .filter((r) => (r.formulae ?? []).some((f) => f.includes(marker)))
        .map((r) => ({ priority: r.priority, formula: fromFileFormula(r.formulae![0]), colour: colourOf(r.style) }));
      if (!rules.length) continue;
      const cells = cellsOf(entry.ref);
      const anchor: [number, number] = [Math.min(...cells.map((c) => c[0])), Math.min(...cells.map((c) => c[1]))];
      for (const rule of rules) {
        hf.setCellContents({ sheet: scratch, row: anchor[0], col: anchor[1] }, `=${rule.formula}`);
        hf.copy({
          start: { sheet: scratch, row: anchor[0], col: anchor[1] },
          end: { sheet: scratch, row: anchor[0], col: anchor[1] },
        });
        for (const [row, col] of cells) {
          if (row !== anchor[0] || col !== anchor[1]) hf.paste({ sheet: scratch, row, col });
          const shifted = hf.getCellFormula({ sheet: scratch, row, col });
          const key = `${ws.name}!${letters(col)}${row + 1}`;
          const slot = byCell.get(key) ?? { rules: [] };
          byCell.set(key, slot);
          if (shifted && truthy(hf.calculateFormula(shifted, sheetId))) slot.rules.push(rule);
          hf.setCellContents({ sheet: scratch, row, col }, null);
        }
      }
    }
    for (const [key, { rules }] of byCell) {
      const first = [...rules].sort((a, b) => a.priority - b.priority)[0];
      result.set(key, first ? first.colour : null);
    }
  }
  hf.destroy();
  return result;
}

/** The text each formula carrying `marker` in a cell computes to now (labels and their headers), keyed "Sheet!K5". */
export async function evaluateLabels(xlsxPath: string, marker: string): Promise<Map<string, string>> {
  const { wb, hf } = await load(xlsxPath);
  const out = new Map<string, string>();
  for (const ws of wb.worksheets) {
    const sheetId = hf.getSheetId(ws.name)!;
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula || !cell.formula?.includes(marker)) return;
        const v = hf.calculateFormula(`=${fromFileFormula(cell.formula)}`, sheetId);
        out.set(
          `${ws.name}!${cell.address}`,
          typeof v === 'object' && v !== null
            ? `#ERROR ${String((v as { value?: unknown }).value ?? '')}`
            : String(v ?? ''),
        );
      }),
    );
  }
  hf.destroy();
  return out;
}
