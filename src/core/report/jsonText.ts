/**
 * JSON text in pieces, made as it is written: the same characters as `JSON.stringify(value, null, 2)`,
 * but never the whole text as one string. Objects and arrays near the top are walked member by
 * member (an array's elements made only when their turn comes, so a long list costs one element at
 * a time); deeper values are written by JSON.stringify and indented to their place.
 */

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
/** How deep containers are walked member by member; below that, one JSON.stringify per value. */
const WALKED = 3;

/** A value as JSON.stringify sees it: its toJSON() when it has one. */
function jsonValue(value: unknown, key: string): unknown {
  const toJSON = (value as { toJSON?: (key: string) => unknown } | null)?.toJSON;
  return typeof toJSON === 'function' ? toJSON.call(value, key) : value;
}

/** Whether JSON.stringify leaves out an object member with this value (and writes null for an array element). */
const omitted = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/** A value below the walked depth: JSON.stringify's text, indented to `indent`. */
function whole(value: unknown, indent: string): string {
  const text = JSON.stringify(value, null, 2) ?? 'null';
  // A newline in JSON text is always between tokens (one in a string is written "\n"), so each starts an indented line.
  return indent && text.includes('\n') ? text.replace(/\n/g, `\n${indent}`) : text;
}

function* pieces(value: unknown, indent: string, depth: number): Generator<string> {
  if (value instanceof LazyList) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    const inner = indent + STEP;
    for (let i = 0; i < value.length; i++) {
      yield i === 0 ? `[\n${inner}` : `,\n${inner}`;
      const v = jsonValue(value.at(i), String(i));
      if (omitted(v)) yield 'null';
      else yield* pieces(v, inner, depth + 1);
    }
    yield `\n${indent}]`;
    return;
  }
  if (value === null || typeof value !== 'object' || depth >= WALKED) {
    yield whole(value, indent);
    return;
  }
  const inner = indent + STEP;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    for (let i = 0; i < value.length; i++) {
      yield i === 0 ? `[\n${inner}` : `,\n${inner}`;
      const v = jsonValue(value[i], String(i));
      if (omitted(v)) yield 'null';
      else yield* pieces(v, inner, depth + 1);
    }
    yield `\n${indent}]`;
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
