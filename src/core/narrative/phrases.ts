import type { Benchmark, Indicator, Period } from '../types';

const QUARTER_MONTHS = ['April to June', 'July to September', 'October to December', 'January to March'];

/** "July to September 2021" for Q2 2021/22; "April 2021 to March 2022" for 2021/22; null otherwise. */
export function periodSpan(p: Period): string | null {
  if (p.kind === 'quarter' && p.quarter) return `${QUARTER_MONTHS[p.quarter - 1]} ${p.quarter === 4 ? p.fyStart + 1 : p.fyStart}`;
  if (p.kind === 'year') return `April ${p.fyStart} to March ${p.fyStart + 1}`;
  return null;
}

/** "in Q1 2021/22", "in June 2021", "in 2020/21". */
export function inPeriod(p: Period): string {
  return `in ${p.label}`;
}

const SUBJECT_LEADS: [RegExp, string][] = [
  [/^%\s*(of\s+)?/i, 'The percentage of '],
  [/^(percentage|proportion|number|rate|average|total|count|no\.)\s+of\s+/i, ''],
];

/**
 * The indicator's name as the subject of a sentence: "% of assessments …" becomes "The percentage
 * of assessments …", "Number of children in care" becomes "The number of children in care"; other
 * names are kept as written. The reference follows in brackets when the table has one.
 */
export function subject(ind: Indicator): { text: string; article: boolean } {
  const name = ind.name.trim();
  const ref = ind.id.includes('!') ? '' : ` (${ind.id})`;
  const pct = SUBJECT_LEADS[0][0].exec(name);
  if (pct) return { text: `The percentage of ${lowerFirst(name.slice(pct[0].length))}${ref}`, article: true };
  const lead = SUBJECT_LEADS[1][0].exec(name);
  if (lead) {
    const word = lead[1].toLowerCase() === 'no.' ? 'number' : lead[1].toLowerCase();
    return { text: `The ${word} of ${lowerFirst(name.slice(lead[0].length))}${ref}`, article: true };
  }
  return { text: `${upperFirst(name)}${ref}`, article: false };
}

/**
 * Lower-cases the first letter when the name is in sentence case ("Assessments completed" →
 * "assessments completed"); keeps acronyms ("EHCP") and names whose next word is capitalised too
 * ("Education, Health and Care plans"), which are proper names.
 */
export function lowerFirst(s: string): string {
  const m = /^(\S*)\s*(\S*)/.exec(s)!;
  const word = m[1];
  const next = m[2];
  if (word.length > 1 && word === word.toUpperCase() && /[A-Z]/.test(word)) return s;
  if (/^[A-Z]/.test(next)) return s;
  return s.charAt(0).toLowerCase() + s.slice(1);
}

export function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const BENCHMARK_NAMES: Record<Benchmark['kind'], string> = {
  statisticalNeighbours: 'the statistical neighbour average',
  england: 'the England average',
  wales: 'the Wales average',
  national: 'the national average',
  regional: 'the regional average',
  rank: 'the ranking',
  quartile: 'the quartile',
  other: 'the benchmark',
};

/** "the statistical neighbour average", with the benchmark's own period when its header gives one. */
export function benchmarkName(b: Benchmark): { name: string; period: string } {
  return { name: b.kind === 'other' ? `the ${lowerFirst(b.label)} figure` : BENCHMARK_NAMES[b.kind], period: b.period ? ` (${b.period.label})` : '' };
}

/** "A, B and C". */
export function listJoin(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
