import fc from 'fast-check';
import { draftNarrative } from '../../../src/core/narrative/draftNarrative';
import { lowerFirst, subject } from '../../../src/core/narrative/phrases';
import { rateIndicator } from '../../../src/core/rating/rateIndicator';
import type { HouseStyle } from '../../../src/core/config/types';
import type { Indicator } from '../../../src/core/indicators/types';
import type { RatedIndicator } from '../../../src/core/rating/types';
import { makeIndicator, measure, Q, quarters } from '../../helpers/makeIndicator';
import { untracedNumbers } from '../../helpers/numbersInText';

const style: HouseStyle = { percent: 'per cent', decimals: 1, smallNumber: 20 };
const NOW = Q(2021, 2);
const rated = (inds: Indicator[]): RatedIndicator[] =>
  inds.map((indicator) => ({
    indicator,
    rating: rateIndicator(indicator, NOW, { amberRule: 'tolerance', decimals: () => 1 }),
  }));

describe('draftNarrative', () => {
  const assessments = makeIndicator({
    id: 'CS01',
    name: '% of assessments completed within 45 working days',
    values: [85, 86, 88, 89.5, 92.7],
    target: 90,
    section: 'Assessment',
  });
  const rereferrals = makeIndicator({
    id: 'CS02',
    name: 'Re-referrals within 12 months',
    polarity: 'lower',
    values: [20, 19, 21, 16.2, 22.4],
    target: 18,
    row: 5,
    section: 'Front Door',
  });
  const visits = makeIndicator({
    id: 'CS05',
    name: 'Child protection visits within 10 working days',
    values: [80, 86],
    target: 90,
    row: 6,
    section: 'Child Protection',
  });
  const inCare = makeIndicator({
    id: 'CS09',
    name: 'Number of children in care',
    polarity: 'none',
    unit: 'count',
    values: [284, 270, 278],
    target: null,
    row: 7,
    section: 'Children in Care',
  });
  const missing = makeIndicator({
    id: 'CS10',
    name: 'Health assessments on time',
    values: [80, null],
    target: 90,
    row: 8,
    section: 'Children in Care',
  });
  const annual = makeIndicator({
    id: 'CS11',
    name: 'Care leavers in education, employment or training',
    values: [55, null, null],
    target: 60,
    frequency: 'annual',
    row: 9,
    section: 'Care Leavers',
  });
  const items = rated([assessments, rereferrals, visits, inCare, missing, annual]);
  const n = draftNarrative(items, NOW, style);

  it('opens with the counts and names what has no data', () => {
    expect(n.summary[0].text).toBe(
      'In July to September 2021, 3 of the 6 indicators were rated against a target: 1 green, 1 amber and 1 red. One more is a context measure without a target. ' +
        'Compared with last quarter, 2 improved and 1 declined; compared with a year earlier, 1 improved and 1 declined. ' +
        'Proportionally, the largest improvement on last quarter was in child protection visits within 10 working days, up 6 percentage points to 86 per cent. ' +
        'The one decline on last quarter was in re-referrals within 12 months, up 6.2 percentage points to 22.4 per cent. ' +
        'Data is currently unavailable for 1 indicator, and 1 is reported annually.',
    );
    // The movements cite the cells they are worked out from: the earlier figure and the one printed.
    expect(n.summary[0].cells.map((c) => [c.cell, c.shown])).toEqual([
      ['F7', undefined],
      ['G7', '86 per cent'],
      ['I6', undefined],
      ['J6', '22.4 per cent'],
    ]);
  });

  it('says which of the indicators are context measures when none was rated, not "a further" few', () => {
    const opening = draftNarrative(rated([inCare, missing]), NOW, style).summary[0].text;
    expect(opening).toMatch(
      /^In July to September 2021, neither indicator was rated against a target\. Of these, 1 is a context measure without a target\. /,
    );
    const two = draftNarrative(rated([inCare, { ...inCare, id: 'CS12', row: 12 }]), NOW, style).summary[0].text;
    expect(two).toMatch(/neither indicator was rated against a target\. Both are context measures without a target\./);
    const three = draftNarrative(rated([inCare, missing, { ...inCare, id: 'CS12', row: 12 }]), NOW, style).summary[0]
      .text;
    expect(three).toMatch(/none of the 3 indicators was rated against a target\./);
    // Mole Valley's one data-only measure: not "none of the 1 indicator".
    expect(draftNarrative(rated([inCare]), NOW, style).summary[0].text).toMatch(
      /^In July to September 2021, the one indicator was not rated against a target\. It is a context measure without a target\./,
    );
  });

  it('weighs in proportion only figures on the same side of nought as the one before', () => {
    // A budget variance from a £1,250k underspend (-1,250) to a £420k overspend has no proportion of
    // its earlier figure (1,670 of -1,250 is no "134 per cent" decline); FOI 88.4 → 85 per cent is
    // the largest decline that has one, and the sentence still says "proportionally", as two declined.
    const variance = makeIndicator({
      id: 'FIN01',
      name: 'Forecast revenue outturn variance against net budget',
      polarity: 'lower',
      unit: 'count',
      values: [-1250, 420],
      target: 0,
      row: 7,
    });
    const foi = makeIndicator({
      id: 'CS01',
      name: '% of FOI requests responded to within 20 working days',
      values: [88.4, 85],
      target: 90,
      row: 8,
    });
    const summary = draftNarrative(rated([variance, foi]), NOW, style).summary[0].text;
    expect(summary).toContain(
      'Proportionally, the largest decline on last quarter was in FOI requests responded to within 20 working days, down 3.4 percentage points to 85 per cent.',
    );
    expect(summary).not.toContain('variance');
    // The one that declined is said, though it crossed nought: the sentence claims no proportion.
    expect(draftNarrative(rated([variance]), NOW, style).summary[0].text).toContain(
      'The one decline on last quarter was in forecast revenue outturn variance against net budget, up 1,670 to 420.',
    );
  });

  it('does not weigh a share of a handful of cases for the largest movement', () => {
    // Adopted within 18 months: 40 per cent (2 of 5) to 75 per cent (3 of 4), one child, 35 points.
    // Visits within 10 working days: 80 to 86 per cent, of hundreds. The largest improvement worth
    // the name is the visits'; the adoptions still count among those that improved.
    const adoptions = {
      ...makeIndicator({ id: 'CS10', name: '% of children adopted within 18 months', values: [40, 75], target: 60 }),
      numerator: measure(3, 11, 6),
      denominator: measure(4, 12, 6),
    };
    const many = { ...visits, numerator: measure(258, 11, 7), denominator: measure(300, 12, 7) };
    const summary = draftNarrative(rated([adoptions, many]), NOW, style).summary[0].text;
    expect(summary).toContain('Compared with last quarter, 2 improved.');
    expect(summary).toContain(
      'Proportionally, the largest improvement on last quarter was in child protection visits within 10 working days, up 6 percentage points to 86 per cent.',
    );
    // Where it is the one that improved, it is said: "the one", which claims no size.
    expect(draftNarrative(rated([adoptions]), NOW, style).summary[0].text).toContain(
      'The one improvement on last quarter was in children adopted within 18 months',
    );
  });

  it('says "all", "both" or "the one" when every indicator was rated, not "4 of the 4"', () => {
    const opening = (inds: Indicator[]) => draftNarrative(rated(inds), NOW, style).summary[0].text;
    expect(opening([assessments, rereferrals, visits])).toMatch(
      /^In July to September 2021, all 3 indicators were rated against a target: 1 green, 1 amber and 1 red\. /,
    );
    expect(opening([assessments, rereferrals])).toMatch(/^In July to September 2021, both indicators were rated /);
    expect(opening([assessments])).toMatch(
      /^In July to September 2021, the one indicator was rated against a target: 1 green\. /,
    );
  });

  it('names every red with its figure and target, and lists the indicators under their ratings', () => {
    expect(n.reds.map((i) => i.text)).toEqual([
      'Re-referrals within 12 months (CS02): 22.4 per cent against a target of 18 per cent.',
    ]);
    expect(n.ragSummary).toEqual({
      green: ['Assessments completed within 45 working days'],
      amber: ['Child protection visits within 10 working days'],
      red: ['Re-referrals within 12 months'],
      unavailable: 1,
      annual: 1,
      notDue: 0,
    });
    expect(n.text).toContain(
      'RAG summary\nGreen (1): Assessments completed within 45 working days\nAmber (1): Child protection visits within 10 working days\nRed (1): Re-referrals within 12 months\nData currently unavailable: 1\nReported annually: 1\n',
    );
  });

  it('says what is performing well with value, target and the comparison that matters', () => {
    expect(n.performingWell.map((i) => i.text)).toEqual([
      'Assessments completed within 45 working days (CS01) stood at 92.7 per cent, above the target of 90 per cent. That is better than 89.5 per cent last quarter and 85 per cent a year earlier.',
    ]);
  });

  it('puts red before amber within each section, in scorecard order', () => {
    expect(n.areasForFocus.map((i) => [i.indicatorId, i.rag])).toEqual([
      ['CS02', 'red'],
      ['CS05', 'amber'],
    ]);
    expect(n.areasForFocus[0].text).toBe(
      'Re-referrals within 12 months (CS02) stood at 22.4 per cent, above the target of 18 per cent. That is worse than 16.2 per cent last quarter and 20 per cent a year earlier.',
    );
    expect(n.areasForFocus[1].text).toContain('just below the target of 90 per cent');
  });

  it('reports context measures with their trend and no judgement', () => {
    expect(n.context[0].text).toBe('Children in care (CS09) stood at 278. That is up from 270 last quarter.');
  });

  it('explains missing data and annual reporting', () => {
    expect(n.noData.map((i) => i.text)).toEqual([
      'There is no figure for health assessments on time (CS10): nothing has been entered in G9. The latest, for Q1 2021/22, was 80 per cent.',
      'There is no figure this period for care leavers in education, employment or training (CS11), which is reported annually. The latest, for Q4 2020/21, was 55 per cent.',
    ]);
  });

  it('cites the cell behind every number', () => {
    expect(n.performingWell[0].cells.map((c) => c.cell)).toEqual(['J5', 'E5', 'I5', 'F5']);
  });

  it('groups the text by section under headings', () => {
    expect(n.text).toContain('Areas for focus\n\nFront Door\nRe-referrals');
    expect(n.text).toContain('\nChild Protection\nChild protection visits');
    // A briefing: one bulleted line per indicator, value against target and the trend, no commentary.
    const briefing = draftNarrative(items, NOW, style, 'briefing');
    expect(briefing.text).toContain(
      'Performing well\n\nAssessment\n• Assessments completed within 45 working days (CS01): 92.7 per cent against a target of 90 per cent. That is better than 89.5 per cent last quarter and 85 per cent a year earlier.\n',
    );
    // Exceptions: only red and amber.
    const exceptions = draftNarrative(items, NOW, style, 'exceptions');
    expect([exceptions.performingWell, exceptions.context, exceptions.noData]).toEqual([[], [], []]);
    expect(exceptions.areasForFocus.map((i) => i.indicatorId)).toEqual(['CS02', 'CS05']);
    expect(exceptions.text).not.toContain('Performing well');
  });

  it('follows the house style for percentages', () => {
    const pct = draftNarrative(items, NOW, { ...style, percent: '%' });
    expect(pct.performingWell[0].text).toContain('stood at 92.7%, above the target of 90%');
  });

  it('makes a short subject: units, codes and leads out, the reference once in one bracket', () => {
    const pct = makeIndicator({
      id: 'CS04',
      name: 'Re-referrals within 12 months (%)',
      unit: 'percentage',
      polarity: 'lower',
      values: [22, 18],
      target: 20,
    });
    expect(subject(pct).text).toBe('Re-referrals within 12 months (CS04)');
    expect(subject({ ...pct, name: '% of assessments completed within 45 working days' }).text).toBe(
      'Assessments completed within 45 working days (CS04)',
    );
    expect(subject({ ...pct, name: 'Persistent absence (% of pupils)' }).text).toBe('Persistent absence (CS04)');
    expect(subject({ ...pct, id: 'PL03', name: 'Household waste recycled (NI 192) (PL03)' }).text).toBe(
      'Household waste recycled (PL03)',
    );
    expect(subject({ ...pct, id: 'S!4', name: 'Household waste recycled (NI 192)' }).text).toBe(
      'Household waste recycled (NI 192)',
    );
    expect(subject({ ...pct, id: 'CH04', unit: 'money', name: 'Net cost of the service (£000s) (CH04)' }).text).toBe(
      'Net cost of the service (CH04)',
    );
    expect(subject({ ...pct, unit: 'count', name: 'Number of children in care' }).text).toBe('Children in care (CS04)');
    // A name written as an aim with its target, as an annual appendix has it: the figure and target say the rest.
    expect(subject({ ...pct, name: 'Reduce % of calls lost to 5%' }).text).toBe('Calls lost (CS04)');
    expect(subject({ ...pct, unit: 'count', name: 'Increase the number of apprenticeships to 50' }).text).toBe(
      'Apprenticeships (CS04)',
    );
    expect(subject({ ...pct, name: 'Reduce the rate of re-offending' }).text).toBe(
      'Reduce the rate of re-offending (CS04)',
    );
    expect(subject({ ...pct, name: 'EHC plans issued within 20 weeks (excluding exceptions)' }).text).toBe(
      'EHC plans issued within 20 weeks (excluding exceptions; CS04)',
    );
    expect(
      subject({
        ...pct,
        unit: 'rate',
        rateBase: '10,000 children',
        name: 'Rate of children in need per 10,000 children',
      }).text,
    ).toBe('Children in need (CS04)');
    expect(subject({ ...pct, shortName: 'Re-referrals' }).text).toBe('Re-referrals (CS04)');
    // An age range in a bracket is part of the name, not a code; a comma before the rate's base goes with it.
    expect(
      subject({
        ...pct,
        id: 'ASC!16',
        unit: 'rate',
        rateBase: '100,000 population',
        name: 'Long-term support needs of younger adults (aged 18-64) met by admission to care homes, per 100,000 population',
      }).text,
    ).toBe('Long-term support needs of younger adults (aged 18-64) met by admission to care homes');
    expect(subject({ ...pct, id: 'S!4', name: 'Pupils achieving the standard (Years 7-11)' }).text).toBe(
      'Pupils achieving the standard (Years 7-11)',
    );
    // A bracket stating the polarity (Rotherham's, Wandsworth's) is the sheet's note on how to read the figure.
    expect(
      subject({ ...pct, id: 'H!6', name: 'Homes not meeting the Decent Homes Standard (Lower is better)' }).text,
    ).toBe('Homes not meeting the Decent Homes Standard');
    expect(subject({ ...pct, id: 'W!5', name: 'Missed collections per 100,000 (Minimise)' }).text).toBe(
      'Missed collections per 100,000',
    );
    expect(subject({ ...pct, id: 'R!7', name: 'Incidents by risk level (High)' }).text).toBe(
      'Incidents by risk level (High)',
    );
    // A footnote's mark (Rotherham's "well maintained*") points to a note the report does not carry.
    expect(subject({ ...pct, id: 'H!7', name: 'Tenants satisfied their home is well maintained*' }).text).toBe(
      'Tenants satisfied their home is well maintained',
    );
    expect(subject({ ...pct, id: 'H!8', name: 'Repairs completed right first time †' }).text).toBe(
      'Repairs completed right first time',
    );
    // Or before it: an early help report marks "measures where new reporting arrangements are in place" so.
    expect(subject({ ...pct, id: 'E!5', name: '*Early Help Contacts during the reporting month' }).text).toBe(
      'Early Help Contacts during the reporting month',
    );
  });

  it("quotes the service's commentary after the figures, cited to its cell", () => {
    const withNote = {
      ...makeIndicator({
        id: 'CS07',
        name: 'Conferences within 15 days (%)',
        unit: 'percentage',
        polarity: 'higher',
        values: [80.4, 71.2],
        target: 90,
      }),
      commentary: { text: 'Two agency chairs start in October', cell: 'O14' },
    };
    const [item] = draftNarrative(rated([withNote]), NOW, style).areasForFocus;
    expect(item.text).toMatch(/ last quarter\. Service comment: “Two agency chairs start in October\.”$/);
    expect(item.cells).toContainEqual(
      expect.objectContaining({ cell: 'O14', value: 'Two agency chairs start in October' }),
    );
    const annual = {
      ...withNote,
      values: withNote.values.map((v, i) =>
        i === 1 ? { ...v, measure: { ...v.measure, value: null, noData: { reason: 'blank' as const, shown: '' } } } : v,
      ),
    };
    const [missing] = draftNarrative(rated([annual]), NOW, style).noData;
    expect(missing.text).toMatch(/\. Service comment: “Two agency chairs start in October\.”$/);
    // Placeholders and a word or two are not quoted.
    for (const said of ['Context measure', 'N/A', 'Monitoring only.', 'See above', 'Provisional']) {
      const [plain] = draftNarrative(
        rated([{ ...withNote, commentary: { text: said, cell: 'O14' } }]),
        NOW,
        style,
      ).areasForFocus;
      expect([said, plain.text]).toEqual([said, expect.not.stringContaining('Service comment')]);
    }
  });

  it("follows a red's sentence with its actions, and an amber's only in an exceptions report", () => {
    const withActions = {
      ...makeIndicator({ id: 'CS07', name: 'Conferences within 15 days', values: [80.4, 71.2], target: 90 }),
      actions: { text: 'Two agency chairs start in October', cell: 'P14' },
    };
    const amber = {
      ...withActions,
      id: 'CS08',
      values: withActions.values.map((v, i) => (i === 1 ? { ...v, measure: { ...v.measure, value: 88 } } : v)),
    };
    const committee = draftNarrative(rated([withActions, amber]), NOW, style);
    expect(committee.areasForFocus[0].text).toMatch(/\. Action: “Two agency chairs start in October\.”$/);
    expect(committee.areasForFocus[0].cells).toContainEqual(expect.objectContaining({ cell: 'P14' }));
    expect(committee.areasForFocus[1].text).not.toContain('Action');
    const exceptions = draftNarrative(rated([withActions, amber]), NOW, style, 'exceptions');
    expect(exceptions.areasForFocus[1].text).toMatch(/\. Action: “Two agency chairs start in October\.”$/);
  });

  it('gives a rate its base once, with the first figure', () => {
    const rate = {
      ...makeIndicator({
        id: 'CS12',
        name: 'Children in need',
        unit: 'rate',
        polarity: 'lower',
        values: [340, 345.2],
        target: 330,
      }),
      rateBase: '10,000 children',
    };
    const [item] = draftNarrative(rated([rate]), NOW, style).areasForFocus;
    expect(item.text).toBe(
      'Children in need (CS12) stood at 345.2 per 10,000 children, just above the target of 330 per 10,000. That is worse than 340 per 10,000 last quarter.',
    );
  });

  it('gives counts and a caveat when numbers are small', () => {
    const small = { ...visits, numerator: measure(5, 11, 6), denominator: measure(7, 12, 6) };
    const [item] = draftNarrative(rated([small]), NOW, style).areasForFocus;
    expect(item.text).toContain(
      'Child protection visits within 10 working days (CS05) stood at 86 per cent (5 of 7). It is just below the target of 90 per cent.',
    );
    // Within 20 words, value and target share a sentence (as in 'says what is performing well' above).
    // Value, counts and target would run past 20 words: the target gets a sentence of its own.
    const long = {
      ...small,
      name: '% of child protection visits completed within 10 working days of the strategy discussion or conference',
    };
    expect(draftNarrative(rated([long]), NOW, style).areasForFocus[0].text).toContain(
      'Child protection visits completed within 10 working days of the strategy discussion or conference (CS05) stood at 86 per cent (5 of 7). It is just below the target of 90 per cent.',
    );
    expect(item.text).toContain('With numbers this small, one case moves the figure considerably.');
    // A stock caveat at most twice in a report, each way of saying it: then a word in the bracket.
    const many = Array.from({ length: 6 }, (_, i) => ({ ...small, id: `CS${20 + i}`, row: 20 + i }));
    const texts = draftNarrative(rated(many), NOW, style).areasForFocus.map((i) => i.text);
    expect(texts.filter((t) => t.includes('With numbers this small'))).toHaveLength(2);
    expect(texts.filter((t) => t.includes('The numbers are small'))).toHaveLength(2);
    expect(texts.filter((t) => t.includes('(5 of 7: small numbers)'))).toHaveLength(2);
  });

  it('compares with benchmarks through polarity', () => {
    const withBench = {
      ...assessments,
      benchmarks: [
        {
          kind: 'statisticalNeighbours' as const,
          label: 'Stat neighbours',
          period: { ...Q(2020, 4), kind: 'year' as const, label: '2020/21' },
          measure: measure(88.4, 9),
        },
      ],
    };
    const [item] = draftNarrative(rated([withBench]), NOW, style).performingWell;
    expect(item.text).toContain(' It is better than the 2020/21 statistical neighbour average of 88.4 per cent.');
  });

  it('compares with two benchmarks in one clause, giving a shared period once', () => {
    const year = (label: string, y: number) => ({ ...Q(y, 4), kind: 'year' as const, label });
    const bench = (
      kind: 'statisticalNeighbours' | 'england',
      label: string,
      value: number,
      col: number,
      period = year('2020/21', 2020),
    ) => ({ kind, label, period, measure: measure(value, col) });
    const text = (benchmarks: ReturnType<typeof bench>[]) =>
      draftNarrative(rated([{ ...assessments, benchmarks }]), NOW, style).performingWell[0].text;
    expect(text([bench('statisticalNeighbours', 'SN', 88.4, 9), bench('england', 'England', 90.1, 10)])).toContain(
      ' It is better than the 2020/21 averages for statistical neighbours (88.4 per cent) and England (90.1 per cent).',
    );
    // Said in turn three ways through a report, so that no wording runs through it.
    const inds = Array.from({ length: 3 }, (_, i) => ({
      ...assessments,
      id: `CS0${i + 1}`,
      row: 4 + i,
      benchmarks: [bench('statisticalNeighbours', 'SN', 88.4, 9), bench('england', 'England', 90.1, 10)],
    }));
    expect(
      draftNarrative(rated(inds), NOW, style).performingWell.map((i) => i.text.slice(i.text.lastIndexOf('. ') + 2)),
    ).toEqual([
      'It is better than the 2020/21 averages for statistical neighbours (88.4 per cent) and England (90.1 per cent).',
      'Against the 2020/21 averages, it is better than statistical neighbours (88.4 per cent) and England (90.1 per cent).',
      'It is better than both the 2020/21 statistical neighbour average of 88.4 per cent and the England average of 90.1 per cent.',
    ]);
    expect(text([bench('statisticalNeighbours', 'SN', 88.4, 9), bench('england', 'England', 95.5, 10)])).toContain(
      ' It is better than the 2020/21 average for statistical neighbours (88.4 per cent) but worse than that for England (95.5 per cent).',
    );
    expect(
      text([
        bench('statisticalNeighbours', 'SN', 88.4, 9),
        bench('england', 'England', 95.5, 10, year('2019/20', 2019)),
      ]),
    ).toContain(
      ' It is better than the 2020/21 statistical neighbour average of 88.4 per cent but worse than the 2019/20 England average of 95.5 per cent.',
    );
  });
});

