/**
 * The words a configuration may use. Those of a type in `types.ts` are written as a record of it,
 * so that adding a value to the type without adding it here fails to compile; the kinds of
 * tolerance and the ways of writing percentages are defined here, and their types derived from the
 * schema (`config/types.ts`).
 */
import type { Frequency, Polarity } from '../indicators/types';
import type { NarrativeStyle } from '../narrative/types';
import type { AmberRule, RagSource } from '../rating/types';
import type { ColumnRole } from '../tables/types';
import type { Unit } from '../values/types';

/** Every column role, as the schema accepts it. */
export const COLUMN_ROLES: { readonly [K in ColumnRole]: K } = {
  name: 'name',
  ref: 'ref',
  polarity: 'polarity',
  target: 'target',
  targetLower: 'targetLower',
  targetUpper: 'targetUpper',
  tolerance: 'tolerance',
  period: 'period',
  benchmark: 'benchmark',
  numerator: 'numerator',
  denominator: 'denominator',
  frequency: 'frequency',
  unit: 'unit',
  commentary: 'commentary',
  rag: 'rag',
  significance: 'significance',
  confidenceLower: 'confidenceLower',
  confidenceUpper: 'confidenceUpper',
  actions: 'actions',
  ignore: 'ignore',
};

/** Whose rating the narrative follows. */
export const RAG_SOURCES: { readonly [K in RagSource]: K } = { engine: 'engine', sheet: 'sheet' };

/** Every polarity. */
export const POLARITIES: { readonly [K in Polarity]: K } = {
  higher: 'higher',
  lower: 'lower',
  band: 'band',
  none: 'none',
};

/**
 * Every unit a configuration may set. A length of time is not among them: it is what a time format
 * ("mm:ss") or a time written out ("4 minutes 22 seconds") says of the cells, which a setting cannot make so.
 */
export const UNITS: { readonly [K in Exclude<Unit, 'duration'>]: K } = {
  percentage: 'percentage',
  count: 'count',
  days: 'days',
  rate: 'rate',
  money: 'money',
  ratio: 'ratio',
  number: 'number',
};

/** Every frequency. */
export const FREQUENCIES: { readonly [K in Frequency]: K } = {
  monthly: 'monthly',
  quarterly: 'quarterly',
  annual: 'annual',
};

/** Every amber rule. */
export const AMBER_RULES: { readonly [K in AmberRule]: K } = {
  tolerance: 'tolerance',
  'tolerance-or-improving': 'tolerance-or-improving',
};

/** Both kinds of tolerance. */
export const TOLERANCE_TYPES = { relative: 'relative', absolute: 'absolute' } as const;

/** Both ways of writing percentages in the narrative. */
export const PERCENT_STYLES = { 'per cent': 'per cent', '%': '%' } as const;

/** The three ways of writing the narrative. */
export const NARRATIVE_STYLES: { readonly [K in NarrativeStyle]: K } = {
  committee: 'committee',
  briefing: 'briefing',
  exceptions: 'exceptions',
};
