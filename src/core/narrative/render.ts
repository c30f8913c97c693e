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

function render(parts: Parts, h1: (s: string) => string, h2: (s: string) => string, h3: (s: string) => string, bullet: (i: NarrativeItem) => string): string {
  const out: string[] = [h1(`Performance summary: ${parts.period}`), '', ...parts.summary.map((i) => i.text)];
  for (const [key, title] of NARRATIVE_SECTIONS) {
    const items = parts[key];
    if (!items.length) continue;
    out.push('', h2(title));
    for (const g of bySection(items)) {
      if (g.section) out.push('', h3(g.section));
      for (const item of g.items) out.push(bullet(item));
    }
  }
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
