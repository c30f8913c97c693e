import { draftLength } from '../../src/app/draftLength';

describe("the draft's length", () => {
  it('counts characters and words, with thousands separators', () => {
    expect(draftLength('Of the 12 indicators, 7 are green.')).toBe('34 characters, 7 words');
    expect(draftLength('word '.repeat(1200))).toBe('6,000 characters, 1,200 words');
  });

  it('says one in the singular and an empty draft has no words', () => {
    expect(draftLength('a')).toBe('1 character, 1 word');
    expect(draftLength('  \n ')).toBe('4 characters, 0 words');
  });
});
