import { quarterPeriod } from '../../src/core/periods/makePeriod';
import type { Tolerance } from '../../src/core/config/types';
import type { Indicator, Measure, Polarity, Target } from '../../src/core/indicators/types';
import type { Period } from '../../src/core/periods/types';
import type { Unit } from '../../src/core/values/types';

/** A measure on sheet "S", column `col`, row `row` (zero-based), with the normalised value. */
export function measure(value: number | null, col = 5, row = 4, scale = 1, extra: Partial<Measure> = {}): Measure {
  const letters = String.fromCharCode(65 + col);
  return {
    sheet: 'S',
    cell: `${letters}${row + 1}`,
    row,
    col,
    raw: value === null ? null : value / scale,
    value,
    scale,
    fromText: false,
    formatDecimals: null,
    noData: value === null ? { reason: 'blank', shown: '' } : null,
    ...extra,
  };
}

export const Q = (fy: number, q: number): Period => quarterPeriod(fy, q);

export interface IndicatorSpec {
  readonly name?: string;
  readonly id?: string;
  readonly polarity?: Polarity;
  readonly unit?: Unit;
  /** Values for consecutive quarters ending at Q2 2021/22 (oldest first). */
  readonly values: readonly (number | null)[];
  readonly target?: number | { lower: number; upper: number } | null;
  readonly tolerance?: Tolerance;
  readonly scale?: number;
  readonly frequency?: Indicator['frequency'];
  readonly row?: number;
  readonly section?: string | null;
}

/** Quarters ending at Q2 2021/22, `n` of them, oldest first. */
export function quarters(n: number): Period[] {
  const out: Period[] = [];
  let fy = 2021;
  let q = 2;
  for (let i = 0; i < n; i++) {
    out.unshift(Q(fy, q));
    q -= 1;
    if (q === 0) {
      q = 4;
      fy -= 1;
    }
  }
  return out;
}

/** An indicator on row `row` with value columns from F onwards and the target in E. */
export function makeIndicator(spec: IndicatorSpec): Indicator {
  const row = spec.row ?? 4;
  const scale = spec.scale ?? 1;
  const periods = quarters(spec.values.length);
  const t = spec.target;
  let target: Target | null = null;
  if (typeof t === 'number')
    target = {
      value: t,
      lower: null,
      upper: null,
      measure: measure(t, 4, row, scale),
      lowerMeasure: null,
      upperMeasure: null,
      source: 'cell',
    };
  else if (t)
    target = {
      value: null,
      lower: t.lower,
      upper: t.upper,
      measure: null,
      lowerMeasure: measure(t.lower, 2, row, scale),
      upperMeasure: measure(t.upper, 3, row, scale),
      source: 'cell',
    };
  return {
    id: spec.id ?? 'PI1',
    name: spec.name ?? 'Assessments completed within 45 working days',
    sheet: 'S',
    row,
    section: spec.section ?? null,
    unit: spec.unit ?? 'percentage',
    polarity: spec.polarity ?? 'higher',
    target,
    tolerance: spec.tolerance ?? { type: 'relative', value: 0.05 },
    frequency: spec.frequency ?? null,
    values: spec.values.map((v, i) => ({ period: periods[i], measure: measure(v, 5 + i, row, scale) })),
    benchmarks: [],
    numerator: null,
    denominator: null,
    commentary: null,
    rateBase: null,
    currency: null,
    warnings: [],
  };
}
