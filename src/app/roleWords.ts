import type { ColumnRoleName } from './hostApi';

/** Each column role in the officer's words, in the order the pane offers them. */
export const ROLE_WORDS: Readonly<Record<ColumnRoleName, string>> = {
  name: 'Indicator name',
  ref: 'Reference',
  polarity: 'Polarity (good is higher or lower)',
  target: 'Target',
  targetLower: 'Target range: lower bound',
  targetUpper: 'Target range: upper bound',
  tolerance: 'Tolerance',
  period: 'Value for a period',
  benchmark: 'Benchmark',
  numerator: 'Numerator',
  denominator: 'Denominator',
  frequency: 'Frequency (annual or quarterly)',
  unit: 'Unit',
  commentary: 'Commentary',
  rag: "The sheet's own RAG rating",
  significance: 'Comparison with a benchmark',
  confidenceLower: 'Confidence interval: lower end',
  confidenceUpper: 'Confidence interval: upper end',
  actions: 'Actions (what is being done)',
  ignore: 'Not used',
};
