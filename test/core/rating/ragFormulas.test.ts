import fc from 'fast-check';
import { HyperFormula } from 'hyperformula';
import { registerNumberValue } from '../../helpers/numberValue';
import { RAG_MARKER } from '../../../src/core/rating/formatPlan';
import { ragFormulas, type RuleInputs, textNumber } from '../../../src/core/rating/ragFormulas';
import { markOf } from '../../../src/core/values/flags';
import { parseNumber } from '../../../src/core/values/parseNumber';
import { rateIndicator } from '../../../src/core/rating/rateIndicator';
import type { Indicator } from '../../../src/core/indicators/types';
import { makeIndicator, Q } from '../../helpers/makeIndicator';

registerNumberValue();

/**
 * The live formulas are checked against the engine by a spreadsheet engine that is not ours:
 * HyperFormula evaluates them on a sheet holding the same stored values.
 */
function evaluate(values: Record<string, number | null>, formulas: Record<string, string>): Record<string, unknown> {
  const row: (number | string | null)[] = [];
  const cols = 'ABCDEFGHIJ';
  for (const [cell, v] of Object.entries(values)) row[cols.indexOf(cell[0])] = v;
  const names = Object.keys(formulas);
  names.forEach((n, i) => (row[10 + i] = `=${formulas[n]}`));
  const sheet = [[], [], [], [], row.map((v) => (v === undefined ? null : v))];
  const hf = HyperFormula.buildFromArray(sheet, { licenseKey: 'gpl-v3' });
  const out: Record<string, unknown> = {};
  names.forEach((n, i) => (out[n] = hf.getCellValue({ sheet: 0, row: 4, col: 10 + i })));
  hf.destroy();
  return out;
}

function inputsFor(ind: Indicator, scale: number, previous = false): RuleInputs {
  const band = ind.polarity === 'band';
  return {
    polarity: ind.polarity as RuleInputs['polarity'],
    target: band ? null : { cell: '$E5', factor: 1 },
    lower: band ? { cell: '$C5', factor: 1 } : null,
    upper: band ? { cell: '$D5', factor: 1 } : null,
    margin:
      ind.tolerance.type === 'relative' ? { relative: ind.tolerance.value } : { absolute: ind.tolerance.value / scale },
    previous: previous ? { cell: 'F', factor: 1 } : null,
    printScale: scale,
    decimals: 1,
  };
}

function liveRag(ind: Indicator, scale: number, previous = false): string | null {
  const cur = ind.values[ind.values.length - 1].measure;
  const f = ragFormulas(cur.cell, 5, inputsFor(ind, scale, previous), RAG_MARKER);
  const raw = (v: number | null | undefined) => (v === null || v === undefined ? null : v / scale);
  const values: Record<string, number | null> = {
    E5: raw(ind.target?.value),
    C5: raw(ind.target?.lower),
    D5: raw(ind.target?.upper),
  };
  for (const v of ind.values) values[v.measure.cell] = raw(v.measure.value);
  const r = evaluate(values, { green: f.green, amber: f.amber, red: f.red, label: f.label });
  const on = (['green', 'amber', 'red'] as const).filter((k) => r[k] === true);
  expect(on.length).toBeLessThanOrEqual(1);
  expect(r.label).toBe(
    on.length ? on[0].charAt(0).toUpperCase() + on[0].slice(1) : cur.value === null ? 'No data' : '',
  );
  return on[0] ?? null;
}

const engineRag = (ind: Indicator, amberRule: 'tolerance' | 'tolerance-or-improving' = 'tolerance') => {
  const r = rateIndicator(ind, Q(2021, 2), { amberRule, decimals: () => 1 });
  return r.rag === 'none' ? null : r.rag;
};

