import { DEFAULT_CONFIG } from '../../src/core/config/defaults';
import { buildReport } from '../../src/core/report/buildReport';
import { itemParts, narrativeParagraphs } from '../../src/app/narrativeLinks';
import { SMALL_GRID } from '../excel/sampleWorkbook';

describe('the narrative for checking in the pane', () => {
  const report = buildReport([SMALL_GRID], DEFAULT_CONFIG);

  it('cuts each sentence at its figures, each tied to the cell it came from, losing no text', () => {
    const item = report.narrative.performingWell[0];
    const parts = itemParts(item);
    expect(parts.map((p) => p.text).join('')).toBe(item.text);
    // CS01: 92 per cent (F4) against 90 per cent (D4), up from 85 per cent (E4).
    expect(parts.filter((p) => p.cell).map((p) => [p.text, `${p.cell!.sheet}!${p.cell!.cell}`])).toEqual([
      ['92 per cent', 'Scorecard!F4'],
      ['90 per cent', 'Scorecard!D4'],
      ['85 per cent', 'Scorecard!E4'],
    ]);
  });

  it('gives the paragraphs in reading order, headings and the scorecard’s sections included', () => {
    const paragraphs = narrativeParagraphs(report.narrative);
    const plain = paragraphs.map((p) => `${p.kind}: ${p.parts.map((x) => x.text).join('')}`);
    expect(plain.slice(0, 5)).toEqual([
      'title: Performance summary: Q2 2021/22',
      `item: ${report.narrative.summary[0].text}`,
      'heading: Red indicators',
      `item: ${report.narrative.reds[0].text}`,
      'heading: RAG summary',
    ]);
    expect(plain).toContain('item: Red (1): Plans reviewed on time');
    expect(plain).toContain('heading: Performing well');
    expect(plain).toContain('subheading: Children in care');
    expect(plain).toContain('heading: Areas for focus');
    const text = report.narrative.text
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => l.replace(/^• /, ''));
    expect(paragraphs.map((p) => p.parts.map((x) => x.text).join(''))).toEqual(text);
  });
});
