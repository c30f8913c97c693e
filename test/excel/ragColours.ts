/**
 * An independent look at what the fake workbook's RAG rules and labels would show, with
 * HyperFormula (a spreadsheet engine that is not ours; GPL-3.0, tests only). Each of our rules is
 * placed at the top-left cell of its areas on a scratch sheet and copied and pasted by HyperFormula
 * to every cell it covers — so references move as a spreadsheet moves them, not by our code —
 * then evaluated against the data.
 */
import { HyperFormula, type RawCellContent } from 'hyperformula';
import { toA1 } from '../../src/core/address';
import { RAG_COLOURS } from '../../src/core/rating/formatPlan';
import type { RawValue } from '../../src/core/values/types';
import { htmlColour } from '../../src/excel/ruleTargets';
import type { Evaluator } from './fake/cells';
import { colOf, rowOf } from './fake/doc';
import type { FakeExcel } from './fakeExcel';
import { registerNumberValue } from '../helpers/numberValue';

registerNumberValue();

export type RagColour = 'green' | 'amber' | 'red';
const SCRATCH = '__scratch__';

function content(value: RawValue): RawCellContent {
  if (value === null) return null;
  if (typeof value === 'object') return value.error;
  return typeof value === 'string' ? `'${value}` : value;
}

/** The fake's sheets (saved values only) in a fresh HyperFormula, with an empty scratch sheet. */
function build(excel: FakeExcel): HyperFormula {
  const sheets: Record<string, RawCellContent[][]> = { [SCRATCH]: [] };
  for (const sheet of excel.doc.sheets) {
    const rows: RawCellContent[][] = [];
    for (const [k, cell] of sheet.cells) {
      const r = rowOf(k);
      rows[r] ??= [];
      rows[r][colOf(k)] = content(cell.value);
    }
    sheets[sheet.name] = Array.from(rows, (row) => Array.from(row ?? [], (v) => v ?? null));
  }
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3' });
  hf.addNamedExpression('TRUE', '=TRUE()');
  hf.addNamedExpression('FALSE', '=FALSE()');
  return hf;
}

const truthy = (v: unknown) => v === true || (typeof v === 'number' && v !== 0);

/**
 * For every cell one of our rules (formula containing `marker`) covers, the colour Excel would
 * show from them — the first rule in priority order that holds — or null. Keyed "Sheet!F5".
 */
export function ragColours(excel: FakeExcel, marker: string): Map<string, RagColour | null> {
  const byFill = new Map(Object.entries(RAG_COLOURS).map(([rag, c]) => [htmlColour(c.fill), rag as RagColour]));
  const hf = build(excel);
  const scratch = hf.getSheetId(SCRATCH)!;
  const out = new Map<string, RagColour | null>();
  for (const sheet of excel.doc.sheets) {
    const sheetId = hf.getSheetId(sheet.name)!;
    for (const cf of sheet.cfs) {
      if (!cf.formula?.includes(marker)) continue;
      const colour = byFill.get(cf.fill ?? '');
      if (!colour) throw new Error(`Our rule has the fill ${cf.fill}, not a RAG colour.`);
      const top = Math.min(...cf.areas.map((a) => a.top));
      const left = Math.min(...cf.areas.map((a) => a.left));
      hf.setCellContents({ sheet: scratch, row: top, col: left }, cf.formula);
      hf.copy({ start: { sheet: scratch, row: top, col: left }, end: { sheet: scratch, row: top, col: left } });
      for (const a of cf.areas) {
        for (let row = a.top; row <= a.bottom; row++) {
          for (let col = a.left; col <= a.right; col++) {
            if (row !== top || col !== left) hf.paste({ sheet: scratch, row, col });
            const key = `${sheet.name}!${toA1(row, col)}`;
            const shifted = hf.getCellFormula({ sheet: scratch, row, col });
            if (!out.has(key)) out.set(key, null);
            if (out.get(key) === null && shifted && truthy(hf.calculateFormula(shifted, sheetId))) out.set(key, colour);
            if (row !== top || col !== left) hf.setCellContents({ sheet: scratch, row, col }, null);
          }
        }
      }
      hf.setCellContents({ sheet: scratch, row: top, col: left }, null);
    }
  }
  hf.destroy();
  return out;
}

/** An evaluator for the fake that works formulas out with HyperFormula against the fake's values now. */
export function hyperFormulaEvaluator(excel: FakeExcel): Evaluator {
  return (formula, sheetName) => {
    const hf = build(excel);
    try {
      const v = hf.calculateFormula(`=${formula}`, hf.getSheetId(sheetName)!);
      return typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean'
        ? v
        : v === null
          ? null
          : { error: '#VALUE!' };
    } finally {
      hf.destroy();
    }
  };
}