describe('live RAG formulas', () => {
  it('colour the boundary cases as the engine rates them', () => {
    const cases: [Indicator['polarity'], number, number][] = [
      ['higher', 90, 90],
      ['higher', 85.5, 90],
      ['higher', 85.49, 90],
      ['lower', 18.9, 18],
      ['lower', 18, 18],
      ['lower', 19, 18],
    ];
    for (const [polarity, v, t] of cases) {
      for (const scale of [1, 100]) {
        const ind = makeIndicator({ polarity, values: [v], target: t, scale });
        expect([polarity, v, t, scale, liveRag(ind, scale)]).toEqual([polarity, v, t, scale, engineRag(ind)]);
      }
    }
  });

  it('show "No data" and no colour for an empty value cell', () => {
    expect(liveRag(makeIndicator({ values: [null], target: 90 }), 1)).toBeNull();
  });

  it('agree with the engine for any value, target, polarity, tolerance and storage', () => {
    const value = fc.integer({ min: -2000, max: 2000 }).map((n) => n / 10);
    fc.assert(
      fc.property(
        fc.constantFrom<'higher' | 'lower' | 'band'>('higher', 'lower', 'band'),
        value,
        value,
        fc.integer({ min: 0, max: 300 }).map((n) => n / 10),
        fc.record({
          type: fc.constantFrom<'relative' | 'absolute'>('relative', 'absolute'),
          value: fc.integer({ min: 0, max: 20 }).map((n) => n / 100),
        }),
        fc.constantFrom(1, 100),
        (polarity, v, t, width, tolerance, scale) => {
          const target = polarity === 'band' ? { lower: t, upper: t + width } : t;
          const ind = makeIndicator({
            polarity,
            values: [v],
            target,
            tolerance: { ...tolerance, value: tolerance.type === 'absolute' ? tolerance.value * 10 : tolerance.value },
            scale,
          });
          expect(liveRag(ind, scale)).toBe(engineRag(ind));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('agree with the engine under the "or improving" amber rule', () => {
    const value = fc.integer({ min: 0, max: 1000 }).map((n) => n / 10);
    fc.assert(
      fc.property(
        fc.constantFrom<'higher' | 'lower'>('higher', 'lower'),
        value,
        value,
        value,
        (polarity, prev, v, t) => {
          const ind = makeIndicator({ polarity, values: [prev, v], target: t });
          expect(liveRag(ind, 1, true)).toBe(engineRag(ind, 'tolerance-or-improving'));
        },
      ),
      { numRuns: 100 },
    );
  });

  it("carry the marker so a refresh can tell our rules from the user's", () => {
    const f = ragFormulas('F5', 5, inputsFor(makeIndicator({ values: [1], target: 1 }), 1), RAG_MARKER);
    for (const formula of [f.green, f.amber, f.red, f.label]) expect(formula).toContain(`N("${RAG_MARKER}")`);
  });
});

describe('live RAG formulas for a tolerance whose unit the sheet does not state', () => {
  /** The live colour and label when both readings (a share of the target, and points) are kept. */
  function live(ind: Indicator, scale: number, previous: boolean): { rag: string | null; label: unknown } {
    const cur = ind.values[ind.values.length - 1].measure;
    const alt = ind.toleranceAlternative!;
    const inputs = {
      ...inputsFor(ind, scale, previous),
      altMargin: alt.type === 'relative' ? { relative: alt.value } : { absolute: alt.value / scale },
    };
    const f = ragFormulas(cur.cell, 5, inputs, RAG_MARKER);
    const raw = (v: number | null | undefined) => (v === null || v === undefined ? null : v / scale);
    const values: Record<string, number | null> = {
      E5: raw(ind.target?.value),
      C5: raw(ind.target?.lower),
      D5: raw(ind.target?.upper),
    };
    for (const v of ind.values) values[v.measure.cell] = raw(v.measure.value);
    const r = evaluate(values, { green: f.green, amber: f.amber, red: f.red, label: f.label });
    const on = (['green', 'amber', 'red'] as const).filter((k) => r[k] === true);
    expect(on.length).toBeLessThanOrEqual(1);
    return { rag: on[0] ?? null, label: r.label };
  }

  it('colour only what both readings agree on, and label the rest "Check", as the engine leaves it unrated', () => {
    const value = fc.integer({ min: 0, max: 1000 }).map((n) => n / 10);
    fc.assert(
      fc.property(
        fc.constantFrom<'higher' | 'lower' | 'band'>('higher', 'lower', 'band'),
        value,
        value,
        value,
        fc.integer({ min: 1, max: 10 }),
        fc.constantFrom(1, 100),
        fc.boolean(),
        (polarity, prev, v, t, plain, scale, improvingRule) => {
          const target = polarity === 'band' ? { lower: t, upper: t + 5 } : t;
          const ind: Indicator = {
            ...makeIndicator({
              polarity,
              values: [prev, v],
              target,
              tolerance: { type: 'relative', value: plain / 100 },
              scale,
            }),
            toleranceAlternative: { type: 'absolute', value: plain },
          };
          const rule = improvingRule && polarity !== 'band' ? 'tolerance-or-improving' : 'tolerance';
          const rating = rateIndicator(ind, Q(2021, 2), { amberRule: rule, decimals: () => 1 });
          const got = live(ind, scale, rule === 'tolerance-or-improving');
          expect(got.rag).toBe(rating.rag === 'none' ? null : rating.rag);
          const label = rating.toleranceUnclear ? 'Check' : rating.rag.charAt(0).toUpperCase() + rating.rag.slice(1);
          expect(got.label).toBe(label);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('leave unrated, with a reason, a value the two readings rate differently', () => {
    // 88.1 against 90: within 2 points (amber) but more than 2 % of 90 = 1.8 below it (red).
    const ind: Indicator = {
      ...makeIndicator({ values: [88.1], target: 90, tolerance: { type: 'relative', value: 0.02 } }),
      toleranceAlternative: { type: 'absolute', value: 2 },
    };
    const rating = rateIndicator(ind, Q(2021, 2), { amberRule: 'tolerance', decimals: () => 1 });
    expect(rating).toMatchObject({ rag: 'none', toleranceUnclear: true });
    expect(rating.reason).toMatch(/2% of the target \(red\) or 2 percentage points \(amber\)/);
    // 88.5 is amber either way, 87 red either way: the unclear unit does not matter.
    expect(
      rateIndicator({ ...ind, values: makeIndicator({ values: [88.5] }).values }, Q(2021, 2), {
        amberRule: 'tolerance',
        decimals: () => 1,
      }).rag,
    ).toBe('amber');
    expect(
      rateIndicator({ ...ind, values: makeIndicator({ values: [87] }).values }, Q(2021, 2), {
        amberRule: 'tolerance',
        decimals: () => 1,
      }).rag,
    ).toBe('red');
  });
});

describe('live RAG formulas for a number typed as text', () => {
  /** Formula text as a German Excel shows it ("," decimal separator, ";" between arguments); strings as they are. */
  const localised = (formula: string, locale: 'en' | 'de') =>
    locale === 'en'
      ? formula
      : (formula.match(/"(?:[^"]|"")*"|[^"]+/g) ?? [])
          .map((p) => (p.startsWith('"') ? p : p.replace(/,/g, ';').replace(/(\d)\.(\d)/g, '$1,$2')))
          .join('');

  /** Each formula's value with `text` in F5 and 95 in E5, in an English or a German HyperFormula. */
  function withText(text: string, formulas: string[], locale: 'en' | 'de'): unknown[] {
    const row: (string | number | null)[] = [null, null, null, null, 95, text === '' ? null : `'${text}`];
    const hf = HyperFormula.buildFromArray([[], [], [], [], row], {
      licenseKey: 'gpl-v3',
      ...(locale === 'de' ? { decimalSeparator: ',', thousandSeparator: '.', functionArgSeparator: ';' } : {}),
    });
    try {
      return formulas.map((f) => {
        const v = hf.calculateFormula(`=${localised(f, locale)}`, 0);
        return typeof v === 'object' && v !== null ? '#ERROR' : v;
      });
    } finally {
      hf.destroy();
    }
  }

  /** What the formulas are given for a text value, as the format plan gives it. */
  const inputsOf = (text: string) => ({
    valueMark: markOf(text) || undefined,
    valueCurrency: /[£€$¥]/.exec(text)?.[0],
  });

  const numbers = [
    '92.7%',
    '1,234',
    ' 12 ',
    '85%',
    '-3.5',
    '.5',
    '12 %',
    '£1,234.50',
    '-£12',
    '49.1% (p)',
    '153*',
    '1,234.5 [r]',
  ];
  const notNumbers = ['', '   ', 'n/a', '-', 'TBC', ':', 'c', '1.234,5', '1.2.3', 'twelve'];

  it.each(['en', 'de'] as const)(
    'read it as the engine reads it, in a locale whose decimal separator is %s',
    (locale) => {
      for (const text of numbers) {
        const parsed = parseNumber(text);
        expect(parsed.fromText).toBe(true);
        const [v] = withText(text, [textNumber('F5', inputsOf(text))], locale);
        expect([text, v]).toEqual([text, expect.closeTo(parsed.value!, 12)]);
      }
      for (const text of notNumbers) {
        expect(parseNumber(text).value).toBeNull();
        expect([text, withText(text, [textNumber('F5', inputsOf(text))], locale)[0]]).toEqual([text, '']);
      }
    },
  );

  it('label and colour it the same in either locale, where reading it by the locale would not', () => {
    const inputs = (text: string): RuleInputs => ({
      ...inputsFor(makeIndicator({ values: [92.7], target: 95 }), 1),
      valueIsText: true,
      ...inputsOf(text),
    });
    for (const [text, label] of [
      ['92.7%', 'Red'],
      ['94.5', 'Amber'],
      ['1,234.5', 'Green'],
      ['n/a', 'No data'],
    ] as const) {
      const f = ragFormulas('F5', 5, inputs(text), RAG_MARKER);
      for (const locale of ['en', 'de'] as const) {
        const [green, amber, red, got] = withText(text, [f.green, f.amber, f.red, f.label], locale);
        expect([text, locale, got]).toEqual([text, locale, label]);
        expect([green, amber, red].filter((x) => x === true).length).toBe(label === 'No data' ? 0 : 1);
      }
    }
    // The expression this replaced: "--" reads "94.5" by the locale, and a German one does not take it.
    const old = 'IFERROR(--SUBSTITUTE(TRIM(F5),",",""),"")';
    expect(withText('94.5', [old], 'en')).toEqual([94.5]);
    expect(withText('94.5', [old], 'de')).not.toEqual([94.5]);
  });
});
