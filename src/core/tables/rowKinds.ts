import type { BenchmarkKind } from './types';
import type { RawValue } from '../values/types';
import { classifyHeader } from './columnRoles';
import { SYNONYMS } from './headerSynonyms';
import { displayText, headerWords } from './headerText';

/**
 * What a row of an indicator laid out over several rows holds, by the word that labels it: an
 * "Actual" row (the values), a "Target" row (a target for each period), a "Tolerance" row, or a
 * "Variance" row (worked out from the other two, so not read), or a "RAG" or "Status" row (the
 * sheet's own rating for each period).
 */
export type RowKind = 'actual' | 'target' | 'tolerance' | 'variance' | 'rag' | 'benchmark';

/** Words that only say a row compares ("Scotland comparisons"), dropped before the rest is read as a benchmark. */
const COMPARISON_WORDS = new Set([
  'comparison',
  'comparisons',
  'comparator',
  'comparators',
  'figure',
  'figures',
  'benchmarking',
]);

/**
 * The benchmark a row beneath an indicator gives, from its label: "Scotland comparisons", "Family
 * group comparisons", "England average", "Statistical neighbours", "Regional average". The label,
 * without words that only say it compares, must read whole as a benchmark header (see
 * `headerSynonyms.ts`), so "Average days to re-let" is not one. Null otherwise.
 */
export function benchmarkRow(raw: RawValue): { kind: BenchmarkKind; label: string } | null {
  if (typeof raw !== 'string' || raw.length > 40) return null;
  return benchmarkOf(raw, headerWords(raw));
}

/**
 * The first word of every benchmark synonym. A header reads as a benchmark only when one of them
 * starts a run of its words, so a label with none of them is not one, without classifying it.
 */
const BENCHMARK_STARTS = new Set(
  SYNONYMS.filter((g) => g.role === 'benchmark').flatMap((g) => g.phrases.map((p) => p.split(' ')[0])),
);

/** {@link benchmarkRow} for a label whose {@link headerWords} are already known. */
function benchmarkOf(raw: string, words: readonly string[]): { kind: BenchmarkKind; label: string } | null {
  if (words.length === 0 || words.length > 5) return null;
  const rest = words.filter((w) => !COMPARISON_WORDS.has(w));
  if (rest.length === 0 || !rest.some((w) => BENCHMARK_STARTS.has(w))) return null;
  const cls = classifyHeader(rest.join(' '));
  if (cls?.role !== 'benchmark' || !cls.benchmark || cls.period) return null;
  return { kind: cls.benchmark.kind, label: displayText(raw) };
}

const TARGET_WORDS = new Set(['target', 'targets', 'tgt']);
const ACTUAL_WORDS = new Set(['actual', 'actuals', 'outturn', 'result', 'results', 'performance', 'value', 'achieved']);
const TOLERANCE_WORDS = new Set(['tolerance', 'tolerances']);
const VARIANCE_WORDS = new Set(['variance', 'var', 'difference', 'diff']);
const RAG_WORDS = new Set(['rag', 'status', 'rating', 'g/a/r', 'r/a/g']);
/** Words that may stand beside the label word: "Profiled target", "Actual (cumulative)", "Amber tolerance". */
const QUALIFIERS = new Set([
  'profiled',
  'quarterly',
  'monthly',
  'cumulative',
  'period',
  'to',
  'date',
  'ytd',
  'in',
  'year',
  'the',
  'for',
  'of',
  'from',
  'amber',
  'agreed',
  'local',
  'stretch',
  'against',
  'performance',
  '%',
  '+/-',
  'plus',
  'minus',
  'or',
]);

/**
 * The kind of row a cell labels, or null: the cell must be short text made of one label word
 * ("Target", "Actual", "Outturn", "Tolerance", "Variance") and at most a few qualifiers
 * ("Profiled target", "Variance against target", "RAG status"). Longer text is an indicator name, not a label.
 */
export function rowKind(raw: RawValue): RowKind | null {
  if (typeof raw !== 'string' || raw.length > 40) return null;
  const words = headerWords(raw);
  if (words.length === 0 || words.length > 4) return null;
  let kind: RowKind | null = null;
  for (const w of words) {
    const here: RowKind | null = RAG_WORDS.has(w)
      ? 'rag'
      : VARIANCE_WORDS.has(w)
        ? 'variance'
        : TOLERANCE_WORDS.has(w)
          ? 'tolerance'
          : TARGET_WORDS.has(w)
            ? 'target'
            : ACTUAL_WORDS.has(w) && w !== 'performance'
              ? 'actual'
              : null;
    if (here === null) {
      if (!QUALIFIERS.has(w)) return benchmarkOf(raw, words) ? 'benchmark' : null;
      continue;
    }
    // "Variance against target" is a variance row; "Target tolerance" a tolerance row.
    if (kind === null || rank(here) > rank(kind)) kind = here;
  }
  if (kind === null && words.length === 1 && words[0] === 'performance') return 'actual';
  return kind ?? (benchmarkOf(raw, words) ? 'benchmark' : null);
}

function rank(kind: RowKind): number {
  return kind === 'rag' ? 4 : kind === 'variance' ? 3 : kind === 'tolerance' ? 2 : kind === 'target' ? 1 : 0;
}
