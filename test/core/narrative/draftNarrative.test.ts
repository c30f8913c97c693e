import fc from 'fast-check';
import { draftNarrative } from '../../../src/core/narrative/draftNarrative';
import { lowerFirst, subject } from '../../../src/core/narrative/phrases';
import { rateIndicator } from '../../../src/core/rating/rateIndicator';
import type { HouseStyle, Indicator, RatedIndicator } from '../../../src/core/types';
import { makeIndicator, measure, Q, quarters } from '../../helpers/makeIndicator';
import { untracedNumbers } from '../../helpers/numbersInText';

const style: HouseStyle = { percent: 'per cent', decimals: 1, smallNumber: 20 };
const NOW = Q(2021, 2);
const rated = (inds: Indicator[]): RatedIndicator[] => inds.map((indicator) => ({ indicator, rating: rateIndicator(indicator, NOW, { amberRule: 'tolerance', decimals: () => 1 }) }));

describe('draftNarrative', () => {
  const assessments = makeIndicator({ id: 'CS01', name: '% of assessments completed within 45 working days', values: [85, 86, 88, 89.5, 92.7], target: 90, section: 'Assessment' });
  const rereferrals = makeIndicator({ id: 'CS02', name: 'Re-referrals within 12 months', polarity: 'lower', values: [20, 19, 21, 16.2, 22.4], target: 18, row: 5, section: 'Front Door' });
  const visits = makeIndicator({ id: 'CS05', name: 'Child protection visits within 10 working days', values: [80, 86], target: 90, row: 6, section: 'Child Protection' });
  const inCare = makeIndicator({ id: 'CS09', name: 'Number of children in care', polarity: 'none', unit: 'count', values: [284, 270, 278], target: null, row: 7, section: 'Children in Care' });
  const missing = makeIndicator({ id: 'CS10', name: 'Health assessments on time', values: [80, null], target: 90, row: 8, section: 'Children in Care' });
  const annual = makeIndicator({ id: 'CS11', name: 'Care leavers in education, employment or training', values: [55, null, null], target: 60, frequency: 'annual', row: 9, section: 'Care Leavers' });
  const items = rated([assessments, rereferrals, visits, inCare, missing, annual]);
  const n = draftNarrative(items, NOW, style);

  it('opens with the counts and names what has no data', () => {
    expect(n.summary[0].text).toBe(
      'This report covers Q2 2021/22 (July to September 2021). Of the 6 indicators in the scorecard, 3 were rated against a target: 1 green, 1 amber and 1 red. 1 measure is reported for context without a target. Data is not available for 1 indicator this period: Health assessments on time. 1 indicator is reported annually: Care leavers in education, employment or training.',
    );
  });

  it('says what is performing well with value, target and the comparison that matters', () => {
    expect(n.performingWell.map((i) => i.text)).toEqual([
      'The percentage of assessments completed within 45 working days (CS01) was 92.7 per cent in Q2 2021/22, above the target of 90 per cent, an improvement on 89.5 per cent in Q1 2021/22 and on 85 per cent at the same point last year.',
    ]);
  });

  it('puts red before amber within each section, in scorecard order', () => {
    expect(n.areasForFocus.map((i) => [i.indicatorId, i.rag])).toEqual([['CS02', 'red'], ['CS05', 'amber']]);
    expect(n.areasForFocus[0].text).toBe('Re-referrals within 12 months (CS02) stood at 22.4 per cent in Q2 2021/22, above the target of 18 per cent, worse than both 16.2 per cent in Q1 2021/22 and 20 per cent at the same point last year.');
    expect(n.areasForFocus[1].text).toContain('just below the target of 90 per cent');
  });

  it('reports context measures with their trend and no judgement', () => {
    expect(n.context[0].text).toBe('The number of children in care (CS09) was 278 in Q2 2021/22, an increase from 270 in Q1 2021/22.');
  });

  it('explains missing data and annual reporting', () => {
    expect(n.noData.map((i) => i.text)).toEqual([
      'Data for health assessments on time (CS10) is not available for Q2 2021/22: no figure has been entered (G9).',
      'Care leavers in education, employment or training (CS11) is reported annually; the latest figure, for Q4 2020/21, was 55 per cent.',
    ]);
  });

  it('cites the cell behind every number', () => {
    expect(n.performingWell[0].cells.map((c) => c.cell)).toEqual(['J5', 'E5', 'I5', 'F5']);
  });

  it('groups the text by section under headings', () => {
    expect(n.text).toContain('Areas for focus\n\nFront Door\n• Re-referrals');
    expect(n.text).toContain('\nChild Protection\n• Child protection visits');
  });

  it('follows the house style for percentages', () => {
    const pct = draftNarrative(items, NOW, { ...style, percent: '%' });
    expect(pct.performingWell[0].text).toContain('was 92.7% in Q2 2021/22, above the target of 90%');
  });

  it('reads a name ending "(%)" as the percentage of it, and leaves other brackets alone', () => {
    const pct = makeIndicator({ id: 'CS04', name: 'Re-referrals within 12 months (%)', unit: 'percentage', polarity: 'lower', values: [22, 18], target: 20 });
    expect(subject(pct).text).toBe('The percentage of re-referrals within 12 months (CS04)');
    expect(subject({ ...pct, name: 'Persistent absence (% of pupils)' }).text).toBe('Persistent absence (% of pupils) (CS04)');
    expect(subject({ ...pct, unit: 'count', name: 'Re-referrals (%)' }).text).toBe('Re-referrals (%) (CS04)');
  });

  it("quotes the service's commentary after the figures, cited to its cell", () => {
    const withNote = { ...makeIndicator({ id: 'CS07', name: 'Conferences within 15 days (%)', unit: 'percentage', polarity: 'higher', values: [80.4, 71.2], target: 90 }), commentary: { text: 'Two agency chairs start in October', cell: 'O14' } };
    const [item] = draftNarrative(rated([withNote]), NOW, style).areasForFocus;
    expect(item.text).toMatch(/ in Q1 2021\/22\. The service comments: “Two agency chairs start in October\.”$/);
    expect(item.cells).toContainEqual(expect.objectContaining({ cell: 'O14', value: 'Two agency chairs start in October' }));
    const annual = { ...withNote, values: withNote.values.map((v, i) => (i === 1 ? { ...v, measure: { ...v.measure, value: null, noData: { reason: 'blank' as const, shown: '' } } } : v)) };
    const [missing] = draftNarrative(rated([annual]), NOW, style).noData;
    expect(missing.text).toMatch(/\. The service comments: “Two agency chairs start in October\.”$/);
  });

  it('gives a rate its base once, with the first figure', () => {
    const rate = { ...makeIndicator({ id: 'CS12', name: 'Children in need', unit: 'rate', polarity: 'lower', values: [340, 345.2], target: 330 }), rateBase: '10,000 children' };
    const [item] = draftNarrative(rated([rate]), NOW, style).areasForFocus;
    expect(item.text).toBe('Children in need (CS12) stood at 345.2 per 10,000 children in Q2 2021/22, just above the target of 330, worse than 340 in Q1 2021/22.');
  });

  it('gives counts and a caveat when numbers are small', () => {
    const small = { ...visits, numerator: measure(5, 11, 6), denominator: measure(7, 12, 6) };
    const [item] = draftNarrative(rated([small]), NOW, style).areasForFocus;
    expect(item.text).toContain('(5 of 7: with numbers this small, a single case moves the figure considerably)');
  });

  it('compares with benchmarks through polarity', () => {
    const withBench = { ...assessments, benchmarks: [{ kind: 'statisticalNeighbours' as const, label: 'Stat neighbours', period: { ...Q(2020, 4), kind: 'year' as const, label: '2020/21' }, measure: measure(88.4, 9) }] };
    const [item] = draftNarrative(rated([withBench]), NOW, style).performingWell;
    expect(item.text).toContain('; this is better than the statistical neighbour average of 88.4 per cent (2020/21).');
  });

  it('compares with two benchmarks in one clause, giving a shared period once', () => {
    const year = (label: string, y: number) => ({ ...Q(y, 4), kind: 'year' as const, label });
    const bench = (kind: 'statisticalNeighbours' | 'england', label: string, value: number, col: number, period = year('2020/21', 2020)) => ({ kind, label, period, measure: measure(value, col) });
    const text = (benchmarks: ReturnType<typeof bench>[]) => draftNarrative(rated([{ ...assessments, benchmarks }]), NOW, style).performingWell[0].text;
    expect(text([bench('statisticalNeighbours', 'SN', 88.4, 9), bench('england', 'England', 90.1, 10)])).toContain(
      '; this is better than both the statistical neighbour average of 88.4 per cent and the England average of 90.1 per cent (both 2020/21).',
    );
    expect(text([bench('statisticalNeighbours', 'SN', 88.4, 9), bench('england', 'England', 95.5, 10)])).toContain(
      '; this is better than the statistical neighbour average of 88.4 per cent but worse than the England average of 95.5 per cent (both 2020/21).',
    );
    expect(text([bench('statisticalNeighbours', 'SN', 88.4, 9), bench('england', 'England', 95.5, 10, year('2019/20', 2019))])).toContain(
      '; this is better than the statistical neighbour average of 88.4 per cent (2020/21) but worse than the England average of 95.5 per cent (2019/20).',
    );
  });
});

