/**
 * Text from the officer's cells (indicator and section names, comments, actions) made safe for
 * each place the narrative goes, so that what a cell holds is shown as text and never acts:
 *
 * - Every output: control characters (an escape sequence acts on a terminal) and bidirectional embedding, override and isolate controls (U+202A–U+202E,
 *   U+2066–U+2069) are removed. One left open reverses the rest of its line as shown, so a
 *   sentence can read other than it is ("Trojan Source", CVE-2021-42574); the letters of a
 *   right-to-left name keep their own direction without them.
 * - Plain text, pasted into Word, an e-mail or Excel: a line that would begin with `=`, `+`, `-`,
 *   `@`, a tab or a carriage return — which Excel and other spreadsheets take as the start of a
 *   formula — begins with an apostrophe instead (`'=1+1`), as OWASP advises for CSV injection;
 *   Excel takes a leading apostrophe as "this is text" and does not show it. A carriage return
 *   on its own is a line break, as it would be when pasted.
 * - Markdown: the characters that make markup or HTML (`\` `` ` `` `*` `_` `[` `]` `<` `>` `|`
 *   `~`, `&` before an entity, and `#`, `>`, `+`, `-`, `=` or a number with `.` or `)` at the start
 *   of a line) are escaped with a backslash, so a cell's `<script>` or `[x](javascript:…)` is
 *   shown as written, never run or linked.
 */

/** Bidirectional embeddings, overrides and isolates (not the marks U+200E/U+200F, which open nothing). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
/** The same, to test for one without building a copy (most text holds none). */
const BIDI_TEST = /[\u202A-\u202E\u2066-\u2069]/;

/** What starts a formula when a line is pasted into a spreadsheet. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Control characters other than tab and line breaks: an escape sequence from a cell would act on a terminal. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Either of the above, to test for one without building a copy. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const ANY_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;

/** Whether any line of text with no carriage return starts as a formula would (as {@link FORMULA_START} sees a line). */
const ANY_FORMULA_START = /(?:^|\n)[=+\-@\t]/;

/** The text without bidirectional controls. */
export function withoutBidiControls(text: string): string {
  return BIDI_TEST.test(text) ? text.replace(BIDI_CONTROLS, '') : text;
}

/** The text without bidirectional controls or other control characters (tab and line breaks kept): for a terminal or a pasted page. */
export function withoutControls(text: string): string {
  return ANY_CONTROL.test(text) ? text.replace(BIDI_CONTROLS, '').replace(CONTROLS, '') : text;
}

/** Plain text to paste: no bidirectional controls, and no line that a spreadsheet would read as a formula. */
export function safePlainText(text: string): string {
  let clean = withoutControls(text);
  if (clean.includes('\r')) clean = clean.replace(/\r\n?/g, '\n');
  // A report is one long text: it is only cut into lines when one of them needs its apostrophe.
  if (!ANY_FORMULA_START.test(clean)) return clean;
  const lines = clean.split('\n');
  return lines.map((line) => (FORMULA_START.test(line) ? `'${line}` : line)).join('\n');
}

/** Markdown's inline markup characters, and `&` where it would start an HTML entity. */
const MARKUP = /[\\`*_[\]<>|~]|&(?=#?[a-z0-9]+;)/gi;

/** What makes a line a heading, quote, list item or setext underline at its start. */
const LINE_START = /^(\s*)([#>+\-=]|\d{1,9}(?=[.)](?:\s|$)))/;

/** Cell-derived text for Markdown: shown as written, never as markup, HTML or a link. */
export function markdownText(text: string): string {
  const lines = withoutControls(text).replace(/\r\n?/g, '\n').split('\n');
  return lines
    .map((line) => {
      const escaped = line.replace(MARKUP, (c) => (c === '&' ? '&amp;' : `\\${c}`));
      return escaped.replace(LINE_START, (_, space: string, mark: string) =>
        /^\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`,
      );
    })
    .join('\n');
}
