import { closestWord, editDistance } from '../../../src/core/config/closestWord';

describe('editDistance', () => {
  test.each<[string, string, number]>([
    ['', '', 0],
    ['abc', '', 3],
    ['polarty', 'polarity', 1],
    ['trget', 'target', 1],
    ['kitten', 'sitting', 3],
  ])('%p → %p is %p', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
    expect(editDistance(b, a)).toBe(expected);
  });
});

describe('closestWord', () => {
  const keys = ['target', 'polarity', 'tolerance', 'unit', 'frequency', 'exclude'];
  test.each<[string, string | null]>([
    ['polarty', 'polarity'],
    ['Polarity', 'polarity'],
    ['tolerence', 'tolerance'],
    ['trget', 'target'],
    ['frequncy', 'frequency'],
    ['freq', 'frequency'],
    ['colour', null],
    ['x', null],
    ['uni', 'unit'],
    ['zzzzzz', null],
  ])('%p → %p', (word, expected) => {
    expect(closestWord(word, keys)).toBe(expected);
  });

  test('no candidates, no suggestion', () => {
    expect(closestWord('target', [])).toBeNull();
  });
});
