/**
 * A name that says which period its figures are for, where that is not the column they are read
 * from. Modelled on a district council's quarterly report (Maidstone's leisure figures are "Q4 & Q1
 * data (Jan 2023 – June 2023)" in the column for Q2 2023/24) and on the lagged measures councils
 * report a quarter behind. Worked out by hand, for a report on Q2 2023/24 (July to September 2023):
 * - leisure visits, "Q4 & Q1 data (Jan 2023 – June 2023)": January to June 2023 does not take in
 *   July to September 2023: warned;
 * - benefit claims "(Q1 data)": Q1 is not Q2: warned;
 * - recycling "(reported one quarter in arrears)": the figure is for an earlier quarter: warned;
 * - GCSE results for "(2022/23 academic year)", September 2022 to August 2023: warned;
 * - parks "(April – September)": takes in July to September: not warned;
 * - fly-tipping "(2023/24)": the year takes in the quarter: not warned;
 * - tenants in arrears, homes delivered since April 2020, households "(as at 30 September 2023)",
 *   sickness "(rolling 12 months)", referrals "(team 6)": no period of the figures stated: not warned.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { coversPeriod, periodInName } from '../../../src/core/indicators/namePeriod';
import { withoutLagNotes } from '../../../src/core/periods/nameNotes';
import { polarityFromName } from '../../../src/core/values/polarityFromName';
import { academicYearPeriod, monthPeriod, quarterPeriod, yearPeriod } from '../../../src/core/periods/makePeriod';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue, SheetGrid } from '../../../src/core/values/types';

const LEISURE = 'Visits to leisure centres – Q4 & Q1 data (Jan 2023 – June 2023)';
const CLAIMS = 'Average days to process new benefit claims (Q1 data)';
const RECYCLING = 'Household waste sent for reuse, recycling and composting (reported one quarter in arrears)';
const GCSE = 'Pupils achieving grade 5 or above in English and maths (2022/23 academic year)';

function sheet(rows: RawValue[][]): SheetGrid {
  const values = [
    ['Quarterly performance report'],
    ['Indicator', 'Polarity', 'Target', 'Q1 2023/24', 'Q2 2023/24'],
    ...rows,
  ];
  return { name: 'Performance', values };
}

describe('a name that says which period its figures are for', () => {
  const r = buildReport(
    [
      sheet([
        [LEISURE, 'Higher', 150000, 140000, 162000],
        [CLAIMS, 'Lower', 20, 18, 19],
        [RECYCLING, 'Higher', 50, 48, 51],
        [GCSE, 'Higher', 45, 44, 46],
        ['Visitors to parks (April – September)', 'Higher', 9000, 8800, 9100],
        ['Fly-tipping incidents cleared (2023/24)', 'Higher', 500, 450, 520],
        ['Number of tenants in arrears', 'Lower', 300, 310, 290],
        ['New homes delivered since April 2020', 'Higher', 1200, 1100, 1250],
        ['Households in temporary accommodation (as at 30 September 2023)', 'Lower', 120, 118, 119],
        ['Days lost to sickness per employee (rolling 12 months)', 'Lower', 8, 8.2, 7.9],
        ['Rate of referrals per 10,000 children (team 6)', 'Lower', 500, 510, 495],
      ]),
    ],
    parseConfig({}),
  );
  const warned = r.issues.filter((i) => i.code === 'period-in-name');

  it('is reported on the period of its column, as before', () => {
    expect(r.period?.label).toBe('Q2 2023/24');
    expect(r.items[0].rating.current?.measure.cell).toBe('E3');
    expect(r.items[0].rating.rag).toBe('green');
  });

  it('is warned at its name where the period it states does not take in the one reported on', () => {
    expect(warned.map((w) => w.cell)).toEqual(['A3', 'A4', 'A5', 'A6']);
    expect(warned[0].message).toBe(
      "Performance!A3: the name says which period the figures are for ('Q4 & Q1 data (Jan 2023 – June 2023)'), but the figure (E3) is reported as Q2 2023/24's. Check which period the figure is for, and say so in the report.",
    );
    expect(warned[2].message).toBe(
      "Performance!A5: the name says the figures are reported in arrears ('reported one quarter in arrears'), but the figure (E5) is reported as Q2 2023/24's. Check which period the figure is for, and say so in the report.",
    );
  });

  it('is not warned when the report is on a period the name takes in', () => {
    const q1 = buildReport(
      [
        sheet([
          [LEISURE, 'Higher', 150000, 140000, 162000],
          [CLAIMS, 'Lower', 20, 18, 19],
        ]),
      ],
      parseConfig({ period: 'Q1 2023/24' }),
    );
    expect(q1.period?.label).toBe('Q1 2023/24');
    expect(q1.issues.map((i) => i.code)).not.toContain('period-in-name');
  });
});

describe('the period a name states', () => {
  it.each([
    ['Visits to leisure centres – Q4 & Q1 data (Jan 2023 – June 2023)', 'Q4 & Q1 data (Jan 2023 – June 2023)'],
    ['Average days to process new benefit claims (Q1 data)', 'Q1 data'],
    ['Visitors to parks (April – September)', 'April – September'],
    ['Fly-tipping incidents cleared (2023/24)', '2023/24'],
    ['Waste recycled [data for Q3 2023/24]', 'data for Q3 2023/24'],
    ['Missed bins (reported one quarter in arrears)', 'reported one quarter in arrears'],
    ['Air quality – a quarter behind', 'a quarter behind'],
    ['Breastfeeding at 6–8 weeks (Q1 data, reported one quarter in arrears)', 'reported one quarter in arrears'],
    ['Delayed transfers of care (data lag: one quarter)', 'data lag: one quarter'],
    ['Smoking quitters at 4 weeks – reported two quarters behind', 'reported two quarters behind'],
  ])('%s', (name, phrase) => {
    expect(periodInName(name)?.phrase).toBe(phrase);
  });

  it.each([
    'Number of tenants in arrears',
    'Rent arrears as a % of the rent roll',
    'New homes delivered since April 2020',
    'Households in temporary accommodation (as at 30 September 2023)',
    'Days lost to sickness per employee (rolling 12 months)',
    'Rate of referrals per 10,000 children (team 6)',
    'Residents satisfied with their area (2021 survey)',
    'Rent collected (year to date)',
    'Carbon emissions (baseline 2019/20)',
    'Complaints answered within 10 days (target 2023/24: 90%)',
  ])('states none: %s', (name) => {
    expect(periodInName(name)).toBeNull();
  });

  it('takes in the periods within it and no others', () => {
    const leisure = periodInName('Visits – Jan 2023 – June 2023 data')!;
    expect(coversPeriod(leisure, quarterPeriod(2023, 1))).toBe(true);
    expect(coversPeriod(leisure, monthPeriod(2022, 3))).toBe(true); // March 2023
    expect(coversPeriod(leisure, quarterPeriod(2023, 2))).toBe(false);
    expect(coversPeriod(leisure, yearPeriod(2022))).toBe(false);
    const q4q1 = periodInName('Visits (Q4 & Q1 data)')!;
    expect(coversPeriod(q4q1, quarterPeriod(2024, 1))).toBe(true);
    expect(coversPeriod(q4q1, quarterPeriod(2024, 4))).toBe(true);
    expect(coversPeriod(q4q1, quarterPeriod(2024, 2))).toBe(false);
    expect(coversPeriod(q4q1, monthPeriod(2024, 5))).toBe(true);
    expect(coversPeriod(q4q1, monthPeriod(2024, 8))).toBe(false);
    // A year reported on: a quarter named without its year says too little to warn.
    expect(coversPeriod(q4q1, yearPeriod(2024))).toBe(true);
    const academic = periodInName('GCSE results (2022/23 academic year)')!;
    expect(coversPeriod(academic, academicYearPeriod(2022))).toBe(true);
    expect(coversPeriod(academic, quarterPeriod(2023, 2))).toBe(false);
    // A month that ends the period reported on: a snapshot at its end.
    const march = periodInName('Households in temporary accommodation – March 2024')!;
    expect(coversPeriod(march, quarterPeriod(2023, 4))).toBe(true);
    expect(coversPeriod(march, yearPeriod(2023))).toBe(true);
    expect(coversPeriod(march, quarterPeriod(2024, 1))).toBe(false);
    expect(coversPeriod(march, quarterPeriod(2023, 3))).toBe(false);
    const arrears = periodInName('Missed bins (reported one quarter in arrears)')!;
    expect(coversPeriod(arrears, quarterPeriod(2023, 2))).toBe(false);
  });
});

describe('a note that the figures come late', () => {
  // A public health dashboard's breastfeeding measure, 45.8 % against 47 % with no polarity given:
  // "arrears" in the note is not rent arrears, so the name is not read as lower-is-better.
  it('gives the name no polarity', () => {
    expect(
      polarityFromName('Breastfeeding prevalence at 6–8 weeks (Q1 data, reported one quarter in arrears)'),
    ).toEqual({
      polarity: 'higher',
      because: null,
    });
    expect(
      polarityFromName('Chlamydia detection rate per 100,000 aged 15–24 (reported one quarter in arrears)').polarity,
    ).toBe('higher');
    // Arrears counted are still bad, however they are written.
    expect(polarityFromName('Number of tenants more than two months in arrears').polarity).toBe('lower');
    expect(polarityFromName('Current tenant arrears (£k) – reported in arrears').polarity).toBe('lower');
  });

  it('is taken out of the name, and nothing else is', () => {
    expect(withoutLagNotes('Breastfeeding (Q1 data, reported one quarter in arrears)')).toBe('Breastfeeding (Q1 data)');
    expect(withoutLagNotes('Missed bins (reported one quarter in arrears)')).toBe('Missed bins');
    expect(withoutLagNotes('Air quality – a quarter behind')).toBe('Air quality');
    expect(withoutLagNotes('Rent arrears as a % of the rent roll')).toBe('Rent arrears as a % of the rent roll');
    expect(withoutLagNotes('Tenants in arrears (over 2 months)')).toBe('Tenants in arrears (over 2 months)');
  });

  it('is warned as a period the figures are not for', () => {
    const r = buildReport(
      [
        sheet([
          ['Breastfeeding prevalence at 6–8 weeks (Q1 data, reported one quarter in arrears)', '', 0.47, 0.441, 0.458],
        ]),
      ],
      parseConfig({}),
    );
    expect(r.items[0].indicator.polarity).toBe('higher');
    expect(r.items[0].rating.rag).toBe('amber');
    expect(r.issues.filter((i) => i.code === 'period-in-name').map((i) => i.cell)).toEqual(['A3']);
  });
});
