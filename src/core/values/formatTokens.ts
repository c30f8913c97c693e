/**
 * A small tokenizer for Excel number-format codes, shared by the readers in `numberFormat.ts`.
 *
 * A format such as `[$£-809]#,##0.00_);[Red]\(#,##0.00\);"nil"` is made of sections separated by
 * `;` (positive; negative; zero; text). Inside a section, text in double quotes, a character
 * escaped with `\`, a bracketed block (`[Red]`, `[$-809]`, `[h]`, `[>=100]`), a padding pair
 * (`_)`) and a fill pair (`*-`) are literal or layout; everything else is format code.
 */

/** What a piece of a format code is. */
export type FormatTokenKind = 'code' | 'quoted' | 'escaped' | 'bracket' | 'layout';

/** One piece of a number-format code. */
export interface FormatToken {
  readonly kind: FormatTokenKind;
  /** The character (for code, escaped and layout) or the text inside the quotes or brackets. */
  readonly text: string;
}

/**
 * Splits a number-format code into tokens. Never throws: an unclosed quote or bracket runs to
 * the end of the code.
 */
export function tokenizeFormat(format: string): FormatToken[] {
  const tokens: FormatToken[] = [];
  let i = 0;
  while (i < format.length) {
    const ch = format[i];
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      const stop = end === -1 ? format.length : end;
      tokens.push({ kind: 'quoted', text: format.slice(i + 1, stop) });
      i = stop + 1;
    } else if (ch === '[') {
      const end = format.indexOf(']', i + 1);
      const stop = end === -1 ? format.length : end;
      tokens.push({ kind: 'bracket', text: format.slice(i + 1, stop) });
      i = stop + 1;
    } else if (ch === '\\') {
      tokens.push({ kind: 'escaped', text: format.charAt(i + 1) });
      i += 2;
    } else if (ch === '_' || ch === '*') {
      tokens.push({ kind: 'layout', text: format.charAt(i + 1) });
      i += 2;
    } else {
      tokens.push({ kind: 'code', text: ch });
      i += 1;
    }
  }
  return tokens;
}

/**
 * Splits a number-format code into its sections (at `;` outside quotes and brackets), each as
 * tokens. An empty or missing format gives no sections.
 */
export function formatSections(format: string | null | undefined): FormatToken[][] {
  if (format === null || format === undefined || format.trim() === '') return [];
  const sections: FormatToken[][] = [[]];
  for (const token of tokenizeFormat(format)) {
    if (token.kind === 'code' && token.text === ';') sections.push([]);
    else sections[sections.length - 1].push(token);
  }
  return sections;
}

/** True for the built-in "General" format (any case), which says nothing about the number. */
export function isGeneralFormat(format: string | null | undefined): boolean {
  return format !== null && format !== undefined && format.trim().toLowerCase() === 'general';
}
