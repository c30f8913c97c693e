/**
 * A landlord's monthly scorecard (West Lancashire's and Rotherham's tenant satisfaction measures)
 * puts its perception measures under "Tenant perception measures (annual survey)": their months are
 * blank all year and only last year's column has a figure. They were said to have "nothing entered"
 * for September, as if a month's figure were missing; the section says they are measured once a
 * year. The answers below were worked out by hand before the engine was run.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { SheetGrid } from '../../../src/core/values/types';

const grid: SheetGrid = {
  name: 'TSMs',
  values: [
    ['Landlord Services: Tenant Satisfaction Measures and KPIs 2024/25'],
    ['Ref', 'Measure', 'Polarity', 'Target 2024/25', 'Jul-24', 'Aug-24', 'Sep-24', '2023/24'],
    ['Keeping properties in good repair'],
    [
      'RP01',
      '% of non-emergency repairs completed within target timescale',
      'Higher is better',
      90,
      88.1,
      91.4,
      null,
      87.9,
    ],
    [
      'RP02',
      '% of emergency repairs completed within target timescale',
      'Higher is better',
      98,
      98.6,
      99.1,
      98.8,
      97.2,
    ],
    ['RP03', '% of homes that do not meet the Decent Homes Standard', 'Lower is better', 2, 1.9, 1.8, 1.8, 2.4],
    ['Tenant perception measures (annual survey)'],
    [
      'TP01',
      'Proportion of respondents satisfied with the overall service',
      'Higher is better',
      70,
      null,
      null,
      null,
      62,
    ],
    [
      'TP05',
      'Proportion of respondents satisfied that their home is safe',
      'Higher is better',
      75,
      null,
      null,
      null,
      65,
    ],
  ],
};

describe('a section that says its measures are annual', () => {
  const r = buildReport([grid], parseConfig({}));
  const item = (id: string) => r.items.find((i) => i.indicator.id === id)!;

  it('has its blank months reported annually, not missing, and does not hold the report back a month', () => {
    // September: 2 of the 3 monthly measures filled in; the annual ones are not counted against it.
    expect(r.period?.label).toBe('September 2024');
    for (const id of ['TP01', 'TP05']) {
      expect(item(id).indicator.frequency).toBe('annual');
      expect([item(id).rating.status, item(id).rating.reportedAnnually, item(id).rating.reason]).toEqual([
        'no-data',
        true,
        'reported annually',
      ]);
    }
    expect(r.narrative.text).not.toMatch(/satisfied with the overall service[^.]*nothing has been entered/);
    // Said once, naming the section's title.
    const notes = r.issues.filter((i) => i.code === 'annual-from-section');
    expect(notes.map((i) => [i.sheet, i.cell, i.severity])).toEqual([['TSMs', 'A7', 'info']]);
    expect(notes[0].message).toContain("'Tenant perception measures (annual survey)'");
  });

  it("leaves a month's missing figure in another section missing", () => {
    // RP01 has no figure for September: data not available, as before.
    expect([item('RP01').rating.status, item('RP01').rating.reportedAnnually]).toEqual(['no-data', false]);
    expect(item('RP01').indicator.frequency).toBeFalsy();
    expect(item('RP02').rating.rag).toBe('green');
  });
});
