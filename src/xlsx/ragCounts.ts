import type { Narrative, NarrativeItem, RagCounts } from '../core/types';

export type { RagCounts } from '../core/types';

type Bucket = keyof RagCounts;

/** The bucket an item counts in: its RAG when rated, else by the section it sits in. */
function bucketOf(item: NarrativeItem, inNoDataSection: boolean): Bucket {
  if (item.rag === 'green' || item.rag === 'amber' || item.rag === 'red') return item.rag;
  return inNoDataSection ? 'noData' : 'noTarget';
}

/**
 * Counts indicators by rating from a narrative's items, each indicator once (the first item that
 * names it), leaving out the opening summary and items about no indicator.
 */
export function ragCounts(narrative: Narrative): RagCounts {
  const seen = new Map<string, Bucket>();
  const sections: [readonly NarrativeItem[], boolean][] = [
    [narrative.performingWell, false],
    [narrative.areasForFocus, false],
    [narrative.context, false],
    [narrative.noData, true],
  ];
  for (const [items, noData] of sections) {
    for (const item of items) {
      if (item.indicatorId !== null && !seen.has(item.indicatorId)) seen.set(item.indicatorId, bucketOf(item, noData));
    }
  }
  const counts = { green: 0, amber: 0, red: 0, noTarget: 0, noData: 0 };
  for (const bucket of seen.values()) counts[bucket]++;
  return counts;
}
