import type { Narrative, NarrativeItem } from '../core/types';

/** How many indicators fall under each rating, for the Narrative sheet's summary block. */
export interface RagCounts {
  readonly green: number;
  readonly amber: number;
  readonly red: number;
  readonly noTarget: number;
  readonly noData: number;
}

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
