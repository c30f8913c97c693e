/**
 * What changed at the last refresh, kept in the workbook (with its settings, never anywhere else)
 * so that the Overview can show it when the workbook is opened again, in another session or on
 * another computer. Each refresh notes when it ran and every indicator's rating then; the ratings
 * it changed are those against the note of the refresh before it. Clear RAG forgets the note with
 * the rest of what Refresh RAG wrote.
 */
import type { IndicatorSummary } from './hostApi';
import { type RagChange, ragChanges, type RatingSeen } from './ragPosition';

/** The last refresh as the pane shows it. */
export interface LastRefresh {
  /** When it ran (ISO 8601). */
  readonly at: string;
  /** When the refresh before it ran (ISO 8601), null when it is the first this workbook has a note of. */
  readonly previous: string | null;
  /** The ratings it changed against the refresh before it; null when there was none to compare with. */
  readonly changes: readonly RagChange[] | null;
}

/** The note as stored: the last refresh, and every rating it gave, as [sheet, id, name, rag, label]. */
interface Note extends LastRefresh {
  readonly version: 1;
  readonly ratings: readonly (readonly [string, string, string, RatingSeen['rag'], string])[];
}

const RAGS: ReadonlySet<string> = new Set(['green', 'amber', 'red', 'none']);
const isIso = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));

/** A stored note read back (JSON text or an object); null when there is none or it is not one of ours. */
function parseNote(stored: unknown): Note | null {
  let value = stored;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return null;
    }
  }
  if (typeof value !== 'object' || value === null) return null;
  const note = value as Partial<Note>;
  if (note.version !== 1 || !isIso(note.at) || !Array.isArray(note.ratings)) return null;
  const ratings = note.ratings.filter(
    (r) => Array.isArray(r) && r.length === 5 && r.every((part) => typeof part === 'string') && RAGS.has(r[3]),
  );
  const changes = Array.isArray(note.changes)
    ? note.changes.filter(
        (c): c is RagChange =>
          typeof c === 'object' &&
          c !== null &&
          ['name', 'sheet', 'cell', 'from', 'to'].every(
            (k) => typeof (c as unknown as Record<string, unknown>)[k] === 'string',
          ),
      )
    : null;
  return { version: 1, at: note.at, previous: isIso(note.previous) ? note.previous : null, changes, ratings };
}

/** The last refresh in a stored note, for the pane; null when there is no note (or none of ours). */
export function lastRefreshFrom(stored: unknown): LastRefresh | null {
  const note = parseNote(stored);
  return note && { at: note.at, previous: note.previous, changes: note.changes };
}

/**
 * The note a refresh at `at` leaves, rating `indicators`: the ratings it changed are those against
 * the earlier note's (none to compare with when there is no earlier note).
 */
export function refreshNote(earlier: unknown, indicators: readonly IndicatorSummary[], at: Date): Note {
  const before = parseNote(earlier);
  const seen = before?.ratings.map(([sheet, id, name, rag, label]) => ({ sheet, id, name, rag, label })) ?? null;
  return {
    version: 1,
    at: at.toISOString(),
    previous: before?.at ?? null,
    changes: seen && ragChanges(seen, indicators),
    ratings: indicators.map((i) => [i.sheet, i.id, i.name, i.rag, i.label] as const),
  };
}

/** "2 December 2026 at 14:05", in the officer's own time zone. */
export function refreshTimeText(iso: string): string {
  const d = new Date(iso);
  const day = d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  return `${day} at ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** The line over the list of changes: when the last refresh ran, and what it is compared with. */
export function lastRefreshSentence(last: LastRefresh): string {
  const when = refreshTimeText(last.at);
  if (last.previous === null)
    return `The refresh on ${when} is the first this workbook has a record of, so there is nothing to compare it with yet.`;
  return `Last refreshed on ${when}. Since the refresh before it, on ${refreshTimeText(last.previous)}:`;
}
