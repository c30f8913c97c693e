import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import { reportJsonText, reportToJson } from '../../../src/core/report/toJson';
import type { SheetGrid } from '../../../src/core/values/types';

const grid: SheetGrid = {
  name: 'Scorecard',
  values: [
    ['Indicator', 'Target', 'Q1 2021/22', 'Q2 2021/22', 'Good is'],
    ['Assessments on time', 90, 88, 92, 'Higher'],
    ['Re-referrals', 20, 18, 26, 'Lower'],
    ['Children in care', null, 410, 402, null],
    ['Adoptions', 60, 50, null, 'Higher'],
  ],
};

describe('the report as JSON: the narrative', () => {
  const report = buildReport([grid], parseConfig({}));

  it('has every part of the narrative, in the narrative’s order, its whole text last', () => {
    const printed = JSON.parse(Array.from(reportJsonText(report)).join('')).narrative;
    expect(Object.keys(printed)).toEqual(Object.keys(report.narrative));
    expect(printed).toEqual(JSON.parse(JSON.stringify(report.narrative)));
    expect(printed.text).toBe(report.narrative.text);
    expect(printed.text).toContain('Re-referrals');
  });

  it('is the same made at once or written in pieces', () => {
    expect(Array.from(reportJsonText(report)).join('')).toBe(`${JSON.stringify(reportToJson(report), null, 2)}\n`);
  });
});
