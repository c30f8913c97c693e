import fc from 'fast-check';
import { decideStorage, labelSaysPercent, type StorageCell } from '../../../src/core/values/storage';

const plain = (value: number): StorageCell => ({ value, percentFormat: false, literalPercent: false });
const pct = (value: number): StorageCell => ({ value, percentFormat: true, literalPercent: false });
const literal = (value: number): StorageCell => ({ value, percentFormat: false, literalPercent: true });
const none = { labelSaysPercent: false };

describe('decideStorage', () => {
  it('reads rent lost of 1.12 and 0.96 per cent as points, not as 112 and 96 per cent', () => {
    expect(decideStorage([plain(1.12), plain(0.96)], none)).toEqual({
      fractions: false,
      guessed: false,
      basis: 'magnitude',
    });
  });

  it('takes a literal "%" in the format as points, even for figures below 1', () => {
    expect(decideStorage([literal(0.96), literal(0.85)], none)).toMatchObject({
      fractions: false,
      guessed: false,
      basis: 'format',
    });
  });

  it("reads plain figures within 0–1 as fractions when the row's other cells have a % format", () => {
    expect(decideStorage([pct(0.9), plain(0.884), plain(0.927)], none)).toMatchObject({
      fractions: true,
      guessed: false,
    });
  });

  it('reads plain figures as written when the formatted cells are under ten times them (a 0.45 % target beside 0.56 and 0.36)', () => {
    // Devon's exclusion rates: as fractions 0.56 and 0.36 would be 56 and 36 per cent beside a target of 0.45 per cent.
    expect(decideStorage([pct(0.0045), plain(0.56), plain(0.36)], none)).toEqual({
      fractions: false,
      guessed: true,
      basis: 'mixed',
    });
    expect(decideStorage([plain(0.45), plain(0.56), pct(0.0016)], none)).toMatchObject({ fractions: false });
    // 95 per cent beside 0.93 and 0.96: fractions typed without their format, as before.
    expect(decideStorage([pct(0.95), plain(0.93), plain(0.96)], none)).toMatchObject({
      fractions: true,
      guessed: false,
    });
    // Noughts say nothing of the scale: beside 0 %, 0.5 is a fraction as before.
    expect(decideStorage([pct(0), plain(0.5)], none)).toMatchObject({ fractions: true, guessed: false });
  });

  it('takes a unit written "(%)" as points before looking at the figures, and says so when all are within 0–1', () => {
    expect(decideStorage([plain(96), plain(0.85)], { labelSaysPercent: true })).toEqual({
      fractions: false,
      guessed: false,
      basis: 'label',
    });
    expect(decideStorage([plain(0.96), plain(0.85)], { labelSaysPercent: true })).toEqual({
      fractions: false,
      guessed: true,
      basis: 'label',
    });
    expect(decideStorage([plain(0), plain(1)], { labelSaysPercent: true })).toMatchObject({ guessed: false });
  });

  it("follows the table's other rows when the figures alone cannot tell, and says it guessed", () => {
    expect(decideStorage([plain(0.96), plain(0.85)], { labelSaysPercent: false, table: () => 'points' })).toEqual({
      fractions: false,
      guessed: true,
      basis: 'table',
    });
  });

  it('falls back to fractions with a guess only when nothing else tells', () => {
    expect(decideStorage([plain(0.96), plain(0.85)], { labelSaysPercent: false, table: () => null })).toEqual({
      fractions: true,
      guessed: true,
      basis: 'default',
    });
  });

  it('asks about the table only when it must', () => {
    const table = jest.fn(() => 'points' as const);
    decideStorage([plain(92.7), plain(0.5)], { labelSaysPercent: false, table });
    expect(table).not.toHaveBeenCalled();
  });

  it('decides a row the same whatever order its values come in', () => {
    const cell = fc.record({
      value: fc.oneof(
        fc.double({ min: 0, max: 1.5, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.constantFrom(0, 1),
      ),
      percentFormat: fc.boolean(),
      literalPercent: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(cell, { maxLength: 8 }),
        fc.boolean(),
        fc.constantFrom<'points' | null>('points', null),
        fc.func(fc.integer()),
        (cells, label, table, order) => {
          const shuffled = [...cells].sort((a, b) => order(a) - order(b));
          const context = { labelSaysPercent: label, table: () => table };
          expect(decideStorage(shuffled, context)).toEqual(decideStorage(cells, context));
        },
      ),
    );
  });
});

describe('labelSaysPercent', () => {
  it.each([
    ['Rent lost through vacant dwellings (%)', true],
    ['Council tax collected (per cent)', true],
    ['%', true],
    ['Per cent', true],
    ['% of household waste recycled', false],
    ['Number of households', false],
  ])('%p → %p', (text, says) => {
    expect(labelSaysPercent(text)).toBe(says);
  });
});
