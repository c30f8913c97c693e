/**
 * Counts and lists as a report writes them. Kept apart from the narrative's phrases, which read
 * polarity words and periods, so that the task pane can use them in its first load without them.
 */
import { group } from '../values/digits';

/** A count of indicators as a report writes it: "1,646", never "1646". */
export function countText(n: number): string {
  return group(String(n));
}

/** "A, B and C". */
export function listJoin(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