describe('narrative invariants', () => {
  const arbIndicator = fc.record({
    polarity: fc.constantFrom<'higher' | 'lower' | 'none'>('higher', 'lower', 'none'),
    unit: fc.constantFrom<'percentage' | 'count' | 'days' | 'rate'>('percentage', 'count', 'days', 'rate'),
    values: fc.array(fc.option(fc.integer({ min: 0, max: 100000 }).map((x) => x / 100), { nil: null, freq: 5 }), { minLength: 1, maxLength: 6 }),
    target: fc.option(fc.integer({ min: 0, max: 10000 }).map((x) => x / 100), { nil: null }),
    scale: fc.constantFrom(1, 100),
  });

  it('never prints a number that is not in a cell (up to rounding)', () => {
    fc.assert(
      fc.property(fc.array(arbIndicator, { minLength: 1, maxLength: 8 }), (specs) => {
        const inds = specs.map((s, i) => makeIndicator({ ...s, id: `PI${i + 1}`, name: `Indicator ${i + 1} within 15 days`, row: 4 + i, scale: s.unit === 'percentage' ? s.scale : 1 }));
        const n = draftNarrative(rated(inds), NOW, style);
        const allowed = [...inds.flatMap((i) => [i.name, subject(i).text]), ...quarters(8).map((p) => p.label), 'July to September 2021', '10,000'];
        for (const item of [...n.performingWell, ...n.areasForFocus, ...n.context, ...n.noData]) {
          const here = [...allowed, ...inds.map((i) => lowerFirst(subject(i).text)), ...item.cells.map((c) => c.cell)];
          expect([item.text, untracedNumbers(item, here)]).toEqual([item.text, []]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('places every printed figure in its sentence, at the cell it came from', () => {
    fc.assert(
      fc.property(fc.array(arbIndicator, { minLength: 1, maxLength: 8 }), (specs) => {
        // Names full of numbers, to tempt the search: the figures are placed after the name.
        const inds = specs.map((s, i) => makeIndicator({ ...s, id: `PI${i + 1}`, name: `Indicator ${i + 1} within 15 days of 2 visits`, row: 4 + i, scale: s.unit === 'percentage' ? s.scale : 1 }));
        const n = draftNarrative(rated(inds), NOW, style);
        for (const item of [...n.performingWell, ...n.areasForFocus, ...n.context, ...n.noData]) {
          const nameEnds = item.text.indexOf(`(${item.indicatorId})`) + `(${item.indicatorId})`.length;
          for (const c of item.cells) {
            if (c.shown === undefined) continue;
            expect([item.text, c.shown, c.offset]).toEqual([item.text, c.shown, expect.any(Number)]);
            expect(item.text.slice(c.offset, c.offset! + c.shown.length)).toBe(c.shown);
            expect(c.offset!).toBeGreaterThanOrEqual(nameEnds);
          }
          const offsets = item.cells.flatMap((c) => (c.offset === undefined ? [] : [c.offset]));
          expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same text for the same input', () => {
    fc.assert(
      fc.property(fc.array(arbIndicator, { minLength: 1, maxLength: 5 }), (specs) => {
        const inds = () => specs.map((s, i) => makeIndicator({ ...s, id: `PI${i + 1}`, row: 4 + i }));
        expect(draftNarrative(rated(inds()), NOW, style).text).toBe(draftNarrative(rated(inds()), NOW, style).text);
      }),
      { numRuns: 50 },
    );
  });
});
