/**
 * JSON text in pieces, made as it is written: the same characters as `JSON.stringify(value, null, 2)`,
 * but never the whole text as one string. Objects near the top are walked member by member; the
 * elements of an array there are written a batch at a time, each batch by one JSON.stringify (a
 * {@link LazyList}'s elements made only when their batch comes, so a long list costs one batch at a
 * time); deeper values are written whole.
 *
 * A batch is some {@link BATCH} characters of text: few enough calls that the cost of each is nothing
 * against the text, and a string that stays under V8's 128 KiB for an ordinary heap object. Larger
 * ones (batches of 200 KB, or small pieces joined into 64 Ki characters) took three times as long to
 * make and encode as UTF-8, measured on 50,000 indicators.
 */
import { pieceEnd } from '../textPieces';

/** An array whose elements are made on demand, written as JSON as an array of them is. */
export class LazyList<T, U> {
  constructor(
    private readonly source: readonly T[],
    private readonly make: (item: T) => U,
  ) {}

  get length(): number {
    return this.source.length;
  }

  at(i: number): U {
    return this.make(this.source[i]);
  }
}

const STEP = '  ';
/** How deep containers are walked; below that, values are written whole. */
const WALKED = 3;
/** Characters of text aimed at by each batch of elements (32 KiB at two bytes a character). */
const BATCH = 1 << 14;
/** Elements in an array's first batch, before their length says how many make a {@link BATCH}. */
const FIRST_BATCH = 8;

/** A value as JSON.stringify sees it: its toJSON() when it has one. */
function jsonValue(value: unknown, key: string): unknown {
  const toJSON = (value as { toJSON?: (key: string) => unknown } | null)?.toJSON;
  return typeof toJSON === 'function' ? toJSON.call(value, key) : value;
}

/** Whether JSON.stringify leaves out an object member with this value (and writes null for an array element). */
const omitted = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/** `value` inside `depth` arrays of one element. */
function nested(value: unknown, depth: number): unknown {
  let v = value;
  for (let d = 0; d < depth; d++) v = [v];
  return v;
}

/**
 * Writes elements whole, in batches, as the elements of an array whose elements are indented by
 * `inner`: each batch is stringified once, as an array nested as deep as the indent, so that
 * JSON.stringify indents every line itself; the text between the batch's brackets is what is wanted.
 */
class Batches {
  private readonly depth: number;
  private readonly before: number;
  private readonly after: number;

  constructor(inner: string) {
    this.depth = inner.length / STEP.length - 1;
    const probe = JSON.stringify(nested([0], this.depth), null, STEP);
    this.before = probe.indexOf('0');
    this.after = probe.length - this.before - 1;
  }

  /** The text of `batch`'s elements, separated as in their array, without its brackets. */
  text(batch: readonly unknown[]): string {
    const text = JSON.stringify(nested(batch, this.depth), null, STEP);
    return text.slice(this.before, text.length - this.after);
  }
}

/** The elements of a list (an array or a {@link LazyList}), as the text between its brackets. */
function* elements(length: number, at: (i: number) => unknown, inner: string, depth: number): Generator<string> {
  const batches = new Batches(inner);
  const between = `,\n${inner}`;
  let size = FIRST_BATCH;
  let batch: unknown[] = [];
  /** The index of the batch's first element. */
  let from = 0;
  for (let i = 0; i < length; i++) {
    const v = jsonValue(at(i), String(i));
    // A list inside is walked on its own, so that its elements too are made only when their batch comes.
    const walked = v instanceof LazyList;
    if (!walked) batch.push(v);
    if (batch.length > 0 && (walked || batch.length >= size || i === length - 1)) {
      const text = batches.text(batch);
      if (from > 0) yield between;
      yield text;
      // As many elements next time as made about a batch's worth of text this time.
      size = Math.max(1, Math.round((BATCH * batch.length) / Math.max(1, text.length)));
      batch = [];
    }
    if (walked) {
      if (i > 0) yield between;
      yield* pieces(v, inner, depth + 1);
    }
    // Once the batch is written (a walked list empties it first), the next one starts after this element.
    if (batch.length === 0) from = i + 1;
  }
}

/**
 * A long string (the narrative's whole text) as JSON, a {@link BATCH} of characters at a time, rather
 * than a second copy of it whole. JSON.stringify writes each character on its own, so the pieces are
 * its text as long as none ends between the halves of a surrogate pair, which alone it would escape.
 */
function* stringPieces(text: string): Generator<string> {
  yield '"';
  for (let from = 0; from < text.length;) {
    const to = pieceEnd(text, from, BATCH);
    const json = JSON.stringify(text.slice(from, to));
    yield json.slice(1, -1);
    from = to;
  }
  yield '"';
}

function* pieces(value: unknown, indent: string, depth: number): Generator<string> {
  const inner = indent + STEP;
  if (typeof value === 'string' && value.length > BATCH) {
    yield* stringPieces(value);
    return;
  }
  if (value instanceof LazyList || (Array.isArray(value) && depth < WALKED)) {
    const list = value as LazyList<unknown, unknown> | unknown[];
    if (list.length === 0) {
      yield '[]';
      return;
    }
    const at = list instanceof LazyList ? (i: number) => list.at(i) : (i: number) => list[i];
    yield `[\n${inner}`;
    yield* elements(list.length, at, inner, depth);
    yield `\n${indent}]`;
    return;
  }
  if (value === null || typeof value !== 'object' || depth >= WALKED) {
    const text = JSON.stringify(value, null, STEP) ?? 'null';
    // A newline in JSON text is always between tokens (one in a string is written "\n"), so each starts an indented line.
    yield indent && text.includes('\n') ? text.replace(/\n/g, `\n${indent}`) : text;
    return;
  }
  let first = true;
  for (const key of Object.keys(value)) {
    const v = jsonValue((value as Record<string, unknown>)[key], key);
    if (omitted(v)) continue;
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* pieces(v, inner, depth + 1);
  }
  yield first ? '{}' : `\n${indent}}`;
}

/** `JSON.stringify(value, null, 2)` in pieces (see the module's comment); a {@link LazyList} is written as an array. */
export function jsonText(value: unknown): Iterable<string> {
  return pieces(jsonValue(value, ''), '', 0);
}
