/**
 * Whitespace as patterns see it (`\s`: spaces, tabs, line breaks, non-breaking and other Unicode
 * spaces), for the text tidying every cell read goes through.
 */

/** True for a character code that `\s` matches. */
export function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * The text with runs of whitespace made one space and the ends trimmed — as
 * `text.replace(/\s+/g, ' ').trim()`. Most cell text is tidy already: a scan of its characters
 * finds that out without a pattern replace, and the text comes back as it is.
 */
export function tidySpaces(text: string): string {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20) {
      if (i === 0 || i === last || text.charCodeAt(i - 1) === 0x20) return text.replace(/\s+/g, ' ').trim();
    } else if ((code <= 0x20 || code >= 0xa0) && isSpaceCode(code)) return text.replace(/\s+/g, ' ').trim();
  }
  return text;
}
