/**
 * FNV-1a, 32 bits, twice with different seeds (short, stable, no dependency; not for secrets), over a
 * text given in lines: the same value as over the lines joined by new lines into one string, without
 * building that string (a Narrative sheet of 50,000 indicators is some 70 MB of text). It can be
 * taken up again where it was left ({@link LinesHash.copy}), so that a sheet's cells are hashed once,
 * as its rows are first gone through, and the names of the charts a host adds are hashed after.
 */
export class LinesHash {
  // The two states are kept as signed 32-bit integers, as Math.imul gives them, and made unsigned
  // once at the end: the bits are the same, and the loop stays a few machine instructions a
  // character (it runs over every character of the sheet).
  private a = 0x811c9dc5 | 0;
  private b = (0x01000193 ^ 0x5bd1e995) | 0;
  private first = true;

  /** Hashes `text` as a new line (after a new line, unless it is the first). */
  add(text: string): void {
    if (!this.first) this.more('\n');
    this.first = false;
    this.more(text);
  }

  /** Hashes `text` as more of the line added last. */
  more(text: string): void {
    let a = this.a;
    let b = this.b;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x01000195);
    }
    this.a = a;
    this.b = b;
  }

  /** A hash that goes on from where this one is, leaving this one as it is. */
  copy(): LinesHash {
    const h = new LinesHash();
    h.a = this.a;
    h.b = this.b;
    h.first = this.first;
    return h;
  }

  /** The hash of the lines added so far, as stored ("sn1:" and 16 hexadecimal digits). */
  digest(): string {
    const hex = (x: number) => (x >>> 0).toString(16).padStart(8, '0');
    return `sn1:${hex(this.a)}${hex(this.b)}`;
  }
}
