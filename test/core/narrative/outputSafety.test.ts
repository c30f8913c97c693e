/**
 * What the officer's cells hold is shown as written in every output, and never acts where the text
 * is pasted: no line of the text that a spreadsheet reads as a formula, no markup, HTML or link in
 * the Markdown, and no bidirectional control left open in the text, the Markdown or the Narrative
 * sheet.
 */
import { planNarrativeSheet } from '../../../src/core/annotate/narrativeSheet';
import { parseConfig } from '../../../src/core/config/schema';
import { renderMarkdown } from '../../../src/core/narrative/render';
import { markdownText, safePlainText } from '../../../src/core/narrative/outputSafety';
import { buildReport } from '../../../src/core/report/buildReport';
import { narrativeMeta } from '../../../src/core/report/narrativeMeta';
import type { SheetGrid } from '../../../src/core/values/types';

const RLO = '\u202E';
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;

// Section rows and names as a hostile (or careless) workbook might hold them, beside an ordinary one.
const grid: SheetGrid = {
  name: 'Scorecard',
  values: [
    ['Ref', 'Indicator', 'Good is', 'Target', 'Q1 2021/22', 'Q2 2021/22', 'Commentary'],
    [null, '=1+1'],
    ['X1', '@SUM(A1:A9) visits', 'Higher', 90, 80, 70, 'Fell.\n=HYPERLINK("http://evil.example","Click")'],
    ['X2', '<script>alert(1)</script> referrals', 'Higher', 90, 80, 70],
    ['X3', '[Click here](javascript:alert(1)) cases', 'Higher', 90, 95, 96],
    ['X4', `Invoices paid ${RLO}syad 03 nihtiw`, 'Higher', 90, 95, 96],
    [null, 'Early Help'],
    ['X5', '% of children seen within 5 working days', 'Higher', 90, 91.4, 92.3],
  ],
};
const report = buildReport([grid], parseConfig({}));
const text = report.narrative.text;
const markdown = renderMarkdown(report.narrative);

describe('the text output', () => {
  it('starts no line with a character that begins a formula, and shows the names with an apostrophe before them', () => {
    const lines = text.split('\n');
    expect(lines.filter((l) => /^[=+\-@\t\r]/.test(l))).toEqual([]);
    expect(lines).toContain("'=1+1");
    expect(lines.some((l) => l.startsWith("'@SUM(A1:A9) visits"))).toBe(true);
    // A comment over two lines is run into one sentence: its second line starts no line of its own.
    expect(text).toContain('Service comment: “Fell. =HYPERLINK(');
  });

  it('leaves an ordinary line as it was', () => {
    expect(text.split('\n')).toContain('Early Help');
    expect(text).toContain('Children seen within 5 working days (X5) stood at 92.3 per cent');
  });

  it('holds no bidirectional control, and keeps the letters it governed', () => {
    expect(text).not.toMatch(BIDI);
    expect(text).toContain('Invoices paid syad 03 nihtiw');
  });
});

describe('the Markdown output', () => {
  it('carries no HTML tag, link or image from a cell: they are escaped and shown as written', () => {
    expect(markdown).not.toContain('<script>');
    expect(markdown).toContain('\\<script\\>alert(1)\\</script\\> referrals');
    expect(markdown).not.toMatch(/(?<!\\)\]\(javascript:/);
    expect(markdown).toContain('\\[Click here\\](javascript:alert(1)) cases');
  });

  it('makes no heading, list or quote of a cell: a section "=1+1" is a heading whose text is escaped', () => {
    expect(markdown.split('\n')).toContain('### \\=1+1');
    expect(markdown).not.toMatch(BIDI);
  });

  it('keeps its own markup: headings, the rating in bold and the RAG summary list', () => {
    expect(markdown).toMatch(/^# Performance summary: Q2 2021\/22$/m);
    expect(markdown).toMatch(/^## Areas for focus$/m);
    expect(markdown).toMatch(/^\*\*Red\.\*\* /m);
    expect(markdown).toMatch(/^- Green \(/m);
  });
});

describe('the Narrative sheet', () => {
  it('holds no bidirectional control in any cell', () => {
    const plan = planNarrativeSheet(report.narrative, narrativeMeta(report, 'Drafted from hostile.xlsx'));
    const texts = Array.from(plan.rows).flatMap((r) => r.cells.flatMap((c) => (c.kind === 'count' ? [] : [c.text])));
    expect(texts.some((t) => t.includes('Invoices paid syad 03 nihtiw'))).toBe(true);
    expect(texts.filter((t) => BIDI.test(t))).toEqual([]);
  });
});

describe('the escaping itself', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+44 1234', "'+44 1234"],
    ['-5 per cent', "'-5 per cent"],
    ['@user', "'@user"],
    ['\tindented', "'\tindented"],
    ['one\rtwo', 'one\ntwo'],
    ['a = b', 'a = b'],
    ['red\u001b[2Jalert\u0007', 'red[2Jalert'],
    ['fine\n=SUM(A1:A9)\r\n@x\nfine', "fine\n'=SUM(A1:A9)\n'@x\nfine"],
    [`left ${RLO}open\n-1`, "left open\n'-1"],
    ['nothing to change\nhere\n', 'nothing to change\nhere\n'],
  ])('plain text %j → %j', (input, output) => {
    expect(safePlainText(input)).toBe(output);
  });

  it.each([
    ['# not a heading', '\\# not a heading'],
    ['1. not a list', '1\\. not a list'],
    ['> not a quote', '\\> not a quote'],
    ['Fish & chips', 'Fish & chips'],
    ['&lt;b&gt;', '&amp;lt;b&amp;gt;'],
    ['a_b*c`d|e~f\\g', 'a\\_b\\*c\\`d\\|e\\~f\\\\g'],
    ['two\n===', 'two\n\\==='],
    ['92.7 per cent (CSC04)', '92.7 per cent (CSC04)'],
  ])('Markdown %j → %j', (input, output) => {
    expect(markdownText(input)).toBe(output);
  });
});