describe('narrative invariants', () => {
  const arbIndicator = fc.record({
    polarity: fc.constantFrom<'higher' | 'lower' | 'none'>('higher', 'lower', 'none'),
    unit: fc.constantFrom<'percentage' | 'count' | 'days' | 'rate'>('percentage', 'count', 'days', 'rate'),
    values: fc.array(
      fc.option(
        fc.integer({ min: 0, max: 100000 }).map((x) => x / 100),
        { nil: null, freq: 5 },
      ),
      { minLength: 1, maxLength: 6 },
    ),
    target: fc.option(
      fc.integer({ min: 0, max: 10000 }).map((x) => x / 100),
      { nil: null },
    ),
    scale: fc.constantFrom(1, 100),
  });

  it('never prints a number that is not in a cell (up to rounding)', () => {
    fc.assert(
      fc.property(fc.array(arbIndicator, { minLength: 1, maxLength: 8 }), (specs) => {
        const inds = specs.map((s, i) =>
          makeIndicator({
            ...s,
            id: `PI${i + 1}`,
            name: `Indicator ${i + 1} within 15 days`,
            row: 4 + i,
            scale: s.unit === 'percentage' ? s.scale : 1,
          }),
        );
        const n = draftNarrative(rated(inds), NOW, style);
        const allowed = [
          ...inds.flatMap((i) => [i.name, subject(i).text]),
          ...quarters(8).map((p) => p.label),
          'July to September 2021',
          '10,000',
        ];
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
        const inds = specs.map((s, i) =>
          makeIndicator({
            ...s,
            id: `PI${i + 1}`,
            name: `Indicator ${i + 1} within 15 days of 2 visits`,
            row: 4 + i,
            scale: s.unit === 'percentage' ? s.scale : 1,
          }),
        );
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
