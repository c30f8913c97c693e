import type { Narrative, NarrativeItem } from '../types';

type Parts = Omit<Narrative, 'text'>;

/** The narrative's headed lists, in reading order. */
export const NARRATIVE_SECTIONS = [
  ['performingWell', 'Performing well'],
  ['areasForFocus', 'Areas for focus'],
  ['context', 'Context measures'],
  ['noData', 'Data not available'],
] as const;

/** Items grouped under the scorecard's own section headings, in order of first appearance. */
export function bySection(items: readonly NarrativeItem[]): { section: string | null; items: NarrativeItem[] }[] {
  const groups = new Map<string | null, NarrativeItem[]>();
  for (const item of items) {
    const list = groups.get(item.section);
    if (list) list.push(item);
    else groups.set(item.section, [item]);
  }
  return [...groups].map(([section, list]) => ({ section, items: list }));
}

const RAG_WORD = { green: 'Green', amber: 'Amber', red: 'Red', none: null } as const;

/** One block of the narrative in reading order: its title, a heading, a scorecard section's heading, an item, or a gap. */
export type NarrativeBlock =
  | { readonly kind: 'title' | 'heading' | 'subheading'; readonly text: string }
  | { readonly kind: 'item'; readonly item: NarrativeItem; readonly bullet: boolean }
  | { readonly kind: 'gap' };

/** What a walk through the narrative meets, in reading order. */
interface NarrativeVisitor {
  head(kind: 'title' | 'heading' | 'subheading', text: string): void;
  item(item: NarrativeItem, bullet: boolean): void;
  gap(): void;
}

/** Walks the narrative: the title, the summary, then each headed list grouped by section. */
function walk(parts: Parts, visit: NarrativeVisitor): void {
  visit.head('title', `Performance summary: ${parts.period}`);
  visit.gap();
  for (const item of parts.summary) visit.item(item, false);
  for (const [key, title] of NARRATIVE_SECTIONS) {
    const items = parts[key];
    if (!items.length) continue;
    visit.gap();
    visit.head('heading', title);
    for (const g of bySection(items)) {
      if (g.section) {
        visit.gap();
        visit.head('subheading', g.section);
      }
      for (const item of g.items) visit.item(item, true);
    }
  }
}

/** The narrative as blocks, in the order the text and Markdown renderers write it. */
export function narrativeBlocks(parts: Parts): NarrativeBlock[] {
  const out: NarrativeBlock[] = [];
  walk(parts, {
    head: (kind, text) => out.push({ kind, text }),
    item: (item, bullet) => out.push({ kind: 'item', item, bullet }),
    gap: () => out.push({ kind: 'gap' }),
  });
  return out;
}

// Lines pushed as the walk goes, with no blocks in between: this renders every item of every report.
function render(parts: Parts, h1: (s: string) => string, h2: (s: string) => string, h3: (s: string) => string, bullet: (i: NarrativeItem) => string): string {
  const heads = { title: h1, heading: h2, subheading: h3 };
  const out: string[] = [];
  walk(parts, {
    head: (kind, text) => out.push(heads[kind](text)),
    item: (item, bulleted) => out.push(bulleted ? bullet(item) : item.text),
    gap: () => out.push(''),
  });
  return `${out.join('\n')}\n`;
}

/** Plain text with headings and bullets, ready to paste into a committee report. */
export function renderText(parts: Parts): string {
  return render(parts, (s) => s, (s) => s, (s) => s, (i) => `• ${i.text}`);
}

/** Markdown, with each area-for-focus item led by its rating in words (red or amber). */
export function renderMarkdown(parts: Parts): string {
  return render(
    parts,
    (s) => `# ${s}`,
    (s) => `## ${s}`,
    (s) => `### ${s}`,
    (i) => {
      const word = i.rag === 'red' || i.rag === 'amber' ? RAG_WORD[i.rag] : null;
      return `- ${word ? `**${word}.** ` : ''}${i.text}`;
    },
  );
}
