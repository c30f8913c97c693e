/**
 * Long text cut into pieces (to encode, compress or stringify a piece at a time) without parting
 * the two halves of a surrogate pair, each of which alone would be written as U+FFFD or escaped.
 */

/** Whether `code` (a UTF-16 code unit) is the first half of a surrogate pair. */
export const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** Where the piece of `text` that starts at `from` and is at most `max` code units long ends, a pair kept whole. */
export function pieceEnd(text: string, from: number, max: number): number {
  const to = Math.min(text.length, from + max);
  return to < text.length && isHighSurrogate(text.charCodeAt(to - 1)) ? to - 1 : to;
}
