/**
 * Notes a name sets apart from its words: in a bracket, or after a spaced dash ("Breastfeeding at
 * 6–8 weeks (Q1 data, reported one quarter in arrears)", "Visits – Q4 & Q1 data"). Some say the
 * figures come late ("reported one quarter in arrears", "data lag: one quarter", "a quarter
 * behind"): such a note says when the figures are for, not what they count, so it gives the name
 * no polarity ("arrears" there is not rent arrears).
 */

/** A note, whole, that says the figures come later than the period they are for. */
const LAG_NOTE = new RegExp(
  [
    // "reported one quarter in arrears", "one quarter in arrears", "a quarter behind", "two months late", "reported in arrears"
    String.raw`(?:(?:data|figures)\s+)?(?:reported\s+)?(?:(?:one|a|1|two|2|three|3)\s+)?(?:quarters?|months?|qtrs?)\s+(?:in\s+arrears|behind|late|lag(?:ged)?)`,
    String.raw`(?:reported|data|figures)\s+in\s+arrears`,
    // "lagged", "lagged by one quarter", "data lag: one quarter", "lag of two months", "one-quarter lag"
    String.raw`(?:data\s+)?lagged(?:\s+by\s+(?:one|a|1|two|2|three|3)\s+(?:quarters?|months?))?`,
    String.raw`(?:data\s+)?lag\s*(?::|of)?\s*(?:one|a|1|two|2|three|3)\s+(?:quarters?|months?)`,
    String.raw`(?:one|a|1|two|2|three|3)[\s-](?:quarters?|months?)\s+(?:data\s+)?lag`,
  ]
    .map((p) => `^(?:${p})$`)
    .join('|'),
  'i',
);

/** True when `note` (set apart in a name) says no more than that the figures come late. */
export function isLagNote(note: string): boolean {
  return LAG_NOTE.test(note.trim().replace(/\s+/g, ' '));
}

/**
 * The notes `name` sets apart: each bracket's words, all that follows each spaced dash outside
 * brackets, and, where a note has several parts, each part between commas or semicolons.
 */
export function notesInName(name: string): string[] {
  const notes: string[] = [];
  let depth = 0;
  let open = -1;
  for (let i = 0; i < name.length; i++) {
    const c = name[i];
    if (c === '(' || c === '[') {
      if (depth++ === 0) open = i;
    } else if ((c === ')' || c === ']') && depth > 0) {
      if (--depth === 0) notes.push(name.slice(open + 1, i).trim());
    } else if (depth === 0 && (c === '–' || c === '—' || c === '-') && name[i - 1] === ' ' && name[i + 1] === ' ') {
      notes.push(name.slice(i + 2).trim());
    }
  }
  const out: string[] = [];
  for (const note of notes) {
    if (note === '') continue;
    out.push(note);
    if (/[,;]/.test(note) && !/[()[\]]/.test(note))
      for (const part of note.split(/[,;]/)) if (part.trim() !== '') out.push(part.trim());
  }
  return out;
}

/** `name` without the notes that say its figures come late (a bracket's part, a bracket, or what follows a dash). */
export function withoutLagNotes(name: string): string {
  if (!/arrears|behind|late|lag/i.test(name)) return name;
  let out = name.replace(/\s*([([])([^()[\]]*)([)\]])/g, (whole, open: string, inside: string, close: string) => {
    const parts = inside.split(/([,;])/);
    const kept: string[] = [];
    for (let i = 0; i < parts.length; i += 2) if (!isLagNote(parts[i])) kept.push(parts[i].trim());
    if (kept.length === (parts.length + 1) / 2) return whole;
    return kept.length ? ` ${open}${kept.join(', ')}${close}` : '';
  });
  const dash = / [–—-] ([^()[\]]*)$/.exec(out);
  if (dash && isLagNote(dash[1])) out = out.slice(0, dash.index);
  return out;
}
