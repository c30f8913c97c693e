/**
 * Northumberland's children's social care measures state no polarity but carry the council's own
 * colours. Where the polarity the name suggests gives another colour than the sheet's, and the other
 * polarity gives exactly the sheet's, the sheet's colour settles it. Worked out by hand first.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue, SheetGrid } from '../../../src/core/values/types';

const sheet = (rows: readonly (readonly RawValue[])[]): SheetGrid => ({
  name: "Children's Social Care",
  values: [['Measure', 'Target', '2023/24', 'Performance'], ...rows.map((r) => [...r])],
});

describe("a polarity read from the sheet's own RAG", () => {
  it('takes the polarity that gives the sheet’s colour, in place of the guess, and says so', () => {
    // "Referrals per 10,000": no word decides, so higher by default. 420 against 500 is red if higher
    // is better (more than 10 % short, where no council's green reaches), green if lower; the sheet says Green.
    const r = buildReport(
      [sheet([['Referrals to children’s social care per 10,000 children', 500, 420, 'Green']])],
      parseConfig({}),
    );
    expect(r.items.map((i) => [i.indicator.polarity, i.rating.rag])).toEqual([['lower', 'green']]);
    const codes = r.issues.map((i) => i.code);
    expect(codes).toContain('polarity-from-sheet-rag');
    expect(codes).not.toContain('polarity-assumed');
    expect(codes).not.toContain('rag-disagrees');
    const said = r.issues.find((i) => i.code === 'polarity-from-sheet-rag')!;
    expect([said.sheet, said.cell]).toEqual(["Children's Social Care", 'D2']);
    expect(said.message).toContain('the sheet rates it Green, as it is only if lower is better');
  });

  it('takes it from a red beside a figure better than its target by the guess', () => {
    // 540 against 500: green if higher is better; red if lower (500 × 1.05 = 525 < 540); the sheet says Red.
    const r = buildReport(
      [sheet([['Referrals to children’s social care per 10,000 children', 500, 540, 'Red']])],
      parseConfig({}),
    );
    expect(r.items.map((i) => [i.indicator.polarity, i.rating.rag])).toEqual([['lower', 'red']]);
  });

  it('keeps the guess where a near miss is green, as in a council that rates green within a margin', () => {
    // Cheshire West and Chester's "On target" for 441 tenancies sustained against 450 (2 % short).
    const r = buildReport(
      [sheet([['Number of tenancies sustained for 12 months', 450, 441, 'On target']])],
      parseConfig({}),
    );
    expect(r.items.map((i) => [i.indicator.polarity, i.rating.rag])).toEqual([['higher', 'amber']]);
    expect(r.issues.map((i) => i.code)).toEqual(expect.arrayContaining(['polarity-assumed', 'rag-disagrees']));
  });

  it('keeps the guess, and warns of the disagreement, where neither polarity gives the sheet’s colour', () => {
    // 75 against 73: green if higher, amber if lower (73 × 1.05 = 76.65); the sheet says Red.
    const r = buildReport(
      [sheet([['Referrals to children’s social care per 10,000 children', 73, 75, 'Red']])],
      parseConfig({}),
    );
    expect(r.items.map((i) => [i.indicator.polarity, i.rating.rag])).toEqual([['higher', 'green']]);
    const codes = r.issues.map((i) => i.code);
    expect(codes).toContain('polarity-assumed');
    expect(codes).toContain('rag-disagrees');
    expect(codes).not.toContain('polarity-from-sheet-rag');
  });

  it('keeps a polarity a word of the name gives, and warns of the disagreement', () => {
    // Bracknell's EHCPs issued within 20 weeks: 43 % against 50 %, which the council published Green.
    // "Within 20 weeks" says higher is better: 43 < 50 × 0.95 = 47.5 is red, whatever the sheet says.
    const r = buildReport(
      [sheet([['Percentage of EHCPs issued within 20 weeks (%)', 50, 43, 'Green']])],
      parseConfig({}),
    );
    expect(r.items.map((i) => [i.indicator.polarity, i.rating.rag])).toEqual([['higher', 'red']]);
    const codes = r.issues.map((i) => i.code);
    expect(codes).toContain('rag-disagrees');
    expect(codes).not.toContain('polarity-from-sheet-rag');
  });

  it('never overrides a polarity the sheet states', () => {
    const stated: SheetGrid = {
      name: 'S',
      values: [
        ['Measure', 'Polarity', 'Target', '2023/24', 'Performance'],
        ['Referrals per 10,000 children', 'Higher', 500, 480, 'Green'],
      ],
    };
    const r = buildReport([stated], parseConfig({}));
    expect(r.items.map((i) => [i.indicator.polarity, i.rating.rag])).toEqual([['higher', 'amber']]);
    expect(r.issues.map((i) => i.code)).toContain('rag-disagrees');
  });
});
