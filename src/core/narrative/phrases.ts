import type { Benchmark, Indicator, Period } from '../types';
import { isSpaceCode } from '../values/whitespace';

const QUARTER_MONTHS = ['April to June', 'July to September', 'October to December', 'January to March'];

/** "July to September 2021" for Q2 2021/22; "April 2021 to March 2022" for 2021/22; null otherwise. */
export function periodSpan(p: Period): string | null {
  if (p.kind === 'quarter' && p.quarter) return `${QUARTER_MONTHS[p.quarter - 1]} ${p.quarter === 4 ? p.fyStart + 1 : p.fyStart}`;
  if (p.kind === 'year') return `April ${p.fyStart} to March ${p.fyStart + 1}`;
  return null;
}

/** A name's closing "(%)", which a percentage's value makes redundant. */
const PERCENT_SUFFIX = /\s*\(\s*%\s*\)$/;

/** The words a name can lead with before "of": "Number of children in care". */
const LEAD_WORDS = ['percentage', 'proportion', 'number', 'rate', 'average', 'total', 'count', 'no.'];

/** Whether `s` has `word` (lower case) at `at`, in any case of its ASCII letters. */
function hasWordAt(s: string, word: string, at: number): boolean {
  if (at + word.length > s.length) return false;
  for (let i = 0; i < word.length; i++) {
    const w = word.charCodeAt(i);
    const c = s.charCodeAt(at + i);
    if (c !== w && !(w >= 0x61 && w <= 0x7a && c === w - 0x20)) return false;
  }
  return true;
}

/** Where the spaces (as `\s` sees them) that start at `at` end. */
function skipSpaces(s: string, at: number): number {
  while (at < s.length && isSpaceCode(s.charCodeAt(at))) at++;
  return at;
}

/** Where the words after a leading "%" or "% of" start (as `/^%\s*(of\s+)?/i` would match them). */
function afterPercent(name: string): number {
  const of = skipSpaces(name, 1);
  const rest = skipSpaces(name, of + 2);
  return hasWordAt(name, 'of', of) && rest > of + 2 ? rest : of;
}

/** Where the words after "<word> of " start (`/^word\s+of\s+/i`), or -1 when the name does not lead so. */
function afterLead(name: string, word: string): number {
  if (!hasWordAt(name, word, 0)) return -1;
  const of = skipSpaces(name, word.length);
  if (of === word.length || !hasWordAt(name, 'of', of)) return -1;
  const rest = skipSpaces(name, of + 2);
  return rest > of + 2 ? rest : -1;
}

/**
 * The indicator's name as the subject of a sentence: "% of assessments …" becomes "The percentage
 * of assessments …", "Number of children in care" becomes "The number of children in care", and
 * "Re-referrals within 12 months (%)" becomes "The percentage of re-referrals within 12 months"; other
 * names are kept as written. The reference follows in brackets when the table has one. The leads
 * are found by scanning rather than by patterns: every sentence starts here.
 */
export function subject(ind: Indicator): { text: string; article: boolean } {
  const name = ind.name.trim();
  const ref = ind.id.includes('!') ? '' : ` (${ind.id})`;
  if (name.charCodeAt(0) === 0x25) return { text: `The percentage of ${lowerFirst(name.slice(afterPercent(name)))}${ref}`, article: true };
  // "Re-referrals within 12 months (%)": the value says per cent, so the name need not.
  if (ind.unit === 'percentage' && name.charCodeAt(name.length - 1) === 0x29 && PERCENT_SUFFIX.test(name)) {
    return { text: `The percentage of ${lowerFirst(name.replace(PERCENT_SUFFIX, ''))}${ref}`, article: true };
  }
  for (const word of LEAD_WORDS) {
    const rest = afterLead(name, word);
    if (rest >= 0) return { text: `The ${word === 'no.' ? 'number' : word} of ${lowerFirst(name.slice(rest))}${ref}`, article: true };
  }
  return { text: `${upperFirst(name)}${ref}`, article: false };
}

/**
 * Lower-cases the first letter when the name is in sentence case ("Assessments completed" →
 * "assessments completed"); keeps acronyms ("EHCP") and names whose next word is capitalised too
 * ("Education, Health and Care plans"), which are proper names.
 */
export function lowerFirst(s: string): string {
  // Every sentence calls this: the first two words are found by scanning rather than by a pattern,
  // and plain ASCII is judged without building upper- and lower-case copies. A name that does not
  // start with an ASCII capital ("cases seen", "3 or more") is kept as it is without a scan.
  const head = s.charCodeAt(0);
  if (head < 0x80 && !(head >= 0x41 && head <= 0x5a)) return s;
  let end = 0;
  while (end < s.length && !isSpaceCode(s.charCodeAt(end))) end++;
  let next = end;
  while (next < s.length && isSpaceCode(s.charCodeAt(next))) next++;
  let ascii = true;
  let lower = false;
  let upper = false;
  for (let i = 0; i < end; i++) {
    const code = s.charCodeAt(i);
    if (code >= 0x80) ascii = false;
    else if (code >= 0x61 && code <= 0x7a) lower = true;
    else if (code >= 0x41 && code <= 0x5a) upper = true;
  }
  if (!ascii) {
    const word = s.slice(0, end);
    if (word.length > 1 && word === word.toUpperCase() && /[A-Z]/.test(word)) return s;
  } else if (end > 1 && !lower && upper) return s;
  const nextCode = s.charCodeAt(next);
  if (nextCode >= 0x41 && nextCode <= 0x5a) return s;
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
