/**
 * Text made in pieces, encoded as UTF-8 straight into buffers of a fixed size, so that standard
 * output is written a buffer at a time and the text is never joined into a larger string first
 * (joining is what costs: a string of more than 128 KiB is made in V8's large-object space, and
 * making one flat to encode it took longer than making the JSON in it).
 */
import { isHighSurrogate } from '../core';

/** The fewest bytes a buffer can hold: any character fits in an empty one. */
const LEAST = 4;

/**
 * The UTF-8 bytes of `pieces` joined, in buffers of at most `size` bytes: each full but for the
 * last, or but for the few bytes of a character that did not fit whole. The bytes are those of
 * `Buffer.from(pieces.join(''))`, a character split across two pieces included.
 */
export function* utf8Chunks(pieces: Iterable<string>, size: number): Generator<Uint8Array> {
  if (!(size >= LEAST)) throw new RangeError(`utf8Chunks: size must be at least ${LEAST} bytes, not ${size}.`);
  const encoder = new TextEncoder();
  let buffer = Buffer.allocUnsafe(size);
  let used = 0;
  /** Encodes `text` into the buffers, handing out each as it fills. */
  function* put(text: string): Generator<Uint8Array> {
    let rest = text;
    for (;;) {
      const { read, written } = encoder.encodeInto(rest, buffer.subarray(used));
      used += written;
      if (read === rest.length) return;
      rest = rest.slice(read);
      yield buffer.subarray(0, used);
      buffer = Buffer.allocUnsafe(size);
      used = 0;
    }
  }
  /** The first half of a surrogate pair that ended a piece, encoded with the piece after it. */
  let held = '';
  for (const piece of pieces) {
    let text = held + piece;
    held = '';
    if (text.length > 0 && isHighSurrogate(text.charCodeAt(text.length - 1))) {
      held = text.slice(-1);
      text = text.slice(0, -1);
    }
    if (text.length > 0) yield* put(text);
  }
  // A lone half at the very end is written as encoding it alone writes it (U+FFFD).
  if (held) yield* put(held);
  if (used > 0) yield buffer.subarray(0, used);
}
