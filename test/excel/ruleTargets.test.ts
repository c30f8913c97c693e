import type { RagRuleBlock } from '../../src/core/rating/types';
import { MAX_AREAS_ADDRESS, htmlColour, ruleTargets } from '../../src/excel/ruleTargets';

const block = (ranges: string[]): RagRuleBlock => ({
  sheet: 'Scorecard',
  ranges,
  rules: [{ rag: 'green', formula: 'AND(N("m")=0,ISNUMBER(F5),F5>=$E5)', fill: 'FFC6EFCE', font: '006100' }],
});

describe('ruleTargets', () => {
  it('puts one rule over all of a block’s ranges when Excel has RangeAreas', () => {
    const { targets, issue } = ruleTargets(block(['F5:F9', 'F12:F14']), true);
    expect(issue).toBeNull();
    expect(targets).toEqual([
      {
        sheet: 'Scorecard',
        address: 'F5:F9, F12:F14',
        multi: true,
        rules: [{ formula: '=AND(N("m")=0,ISNUMBER(F5),F5>=$E5)', fill: '#C6EFCE', font: '#006100' }],
      },
    ]);
  });

  it('joins the areas with the separator this Excel takes', () => {
    expect(ruleTargets(block(['F5:F9', 'F12:F14']), true, ';').targets[0].address).toBe('F5:F9; F12:F14');
  });

  it('otherwise gives each range its own rule, the formula moved to that range’s top-left cell', () => {
    const { targets } = ruleTargets(block(['F5:F9', 'F12:F14']), false);
    expect(targets.map((t) => [t.address, t.multi, t.rules[0].formula])).toEqual([
      ['F5:F9', false, '=AND(N("m")=0,ISNUMBER(F5),F5>=$E5)'],
      ['F12:F14', false, '=AND(N("m")=0,ISNUMBER(F12),F12>=$E12)'],
    ]);
  });

  it('cuts a block whose address would be too long into groups, each anchored at its own first range', () => {
    const ranges = Array.from({ length: 1200 }, (_, i) => `F${5 + 2 * i}`);
    const { targets } = ruleTargets(block(ranges), true);
    expect(targets.length).toBeGreaterThan(1);
    expect(targets.every((t) => t.address.length <= MAX_AREAS_ADDRESS)).toBe(true);
    expect(targets.flatMap((t) => t.address.split(', '))).toEqual(ranges);
    const second = targets[1];
    const top = second.address.split(', ')[0];
    expect(second.rules[0].formula).toBe(`=AND(N("m")=0,ISNUMBER(${top}),${top}>=$E${top.slice(1)})`);
  });

  it('reports a block it cannot place, rather than colouring the wrong cells', () => {
    expect(ruleTargets(block(['F9', 'F5']), true).issue?.message).toBe(
      'Scorecard!F9: the first range is not the top-left of F9 F5, so the rules would be misplaced; no RAG colours were written for them.',
    );
    expect(ruleTargets(block(['F5:', 'F9']), true).issue?.code).toBe('rule-range-invalid');
  });
});

describe('htmlColour', () => {
  it('takes ARGB, RGB or #RGB and gives #RRGGBB; anything else is a bug in the plan', () => {
    expect([htmlColour('FFC6EFCE'), htmlColour('c6efce'), htmlColour('#FFEB9C')]).toEqual([
      '#C6EFCE',
      '#C6EFCE',
      '#FFEB9C',
    ]);
    expect(() => htmlColour('green')).toThrow('Not a colour');
  });
});
