/**
 * What Refresh RAG writes, in the officer's words, from the engine's annotation plan: the colour
 * rules and on which cells, the RAG words and in which column, and what it leaves alone. The pane
 * shows it before the first refresh, so nothing written comes as a surprise.
 */
import { colToLetters, countText, type FormatPlan, parseA1, parseRange } from '../core';

/** One sheet's share of what Refresh RAG writes. */
export interface SheetWrites {
  readonly sheet: string;
  /** "Colour rules on 28 cells: I5:I9, I11:I33." or null when the sheet gets none. */
  readonly rules: string | null;
  /** "The RAG in words in column P, rows 5 to 33 (28 cells), headed 'RAG' in P4." one per column. */
  readonly labels: readonly string[];
}

/** The plan as the pane words it. */
export interface WritePlan {
  readonly sheets: readonly SheetWrites[];
  /** What is never changed: said once, for every sheet. */
  readonly untouched: string;
}

/** How many ranges are named before "and 3 more": a large scorecard has hundreds. */
const RANGES_NAMED = 6;

function cellCount(ranges: readonly string[]): number {
  let cells = 0;
  for (const range of ranges) {
    const b = parseRange(range);
    if (b) cells += (b.bottom - b.top + 1) * (b.right - b.left + 1);
  }
  return cells;
}

/** Ranges column by column, top to bottom, as the officer reads the sheet (the plan keeps them by rule). */
function inSheetOrder(ranges: readonly string[]): string[] {
  const at = (range: string) => parseRange(range) ?? { left: 0, top: 0 };
  return ranges.slice().sort((a, b) => at(a).left - at(b).left || at(a).top - at(b).top);
}

function rulesSentence(ranges: readonly string[]): string {
  const named = ranges.slice(0, RANGES_NAMED).join(', ');
  const more = ranges.length > RANGES_NAMED ? ` and ${countText(ranges.length - RANGES_NAMED)} more ranges` : '';
  const cells = cellCount(ranges);
  return `Colour rules on ${countText(cells)} ${cells === 1 ? 'cell' : 'cells'}: ${named}${more}. They colour each value by its rating as it changes; the values stay as they are.`;
}

function labelSentence(
  column: string,
  rows: readonly number[],
  heading: { text: string; cell: string } | null,
): string {
  let first = Infinity;
  let last = -Infinity;
  for (const row of rows) {
    first = Math.min(first, row + 1);
    last = Math.max(last, row + 1);
  }
  const span = first === last ? `row ${first}` : `rows ${first} to ${last}`;
  const count = `${countText(rows.length)} ${rows.length === 1 ? 'cell' : 'cells'}`;
  const headed = heading ? `, headed '${heading.text}' in ${heading.cell}` : '';
  return `The RAG in words in column ${column}, ${span} (${count})${headed}, so it reads without colour.`;
}

/** The annotation plan, sheet by sheet in the order the plan names them. */
export function writePlan(plan: FormatPlan): WritePlan {
  const sheets = new Map<string, { ranges: string[]; columns: Map<string, number[]> }>();
  const sheet = (name: string) => {
    let entry = sheets.get(name);
    if (!entry) sheets.set(name, (entry = { ranges: [], columns: new Map() }));
    return entry;
  };
  for (const block of plan.blocks) for (const range of block.ranges) sheet(block.sheet).ranges.push(range);
  for (const label of plan.labels) {
    const at = parseA1(label.cell);
    if (!at) continue;
    const columns = sheet(label.sheet).columns;
    const column = colToLetters(at.col);
    const rows = columns.get(column);
    if (rows) rows.push(at.row);
    else columns.set(column, [at.row]);
  }
  return {
    sheets: [...sheets].map(([name, { ranges, columns }]) => ({
      sheet: name,
      rules: ranges.length ? rulesSentence(inSheetOrder(ranges)) : null,
      labels: [...columns].map(([column, rows]) => {
        const heading = plan.labelHeaders.find(
          (h) => h.sheet === name && h.cell.replace(/\d+$/, '').toUpperCase() === column,
        );
        return labelSentence(column, rows, heading ? { text: heading.text, cell: heading.cell } : null);
      }),
    })),
    untouched:
      'Nothing of yours is overwritten: the words go in a column whose cells are empty (or hold words Refresh RAG ' +
      'wrote before), and your values, formulas and own colour rules stay as they are. Draft narrative writes only ' +
      'its own Narrative sheet.',
  };
}
