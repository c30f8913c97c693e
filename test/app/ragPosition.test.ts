import type { IndicatorSummary } from '../../src/app/hostApi';
import { ragChanges, ragPosition } from '../../src/app/ragPosition';

function indicator(id: string, rag: IndicatorSummary['rag'], label?: string): IndicatorSummary {
  const words = { green: 'Green', amber: 'Amber', red: 'Red', none: 'No target' };
  return {
    id,
    name: `Indicator ${id}`,
    group: 'Scorecard',
    sheet: 'Scorecard',
    cell: `F${id.length + 3}`,
    rag,
    label: label ?? words[rag],
    detail: '',
    settingsKey: id,
    settings: null,
    targetUnits: null,
    targetSource: null,
  };
}

describe('the RAG position at a glance', () => {
  it('counts each rating, problems first, and says the whole in a sentence', () => {
    const position = ragPosition([
      indicator('A', 'green'),
      indicator('B', 'red'),
      indicator('C', 'green'),
      indicator('D', 'none', 'No data'),
    ]);
    expect(position.bars.map((b) => [b.label, b.count, b.share])).toEqual([
      ['Red', 1, 0.25],
      ['Amber', 0, 0],
      ['Green', 2, 0.5],
      ['Not rated', 1, 0.25],
    ]);
    expect(position.sentence).toBe('4 indicators: 1 red, 0 amber, 2 green and 1 not rated.');
  });

  it('writes large counts as the narrative does, with thousands separators', () => {
    const many = Array.from({ length: 2000 }, (_, i) => indicator(`X${i}`, i < 1250 ? 'green' : 'amber'));
    const position = ragPosition(many);
    expect(position.sentence).toBe('2,000 indicators: 0 red, 750 amber, 1,250 green and 0 not rated.');
    expect(position.bars.find((b) => b.rag === 'green')?.countText).toBe('1,250');
  });

  it('says so for an empty scorecard without dividing by nothing', () => {
    const position = ragPosition([]);
    expect(position.sentence).toBe('0 indicators: 0 red, 0 amber, 0 green and 0 not rated.');
    expect(position.bars.every((b) => b.share === 0)).toBe(true);
  });
});

describe('what changed rating between two readings', () => {
  it('lists each change, better or worse, in the later order, and leaves out new and removed indicators', () => {
    const before = [indicator('A', 'amber'), indicator('B', 'green'), indicator('C', 'red'), indicator('GONE', 'red')];
    const after = [
      indicator('C', 'none', 'No data'),
      indicator('B', 'red'),
      indicator('A', 'green'),
      indicator('NEW', 'green'),
    ];
    expect(ragChanges(before, after).map((c) => [c.name, c.from, c.to, c.better])).toEqual([
      ['Indicator C', 'Red', 'No data', null],
      ['Indicator B', 'Green', 'Red', false],
      ['Indicator A', 'Amber', 'Green', true],
    ]);
  });

  it('lists a change between two kinds of not rated', () => {
    expect(ragChanges([indicator('A', 'none', 'No data')], [indicator('A', 'none', 'No target')])).toEqual([
      expect.objectContaining({ from: 'No data', to: 'No target', better: null }),
    ]);
  });

  it('finds nothing when nothing changed', () => {
    const same = [indicator('A', 'amber'), indicator('B', 'green')];
    expect(ragChanges(same, same)).toEqual([]);
  });
});
