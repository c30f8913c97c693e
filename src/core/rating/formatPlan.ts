import { colToLetters, toA1 } from '../address';
import type { Tolerance } from '../config/types';
import type { Measure } from '../indicators/types';
import type { AmberRule, FormatPlan, RagLabel, RagRuleBlock, RatedIndicator } from './types';
import { groupKey, labelTemplate, rowLabel, targetOffset } from './planGroups';
import { ragFormulas, type Margin, type RuleInputs, type RuleRef } from './ragFormulas';
import { markOf } from '../values/flags';
import { earlierValue } from './rateIndicator';
import { isNilText, parseNumber, percentPlace } from '../values/parseNumber';

import { RAG_COLOURS, RAG_MARKER, labelHeaderFormula } from '../annotate/palette';

export { RAG_COLOURS, RAG_MARKER, labelHeaderFormula };

/** Where a table's label column goes: chosen by the caller from the grid (see `labelColumns`). */
export interface LabelPlacement {
  readonly sheet: string;
  readonly headerRow: number;
  readonly col: number;
  /** Indicator rows covered by this placement. */
  readonly rows: ReadonlySet<number>;
  /**
   * The columns of the table whose labels these are: an indicator's label goes here only when its
   * figure lies between them, so that two tables side by side on the same rows each get their own.
   */
  readonly left?: number;
  readonly right?: number;
  /** False when the column is an Excel table's, whose header is the table's column name: no heading is written. */
  readonly heading?: boolean;
}

interface Row {
  readonly sheet: string;
  readonly key: string;
  readonly valueCell: Measure;
  readonly inputs: RuleInputs;
}

/** The cells and constants the live rules for one indicator need, or null when it cannot be rated live. */
function ruleInputs(item: RatedIndicator, amberRule: AmberRule, decimals: number): RuleInputs | null {
  const { indicator, rating } = item;
  const current = rating.current;
  // Before the target's date, a figure the report does not rate is still held to it live (see `beforeDue`).
  const target = indicator.target ?? indicator.beforeDue?.target ?? null;
  if (!current || !target || indicator.polarity === 'none') return null;
  // Text the formulas cannot turn back into its number ("£1.25m", "(85)"): rated in the report, not live.
  if (current.measure.fromText && !readableByFormula(current.measure.raw)) return null;
  const scale = current.measure.scale;
  const valueRow = current.measure.row;
  const ref = (m: Measure | null, literal: number | null): RuleRef | null =>
    m && m.value !== null && !m.fromText
      ? m.row === valueRow
        ? { cell: `$${colToLetters(m.col)}${m.row + 1}`, factor: m.scale / scale }
        : { cell: `$${colToLetters(m.col)}${m.row + 1}`, factor: m.scale / scale, rowOffset: m.row - valueRow }
      : literal !== null
        ? { literal: literal / scale }
        : null;
  const t = indicator.polarity === 'band' ? null : ref(target.measure, target.value);
  const lo = indicator.polarity === 'band' ? ref(target.lowerMeasure, target.lower) : null;
  const hi = indicator.polarity === 'band' ? ref(target.upperMeasure, target.upper) : null;
  if (indicator.polarity === 'band' ? !lo || !hi : !t) return null;
  const scheme = indicator.keyScheme;
  const byDirection = scheme?.beyond.by === 'direction' ? scheme.beyond.against : null;
  // A key that colours by direction compares with the figure it names, on the value's own row.
  const compared = byDirection ? earlierValue(indicator, current, byDirection)?.measure : null;
  // (A target range's direction, nearer the range or further, is not one the formulas judge: rated in the report only.)
  if (byDirection && (!compared || compared.row !== valueRow || compared.fromText || indicator.polarity === 'band'))
    return null;
  const prev =
    compared ??
    (amberRule === 'tolerance-or-improving' ? (earlierValue(indicator, current, 'previous')?.measure ?? null) : null);
  return {
    polarity: indicator.polarity,
    target: t,
    lower: lo,
    upper: hi,
    margin: marginOf(indicator.tolerance, scale),
    altMargin: indicator.toleranceAlternative ? marginOf(indicator.toleranceAlternative, scale) : null,
    previous: prev ? { cell: colToLetters(prev.col), factor: prev.scale / scale } : null,
    ...(scheme && { greenMargin: marginOf(scheme.green, scale) }),
    ...(compared && { keyDirection: true }),
    printScale: scale,
    decimals,
    valueIsText: current.measure.fromText,
    ...(current.measure.flag && current.measure.fromText && { valueMark: markOf(String(current.measure.raw)) }),
    ...(current.measure.fromText && currencyOfText(current.measure.raw)),
    ...(current.measure.counts && (countsSeparator(current.measure.raw) ?? percentWithCounts(current.measure.raw))),
    ...(current.measure.fromText && isNilText(String(current.measure.raw)) && { valueNil: true }),
    // A bound rated as every figure it allows would be ("<5"): so coloured while the cell holds it.
    ...(rating.bound &&
      rating.rag !== 'none' &&
      current.measure.noData && { valueBound: { text: current.measure.noData.shown, rag: rating.rag } }),
    ...(current.measure.summed && { valueSum: summedColumns(current.measure.summed) }),
    ...(indicator.beforeDue && { beforeDue: indicator.beforeDue.pastIsRed ? 'met-or-past' : 'met' }),
    noDataText:
      indicator.frequency === 'annual' ? 'Reported annually' : item.rating.reportedQuarterly ? 'Not due' : undefined,
  };
}

