import { awaitsCheck, isInWords } from '../rating/rateIndicator';
import type { RatedIndicator } from '../rating/types';
import type { RagCounts } from './types';

/**
 * Indicators by rating: green, amber and red as rated, no target (context measures), no data
 * (reported annually included), and, counted only where there is some, those not rated until a
 * cell is checked (they have a target, so are no context measures) and progress reported in words
 * (a milestone's "Complete"). One count for the JSON summary, the pane's message and both Narrative
 * sheets.
 */
export function ragCounts(items: readonly RatedIndicator[]): RagCounts {
  const counts = { green: 0, amber: 0, red: 0, noTarget: 0, noData: 0 };
  let inWords = 0;
  let toCheck = 0;
  for (const { rating } of items) {
    if (rating.status === 'no-data') {
      if (isInWords(rating)) inWords++;
      else counts.noData++;
    } else if (awaitsCheck(rating)) toCheck++;
    else if (rating.status === 'no-target' || rating.rag === 'none') counts.noTarget++;
    else counts[rating.rag]++;
  }
  return { ...counts, ...(toCheck && { toCheck }), ...(inWords && { inWords }) };
}
