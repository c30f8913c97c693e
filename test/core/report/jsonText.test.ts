import fc from 'fast-check';
import { jsonText, LazyList } from '../../../src/core/report/jsonText';

const text = (value: unknown) => Array.from(jsonText(value)).join('');

describe('JSON text in pieces', () => {
  it('is the text JSON.stringify(value, null, 2) gives, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(text(value)).toBe(JSON.stringify(value, null, 2));
      }),
    );
  });

  it('writes what JSON.stringify writes for members it leaves out, undefined elements and toJSON', () => {
    const value = {
      a: undefined,
      b: [undefined, () => 1, { c: undefined, d: [[], {}, 'x\ny'] }],
      when: new Date(Date.UTC(2021, 8, 30)),
      e: { f: { g: { h: [1, { i: 'deep "quoted"' }] } } },
      n: [NaN, -0, Infinity],
    };
    expect(text(value)).toBe(JSON.stringify(value, null, 2));
  });

  it('writes long lists, in many batches, as JSON.stringify does at every depth', () => {
    const element = (i: number) =>
      i % 97 === 0
        ? undefined
        : i % 89 === 0
          ? () => i
          : {
              i,
              name: `Indicator ${i} — “quoted” ${'\u{1F600}'}`,
              values: [i, null, 'x\ny', {}],
              deep: { list: [[i]] },
            };
    const long = Array.from({ length: 3000 }, (_, i) => element(i));
    for (const value of [long, { a: long }, { a: { b: long } }, { a: { b: { c: long } } }, [[long, 1], []]]) {
      expect(text(value)).toBe(JSON.stringify(value, null, 2));
    }
    const lazy = new LazyList(long, (v) => v);
    expect(text({ a: { b: lazy }, c: [lazy] })).toBe(JSON.stringify({ a: { b: long }, c: [long] }, null, 2));
    const lists = new LazyList([1, 2], (n: number) => new LazyList([n, n + 1], (m: number) => ({ m })));
    expect(text({ lists })).toBe(
      JSON.stringify(
        {
          lists: [
            [{ m: 1 }, { m: 2 }],
            [{ m: 2 }, { m: 3 }],
          ],
        },
        null,
        2,
      ),
    );
    const one = new LazyList([1], (n: number) => n);
    expect(text([one, 1, { x: [2] }, one, one, 3])).toBe(JSON.stringify([[1], 1, { x: [2] }, [1], [1], 3], null, 2));
  });

  it("writes a long string, such as the narrative's whole text, as JSON.stringify does", () => {
    // Pieces are some 16,000 characters: pairs, lone halves and escapes are put on and either side of each boundary.
    const around = (i: number) => ['\u{1F600}', '\ud83d', '\ude00', '"\\\n\u0001', '—'][i % 5];
    let long = '';
    for (let i = 0; i < 12; i++) long += 'x'.repeat(16384 - (i % 3) - (long.length % 16384)) + around(i);
    for (const value of [long, { text: long }, { a: { b: [long, 'short'] } }, [long.slice(1), long.slice(2)]]) {
      expect(text(value)).toBe(JSON.stringify(value, null, 2));
    }
  });

  it('makes a long list on demand a part at a time, never all of it before writing', () => {
    const length = 20_000;
    let made = 0;
    const list = new LazyList(
      Array.from({ length }, (_, i) => i),
      (n: number) => {
        made++;
        return { n, square: [n * n], name: `Indicator ${n}` };
      },
    );
    let written = 0;
    let soFar = '';
    let aheadAtMost = 0;
    for (const piece of jsonText({ before: 'x', list, after: [] })) {
      soFar += piece;
      written += (piece.match(/"n"/g) ?? []).length;
      aheadAtMost = Math.max(aheadAtMost, made - written);
    }
    // Never more than a small part of the list made and not yet written.
    expect(aheadAtMost).toBeLessThan(length / 20);
    expect(soFar).toBe(
      JSON.stringify(
        {
          before: 'x',
          list: Array.from({ length }, (_, n) => ({ n, square: [n * n], name: `Indicator ${n}` })),
          after: [],
        },
        null,
        2,
      ),
    );
    expect(text({ list: new LazyList([], (n: number) => n) })).toBe(JSON.stringify({ list: [] }, null, 2));
  });
});
