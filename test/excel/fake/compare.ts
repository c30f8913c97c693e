/**
 * Two moments of a fake workbook compared cell by cell (value, formula, number format) and rule by
 * rule (type, formula, colours, stop-if-true, areas, in priority order), with its sheets, charts,
 * range formats, names and settings: the differences come back as sentences, so a failing test
 * says which cell or rule changed rather than showing two long snapshots.
 */
import { boundsToA1, toA1 } from '../../../src/core/address';
import type { DocState, SheetState } from './doc';
import { colOf, rowOf } from './doc';

/** Everything a user could see or the file keeps, as plain data taken at one moment. */
export interface WorkbookState {
  readonly sheets: readonly string[];
  /** "Sheet!A1" → the cell as JSON. */
  readonly cells: ReadonlyMap<string, string>;
  /** "Sheet" → each rule as JSON, in priority order. */
  readonly rules: ReadonlyMap<string, readonly string[]>;
  /** "Sheet" → its charts and recorded range formats, as JSON. */
  readonly looks: ReadonlyMap<string, string>;
  readonly names: string;
  readonly settings: string;
}

const cellsOf = (sheet: SheetState) =>
  [...sheet.cells].map(([k, cell]) => [`${sheet.name}!${toA1(rowOf(k), colOf(k))}`, JSON.stringify(cell)] as const);

/** The state of the document now (a copy: later changes do not reach it). */
export function workbookState(doc: DocState): WorkbookState {
  return {
    sheets: doc.sheets.map((s) => s.name),
    cells: new Map(doc.sheets.flatMap(cellsOf)),
    rules: new Map(
      doc.sheets.map((s) => [
        s.name,
        s.cfs.map((cf) =>
          JSON.stringify({
            type: cf.type,
            formula: cf.formula,
            fill: cf.fill,
            font: cf.font,
            stopIfTrue: cf.stopIfTrue,
            areas: cf.areas.map(boundsToA1),
          }),
        ),
      ]),
    ),
    looks: new Map(doc.sheets.map((s) => [s.name, JSON.stringify({ charts: s.charts, formats: s.formatCalls })])),
    names: JSON.stringify(doc.names.map((n) => ({ ...n, sheet: n.sheet?.name ?? null }))),
    settings: JSON.stringify([...doc.settings]),
  };
}

/** Every difference between two states, one sentence each; empty when they are the same. */
export function differences(before: WorkbookState, after: WorkbookState): string[] {
  const out: string[] = [];
  if (before.sheets.join('\u0000') !== after.sheets.join('\u0000'))
    out.push(`sheets: [${before.sheets.join(', ')}] → [${after.sheets.join(', ')}]`);
  for (const key of new Set([...before.cells.keys(), ...after.cells.keys()])) {
    const a = before.cells.get(key) ?? 'empty';
    const b = after.cells.get(key) ?? 'empty';
    if (a !== b) out.push(`${key}: ${a} → ${b}`);
  }
  for (const sheet of new Set([...before.rules.keys(), ...after.rules.keys()])) {
    const a = before.rules.get(sheet) ?? [];
    const b = after.rules.get(sheet) ?? [];
    for (let i = 0; i < Math.max(a.length, b.length); i++)
      if (a[i] !== b[i]) out.push(`${sheet} rule ${i + 1}: ${a[i] ?? 'none'} → ${b[i] ?? 'none'}`);
  }
  for (const sheet of new Set([...before.looks.keys(), ...after.looks.keys()])) {
    const a = before.looks.get(sheet);
    const b = after.looks.get(sheet);
    if (a !== b) out.push(`${sheet} charts and formats: ${a ?? 'none'} → ${b ?? 'none'}`);
  }
  if (before.names !== after.names) out.push(`names: ${before.names} → ${after.names}`);
  if (before.settings !== after.settings) out.push(`settings: ${before.settings} → ${after.settings}`);
  return out;
}