/** The columns a figure that is their sum adds up, as the formulas read them. */
function summedColumns(summed: NonNullable<Measure['summed']>): NonNullable<RuleInputs['valueSum']> {
  return { from: colToLetters(summed.from), to: colToLetters(summed.to), count: summed.to - summed.from + 1 };
}

/**
 * Whether a number typed as text is one the live formulas read ({@link textNumber}: its mark and
 * currency dropped, then NUMBERVALUE; "Nil" as 0; a percentage with its counts, "85% (17/20)", as
 * the percentage): not an amount with its scale ("£1.25m") or in brackets ("(85)").
 */
function readableByFormula(raw: unknown): boolean {
  if (typeof raw !== 'string') return true;
  if (isNilText(raw)) return true;
  if (raw.trim().startsWith('(')) return false;
  const parsed = parseNumber(raw);
  return parsed.magnitude === undefined && !(parsed.counts && !countsSeparator(raw) && !percentWithCounts(raw));
}

/** Where a percentage written with its counts gives the percentage, for the formulas ({@link percentPlace}). */
function percentWithCounts(raw: unknown): { valuePercent: 'first' | 'bracket' } | null {
  const place = typeof raw === 'string' ? percentPlace(raw) : null;
  return place && { valuePercent: place };
}

/** How a share written as its counts separates them (" of ", " out of ", "/"), as TRIM leaves it, for the formulas. */
function countsSeparator(raw: unknown): { valueCounts: string } | null {
  const m = typeof raw === 'string' ? /^\s*\d+(\s*(?:of|out of|\/)\s*)\d+\s*$/i.exec(raw) : null;
  return m ? { valueCounts: m[1].replace(/\s+/g, ' ') } : null;
}

/** The currency symbol a number typed as text carries ("£" in "£1,234.50"), for the formulas to drop. */
function currencyOfText(raw: unknown): { valueCurrency: string } | null {
  const symbol = typeof raw === 'string' ? /[£€$¥]/.exec(raw)?.[0] : undefined;
  return symbol ? { valueCurrency: symbol } : null;
}

/** A tolerance as a margin in the value cell's stored units. */
function marginOf(t: Tolerance, scale: number): Margin {
  return t.type === 'relative' ? { relative: t.value } : { absolute: t.value / scale };
}

/** Joins consecutive rows of one column into ranges: rows 4,5,6,9 of F → ["F5:F7", "F10"]. */
function ranges(col: number, rows: number[]): string[] {
  const out: string[] = [];
  const letters = colToLetters(col);
  let start = rows[0];
  for (let i = 1; i <= rows.length; i++) {
    if (i === rows.length || rows[i] !== rows[i - 1] + 1) {
      const end = rows[i - 1];
      out.push(start === end ? `${letters}${start + 1}` : `${letters}${start + 1}:${letters}${end + 1}`);
      start = rows[i];
    }
  }
  return out;
}

