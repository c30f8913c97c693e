import type { Frequency, Polarity } from '../../../src/core/indicators/types';
import type { RawValue } from '../../../src/core/values/types';
import { parseBandTarget, parseFrequency, parsePolarity } from '../../../src/core/values/polarity';

describe('parsePolarity', () => {
  test.each<[RawValue, Polarity | null]>([
    ['Higher', 'higher'],
    ['higher', 'higher'],
    ['HIGH', 'higher'],
    ['Up', 'higher'],
    ['Higher is better', 'higher'],
    ['Bigger is better', 'higher'],
    ['Larger is better', 'higher'],
    ['The higher the better', 'higher'],
    ['High = good', 'higher'],
    ['Increase', 'higher'],
    ['Maximise', 'higher'],
    ['Maximize', 'higher'],
    ['Aim high', 'higher'],
    ['Good is high', 'higher'],
    ['↑', 'higher'],
    ['▲', 'higher'],
    ['+', 'higher'],
    ['Lower', 'lower'],
    ['Low', 'lower'],
    ['Down', 'lower'],
    ['Lower is better', 'lower'],
    ['Smaller is better', 'lower'],
    ['Less is better', 'lower'],
    ['Decrease', 'lower'],
    ['Minimise', 'lower'],
    ['Reduce', 'lower'],
    ['↓', 'lower'],
    ['▼', 'lower'],
    ['Within range', 'band'],
    ['Band', 'band'],
    ['Range', 'band'],
    ['Target range', 'band'],
    ['Goalpost', 'band'],
    ['N/A', 'none'],
    ['None', 'none'],
    ['Context', 'none'],
    ['Contextual', 'none'],
    ['Monitor', 'none'],
    ['Monitoring only', 'none'],
    // A district's planning applications received: counted, not rated.
    ['Data only', 'none'],
    ['Neutral', 'none'],
    // City of Lincoln's operational performance: homelessness applications received, counted, not rated.
    ['Volumetric', 'none'],
    ['Volumetric measure', 'none'],
    ['Demand measure', 'none'],
    // Havering's contacts to children's social care: "Demand indicator – no target".
    ['Demand indicator – no target', 'none'],
    ['Monitoring - no target', 'none'],
    ['Volumetric – see commentary', 'none'],
    ['-', 'none'],
    ['–', 'none'],
    // Fingertips' public health profiles: "RAG - Low is good", and "BOB - Blue orange blue" where
    // neither way is better (a figure compared with England, not judged).
    ['RAG - Low is good', 'lower'],
    ['RAG - High is good', 'higher'],
    ['RAG - Low is good   ', 'lower'],
    ['BOB - Blue orange blue', 'none'],
    ['  higher  ', 'higher'],
    ['Higher.', 'higher'],
    ['Sideways', null],
    ['Higher or lower', null],
    ['', null],
    ['   ', null],
    [null, null],
    [1, null],
    [true, null],
    [{ error: '#N/A' }, null],
  ])('%p → %p', (raw, expected) => {
    expect(parsePolarity(raw)).toBe(expected);
  });
});

describe('parseFrequency', () => {
  test.each<[RawValue, Frequency | null]>([
    ['Annual', 'annual'],
    ['Annually', 'annual'],
    ['Yearly', 'annual'],
    ['A', 'annual'],
    ['a', 'annual'],
    ['Quarterly', 'quarterly'],
    ['Q', 'quarterly'],
    ['Monthly', 'monthly'],
    ['M', 'monthly'],
    [' monthly ', 'monthly'],
    ['Quarterly (cumulative)', 'quarterly'],
    ['Annual (academic year)', 'annual'],
    ['Termly', null],
    ['Six-monthly', null],
    ['', null],
    [null, null],
    [4, null],
  ])('%p → %p', (raw, expected) => {
    expect(parseFrequency(raw)).toBe(expected);
  });
});

describe('parseBandTarget', () => {
  test.each<[RawValue, string | null, { lower: number; upper: number; percentFormat: boolean } | null]>([
    ['10-15', null, { lower: 10, upper: 15, percentFormat: false }],
    ['10–15', null, { lower: 10, upper: 15, percentFormat: false }],
    ['10 — 15', null, { lower: 10, upper: 15, percentFormat: false }],
    ['10 to 15', null, { lower: 10, upper: 15, percentFormat: false }],
    ['between 10 and 15', null, { lower: 10, upper: 15, percentFormat: false }],
    ['Between 10 and 15', null, { lower: 10, upper: 15, percentFormat: false }],
    ['10–15%', null, { lower: 0.1, upper: 0.15, percentFormat: true }],
    ['10% - 15%', null, { lower: 0.1, upper: 0.15, percentFormat: true }],
    ['10%-15%', null, { lower: 0.1, upper: 0.15, percentFormat: true }],
    ['between 92.5% and 97.5%', null, { lower: 0.925, upper: 0.975, percentFormat: true }],
    ['1,000 to 1,500', null, { lower: 1000, upper: 1500, percentFormat: false }],
    ['-5 to 5', null, { lower: -5, upper: 5, percentFormat: false }],
    ['15-10', null, { lower: 10, upper: 15, percentFormat: false }],
    ['0.1-0.15', '0%', { lower: 0.1, upper: 0.15, percentFormat: true }],
    ['10-15', '0%', { lower: 10, upper: 15, percentFormat: false }],
    ['0.1-0.15', 'General', { lower: 0.1, upper: 0.15, percentFormat: false }],
    ['15', null, null],
    ['10-', null, null],
    ['about 10 to 15', null, null],
    ['1,23-15', null, null],
    ['n/a', null, null],
    [12, '0%', null],
    [null, null, null],
  ])('%p (format %p) → %p', (raw, format, expected) => {
    expect(parseBandTarget(raw, format)).toEqual(expected);
  });
});
