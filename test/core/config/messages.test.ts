import { pathText } from '../../../src/core/config/messages';

describe('pathText', () => {
  test.each<[PropertyKey[], string]>([
    [[], 'configuration'],
    [['style', 'percent'], 'style.percent'],
    [['indicators', 'CS01', 'tolerance', 'value'], 'indicators.CS01.tolerance.value'],
    [['indicators', 'NI 62', 'target'], 'indicators["NI 62"].target'],
    [['indicators', '% of assessments', 'unit'], 'indicators["% of assessments"].unit'],
    [['tables', 0, 'columns', 'E'], 'tables[0].columns.E'],
    [['tables', 1, 'columns', 'Good is'], 'tables[1].columns["Good is"]'],
  ])('%p → %p', (path, expected) => {
    expect(pathText(path)).toBe(expected);
  });
});
