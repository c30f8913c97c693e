/**
 * A measure whose sheet gives a target but says neither way is better (polarity "None", "n/a") is
 * not rated: a context measure. The opening said it was "without a target", which the sheet
 * contradicts. Worked out by hand before the engine was run: children in care, 1,493 against a
 * target of 1,450, polarity None; foster placements, 78.5 % against 85 %, higher is better: red.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue } from '../../../src/core/values/types';

const report = (rows: RawValue[][]) =>
  buildReport(
    [
      {
        name: 'SCS',
        values: [['Ref', 'Indicator', 'Polarity', 'Aug-24', 'Sep-24', 'Target'], ...rows],
      },
    ],
    parseConfig({}),
  );
const FOSTER = ['SCS10', 'Children in care placed in foster care (%)', 'Higher', 78.4, 78.5, 85];

describe('the opening on context measures', () => {
  it('does not say a measure with a target has none', () => {
    const r = report([['SCS09', 'Number of children in care (excluding UASC)', 'None', 1488, 1493, 1450], FOSTER]);
    expect(r.items.map((i) => [i.indicator.id, i.rating.status])).toEqual([
      ['SCS09', 'no-target'],
      ['SCS10', 'rated'],
    ]);
    expect(r.narrative.summary[0].text).toContain(
      'One more is a context measure with a target but no direction to rate it by.',
    );
  });

  it('says "without a target or a direction to rate by" where some have a target and some none', () => {
    const r = report([
      ['SCS09', 'Number of children in care (excluding UASC)', 'None', 1488, 1493, 1450],
      ['SCS11', 'Number of children subject to a child protection plan', 'None', 1102, 1098, null],
      FOSTER,
    ]);
    expect(r.narrative.summary[0].text).toContain(
      'A further 2 are context measures without a target or a direction to rate them by.',
    );
  });

  it('keeps "without a target" where none has one', () => {
    const r = report([
      ['SCS11', 'Number of children subject to a child protection plan', 'None', 1102, 1098, null],
      FOSTER,
    ]);
    expect(r.narrative.summary[0].text).toContain('One more is a context measure without a target.');
  });
});
