import { formatSections, isGeneralFormat, tokenizeFormat } from '../../../src/core/values/formatTokens';

describe('tokenizeFormat', () => {
  test('separates quoted text, escapes, brackets and layout from format code', () => {
    expect(tokenizeFormat('[Red]0.0"%"\\x_)*-')).toEqual([
      { kind: 'bracket', text: 'Red' },
      { kind: 'code', text: '0' },
      { kind: 'code', text: '.' },
      { kind: 'code', text: '0' },
      { kind: 'quoted', text: '%' },
      { kind: 'escaped', text: 'x' },
      { kind: 'layout', text: ')' },
      { kind: 'layout', text: '-' },
    ]);
  });

  test('an unclosed quote or bracket runs to the end without throwing', () => {
    expect(tokenizeFormat('0"abc')).toEqual([
      { kind: 'code', text: '0' },
      { kind: 'quoted', text: 'abc' },
    ]);
    expect(tokenizeFormat('[Red')).toEqual([{ kind: 'bracket', text: 'Red' }]);
  });
});

describe('formatSections', () => {
  test('splits at semicolons that are format code only', () => {
    const sections = formatSections('0;"a;b";[$;]0');
    expect(sections).toHaveLength(3);
    expect(sections[1]).toEqual([{ kind: 'quoted', text: 'a;b' }]);
    expect(sections[2][0]).toEqual({ kind: 'bracket', text: '$;' });
  });

  test.each([[''], ['   '], [null], [undefined]])('%p has no sections', (format) => {
    expect(formatSections(format)).toEqual([]);
  });
});

describe('isGeneralFormat', () => {
  test.each<[string | null | undefined, boolean]>([
    ['General', true],
    [' GENERAL ', true],
    ['0', false],
    [null, false],
  ])('%p → %p', (format, expected) => {
    expect(isGeneralFormat(format)).toBe(expected);
  });
});
