import fc from 'fast-check';
import { utf8Chunks } from '../../src/cli/utf8Chunks';

/** The bytes the chunks hold, one after another. */
const bytesOf = (chunks: Iterable<Uint8Array>) => Buffer.concat(Array.from(chunks));

describe('text written in UTF-8 chunks', () => {
  it('writes the bytes of the pieces joined, in chunks full but for the last', () => {
    // Any UTF-16 text, lone surrogates and pairs split between two pieces included.
    const character = fc.oneof(
      fc.constantFrom('\ud83d', '\ude00', '\u{1F600}', '—', 'é', '\n'),
      fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code)),
    );
    const text = fc.string({ unit: character });
    fc.assert(
      fc.property(fc.array(text, { maxLength: 20 }), fc.integer({ min: 4, max: 40 }), (pieces, size) => {
        const chunks = Array.from(utf8Chunks(pieces, size));
        expect(bytesOf(chunks)).toEqual(Buffer.from(pieces.join('')));
        for (const chunk of chunks) {
          expect(chunk.length).toBeGreaterThan(0);
          expect(chunk.length).toBeLessThanOrEqual(size);
        }
        // Short only by a character that did not fit (at most four bytes), or as the last.
        for (const chunk of chunks.slice(0, -1)) expect(chunk.length).toBeGreaterThan(size - 4);
      }),
    );
  });

  it('encodes a character split across pieces as the character, not two halves', () => {
    const chunks = Array.from(utf8Chunks(['smile \ud83d', '\ude00 and \ud83d'], 1 << 16));
    expect(Buffer.concat(chunks).toString()).toBe('smile \u{1F600} and \ufffd');
  });

  it('writes a long text in many chunks, each written as its turn comes', () => {
    let made = 0;
    function* pieces() {
      for (let i = 0; i < 1000; i++) {
        made++;
        yield `line ${i} — ${'x'.repeat(i % 50)}\n`;
      }
    }
    let chunks = 0;
    const seen: number[] = [];
    const all: Uint8Array[] = [];
    for (const chunk of utf8Chunks(pieces(), 1024)) {
      chunks++;
      seen.push(made);
      all.push(chunk);
    }
    expect(chunks).toBeGreaterThan(20);
    // The first chunk is handed out long before the last piece is made.
    expect(seen[0]).toBeLessThan(100);
    expect(bytesOf(all).toString()).toBe(Array.from(pieces()).join(''));
  });

  it('refuses a chunk too small to hold every character', () => {
    expect(() => Array.from(utf8Chunks(['x'], 3))).toThrow(RangeError);
  });
});
