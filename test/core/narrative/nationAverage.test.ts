/**
 * A Scottish council's benchmarking table (the LGBF's) sets each figure beside "Scotland 2023/24"
 * and its family group's average. The Scotland column was said to be "the national average"; a
 * Scottish committee report says "the Scottish average", as a Welsh one says "the Wales average".
 * Worked out by hand before the engine was run (the sentence that says two averages of one period
 * together, "the averages for Northern Ireland (…) and the family group (…)", is the engine's own form).
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { SheetGrid } from '../../../src/core/values/types';

const grid = (benchmark: string): SheetGrid => ({
  name: 'LGBF',
  values: [
    ['Code', 'Indicator', '2022/23', '2023/24', benchmark, 'Family group average'],
    ['CHN1', 'Cost per primary school pupil (£)', 7289, 7654, 7812, 7701],
  ],
});

const sentence = (benchmark: string) => buildReport([grid(benchmark)], parseConfig({})).narrative.context[0].text;

describe("an average for the whole of one of the UK's nations", () => {
  it('is named as that nation, not as "national"', () => {
    expect(sentence('Scotland 2023/24')).toContain(
      'It is below both the 2023/24 Scottish average of £7,812 and the family group average of £7,701.',
    );
    // Beside another average for the same period, the two are said together, each by whom it is for.
    expect(sentence('Northern Ireland average')).toContain(
      'It is below the averages for Northern Ireland (£7,812) and the family group (£7,701).',
    );
    expect(sentence('UK average')).toContain('the averages for the UK (£7,812)');
  });

  it('keeps "the national average" where the header says only that', () => {
    expect(sentence('National average')).toContain('the national average of £7,812');
  });
});
