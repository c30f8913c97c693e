/**
 * The RAG label cells of a plan, gathered into one column span per sheet and column so that a
 * whole label column is checked with one range read and written with one `formulas` assignment
 * (null entries in the array leave a cell untouched), not one round trip or range per cell.
 */
import {
  type FormatPlan,
  type Issue,
  labelBlocker,
  type LabelCell,
  labelInvalidIssue,
  labelOccupiedIssue,
  labelTargets,
  type LabelWhat,
} from '../core';
import { toFormula } from './cellValues';

/** One cell to write: the formula without "=", and what it is, for messages. */
export interface LabelTarget {
  readonly row: number;
  readonly cell: string;
  readonly formula: string;
  readonly what: LabelWhat;
}

/** The label cells of one column of one sheet, from the top one to the bottom one. */
export interface LabelSpan {
  readonly sheet: string;
  readonly col: number;
  readonly top: number;
  readonly bottom: number;
  readonly targets: readonly LabelTarget[];
}

/** What a span's range holds now, as loaded (one column). */
export interface SpanCells {
  readonly values: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly unknown[])[];
  readonly numberFormat: readonly (readonly unknown[])[];
}

/** What to assign to a span's range: null entries leave cells as they are. */
export interface SpanWrite {
  readonly formulas: (string | null)[][];
  /** "General" where a text format would store the formula as text; null when nothing to change. */
  readonly numberFormat: (string | null)[][] | null;
  readonly written: number;
  readonly issues: Issue[];
}

/** Groups the plan's label headers and labels by sheet and column. */
export function labelSpans(plan: FormatPlan): { spans: LabelSpan[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const byColumn = new Map<string, { sheet: string; col: number; targets: LabelTarget[] }>();
  for (const target of labelTargets(plan)) {
    const { sheet, cell, formula, what, at } = target;
    if (!at) {
      issues.push(labelInvalidIssue(target));
      continue;
    }
    const key = `${sheet}\u0000${at.col}`;
    const entry = byColumn.get(key) ?? { sheet, col: at.col, targets: [] };
    entry.targets.push({ row: at.row, cell, formula, what });
    byColumn.set(key, entry);
  }
  const spans = [...byColumn.values()].map(({ sheet, col, targets }) => ({
    sheet,
    col,
    top: targets.reduce((m, t) => Math.min(m, t.row), Infinity),
    bottom: targets.reduce((m, t) => Math.max(m, t.row), -Infinity),
    targets,
  }));
  return { spans, issues };
}

/** A cell as Office.js loaded it, described for the label policy. */
function labelCell(value: unknown, formula: unknown): LabelCell {
  const own = toFormula(formula, value);
  if (own !== null) return { kind: 'formula', formula: own };
  if (value === '' || value === null || value === undefined) return { kind: 'empty' };
  return { kind: 'value', text: String(value) };
}

/**
 * Decides, from the span's cells as just loaded, which labels to write: a cell is written only
 * when it is empty or already holds one of our formulas (it contains `marker`); any other cell is
 * left as it is and an issue names it. A cell formatted as text ("@") is set to General first,
 * or Excel would store the formula as text.
 */
export function spanWrite(span: LabelSpan, now: SpanCells, marker: string): SpanWrite {
  const height = span.bottom - span.top + 1;
  const formulas: (string | null)[][] = Array.from({ length: height }, () => [null]);
  const formats: (string | null)[][] = Array.from({ length: height }, () => [null]);
  const issues: Issue[] = [];
  let written = 0;
  let reformat = false;
  for (const t of span.targets) {
    const i = t.row - span.top;
    const reason = labelBlocker(labelCell(now.values[i]?.[0], now.formulas[i]?.[0]), marker);
    if (reason) {
      issues.push(labelOccupiedIssue(span.sheet, t.cell, reason, t.what));
      continue;
    }
    formulas[i][0] = `=${t.formula}`;
    written++;
    if (now.numberFormat[i]?.[0] === '@') {
      formats[i][0] = 'General';
      reformat = true;
    }
  }
  return { formulas, numberFormat: reformat ? formats : null, written, issues };
}

/** A piece of a span's write: rows `top`…`bottom`, small enough for one round trip. */
export interface WritePiece {
  readonly top: number;
  readonly bottom: number;
  readonly formulas: (string | null)[][];
  readonly numberFormat: (string | null)[][] | null;
  /** Estimated request size. */
  readonly bytes: number;
}

/** A span's write cut into row pieces of at most about `maxBytes` each (one piece for any usual scorecard). */
export function writePieces(span: LabelSpan, write: SpanWrite, maxBytes: number): WritePiece[] {
  const pieces: WritePiece[] = [];
  let start = 0;
  let bytes = 0;
  const cut = (end: number) => {
    const formats = write.numberFormat?.slice(start, end + 1) ?? null;
    pieces.push({
      top: span.top + start,
      bottom: span.top + end,
      formulas: write.formulas.slice(start, end + 1),
      numberFormat: formats,
      bytes,
    });
  };
  write.formulas.forEach(([formula], i) => {
    const size = (formula?.length ?? 4) + 8;
    if (i > start && bytes + size > maxBytes) {
      cut(i - 1);
      start = i;
      bytes = 0;
    }
    bytes += size;
  });
  if (write.formulas.length) cut(write.formulas.length - 1);
  return pieces;
}
