/**
 * "Did you mean …?" for configuration typos: the known word nearest to what was written.
 */

/** Edit distance (insertions, deletions, substitutions) between two strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * The candidate closest to `word` ignoring case, when it is close enough to be a likely typo
 * (at most 2 edits, and no more than a third of the word's letters), or a candidate that starts
 * with the word (at least 4 letters of it); null otherwise.
 */
export function closestWord(word: string, candidates: readonly string[]): string | null {
  const lower = word.toLowerCase();
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const allowed = Math.min(2, Math.max(1, Math.floor(word.length / 3)));
  if (bestDistance <= allowed) return best;
  // A shortened word ("percent" for "percentage") is a likely slip too.
  const prefix = lower.length >= 4 ? candidates.find((c) => c.toLowerCase().startsWith(lower)) : undefined;
  return prefix ?? null;
}

/**
 * Up to `count` of `candidates` nearest to `word` by edit distance, ignoring case, nearest first
 * (ties in the candidates' order), each once: for a message listing the names that were meant,
 * likely. Candidates far longer than the word are cut to its length plus two before comparing, so
 * that a long indicator name costs no more than a short one and its start counts most.
 */
export function closestNames(word: string, candidates: Iterable<string>, count = 3): string[] {
  const lower = word.toLowerCase();
  const scored: { name: string; distance: number }[] = [];
  const seen = new Set<string>();
  for (const name of candidates) {
    if (seen.has(name) || name === '') continue;
    seen.add(name);
    const distance = editDistance(lower, name.toLowerCase().slice(0, lower.length + 2));
    scored.push({ name, distance });
  }
  // A stable sort keeps the candidates' order among equals.
  return scored
    .sort((a, b) => a.distance - b.distance)
    .slice(0, count)
    .map((s) => s.name);
}
