/**
 * The RAG position at a glance, for the pane's Overview: how many indicators are red, amber, green
 * and not rated, and which changed rating since the pane last read the workbook. Counts are written
 * as the narrative writes them ("1,646"), by the engine's own `countText`.
 */
import { countText, listJoin } from '../core';
import type { IndicatorSummary } from './hostApi';

/** The ratings in the order an officer reads them: the problems first. */
export const RAG_ORDER = ['red', 'amber', 'green', 'none'] as const;
export type RagKey = (typeof RAG_ORDER)[number];

/** One bar of the chart: the rating, its word, its count (and as written), its share of the whole. */
export interface RagBar {
  readonly rag: RagKey;
  readonly label: string;
  readonly count: number;
  readonly countText: string;
  /** From 0 to 1: the bar's length against the whole scorecard. */
  readonly share: number;
}

/** The counts, a sentence saying them (the chart's text alternative), and the bars. */
export interface RagPosition {
  readonly total: number;
  /** "28 indicators: 3 red, 5 amber, 14 green and 6 not rated." */
  readonly sentence: string;
  readonly bars: readonly RagBar[];
}

const WORDS: Readonly<Record<RagKey, string>> = { red: 'Red', amber: 'Amber', green: 'Green', none: 'Not rated' };

/** Counts the indicators by rating. */
export function ragPosition(indicators: readonly IndicatorSummary[]): RagPosition {
  const counts: Record<RagKey, number> = { red: 0, amber: 0, green: 0, none: 0 };
  for (const indicator of indicators) counts[indicator.rag] += 1;
  const total = indicators.length;
  const bars = RAG_ORDER.map((rag) => ({
    rag,
    label: WORDS[rag],
    count: counts[rag],
    countText: countText(counts[rag]),
    share: total === 0 ? 0 : counts[rag] / total,
  }));
  const list = listJoin(bars.map((b) => `${b.countText} ${b.label.toLowerCase()}`));
  return {
    total,
    sentence: `${countText(total)} ${total === 1 ? 'indicator' : 'indicators'}: ${list}.`,
    bars,
  };
}

/** One indicator whose rating changed: its name and cell, and the badge words before and after. */
export interface RagChange {
  readonly name: string;
  readonly sheet: string;
  readonly cell: string;
  readonly from: string;
  readonly to: string;
  /** True when it moved towards green, false when away, null when either side is not rated. */
  readonly better: boolean | null;
}

const RANK: Readonly<Record<RagKey, number | null>> = { red: 0, amber: 1, green: 2, none: null };

/** What a reading says of an indicator's rating, as far as telling a change needs: who it is, and its rating. */
export type RatingSeen = Pick<IndicatorSummary, 'sheet' | 'id' | 'name' | 'rag' | 'label'>;

/** An indicator's identity across two readings: its sheet, reference and name (rows move when rows are inserted). */
const identity = (i: RatingSeen) => `${i.sheet}\u0000${i.id}\u0000${i.name}`;

/**
 * What changed rating between two readings of the workbook, in the later reading's order. An
 * indicator that is new, or gone, is not a change of rating and is not listed.
 */
export function ragChanges(before: readonly RatingSeen[], after: readonly IndicatorSummary[]): RagChange[] {
  const earlier = new Map(before.map((i) => [identity(i), i]));
  const changes: RagChange[] = [];
  for (const now of after) {
    const then = earlier.get(identity(now));
    if (!then || (then.rag === now.rag && then.label === now.label)) continue;
    const from = RANK[then.rag];
    const to = RANK[now.rag];
    changes.push({
      name: now.name,
      sheet: now.sheet,
      cell: now.cell,
      from: then.label,
      to: now.label,
      better: from === null || to === null ? null : to > from,
    });
  }
  return changes;
}
