/**
 * A district's quarterly report laid out as Dover's are: an annual target, the quarters' figures,
 * the sheet's own "RAG Status" and the service's comment. Council tax collected is cumulative (84.6 %
 * at Q3 against 97.5 % for the year), so it is not rated against the year's target; the service rates
 * it green, on its profile. Worked out by hand before the engine was run: the committee text, where
 * it asks the officer to check the figure, says what the sheet says of it — "The service rates it
 * green." — cited to the status cell; a rated indicator's text does not repeat the sheet's colour.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue } from '../../../src/core/values/types';

const values: RawValue[][] = [
  ['Revenues and Benefits – Quarter 3 2013/14'],
  [],
  ['PI', 'Description', 'Annual Target 2013/14', 'Q1', 'Q2', 'Q3', 'RAG Status', 'Comments'],
  [
    'EKS001',
    'Percentage of Council Tax collected (cumulative)',
    97.5,
    29.4,
    57.2,
    84.6,
    'Green',
    'On the profiled target to December.',
  ],
  ['EKS003', 'Average time taken to process new benefit claims (days)', 20, 22.4, 21.6, 30, 'Red', 'Backlog.'],
];

describe('a figure not rated, where the sheet gives its own colour', () => {
  const r = buildReport([{ name: 'Q3', values }], parseConfig({}));
  const all = [...(r.narrative.check ?? []), ...r.narrative.areasForFocus, ...r.narrative.performingWell];
  const said = (id: string) => all.find((p) => p.indicatorId === id)!;

  it('says the service’s colour after asking for the check, citing its cell', () => {
    expect(r.items.find((i) => i.indicator.id === 'EKS001')!.rating.rag).toBe('none');
    expect(said('EKS001').text).toContain('— please check it. The service rates it green.');
    expect(said('EKS001').cells.map((c) => c.cell)).toContain('G4');
  });

  it('does not repeat the sheet’s colour for an indicator it rates', () => {
    expect(said('EKS003').text).not.toContain('The service rates it');
  });
});
