/**
 * The drafted narrative as the task pane shows it for checking: paragraphs in reading order, each
 * figure a part of its own that names the cell it came from.
 */
import { type Narrative, narrativeBlocks, type NarrativeItem } from '../core';
import type { NarrativeParagraph, NarrativePart } from './hostApi';

/** An item's text cut at its placed figures: plain text, then a figure with its cell, and so on. */
export function itemParts(item: NarrativeItem): NarrativePart[] {
  const placed = item.cells
    .filter((c) => c.offset !== undefined && c.shown !== undefined)
    .sort((a, b) => a.offset! - b.offset!);
  const parts: NarrativePart[] = [];
  let at = 0;
  for (const c of placed) {
    if (c.offset! < at) continue;
    if (c.offset! > at) parts.push({ text: item.text.slice(at, c.offset) });
    parts.push({ text: c.shown!, cell: { sheet: c.sheet, cell: c.cell } });
    at = c.offset! + c.shown!.length;
  }
  if (at < item.text.length) parts.push({ text: item.text.slice(at) });
  return parts;
}

/** The narrative's paragraphs, headings included, without the blank lines between them. */
export function narrativeParagraphs(narrative: Narrative): NarrativeParagraph[] {
  return narrativeBlocks(narrative).flatMap((b): NarrativeParagraph[] => {
    if (b.kind === 'gap') return [];
    if (b.kind === 'item') return [{ kind: 'item', parts: itemParts(b.item) }];
    if (b.kind === 'line') return [{ kind: 'item', parts: [{ text: b.text }] }];
    return [{ kind: b.kind, parts: [{ text: b.text }] }];
  });
}
