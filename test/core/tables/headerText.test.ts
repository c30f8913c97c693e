import { displayText, headerKey, headerWords, isBlank } from '../../../src/core/tables/headerText';

describe('header text', () => {
  it('shows a header on one line', () => {
    expect(displayText('Target\n2021/22')).toBe('Target 2021/22');
    expect(displayText('  Good   is ')).toBe('Good is');
    expect(displayText(42)).toBe('42');
    expect(displayText({ error: '#N/A' })).toBe('#N/A');
    expect(displayText(null)).toBe('');
  });

  it('compares headers without case, punctuation or spacing', () => {
    expect(headerKey('Target (lower)')).toBe(headerKey('TARGET - LOWER'));
    expect(headerKey('Year-end target')).toBe('year end target');
    expect(headerKey('Performance & Outcomes')).toBe('performance and outcomes');
  });

  it('keeps the parts of periods and percentages', () => {
    expect(headerWords('Q3 2021/22 (%)')).toEqual(['q3', '2021/22', '%']);
    expect(headerWords('Dec-21')).toEqual(['dec-21']);
  });

  it('reads plain words as it reads words with punctuation, line breaks or extra spaces', () => {
    expect(headerWords('Target  2021/22')).toEqual(['target', '2021/22']);
    expect(headerWords('Target\t2021/22')).toEqual(['target', '2021/22']);
    expect(headerWords('RAG / Status')).toEqual(['rag', 'status']);
    expect(headerWords('RAG / Status:')).toEqual(['rag', 'status']);
    expect(headerWords('% of Pupils #')).toEqual(['%', 'of', 'pupils', '#']);
    expect(headerWords('N/A')).toEqual(['n/a']);
    expect(headerWords(' / ')).toEqual([]);
  });

  it('treats spaces-only cells as blank', () => {
    expect(isBlank('   ')).toBe(true);
    expect(isBlank(null)).toBe(true);
    expect(isBlank(0)).toBe(false);
    expect(isBlank(false)).toBe(false);
  });
});
