/**
 * Kent's directorate scorecards mark each indicator's polarity H, L or T, T being "The aim of this
 * indicator is to stay close to the target that has been set" (their Guidance Notes). "T" is no
 * polarity the engine reads: it said so, then guessed a direction from the name and rated it, green
 * for 1,380 children in care against 1,450 and for 700 foster carer households against 650. The
 * sheet states a polarity, so a guess overrides what the sheet says: the indicator is not rated until
 * the polarity is checked, with what the sheet's own RAG says of it beside. The answers below were
 * worked out by hand before the engine was run (but for the sentences' closing movement on last
 * month, which is as a context measure's, and is right).
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import { reportToJson } from '../../../src/core/report/toJson';
import type { SheetGrid } from '../../../src/core/values/types';

const grid: SheetGrid = {
  name: 'SCS Scorecard',
  values: [
    ['Children, Young People and Education Directorate Scorecard'],
    [
      'Ref',
      'Indicator Description',
      'Polarity',
      'July 2024',
      'August 2024',
      'September 2024',
      'RAG',
      'Floor Standard',
      'Target',
    ],
    [
      'SCS01',
      '% of case holding posts filled by permanent qualified social workers',
      'H',
      83.1,
      83.5,
      84,
      'Amber',
      80,
      85,
    ],
    ['SCS09', 'Number of children in care (excluding UASC)', 'T', 1410, 1405, 1380, null, null, 1450],
    ['SCS12', 'Number of foster carer households', 'T', 630, 640, 700, 'Green', 600, 650],
    ['SCS15', 'Number of children on a child protection plan', 'T', 1102, 1080, 1095, null, null, null],
  ],
};

describe('a polarity the sheet states in a word the engine does not read', () => {
  const r = buildReport([grid], parseConfig({}));
  // Nothing in the sheet states which way is better for SCS09 and SCS12 but their "T".
  const item = (id: string) => r.items.find((i) => i.indicator.id === id)!;

  it('is not rated until the polarity is checked, and no direction is guessed', () => {
    expect(r.period?.label).toBe('September 2024');
    const cic = item('SCS09');
    expect([cic.rating.rag, cic.rating.status, cic.rating.polarityUnread]).toEqual([
      'none',
      'no-target',
      { cell: 'C4', shown: 'T' },
    ]);
    expect(cic.indicator.warnings.map((w) => w.code)).toEqual(['polarity-unknown']);
    expect(cic.indicator.warnings[0].message).toBe(
      "SCS Scorecard!C4: polarity 'T' is not recognised (use Higher, Lower, Within range or None), so 'Number of children in care (excluding UASC)' is not rated until it is set.",
    );
    expect(r.issues.some((i) => i.code === 'polarity-assumed')).toBe(false);
    // Listed with the indicators to check, not as performing well nor as a context measure.
    expect(r.narrative.performingWell.map((i) => i.indicatorId)).toEqual([]);
    expect(r.narrative.context.map((i) => i.indicatorId)).toEqual(['SCS15']);
    expect(r.narrative.check?.map((i) => i.indicatorId)).toEqual(['SCS09', 'SCS12']);
    expect(r.narrative.check?.[0].text).toBe(
      "Children in care (excluding UASC; SCS09) stood at 1,380. It is not rated: its polarity is not one this report reads — please check it ('T' in C4). That is down from 1,405 last month.",
    );
    expect(r.narrative.text).toContain(
      '2 indicators are not rated until their polarity is checked: Children in care (excluding UASC) and Foster carer households.',
    );
    const json = reportToJson(r).indicators.find((i) => i.id === 'SCS09')!;
    expect([json.rag, json.polarityUnread]).toEqual(['none', { cell: 'C4', shown: 'T' }]);
  });

  it("is not settled by the sheet's own RAG either, which is said beside it", () => {
    // 700 against 650, rated Green by the sheet: "stay close to the target" is no direction, so none is taken from one colour.
    const foster = item('SCS12');
    expect([foster.rating.rag, foster.indicator.polarity, foster.rating.polarityUnread]).toEqual([
      'none',
      'none',
      { cell: 'C5', shown: 'T' },
    ]);
    expect(r.narrative.check?.[1].text).toBe(
      "Foster carer households (SCS12) stood at 700. It is not rated: its polarity is not one this report reads — please check it ('T' in C5). The service rates it green. That is up from 640 last month.",
    );
    expect(r.issues.filter((i) => i.code === 'polarity-unknown').map((i) => i.cell)).toEqual(['C4', 'C5', 'C6']);
    expect(r.issues.filter((i) => i.code === 'rag-disagrees').map((i) => i.cell)).toEqual(['G5']);
  });

  it('leaves a stated polarity and a measure without a target as they were', () => {
    expect([item('SCS01').rating.rag, item('SCS01').indicator.polarity]).toEqual(['amber', 'higher']);
    // No target: a context measure, as before, its warning without "not rated".
    const cp = item('SCS15');
    expect([cp.rating.status, cp.indicator.polarity, cp.rating.polarityUnread]).toEqual([
      'no-target',
      'none',
      undefined,
    ]);
    expect(cp.indicator.warnings.map((w) => w.message)).toEqual([
      "SCS Scorecard!C6: polarity 'T' is not recognised (use Higher, Lower, Within range or None).",
    ]);
  });
});
