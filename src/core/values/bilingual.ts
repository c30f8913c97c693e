/**
 * Text in Welsh and English. Welsh councils print every header, rating and code of a scorecard in
 * both languages, one after the other across " / " ("Targed / Target", "Coch / Red", "Dim data / No
 * data"), as Anglesey's corporate scorecard does. What the text says is read from whichever half
 * says something known; where both do, only if they say the same.
 */

/** The halves of `text` across one " / " (spaced, each with a letter), or null for text not so written. */
export function bilingualHalves(text: string): readonly [string, string] | null {
  if (!text.includes(' / ')) return null;
  const parts = text.split(/\s+\/\s+/);
  if (parts.length !== 2) return null;
  const [a, b] = parts.map((p) => p.trim());
  return /[a-z]/i.test(a) && /[a-z]/i.test(b) ? [a, b] : null;
}

/**
 * What `read` makes of either half of bilingual text: the one half it reads, or both where they
 * agree (`same`); null where it reads neither, where they disagree, or where the text is not two halves.
 */
export function fromEitherHalf<T>(
  text: string,
  read: (half: string) => T | null,
  same: (a: T, b: T) => boolean,
): T | null {
  const halves = bilingualHalves(text);
  if (!halves) return null;
  const a = read(halves[0]);
  const b = read(halves[1]);
  if (a === null) return b;
  if (b === null) return a;
  return same(a, b) ? b : null;
}
