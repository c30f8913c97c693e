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

  it('writes a list made on demand as the array of what it makes, one element at a time', () => {
    const made: number[] = [];
    const list = new LazyList([1, 2, 3], (n: number) => {
      made.push(n);
      return { n, square: [n * n] };
    });
    const pieces = jsonText({ before: 'x', list, after: [] })[Symbol.iterator]();
    let soFar = '';
    for (let r = pieces.next(); !r.done; r = pieces.next()) {
      soFar += r.value;
      // An element is made only once the text before it is written.
      expect(made.length).toBeLessThanOrEqual((soFar.match(/"n"/g) ?? []).length + 1);
    }
    expect(soFar).toBe(
      JSON.stringify({ before: 'x', list: [1, 2, 3].map((n) => ({ n, square: [n * n] })), after: [] }, null, 2),
    );
    expect(text({ list: new LazyList([], (n: number) => n) })).toBe(JSON.stringify({ list: [] }, null, 2));
  });
});
