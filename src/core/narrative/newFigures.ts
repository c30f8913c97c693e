/**
 * Figures an officer typed into the narrative that the draft did not have. Every figure in a draft
 * comes from a cell; a figure added while editing comes from the officer, and is worth a second look
 * before the report goes to committee.
 */

const FIGURE = /\d[\d,]*(?:\.\d+)?/g;

/** The figures written in a text, commas dropped ("1,234" → "1234"). */
function figures(text: string): string[] {
  return (text.match(FIGURE) ?? []).map((f) => f.replace(/,/g, ''));
}

/**
 * The figures in `edited` that appear nowhere in `draft`, each once, in the order written
 * ("92.1", "17"). Figures are compared as written: "92.1" where the draft said "92.7" is new; a
 * figure of the draft's moved into a sentence of the officer's own is not.
 */
export function newFigures(draft: string, edited: string): string[] {
  const known = new Set(figures(draft));
  const found: string[] = [];
  for (const f of figures(edited)) if (!known.has(f) && !found.includes(f)) found.push(f);
  return found;
}
