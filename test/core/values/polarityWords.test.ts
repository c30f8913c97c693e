import type { Polarity } from '../../../src/core/indicators/types';
import type { RawValue } from '../../../src/core/values/types';
import { parsePolarity, parsePolarityAnswer, polarityInName } from '../../../src/core/values/polarity';
import { classifyHeader } from '../../../src/core/tables/columnRoles';

describe('parsePolarity: the words councils use', () => {
  test.each<[RawValue, Polarity | null]>([
    ['Smaller values are best', 'lower'],
    ['Larger values are best', 'higher'],
    ['Lower is best', 'lower'],
    ['Minimise', 'lower'],
    ['Maximise', 'higher'],
    ['Monitor', 'none'],
    ['Aim to reduce', 'lower'],
    ['Aim to increase', 'higher'],
    ['Aim to maximise', 'higher'],
    ['Desired direction: down', 'lower'],
    ['Good performance is low', 'lower'],
    ['Good performance is high', 'higher'],
    ['Low is good', 'lower'],
    ['High is good', 'higher'],
    ['↑ Higher is better', 'higher'],
    ['↓ Higher is better', null],
    ['Smaller or larger is best', null],
  ])('%p → %p', (raw, expected) => {
    expect(parsePolarity(raw)).toBe(expected);
  });
});

describe('parsePolarity: good, better or an improvement paired with a direction, either way round', () => {
  test.each<[RawValue, Polarity | null]>([
    // "Good =" before the direction, as a key writes it.
    ['Good = high', 'higher'],
    ['Good = Low', 'lower'],
    ['Good: high', 'higher'],
    ['Better = lower', 'lower'],
    // The direction with "(good)" after it.
    ['High (good)', 'higher'],
    ['Low (good)', 'lower'],
    ['Lower (better)', 'lower'],
    // An arrow said to be good.
    ['↓ is good', 'lower'],
    ['↑ is good', 'higher'],
    ['▲ = good', 'higher'],
    // What an improvement is.
    ['Improvement = increase', 'higher'],
    ['Improvement = reduction', 'lower'],
    ['Improvement is a decrease', 'lower'],
    ['Increase = improvement', 'higher'],
    ['An increase is an improvement', 'higher'],
    ['A reduction is an improvement', 'lower'],
    // Not a direction: still not read.
    ['Good', null],
    ['Improvement', null],
    ['High risk', null],
    ['Good = maintain', null],
    ['Maintain', null],
    ['↓ is bad', null],
  ])('%p → %p', (raw, expected) => {
    expect(parsePolarity(raw)).toBe(expected);
  });
});

describe('parsePolarityAnswer', () => {
  it('reads yes and no under a header that states a direction', () => {
    expect(parsePolarityAnswer('Yes', 'Smaller values are best')).toBe('lower');
    expect(parsePolarityAnswer('N', 'Smaller values are best')).toBe('higher');
    expect(parsePolarityAnswer(true, 'Is higher better?')).toBe('higher');
    expect(parsePolarityAnswer('Yes', 'Polarity')).toBeNull();
  });
});

describe('polarityInName', () => {
  test.each<[string, Polarity | null]>([
    ['Reports about non-collection of waste (Minimise)', 'lower'],
    ['% of household waste sent for reuse, recycling and composting (Maximise)', 'higher'],
    ['Void rent loss - lower is better', 'lower'],
    // A transport scorecard's names state the aim after a colon.
    ['Penalty charge notices cancelled on appeal (Aim: Minimise)', 'lower'],
    ['Road network where maintenance should be considered - Aim: Minimise', 'lower'],
    ['Bus services running on time (Aim - Maximise)', 'higher'],
    ['Missed bins per 100,000 collections ↓', 'lower'],
    ['↑ Recycling rate', 'higher'],
    ['Number of rough sleepers (monitor)', 'none'],
    ['Average time to answer calls (min)', null],
    ['Number of high-risk cases (high)', null],
    ['Rent lost through vacant dwellings (%)', null],
    ['Number of households in temporary accommodation', null],
  ])('%p → %p', (name, expected) => {
    expect(polarityInName(name)).toBe(expected);
  });

  it("reads a symbol that the table's key defines", () => {
    const key = new Map<string, Polarity>([
      ['▲', 'lower'],
      ['H', 'higher'],
    ]);
    expect(polarityInName('Number of complaints ▲', key)).toBe('lower');
  });
});

describe('polarity headers', () => {
  test.each([
    'Smaller values are best',
    'Smaller or larger is best',
    'Larger values are best',
    'Desired direction',
    'Good performance is',
    'Aim to',
    'Minimise or maximise',
  ])('%p is a polarity column', (header) => {
    expect(classifyHeader(header)?.role).toBe('polarity');
  });
});
