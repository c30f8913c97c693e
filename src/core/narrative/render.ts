import type { Narrative, NarrativeItem, RagSummary } from './types';
import { countText } from './phrases';
import { markdownText, safePlainText } from './outputSafety';

type Parts = Omit<Narrative, 'text'>;

/** The narrative's headed lists, in reading order. */
export const NARRATIVE_SECTIONS = [
  ['performingWell', 'Performing well'],
  ['areasForFocus', 'Areas for focus'],
  ['check', 'Not rated — please check'],
  ['context', 'Context measures'],
  ['inWords', 'Progress reported in words'],
  ['noData', 'Data not available'],
] as const;

/** The heading of the reds' list, after the opening. */
export const REDS_HEADING = 'Red indicators';
/** The heading of the RAG summary. */
export const RAG_SUMMARY_HEADING = 'RAG summary';

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

/**
 * The RAG summary's lines as committees print it: "Green (9): name; name; …", then "Data currently
 * unavailable: 2" (and those reported annually). A rating with no indicators says "none".
 */
export function ragSummaryLines(r: RagSummary): string[] {
  const line = (word: string, names: readonly string[]) =>
    `${word} (${countText(names.length)}): ${names.length ? names.join('; ') : 'none'}`;
  const lines = [
    line('Green', r.green),
    line('Amber', r.amber),
    line('Red', r.red),
    `Data currently unavailable: ${countText(r.unavailable)}`,
  ];
  if (r.annual) lines.push(`Reported annually: ${countText(r.annual)}`);
  if (r.notDue) lines.push(`Not due this period: ${countText(r.notDue)}`);
  if (r.inWords) lines.push(`Reported in words: ${countText(r.inWords)}`);
  if (r.notRead) lines.push(`Figure given but not read: ${countText(r.notRead)}`);
  return lines;
}

/** One block of the narrative in reading order: its title, a heading, a scorecard section's heading, an item, a line of the RAG summary, or a gap. */
export type NarrativeBlock =
  | { readonly kind: 'title' | 'heading' | 'subheading'; readonly text: string }
  | { readonly kind: 'item'; readonly item: NarrativeItem; readonly bullet: boolean }
  | { readonly kind: 'line'; readonly text: string }
  | { readonly kind: 'gap' };

/** What a walk through the narrative meets, in reading order. */
interface NarrativeVisitor {
  head(kind: 'title' | 'heading' | 'subheading', text: string): void;
  item(item: NarrativeItem, bullet: boolean): void;
  line(text: string): void;
  gap(): void;
}

/**
 * Walks the narrative: the title (with the period, said once), the opening, the reds, the RAG
 * summary, then each headed list grouped by the scorecard's sections. In a committee or exceptions
 * report each item is a paragraph of its own; in a briefing, a bulleted line.
 */
function walk(parts: Parts, visit: NarrativeVisitor): void {
  visit.head('title', `Performance summary: ${parts.period}`);
  visit.gap();
  for (const item of parts.summary) visit.item(item, false);
  if (parts.reds.length) {
    visit.gap();
    visit.head('heading', REDS_HEADING);
    for (const item of parts.reds) visit.item(item, true);
  }
  visit.gap();
  visit.head('heading', RAG_SUMMARY_HEADING);
  for (const line of ragSummaryLines(parts.ragSummary)) visit.line(line);
  const paragraphs = parts.style !== 'briefing';
  for (const [key, title] of NARRATIVE_SECTIONS) {
    const items = parts[key] ?? [];
    if (!items.length) continue;
    visit.gap();
    visit.head('heading', title);
    for (const g of bySection(items)) {
      if (g.section) {
        visit.gap();
        visit.head('subheading', g.section);
      }
      g.items.forEach((item, i) => {
        if (paragraphs && i > 0) visit.gap();
        visit.item(item, !paragraphs);
      });
    }
  }
}

/** The narrative as blocks, in the order the text and Markdown renderers write it. */
export function narrativeBlocks(parts: Parts): NarrativeBlock[] {
  const out: NarrativeBlock[] = [];
  walk(parts, {
    head: (kind, text) => out.push({ kind, text }),
    item: (item, bullet) => out.push({ kind: 'item', item, bullet }),
    line: (text) => out.push({ kind: 'line', text }),
    gap: () => out.push({ kind: 'gap' }),
  });
  return out;
}

// Lines pushed as the walk goes, with no blocks in between: this renders every item of every report.
function render(
  parts: Parts,
  h1: (s: string) => string,
  h2: (s: string) => string,
  h3: (s: string) => string,
  bullet: (i: NarrativeItem) => string,
  paragraph: (i: NarrativeItem) => string,
  line: (s: string) => string,
): string {
  const heads = { title: h1, heading: h2, subheading: h3 };
  const out: string[] = [];
  walk(parts, {
    head: (kind, text) => out.push(heads[kind](text)),
    item: (item, bulleted) => out.push(bulleted ? bullet(item) : paragraph(item)),
    line: (text) => out.push(line(text)),
    gap: () => out.push(''),
  });
  // Ends with a line break; joined so, the text is one flat string, not a join with "\n" tacked on.
  out.push('');
  return out.join('\n');
}

/**
 * Plain text with headings and bullets, ready to paste into a committee report (and safe to paste
 * into a spreadsheet: see `outputSafety.ts`).
 */
export function renderText(parts: Parts): string {
  return safePlainText(
    render(
      parts,
      (s) => s,
      (s) => s,
      (s) => s,
      (i) => `• ${i.text}`,
      (i) => i.text,
      (s) => s,
    ),
  );
}

/**
 * Markdown, with each area-for-focus item led by its rating in words (red or amber). What comes
 * from the workbook's cells is escaped (see `outputSafety.ts`): shown as written, never as markup.
 */
export function renderMarkdown(parts: Parts): string {
  const word = (i: NarrativeItem) => {
    const w =
      parts.summary.includes(i) || parts.reds.includes(i)
        ? null
        : i.rag === 'red' || i.rag === 'amber'
          ? RAG_WORD[i.rag]
          : null;
    return w ? `**${w}.** ` : '';
  };
  return render(
    parts,
    (s) => `# ${markdownText(s)}`,
    (s) => `## ${markdownText(s)}`,
    (s) => `### ${markdownText(s)}`,
    (i) => `- ${word(i)}${markdownText(i.text)}`,
    (i) => `${word(i)}${markdownText(i.text)}`,
    (s) => `- ${markdownText(s)}`,
  );
}