/**
 * Plans live, formula-based RAG conditional formats for the rated value cells: one block of at most
 * three rules (green, amber, red) per group of rows in the same column that share polarity, target
 * column and scale, tolerance and rule — not one rule per cell. Each rule's formula is relative to
 * the first cell of its block, so a changed value or target recolours at once, in Excel or LibreOffice.
 * Labels ("Green", "Amber", "Red") are planned as formulas too, so RAG reads without colour.
 */
export function planFormats(
  items: readonly RatedIndicator[],
  amberRule: AmberRule,
  decimalsOf: (item: RatedIndicator) => number,
  placements: readonly LabelPlacement[],
  periodLabel: string,
): FormatPlan {
  const groups = new Map<string, Row[]>();
  // Each item's rule inputs and group, worked out once for both the blocks and the labels.
  const inputsOf = items.map((item) => ruleInputs(item, amberRule, decimalsOf(item)));
  const keyOf: string[] = [];
  items.forEach((item, i) => {
    const inputs = inputsOf[i];
    const cur = item.rating.current;
    if (!inputs || !cur) return;
    const key = groupKey(cur.measure.col, inputs, item.indicator.tolerance, item.indicator.sheet);
    keyOf[i] = key;
    // A sum of the year so far is no cell's: it is labelled, and no cell of its parts is coloured as it.
    if (inputs.valueSum) return;
    const row: Row = { sheet: item.indicator.sheet, key, valueCell: cur.measure, inputs };
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  });
  const blocks: RagRuleBlock[] = [];
  for (const rows of groups.values()) {
    rows.sort((a, b) => a.valueCell.row - b.valueCell.row);
    const first = rows[0];
    const formulas = ragFormulas(
      toA1(first.valueCell.row, first.valueCell.col),
      first.valueCell.row + 1,
      first.inputs,
      RAG_MARKER,
    );
    blocks.push({
      sheet: first.sheet,
      ranges: ranges(
        first.valueCell.col,
        rows.map((r) => r.valueCell.row),
      ),
      rules: (['green', 'amber', 'red'] as const).map((rag) => ({ rag, formula: formulas[rag], ...RAG_COLOURS[rag] })),
    });
  }
  const labels: RagLabel[] = [];
  const labelHeaders: FormatPlan['labelHeaders'][number][] = [];
  for (const p of placements) {
    if (p.heading === false) continue;
    const text = `RAG ${periodLabel}`;
    labelHeaders.push({ sheet: p.sheet, cell: toA1(p.headerRow, p.col), text, formula: labelHeaderFormula(text) });
  }
  const templates = new Map<string, string>();
  items.forEach((item, i) => {
    const cur = item.rating.current;
    const place =
      cur && placements.find((p) => placementHas(p, item.indicator.sheet, item.indicator.row, cur.measure.col));
    const inputs = cur && inputsOf[i];
    if (!place || !cur || !inputs) return;
    let template = templates.get(keyOf[i]);
    if (template === undefined)
      templates.set(keyOf[i], (template = labelTemplate(cur.measure.col, inputs, RAG_MARKER)));
    labels.push({
      sheet: item.indicator.sheet,
      cell: toA1(item.indicator.row, place.col),
      formula: rowLabel(template, cur.measure.row, targetOffset(inputs)),
      expected: item.rating.toleranceUnclear
        ? 'Check'
        : item.rating.rag === 'none'
          ? item.rating.status === 'no-data'
            ? item.rating.reportedAnnually || item.indicator.frequency === 'annual'
              ? 'Reported annually'
              : item.rating.reportedQuarterly
                ? 'Not due'
                : 'No data'
            : ''
          : capitalise(item.rating.rag),
    });
  });
  return { marker: RAG_MARKER, blocks, labelHeaders, labels };
}

/** True when the indicator on `row` whose figure is in `col` is one of the placement's. */
function placementHas(p: LabelPlacement, sheet: string, row: number, col: number): boolean {
  if (p.sheet !== sheet || !p.rows.has(row)) return false;
  return (p.left === undefined || col >= p.left) && (p.right === undefined || col <= p.right);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
