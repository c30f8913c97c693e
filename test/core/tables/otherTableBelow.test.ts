/**
 * A corporate strategy report (Chorley's layout) with its key projects in a table of their own below
 * the indicators: "Ref | Project | Status | RAG | Commentary", no period columns. Its header row was
 * read as an indicator named "Project" ('RAG' not a figure, polarity 'Status' not recognised) and
 * each project as an indicator with no figure. Worked by hand: the indicators table ends at the
 * projects' header; the three indicators above are read; the projects are not, and a warning at the
 * header's name cell says why and how to have them reported.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue } from '../../../src/core/values/types';

const values: RawValue[][] = [
  ['Corporate Strategy Performance Report – Quarter 2 2024/25'],
  [],
  ['Ref', 'Indicator', 'Polarity', 'Q2 2024/25', 'Target', 'RAG', 'Commentary'],
  ['CS1', 'Number of affordable homes delivered', 'Bigger is better', 42, 50, 'Red', null],
  ['CS4', 'Number of visits to council leisure centres', 'Bigger is better', 142310, 135000, 'Green', null],
  ['CS7', '% of FOI requests answered within 20 working days', 'Bigger is better', 91, 90, 'Green', null],
  [],
  ['Key projects'],
  ['Ref', 'Project', 'Status', 'RAG', null, null, 'Commentary'],
  ['P1', 'Town centre regeneration – Phase 2', 'On track', 'Green', null, null, 'Demolition complete.'],
  ['P2', 'Leisure centre decarbonisation', 'Delayed', 'Amber', null, null, 'Heat pump delivery delayed.'],
];

describe('a table of another kind below the indicators', () => {
  const r = buildReport([{ name: 'Corporate Strategy Q2', values }], parseConfig({}));

  it('ends the indicators table: its header and rows are no indicators', () => {
    expect(r.items.map((i) => i.indicator.id)).toEqual(['CS1', 'CS4', 'CS7']);
    expect(r.issues.map((i) => i.code)).not.toContain('figure-unreadable');
    expect(r.issues.map((i) => i.code)).not.toContain('polarity-unknown');
  });

  it('is said, at its header, with how to have it reported', () => {
    const notRead = r.issues.filter((i) => i.code === 'other-table-not-read');
    expect(notRead.map((i) => [i.cell, i.severity])).toEqual([['B9', 'warning']]);
    expect(notRead[0].message).toContain("('Ref', 'Project', 'Status', 'RAG', 'Commentary')");
  });
});
