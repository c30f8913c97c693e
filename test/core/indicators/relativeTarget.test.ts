/**
 * A target written as a change on a baseline ("Reduce by 5%", "Increase by 10%", "5% reduction on
 * 2023/24"), as corporate plans set them. The engine does not work out the figure it comes to (the
 * baseline is not always on the sheet, and "5%" of a percentage may be points or a share), so it is
 * not rated, as before; but the words say which way is better, and the trend was judged as if they
 * did not ("rose", "fell"), the polarity left as none. Worked out by hand before the engine was run,
 * reported on Q2 2024/25:
 * - fly-tipping, "Reduce by 5%": lower is better; 310 then 290, an improvement; not rated, to check;
 * - volunteers, "Increase by 10%": higher is better; 110 then 120, an improvement;
 * - CO2, "5% reduction on 2023/24": lower is better; 1,200 then 1,150, an improvement;
 * - satisfaction, "Improve by 5%": "improve" says no way: no polarity, as before;
 * - the target's warning says it is a change on a baseline, and which way is better, not merely that
 *   it is "not a number or a range".
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue } from '../../../src/core/values/types';

const values: RawValue[][] = [
  ['Ref', 'Measure', 'Target 2024/25', 'Q1 2024/25', 'Q2 2024/25'],
  ['A1', 'Number of fly-tipping incidents', 'Reduce by 5%', 310, 290],
  ['A2', 'Number of volunteers', 'Increase by 10%', 110, 120],
  ['A3', 'Tonnes of CO2 from council buildings', '5% reduction on 2023/24', 1200, 1150],
  ['A4', 'Resident satisfaction with the council (%)', 'Improve by 5%', 60, 62],
];

describe('a target set as a change on a baseline', () => {
  const r = buildReport([{ name: 'Plan', values }], parseConfig({}));

  it('gives the way that is better, where its words say it', () => {
    expect(r.items.map((i) => i.indicator.polarity)).toEqual(['lower', 'higher', 'lower', 'none']);
  });

  it('is not rated, but to check, and its trend is judged the way the words say', () => {
    expect(r.items.map((i) => [i.rating.status, i.rating.targetUnusable?.why.kind])).toEqual([
      ['no-target', 'text'],
      ['no-target', 'text'],
      ['no-target', 'text'],
      ['no-target', 'text'],
    ]);
    expect(r.items.slice(0, 3).map((i) => i.rating.shortTerm?.direction)).toEqual([
      'improving',
      'improving',
      'improving',
    ]);
  });

  it('is said to be a change on a baseline, with the way it makes better', () => {
    const said = r.issues.filter((i) => i.code === 'target-unreadable');
    expect(said.map((i) => i.cell)).toEqual(['C2', 'C3', 'C4', 'C5']);
    expect(said[0].message).toContain("'Reduce by 5%'");
    expect(said[0].message).toContain('a change on a baseline');
    expect(said[0].message).toContain('lower is better');
    expect(said[1].message).toContain('higher is better');
    expect(said[3].message).toContain('is not a number or a range');
    expect(r.issues.map((i) => i.code)).not.toContain('polarity-from-target-word');
  });

  it('gives way to a polarity column that says otherwise, which is said', () => {
    const other = buildReport(
      [
        {
          name: 'Plan',
          values: [
            ['Measure', 'Polarity', 'Target 2024/25', 'Q1 2024/25', 'Q2 2024/25'],
            ['Number of fly-tipping incidents', 'Higher', 'Reduce by 5%', 310, 290],
          ],
        },
      ],
      parseConfig({}),
    );
    expect(other.items[0].indicator.polarity).toBe('higher');
    expect(other.issues.map((i) => i.code)).toContain('polarity-conflict');
    const said = other.issues.find((i) => i.code === 'target-unreadable')!.message;
    expect(said).toContain('says lower is better');
    expect(said).not.toContain('judged');
  });

  it('is said in the narrative to be a change on a baseline, and its trend as better or worse', () => {
    const text = (r.narrative.check ?? []).map((i) => i.text);
    expect(text[0]).toContain(
      "It is not rated: its target is a change on a baseline ('Reduce by 5%' in C2), not the figure it comes to — please check it.",
    );
    expect(text[0]).toMatch(/better than 310 last quarter|improve/);
    expect(text[3]).toContain("its target is not a figure — please check it ('Improve by 5%' in C5)");
    expect(r.items[0].rating.reason).toContain("is a change on a baseline ('Reduce by 5%')");
  });
});
