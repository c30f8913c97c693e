/**
 * What marks the annotation as ours, and how it looks: the RAG palette, the marker our rules and
 * labels carry, the hidden name on the Narrative sheet, and that sheet's name. Both hosts (Excel
 * through Office.js, the command line through the file) take these from here and nowhere else.
 */
import type { Issue } from '../warnings';
import { warning } from '../warningMessages';

/** Every rule and label we write carries this text, so a refresh finds and replaces only its own. */
export const RAG_MARKER = 'scorecard-narrator:rag';

/**
 * The hidden workbook name that marks the Narrative sheet we wrote, so a re-run replaces only that
 * sheet, even after the user renames it.
 */
export const NARRATIVE_NAME = '_ScorecardNarrative';

/** The Narrative sheet's name, when the workbook has no sheet of its own called that. */
export const NARRATIVE_SHEET = 'Narrative';

/** A fill and a font colour, as ARGB hex ("FFC6EFCE"). */
export interface Swatch {
  readonly fill: string;
  readonly font: string;
}

/**
 * Excel's own "Good", "Neutral" and "Bad" cell styles for green, amber and red: familiar to
 * officers and legible when printed; grey for indicators with no target, white for those with no
 * data. The rules, the Narrative sheet's counts and its chart all take their colours from here.
 */
export const RAG_PALETTE = {
  green: { fill: 'FFC6EFCE', font: 'FF006100' },
  amber: { fill: 'FFFFEB9C', font: 'FF9C5700' },
  red: { fill: 'FFFFC7CE', font: 'FF9C0006' },
  noTarget: { fill: 'FFEDEDED', font: 'FF3F3F3F' },
  noData: { fill: 'FFFFFFFF', font: 'FF3F3F3F' },
} as const satisfies Record<string, Swatch>;

/** The colours of the three ratings a rule can give. */
export const RAG_COLOURS = { green: RAG_PALETTE.green, amber: RAG_PALETTE.amber, red: RAG_PALETTE.red } as const;

/** The formula for a label header: the text, plus a no-op term carrying the marker. */
export function labelHeaderFormula(text: string, marker: string = RAG_MARKER): string {
  return `"${text.replace(/"/g, '""')}"&T(N("${marker.replace(/"/g, '""')}"))`;
}

/**
 * The name for our Narrative sheet: "Narrative", or "Narrative (Scorecard)" when the user has a
 * sheet of that name, then "Narrative (Scorecard 2)", … (Excel ignores case). `names` are the
 * sheets other than the one an earlier run wrote.
 */
export function freeNarrativeName(names: readonly string[]): string {
  const taken = new Set(names.map((n) => n.toLowerCase()));
  for (const name of [NARRATIVE_SHEET, `${NARRATIVE_SHEET} (Scorecard)`])
    if (!taken.has(name.toLowerCase())) return name;
  for (let i = 2; ; i++)
    if (!taken.has(`${NARRATIVE_SHEET.toLowerCase()} (scorecard ${i})`)) return `${NARRATIVE_SHEET} (Scorecard ${i})`;
}

/** The warning when the narrative could not have the sheet name "Narrative", or none. */
export function narrativeNameIssues(name: string): Issue[] {
  if (name === NARRATIVE_SHEET) return [];
  return [warning('narrative-sheet-renamed', { taken: NARRATIVE_SHEET, name }, { sheet: name })];
}
